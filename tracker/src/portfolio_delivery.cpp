// The service's milestone and benefit operations: what going right is made of.
#include "portfolio_change.hpp"

#include <cmath>

namespace innotrack {
namespace {

void requireNotStopped(const Innovation& innovation, const std::string& what) {
    if (innovation.stage == Stage::Stopped)
        throw ConflictError("'" + innovation.title + "' is stopped; " + what);
}

double requireFinite(const std::string& field, double value) {
    if (!std::isfinite(value)) throw ValidationError(field, "", field + " must be a number");
    return value;
}

void validateBenefit(Benefit& benefit, Date today) {
    benefit.measure = requireLine("measure", benefit.measure);
    benefit.unit = optionalLine("unit", benefit.unit, kMaxUnit);
    requireFinite("baseline", benefit.baseline);
    requireFinite("target", benefit.target);
    if (benefit.actual) requireFinite("actual", *benefit.actual);
    requireNoProblems(problemsOf(benefit));
    if (benefit.realisedOn) rules::requireNotFuture("realised on", *benefit.realisedOn, today);
}

}  // namespace

Milestone Portfolio::addMilestone(Id actor, const Milestone& milestone) {
    Change change(*this, actor);
    const Innovation owner = rules::deliveryInnovation(*this, change.actor(), milestone.innovationId);
    requireNotStopped(owner, "milestones cannot be added to a stopped innovation");
    Milestone created = milestone;
    created.id = 0;
    created.title = requireLine("title", created.title);
    if (created.due.is_special()) throw ValidationError("due date", "", "due date is required");
    created.baselineDue = created.due;  // the baseline is fixed when the milestone is created
    if (created.completedOn) rules::requireNotFuture("completed on", *created.completedOn, change.today());
    created.id = store_.insertMilestone(created);
    change.added("milestone", created.id, audit::fieldsOf(created));
    change.commit();
    return created;
}

Milestone Portfolio::updateMilestone(Id actor, const Milestone& edited) {
    Change change(*this, actor);
    const Milestone current = milestone(edited.id);
    const Innovation owner = rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    requireNotStopped(owner, "its milestones cannot change");
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId,
                            "a milestone stays with its innovation");
    rules::requireUnchanged("baseline due date", current.baselineDue, edited.baselineDue,
                            "the baseline is fixed when the milestone is created");
    rules::requireUnchanged("due date", current.due, edited.due, "move the milestone, giving a reason");
    rules::requireUnchanged("completed on", current.completedOn, edited.completedOn,
                            "mark the milestone done instead");
    Milestone updated = edited;
    updated.title = requireLine("title", updated.title);
    store_.updateMilestone(updated);
    change.changed("milestone", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated));
    change.commit();
    return updated;
}

Milestone Portfolio::completeMilestone(Id actor, Id milestoneId, std::optional<Date> on) {
    Change change(*this, actor);
    const Milestone current = milestone(milestoneId);
    const Innovation owner = rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    requireNotStopped(owner, "its milestones cannot change");
    if (current.completedOn)
        throw ConflictError("Milestone " + std::to_string(milestoneId) + " '" + current.title +
                            "' was already completed on " + formatDate(current.completedOn));
    Milestone updated = current;
    updated.completedOn = on.value_or(change.today());
    rules::requireNotFuture("completed on", *updated.completedOn, change.today());
    store_.updateMilestone(updated);
    change.record("milestone", updated.id, "completed", "completed on", "",
                  formatDate(updated.completedOn) + (updated.onTime() ? " (on time)" : " (late)"));
    change.commit();
    return updated;
}

Milestone Portfolio::moveMilestone(Id actor, Id milestoneId, Date newDue, const std::string& reason,
                                   std::optional<Date> on) {
    Change change(*this, actor);
    const Milestone current = milestone(milestoneId);
    const Innovation owner = rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    requireNotStopped(owner, "its milestones cannot move");
    if (current.completedOn)
        throw ConflictError("Milestone " + std::to_string(milestoneId) + " '" + current.title +
                            "' was completed on " + formatDate(current.completedOn) + " and cannot move");
    if (newDue.is_special()) throw ValidationError("due date", "", "due date is required");
    if (newDue == current.due)
        throw ValidationError("due date", formatDate(newDue),
                              "due date: milestone " + std::to_string(milestoneId) + " is already due on " +
                                  formatDate(newDue));
    const std::string why = requireText("reason", reason, kMaxReason);
    const Date movedOn = on.value_or(change.today());
    rules::requireNotFuture("moved on", movedOn, change.today());
    const auto moves = store_.listMilestoneMoves(current.id);  // by date, then id: the last is the latest
    if (!moves.empty() && movedOn < moves.back().movedOn)
        throw ValidationError("moved on", formatDate(movedOn),
                              "moved on: " + formatDate(movedOn) + " is before milestone " + std::to_string(milestoneId) +
                                  " was last moved (on " + formatDate(moves.back().movedOn) +
                                  "); enter moves in the order they happened");

    MilestoneMove move;
    move.milestoneId = current.id;
    move.from = current.due;
    move.to = newDue;
    move.reason = why;
    move.movedOn = movedOn;
    move.actorId = change.actor().id;
    store_.insertMilestoneMove(move);

    Milestone updated = current;
    updated.due = newDue;
    store_.updateMilestone(updated);
    // A move entered late says the day it was made; one made today needs no date beside it.
    change.record("milestone", updated.id, "moved", "due date", formatDate(current.due),
                  formatDate(newDue) + (movedOn == change.today() ? "" : " (moved on " + formatDate(movedOn) + ")"));
    change.record("milestone", updated.id, "moved", "reason", "", why);
    change.commit();
    return updated;
}

Benefit Portfolio::addBenefit(Id actor, const Benefit& benefit) {
    Change change(*this, actor);
    rules::deliveryInnovation(*this, change.actor(), benefit.innovationId);
    Benefit created = benefit;
    created.id = 0;
    validateBenefit(created, change.today());
    created.id = store_.insertBenefit(created);
    change.added("benefit", created.id, audit::fieldsOf(created));
    change.commit();
    return created;
}

Benefit Portfolio::updateBenefit(Id actor, const Benefit& edited) {
    Change change(*this, actor);
    const Benefit current = benefit(edited.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    rules::requireUnchanged("innovation", current.innovationId, edited.innovationId,
                            "a benefit stays with its innovation");
    Benefit updated = edited;
    validateBenefit(updated, change.today());
    store_.updateBenefit(updated);
    change.changed("benefit", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated));
    change.commit();
    return updated;
}

Benefit Portfolio::realiseBenefit(Id actor, Id benefitId, double actual, std::optional<Date> on) {
    Change change(*this, actor);
    const Benefit current = benefit(benefitId);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    Benefit updated = current;
    updated.actual = requireFinite("actual", actual);
    updated.realisedOn = on.value_or(change.today());
    validateBenefit(updated, change.today());
    store_.updateBenefit(updated);
    change.changed("benefit", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated), "realised");
    change.commit();
    return updated;
}

}  // namespace innotrack
