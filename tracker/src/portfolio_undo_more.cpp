// The undoing of the other additions the app makes (DOMAIN.md "Undoing a change"): a person, an
// ambition, an engagement, an idea and a decision. As in portfolio_undo_additions.cpp, the row goes
// and the audit trail keeps both; each is refused, with the reason and nothing changed, while
// something refers to the record or once it has changed since. By whoever may add it.
#include "portfolio_change.hpp"
#include "undo_checks.hpp"

namespace innotrack {

using namespace undo_checks;

namespace {

// Refused outright: what refers to the record now has no undoing of its own in the app.
void refuseForGood(bool refers, const std::string& named, const std::string& hasNow, const std::string& why) {
    if (refers) throw ConflictError(named + " " + hasNow + ", so it stays: " + why);
}

}  // namespace

void Portfolio::undoAddition(Id actor, const Person& added) {
    Change change(*this, actor);
    require(change.actor(), Action::ManagePeople);
    const Person current = person(added.id);
    const Id id = current.id;
    const std::string& named = current.name;
    InnovationFilter asCabinetLead;
    asCabinetLead.cabinetLeadId = id;
    InnovationFilter asLeadOfficer;
    asLeadOfficer.leadOfficerId = id;
    refuseIf(!store_.listInnovations(asCabinetLead).empty() || !store_.listInnovations(asLeadOfficer).empty(), named,
             "leads an innovation now", "that, or give it another lead,");
    refuseIf(anyOf(store_.listRisks(std::nullopt), [&](const Risk& r) { return r.ownerId == id; }), named,
             "owns a risk now", "the risk");
    refuseIf(anyOf(store_.listEngagements(std::nullopt), [&](const Engagement& e) { return e.ledById == id; }), named,
             "has led an engagement since", "the engagement");
    refuseIf(anyOf(store_.listDecisions(std::nullopt), [&](const Decision& d) { return d.makerId == OptionalId(id); }),
             named, "is a decision's maker now", "the decision");
    refuseIf(anyOf(store_.listIdeas(), [&](const Idea& i) { return i.submittedById == id || i.decidedById == id; }),
             named, "has submitted or decided an idea since", "the idea");
    refuseForGood(anyOf(store_.listIdeaScores(std::nullopt), [&](const IdeaScore& s) { return s.assessorId == id; }),
                  named, "has scored an idea", "an idea's scores are kept");
    refuseForGood(anyOf(store_.listReviews(), [&](const Review& r) { return r.chairId == id; }), named,
                  "has chaired a review", "a review's chair is kept");
    refuseForGood(anyOf(store_.listChecklistAnswers(), [&](const ChecklistAnswer& a) { return a.answeredById == id; }),
                  named, "has answered the checklist", "the answers are kept");
    // Their changes are in the audit trail, which names who made each: they stay in the portfolio.
    refuseForGood(!store_.listAudit(AuditFilter{{}, {}, id, 1}).empty(), named, "has made changes since",
                  "the audit trail says who made each change");
    requireAsAdded(std::optional(current), added, named);
    store_.removePerson(id);
    change.record("person", id, kAdditionUndone, "name", current.name, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Ambition& added) {
    Change change(*this, actor);
    require(change.actor(), Action::ManageAmbitions);
    const Ambition current = ambition(added.id);
    const Id id = current.id;
    const std::string named = "The ambition " + inQuotes(current.title);
    InnovationFilter serving;
    serving.ambitionId = id;
    refuseIf(!store_.listInnovations(serving).empty(), named, "has an innovation serving it now",
             "that, or give the innovation another ambition,");
    refuseIf(anyOf(store_.listIdeas(), [&](const Idea& i) { return i.ambitionId == OptionalId(id); }), named,
             "has an idea serving it now", "that, or give the idea another ambition,");
    requireAsAdded(std::optional(current), added, named);
    store_.removeAmbition(id);
    change.record("ambition", id, kAdditionUndone, "title", current.title, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Engagement& added) {
    Change change(*this, actor);
    const Engagement current = engagement(added.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    requireAsAdded(std::optional(current), added, "Engagement " + std::to_string(current.id));
    store_.removeEngagement(current.id);
    change.record("engagement", current.id, kAdditionUndone, "audience", std::string(labelOf(current.audience)), "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Idea& added) {
    Change change(*this, actor);
    require(change.actor(), Action::SubmitIdea);
    const Idea current = idea(added.id);
    const std::string named = "Idea " + std::to_string(current.id) + " " + inQuotes(current.title);
    if (current.submittedById != change.actor().id)
        throw PermissionDenied("Only the person who submitted " + named + " may undo submitting it");
    refuseForGood(current.innovationId.has_value(), named, "has been taken forward into an innovation",
                  "a promoted idea is final");
    refuseForGood(current.isDecided(), named, "has been " + std::string(keyOf(current.status)) + " since",
                  "a decision on an idea is final");
    refuseForGood(!store_.listIdeaScores(current.id).empty(), named, "has been scored since",
                  "an idea's assessment is kept");
    refuseForGood(current.status == IdeaStatus::Parked, named, "has been parked since", "its parking is kept");
    requireAsAdded(std::optional(current), added, named);
    store_.removeIdea(current.id);
    change.record("idea", current.id, kAdditionUndone, "title", current.title, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Decision& added) {
    Change change(*this, actor);
    const Decision current = decision(added.id);
    const Innovation of = innovation(current.innovationId);
    require(change.actor(), Action::RecordDecision, &of);
    const std::string named = "The decision " + inQuotes(current.matter);
    refuseForGood(current.isMade(), named, "was recorded as made on " + formatDate(current.madeOn),
                  "a decision record is kept as it was made");
    refuseIf(current.route != ShortNoticeRoute::None, named,
             "has had its short notice recorded since (" + std::string(labelOf(current.route)) + ")", "that");
    requireAsAdded(std::optional(current), added, named);
    store_.removeDecision(current.id);
    change.record("decision", current.id, kAdditionUndone, "matter", current.matter, "");
    change.commit();
}

Decision Portfolio::undoDecisionChange(Id actor, const Decision& before, const Decision& after) {
    Change change(*this, actor);
    const Decision current = decision(after.id);
    const Innovation of = innovation(current.innovationId);
    require(change.actor(), Action::RecordDecision, &of);
    const std::string named = "The decision " + inQuotes(current.matter);
    if (!(current == after)) throw ConflictError(named + " has been changed again since; undo that first");
    if (before.id != current.id || before.innovationId != current.innovationId)
        throw ConflictError(named + " cannot be put back as another decision");
    store_.updateDecision(before);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed("decision", current.id, audit::fieldsOf(current, person), audit::fieldsOf(before, person),
                   "change undone");
    change.commit();
    return before;
}

Idea Portfolio::undoIdeaDecision(Id actor, const Idea& before, const Idea& after) {
    Change change(*this, actor);
    require(change.actor(), Action::AssessIdea);
    const Idea current = idea(after.id);
    const std::string named = "Idea " + std::to_string(current.id) + " " + inQuotes(current.title);
    refuseForGood(current.status == IdeaStatus::Promoted, named, "has been taken forward into an innovation",
                  "a promoted idea is final");
    if (!(current == after)) throw ConflictError(named + " has been changed again since; undo that first");
    if (before.id != current.id) throw ConflictError(named + " cannot be put back as another idea");
    store_.updateIdea(before);
    const auto person = [&](OptionalId id) { return change.describePerson(id); };
    change.changed("idea", current.id, audit::fieldsOf(current, person, {}), audit::fieldsOf(before, person, {}),
                   "decision undone");
    change.commit();
    return before;
}

}  // namespace innotrack
