// The service's undoing of an addition, or of a milestone's move, just made (DOMAIN.md "Undoing a
// change"): the row goes, as it was never there, so it stops counting in every figure; the audit
// trail keeps both. Each first checks that nothing refers to the record and that it is still as
// added, so a removal never fails half-way on a link the storage keeps.
#include "portfolio_change.hpp"
#include "undo_checks.hpp"

#include <iterator>

namespace innotrack {

using namespace undo_checks;

void Portfolio::undoAddition(Id actor, const Milestone& added) {
    Change change(*this, actor);
    const Milestone current = milestone(added.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    const std::string named = "Milestone " + inQuotes(current.title);
    refuseIf(current.completedOn && !added.completedOn, named, "was marked done since", "that");
    refuseIf(!store_.listMilestoneMoves(current.id).empty(), named, "has been moved since", "the move");
    requireAsAdded(std::optional(current), added, named);
    store_.removeMilestone(current.id);
    change.record("milestone", current.id, kAdditionUndone, "title", current.title, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Risk& added) {
    Change change(*this, actor);
    const Risk current = risk(added.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    const std::string named = "Risk " + inQuotes(current.title);
    const auto setbacks = store_.listSetbacks(current.innovationId);
    refuseIf(current.setbackId || anyOf(setbacks, [&](const Setback& s) { return s.riskId == current.id; }), named,
             "has occurred since, as a setback", "the setback");
    refuseIf(current.status == RiskStatus::Closed, named, "was closed since", "that");
    requireAsAdded(std::optional(current), added, named);
    store_.removeRisk(current.id);
    change.record("risk", current.id, kAdditionUndone, "title", current.title, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Setback& added) {
    Change change(*this, actor);
    const Setback current = setback(added.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    const std::string named = "The setback " + inQuotes(current.whatHappened);
    const auto lessons = store_.listLessons(LessonFilter{current.innovationId, {}, {}, {}});
    refuseIf(anyOf(lessons, [&](const Lesson& l) { return l.setbackId == current.id; }), named, "has a lesson now",
             "the lesson");
    requireAsAdded(std::optional(current), added, named);
    // The risk it marked occurred did not occur after all: open, as logging the setback found it.
    std::optional<Risk> occurred = current.riskId ? store_.findRisk(*current.riskId) : std::nullopt;
    if (occurred && occurred->setbackId == current.id) {
        Risk reopened = *occurred;
        reopened.status = RiskStatus::Open;
        reopened.closedOn.reset();
        reopened.setbackId.reset();
        store_.updateRisk(reopened);
        change.record("risk", reopened.id, "occurrence undone", "status",
                      "Occurred on " + formatDate(occurred->closedOn) + " as setback " + std::to_string(current.id),
                      std::string(labelOf(RiskStatus::Open)));
    }
    store_.removeSetback(current.id);
    change.record("setback", current.id, kAdditionUndone, "what happened", current.whatHappened, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Lesson& added) {
    Change change(*this, actor);
    const Lesson current = lesson(added.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    requireAsAdded(std::optional(current), added, "The lesson " + inQuotes(current.whatHappened));
    store_.removeLesson(current.id);
    change.record("lesson", current.id, kAdditionUndone, "what happened", current.whatHappened, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Benefit& added) {
    Change change(*this, actor);
    const Benefit current = benefit(added.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    const std::string named = "Benefit " + inQuotes(current.measure);
    refuseIf(current.realisedOn && !added.realisedOn, named, "was realised since", "that");
    requireAsAdded(std::optional(current), added, named);
    store_.removeBenefit(current.id);
    change.record("benefit", current.id, kAdditionUndone, "measure", current.measure, "");
    change.commit();
}

void Portfolio::undoAddition(Id actor, const Innovation& added) {
    Change change(*this, actor);
    require(change.actor(), Action::AddInnovation);
    const Innovation current = innovation(added.id);
    const Id id = current.id;
    const std::string named = inQuotes(current.title);
    const auto stages = store_.listStageChanges(id);
    refuseIf(anyOf(stages, [](const StageChange& c) { return c.from != c.to; }), named,
             "has moved between stages since", "the move");
    refuseIf(!store_.listMilestones(id).empty(), named, "has a milestone now", "the milestone");
    refuseIf(!store_.listRisks(id).empty(), named, "has a risk now", "the risk");
    refuseIf(!store_.listSetbacks(id).empty(), named, "has a setback now", "the setback");
    refuseIf(!store_.listLessons(LessonFilter{id, {}, {}, {}}).empty(), named, "has a lesson now", "the lesson");
    refuseIf(!store_.listBenefits(id).empty(), named, "has a benefit now", "the benefit");
    refuseIf(!store_.listEngagements(id).empty(), named, "has an engagement now", "the engagement");
    refuseIf(!store_.listDecisions(id).empty(), named, "has a decision now", "the decision");
    const auto reviews = store_.listReviews();
    refuseIf(anyOf(reviews,
                   [&](const Review& r) {
                       return anyOf(store_.listReviewEntries(r.id),
                                    [&](const ReviewEntry& e) { return e.innovationId == id; });
                   }),
             named, "is recorded in a review now", "the review entry");
    if (store_.findIdeaOfInnovation(id))
        throw ConflictError(named + " was made from an idea, and a promoted idea is final, so it stays");
    requireAsAdded(std::optional(current), added, named);
    for (const StageChange& arrival : stages) store_.removeStageChange(arrival.id);  // part of its addition
    store_.removeInnovation(id);
    change.record("innovation", id, kAdditionUndone, "title", current.title, "");
    change.commit();
}

Milestone Portfolio::undoMilestoneMove(Id actor, Id milestoneId, Id moveId) {
    Change change(*this, actor);
    const Milestone current = milestone(milestoneId);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    const std::string named = "Milestone " + inQuotes(current.title);
    const auto moves = store_.listMilestoneMoves(current.id);  // by date, then id: the last is the latest
    const auto undone =
        std::find_if(moves.begin(), moves.end(), [&](const MilestoneMove& each) { return each.id == moveId; });
    if (undone == moves.end()) throw ConflictError(named + " has no such move to undo");
    refuseIf(undone != std::prev(moves.end()), named,
             "has moved again since (to " + formatDate(moves.back().to) + ")", "that move");
    refuseIf(current.completedOn.has_value(), named, "was marked done since", "that");
    store_.removeMilestoneMove(undone->id);
    Milestone updated = current;
    updated.due = undone->from;
    store_.updateMilestone(updated);
    change.record("milestone", current.id, "move undone", "due date",
                  formatDate(undone->to) + " (moved on " + formatDate(undone->movedOn) + ")", formatDate(undone->from));
    change.commit();
    return updated;
}

}  // namespace innotrack
