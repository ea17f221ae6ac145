// The part of the storage port that keeps ideas and their scores (tracker/idea.hpp), apart from
// store.hpp so the ideas funnel stays in files of its own. PortfolioStore includes it.
#pragma once

#include "tracker/idea.hpp"

#include <optional>
#include <vector>

namespace innotrack {

// Every method throws StorageError when the backend fails; ids as PortfolioStore's inserts.
class IdeaStore {
public:
    virtual ~IdeaStore() = default;

    virtual Id insertIdea(const Idea& idea) = 0;
    virtual void updateIdea(const Idea& idea) = 0;
    virtual std::optional<Idea> findIdea(Id id) const = 0;
    virtual std::vector<Idea> listIdeas() const = 0;  // by id
    // Only to undo a submission just made, while unscored (Portfolio::undoAddition): the audit keeps it.
    virtual void removeIdea(Id id) = 0;
    // The idea an innovation was promoted from; nullopt for one that came another way.
    virtual std::optional<Idea> findIdeaOfInnovation(Id innovationId) const = 0;

    // Inserts, or replaces the score for the same idea and assessor.
    virtual void saveIdeaScore(const IdeaScore& score) = 0;
    // One idea's scores, or every idea's when ideaId is empty; by idea, then assessor.
    virtual std::vector<IdeaScore> listIdeaScores(OptionalId ideaId) const = 0;

    // The gate an idea's score is held to (a portfolio setting, default kDefaultIdeaGate).
    virtual int ideaGate() const = 0;
    virtual void setIdeaGate(int gate) = 0;
};

}  // namespace innotrack
