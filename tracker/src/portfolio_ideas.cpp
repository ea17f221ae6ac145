// The service's ideas (DOMAIN.md "Ideas and the gate"): submitting, scoring, and the decision that
// promotes an idea to an innovation, declines it or parks it; each checked, kept and audited.
#include "portfolio_change.hpp"

namespace innotrack {
namespace {

constexpr const char* kEntity = "idea";

std::string named(const Idea& idea) { return "Idea " + std::to_string(idea.id) + " '" + idea.title + "'"; }

// A decision or a parking is dated on or after every day the idea already holds.
void requireNotBefore(const std::string& field, Date day, const std::string& what, const std::optional<Date>& earlier) {
    if (earlier && day < *earlier)
        throw ValidationError(field, formatDate(day),
                              field + ": " + formatDate(day) + " is before the idea was " + what + " (" +
                                  formatDate(earlier) + ")");
}

void requireInOrder(const std::string& field, Date day, const Idea& idea) {
    requireNotBefore(field, day, "submitted", idea.submittedOn);
    requireNotBefore(field, day, "first scored", idea.assessedFrom);
    requireNotBefore(field, day, "parked", idea.parkedOn);
}

// Promoted and declined are final: an idea declined may be submitted again as a new idea.
void requireUndecided(const Idea& idea, const std::string& what) {
    if (idea.isDecided())
        throw ConflictError(named(idea) + " was already " + std::string(keyOf(idea.status)) + " on " +
                            formatDate(idea.decidedOn) + "; " + what);
}

// The idea as decided: promoted or declined by the actor on the day, for the reason given.
Idea decided(const Idea& current, IdeaStatus status, std::string reason, Date on, Id actor, Date today) {
    rules::requireNotFuture("decided on", on, today);
    requireInOrder("decided on", on, current);
    Idea updated = current;
    updated.status = status;
    updated.decisionReason = std::move(reason);
    updated.decidedOn = on;
    updated.decidedById = actor;
    updated.lookAgainOn.reset();
    return updated;
}

// `into` with what its submitter writes taken from `from`, checked: its title, problem, proposal,
// source, reference and ambition (which must exist). The rest of `into` is kept.
Idea withSubmittersWords(Idea into, const Idea& from, const Portfolio& portfolio) {
    into.title = requireLine("title", from.title);
    into.problem = requireText("problem", from.problem);
    into.proposal = requireText("proposal", from.proposal);
    into.source = from.source;
    into.reference = optionalText("reference", from.reference, kMaxConcern);
    into.ambitionId = from.ambitionId;
    if (into.ambitionId) portfolio.ambition(*into.ambitionId);
    return into;
}

int requireCriterion(const std::string& field, int value) {
    if (value < kMinScale || value > kMaxScale)
        throw ValidationError(field, std::to_string(value),
                              field + ": " + outOfRange(value, kMinScale, kMaxScale) + " (5 is best)");
    return value;
}

}  // namespace

Idea Portfolio::submitIdea(Id actor, const Idea& idea) {
    Change change(*this, actor);
    require(change.actor(), Action::SubmitIdea);
    Idea created = withSubmittersWords(Idea{}, idea, *this);
    created.submittedById = change.actor().id;
    created.submittedOn = idea.submittedOn.is_special() ? change.today() : idea.submittedOn;
    rules::requireNotFuture("submitted on", created.submittedOn, change.today());
    created.id = store_.insertIdea(created);
    change.added(kEntity, created.id,
                 audit::fieldsOf(created, [&](OptionalId id) { return change.describePerson(id); },
                                 [&](OptionalId id) { return change.describeAmbition(id); }));
    change.commit();
    return created;
}

Idea Portfolio::updateIdea(Id actor, const Idea& edited) {
    Change change(*this, actor);
    const Idea current = idea(edited.id);
    require(permitsCorrectingIdea(change.actor(), current, person(current.submittedById).name));
    requireUndecided(current, "it can no longer be changed");
    const Idea updated = withSubmittersWords(current, edited, *this);
    if (updated == current) return current;
    store_.updateIdea(updated);
    change.changed(kEntity, updated.id,
                   audit::fieldsOf(current, {}, [&](OptionalId id) { return change.describeAmbition(id); }),
                   audit::fieldsOf(updated, {}, [&](OptionalId id) { return change.describeAmbition(id); }));
    change.commit();
    return updated;
}

IdeaScore Portfolio::scoreIdea(Id actor, const IdeaScore& score) {
    Change change(*this, actor);
    require(change.actor(), Action::AssessIdea);
    const Idea current = idea(score.ideaId);
    requireUndecided(current, "it can no longer be scored");
    IdeaScore given = score;
    given.assessorId = change.actor().id;
    requireCriterion("strategic fit", given.strategicFit);
    requireCriterion("benefit to residents", given.residentBenefit);
    requireCriterion("feasibility", given.feasibility);
    requireCriterion("cost to try", given.costToTry);
    requireCriterion("evidence from elsewhere", given.evidence);
    if (given.scoredOn.is_special()) given.scoredOn = change.today();
    rules::requireNotFuture("scored on", given.scoredOn, change.today());
    requireNotBefore("scored on", given.scoredOn, "submitted", current.submittedOn);

    std::string before;
    for (const IdeaScore& earlier : store_.listIdeaScores(current.id))
        if (earlier.assessorId == given.assessorId) before = describeScores(earlier);
    store_.saveIdeaScore(given);
    change.record(kEntity, current.id, "scored", change.actor().name, before, describeScores(given));

    Idea updated = current;
    updated.status = IdeaStatus::UnderAssessment;
    updated.lookAgainOn.reset();
    if (!updated.assessedFrom || given.scoredOn < *updated.assessedFrom) updated.assessedFrom = given.scoredOn;
    if (!(updated == current)) {
        store_.updateIdea(updated);
        change.changed(kEntity, updated.id, audit::fieldsOf(current, {}, {}), audit::fieldsOf(updated, {}, {}));
    }
    change.commit();
    return given;
}

Idea Portfolio::promoteIdea(Id actor, Id ideaId, const std::string& reason, std::optional<Date> on) {
    Change change(*this, actor);
    require(change.actor(), Action::AssessIdea);
    const Idea current = idea(ideaId);
    requireUndecided(current, "it cannot be promoted");
    std::string why = optionalText("reason", reason, kMaxReason);
    const auto score = ideaScore(store_.listIdeaScores(current.id));
    const int gate = store_.ideaGate();
    if (why.empty() && !score)
        throw ValidationError("reason", "",
                              named(current) + " has not been scored: give a reason to promote it unscored");
    if (why.empty() && *score < gate)
        throw ValidationError("reason", "",
                              named(current) + " scores " + formatIdeaScore(score) + ", below the gate of " +
                                  std::to_string(gate) + ": give a reason to promote it");
    Idea updated = decided(current, IdeaStatus::Promoted, std::move(why), on.value_or(change.today()),
                           change.actor().id, change.today());

    Innovation draft;
    draft.title = current.title;
    draft.summary = current.proposal;
    draft.ambitionId = current.ambitionId;
    draft.stage = Stage::Idea;
    draft.inspiredBy = inspiredByOf(current);
    draft.cabinetLeadId = change.actor().id;  // an assessor is a cabinet member or the leader
    // Inside this change: the innovation and the idea's decision land together or not at all.
    const Innovation created = addInnovation(actor, draft, updated.decidedOn);

    updated.innovationId = created.id;
    store_.updateIdea(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed(kEntity, updated.id, audit::fieldsOf(current, person, {}), audit::fieldsOf(updated, person, {}),
                   "promoted");
    change.commit();
    return updated;
}

Idea Portfolio::declineIdea(Id actor, Id ideaId, const std::string& reason, std::optional<Date> on) {
    Change change(*this, actor);
    require(change.actor(), Action::AssessIdea);
    const Idea current = idea(ideaId);
    requireUndecided(current, "it cannot be declined");
    std::string why = optionalText("reason", reason, kMaxReason);
    if (why.empty())
        throw ValidationError("reason", "",
                              "reason: give a reason to decline the idea; the person who submitted it is shown it");
    const Idea updated = decided(current, IdeaStatus::Declined, std::move(why), on.value_or(change.today()),
                                 change.actor().id, change.today());
    store_.updateIdea(updated);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed(kEntity, updated.id, audit::fieldsOf(current, person, {}), audit::fieldsOf(updated, person, {}),
                   "declined");
    change.commit();
    return updated;
}

Idea Portfolio::parkIdea(Id actor, Id ideaId, Date lookAgainOn, std::optional<Date> on) {
    Change change(*this, actor);
    require(change.actor(), Action::AssessIdea);
    const Idea current = idea(ideaId);
    requireUndecided(current, "it cannot be parked");
    Idea updated = current;
    updated.parkedOn = on.value_or(change.today());
    rules::requireNotFuture("parked on", *updated.parkedOn, change.today());
    requireNotBefore("parked on", *updated.parkedOn, "submitted", current.submittedOn);
    requireNotBefore("parked on", *updated.parkedOn, "first scored", current.assessedFrom);
    if (lookAgainOn.is_special()) throw ValidationError("look again on", "", "look again on: a date is required");
    if (!(*updated.parkedOn < lookAgainOn))
        throw ValidationError("look again on", formatDate(lookAgainOn),
                              "look again on: " + formatDate(lookAgainOn) + " must be after the day it is parked (" +
                                  formatDate(updated.parkedOn) + ")");
    updated.lookAgainOn = lookAgainOn;
    updated.status = IdeaStatus::Parked;
    store_.updateIdea(updated);
    change.changed(kEntity, updated.id, audit::fieldsOf(current, {}, {}), audit::fieldsOf(updated, {}, {}), "parked");
    change.commit();
    return updated;
}

void Portfolio::setIdeaGate(Id actor, int gate) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageSettings);
    if (gate < kMinIdeaTotal || gate > kMaxIdeaTotal)
        throw ValidationError("gate", std::to_string(gate),
                              "gate: " + outOfRange(gate, kMinIdeaTotal, kMaxIdeaTotal) +
                                  " (an idea's score is 5 to 25)");
    const int current = store_.ideaGate();
    store_.setIdeaGate(gate);
    change.record("settings", 0, "changed", "ideas' gate", std::to_string(current), std::to_string(gate));
    change.commit();
}

}  // namespace innotrack
