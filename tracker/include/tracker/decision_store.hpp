// The part of the storage port that keeps decisions (tracker/decision.hpp) and the two settings
// their rules read, apart from store.hpp so the Forward Plan stays in files of its own.
// PortfolioStore includes it.
#pragma once

#include "tracker/decision.hpp"

#include <optional>
#include <vector>

namespace innotrack {

// Every method throws StorageError when the backend fails; ids as PortfolioStore's inserts.
class DecisionStore {
public:
    virtual ~DecisionStore() = default;

    virtual Id insertDecision(const Decision& decision) = 0;
    virtual void updateDecision(const Decision& decision) = 0;  // NotFound when there is none
    virtual std::optional<Decision> findDecision(Id id) const = 0;
    // Only to undo an addition just made (Portfolio::undoAddition): the audit trail keeps it.
    virtual void removeDecision(Id id) = 0;
    // All decisions when innovationId is empty; by the day to be made, then id.
    virtual std::vector<Decision> listDecisions(OptionalId innovationId) const = 0;

    // Spending or savings at or above this make a decision key (default kDefaultKeyDecisionThreshold).
    virtual Pence keyDecisionThreshold() const = 0;
    virtual void setKeyDecisionThreshold(Pence threshold) = 0;
    // England unless set: whether the Forward Plan's 28 clear days rule applies.
    virtual Nation nation() const = 0;
    virtual void setNation(Nation nation) = 0;
};

}  // namespace innotrack
