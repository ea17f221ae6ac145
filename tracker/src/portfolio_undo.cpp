// The service's undoing of a change just made (DOMAIN.md "Undoing a change"): each puts the record
// back as it was, checks first that nothing has changed it since, and says so in the audit trail,
// which keeps the change it undoes.
#include "portfolio_change.hpp"

#include <algorithm>
#include <iterator>

namespace innotrack {
namespace {

std::string quotedTitle(const std::string& title) { return "'" + title + "'"; }

}  // namespace

Innovation Portfolio::undoStageChange(Id actor, Id innovationId, Id stageChangeId) {
    Change change(*this, actor);
    Innovation current = innovation(innovationId);
    require(change.actor(), Action::ChangeStage, &current);
    const auto history = store_.listStageChanges(current.id);  // by date, then id: the last is the latest
    const auto undone = std::find_if(history.begin(), history.end(),
                                     [&](const StageChange& each) { return each.id == stageChangeId; });
    if (undone == history.end() || undone->from == undone->to)
        throw ConflictError("There is no move between stages of " + quotedTitle(current.title) + " to undo");
    if (undone != std::prev(history.end()))
        throw ConflictError("The move of " + quotedTitle(current.title) + " to " + std::string(labelOf(undone->to)) +
                            " cannot be undone: it has moved again since (to " +
                            std::string(labelOf(history.back().to)) + " on " + formatDate(history.back().changedOn) +
                            "); undo that first");

    store_.removeStageChange(undone->id);
    Innovation updated = current;
    updated.stage = undone->from;
    if (undone->to == Stage::Stopped) updated.stopReason.clear();  // stopped is final, so it was not stopped before
    store_.updateInnovation(updated);
    change.record("innovation", current.id, "stage change undone", "stage",
                  std::string(labelOf(undone->to)) + " on " + formatDate(undone->changedOn),
                  std::string(labelOf(undone->from)));
    change.commit();
    return updated;
}

Milestone Portfolio::undoCompletion(Id actor, Id milestoneId) {
    Change change(*this, actor);
    const Milestone current = milestone(milestoneId);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    if (!current.completedOn)
        throw ConflictError("Milestone " + quotedTitle(current.title) + " is not done, so there is nothing to undo");
    Milestone updated = current;
    updated.completedOn.reset();
    store_.updateMilestone(updated);
    change.record("milestone", updated.id, "completion undone", "completed on", formatDate(current.completedOn), "");
    change.commit();
    return updated;
}

Risk Portfolio::undoRiskClosing(Id actor, Id riskId) {
    Change change(*this, actor);
    const Risk current = risk(riskId);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    if (current.status != RiskStatus::Closed)
        throw ConflictError("Risk " + quotedTitle(current.title) + " is " + std::string(labelOf(current.status)) +
                            ", not closed, so there is no closing to undo");
    Risk updated = current;
    updated.status = RiskStatus::Open;
    updated.closedOn.reset();
    store_.updateRisk(updated);
    change.record("risk", riskId, "closing undone", "status", "Closed on " + formatDate(current.closedOn), "Open");
    change.commit();
    return updated;
}

Benefit Portfolio::undoRealisation(Id actor, const Benefit& before) {
    Change change(*this, actor);
    const Benefit current = benefit(before.id);
    rules::deliveryInnovation(*this, change.actor(), current.innovationId);
    if (!current.realisedOn)
        throw ConflictError("Benefit " + quotedTitle(current.measure) + " is not realised, so there is nothing to undo");
    Benefit updated = current;
    updated.actual = before.actual;
    updated.realisedOn = before.realisedOn;
    store_.updateBenefit(updated);
    change.changed("benefit", updated.id, audit::fieldsOf(current), audit::fieldsOf(updated), "realisation undone");
    change.commit();
    return updated;
}

void Portfolio::undoReviewEntry(Id actor, Id reviewId, Id innovationId, const std::optional<ReviewEntry>& before,
                                Confidence confidenceBefore) {
    Change change(*this, actor);
    require(change.actor(), Action::RunReview);
    const Review current = review(reviewId);
    Innovation reviewed = innovation(innovationId);
    if (!current.isOpen())
        throw ConflictError("The review of " + formatDate(current.heldOn) + " was closed on " +
                            formatDate(current.closedOn) + ", so what it recorded for " + quotedTitle(reviewed.title) +
                            " stays as it was: a closed review is never edited");
    require(permitsChairing(change.actor(), current, person(current.chairId).name));
    const auto entries = store_.listReviewEntries(reviewId);
    const auto recorded = std::find_if(entries.begin(), entries.end(),
                                       [&](const ReviewEntry& each) { return each.innovationId == innovationId; });
    if (recorded == entries.end())
        throw ConflictError(quotedTitle(reviewed.title) + " is not recorded in the review of " +
                            formatDate(current.heldOn) + ", so there is nothing to undo");

    const FieldValues now = audit::fieldsOf(*recorded);
    const FieldValues then = before ? audit::fieldsOf(*before) : FieldValues{};
    if (before) store_.saveReviewEntry(*before);
    else store_.removeReviewEntry(reviewId, innovationId);
    for (const auto& difference : audit::differences(now, then))
        change.record("review", current.id, "entry undone",
                      "innovation " + std::to_string(innovationId) + " " + difference.field, difference.before,
                      difference.after);
    if (reviewed.confidence != confidenceBefore) {
        const Confidence was = reviewed.confidence;
        reviewed.confidence = confidenceBefore;
        store_.updateInnovation(reviewed);
        change.record("innovation", reviewed.id, "changed", "confidence", std::string(labelOf(was)),
                      std::string(labelOf(confidenceBefore)) + " (review " + std::to_string(current.id) + " undone)");
    }
    change.commit();
}

}  // namespace innotrack
