// Internal to the service: one change in progress (its transaction, actor and audit entries),
// and the validation helpers the service's files share.
#pragma once

#include "audit_fields.hpp"
#include "tracker/errors.hpp"
#include "tracker/portfolio.hpp"
#include "tracker/record_checks.hpp"
#include "tracker/text.hpp"

#include <memory>
#include <string>

namespace innotrack {

class Portfolio::Change {
public:
    // Begins the write transaction, then loads the actor inside it.
    Change(Portfolio& portfolio, Id actorId);

    const Person& actor() const { return actor_; }
    PortfolioStore& store() { return portfolio_.store_; }
    Date today() const { return portfolio_.clock_.today(); }

    // One audit row for a new record, summarising its non-empty fields.
    void added(const std::string& entity, Id id, const FieldValues& fields);
    // One audit row per field that differs between the two versions.
    void changed(const std::string& entity, Id id, const FieldValues& before, const FieldValues& after,
                 const std::string& action = "changed");
    void record(const std::string& entity, Id id, const std::string& action, const std::string& field,
                const std::string& before, const std::string& after);

    void commit() { transaction_->commit(); }

    // Linked records in words, for audit values.
    std::string describePerson(OptionalId id) const;
    std::string describeAmbition(OptionalId id) const;

private:
    Portfolio& portfolio_;
    std::unique_ptr<WriteTransaction> transaction_;
    Person actor_;
};

namespace rules {

// A date that must be set and not after today.
void requireNotFuture(const std::string& field, Date date, Date today);
// The field's record must not have changed through a plain update.
template <typename T>
void requireUnchanged(const std::string& field, const T& before, const T& after, const std::string& how) {
    if (!(before == after)) throw ConflictError(field + " cannot be edited directly: " + how);
}

// The innovation a delivery record (milestone, risk, setback, lesson, benefit) belongs to,
// after checking the actor may change its delivery records.
Innovation deliveryInnovation(const Portfolio& portfolio, const Person& actor, Id innovationId);

// An ambition or an innovation may gain well-being goals and ways of working only in a Welsh
// portfolio (DOMAIN.md "Well-being goals (Wales)"). One tagged before the portfolio was set to
// England may still be edited, and its tags taken away. `before` is the record as stored (an
// empty one for a new record); `record` is "ambition" or "innovation".
template <typename R>
void requireWellbeingTagsAllowed(const PortfolioStore& store, const R& before, const R& after, std::string_view record) {
    const auto goals = after.goals.without(before.goals);
    if (auto refusal =
            wellbeingTagRefusal(store.nation() == Nation::Wales, goals, after.ways.without(before.ways), record))
        throw ValidationError("well-being goals", goals.keys(), *refusal);
}

}  // namespace rules
}  // namespace innotrack
