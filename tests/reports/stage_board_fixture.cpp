// See stage_board_fixture.hpp.
#include "stage_board_fixture.hpp"

#include "records.hpp"

namespace innotrack::testing {

Id RecordWriter::person(const std::string& name, Role role) {
    Person draft;
    draft.name = name;
    draft.role = role;
    const Id id = store_.insertPerson(draft);
    if (role == Role::Officer && officer_ == 0) officer_ = id;
    if (role == Role::Leader && leader_ == 0) leader_ = id;
    return id;
}

Id RecordWriter::innovation(const std::string& title, Stage stage, int priority, OptionalId cabinetLead,
                            Confidence confidence, const std::string& stopReason) {
    Innovation draft;
    draft.title = title;
    draft.stage = stage;
    draft.priority = priority;
    draft.cabinetLeadId = cabinetLead;
    draft.leadOfficerId = officer_;
    draft.confidence = confidence;
    draft.stopReason = stopReason;
    return store_.insertInnovation(draft);
}

Id RecordWriter::milestone(Id innovationId, const std::string& title, Date due, std::optional<Date> completedOn) {
    Milestone draft;
    draft.innovationId = innovationId;
    draft.title = title;
    draft.baselineDue = due;
    draft.due = due;
    draft.completedOn = completedOn;
    return store_.insertMilestone(draft);
}

void RecordWriter::moveMilestone(Id milestoneId, Date to, Date movedOn) {
    Milestone moved = store_.findMilestone(milestoneId).value();
    MilestoneMove move;
    move.milestoneId = milestoneId;
    move.from = moved.due;
    move.to = to;
    move.movedOn = movedOn;
    move.reason = "Supplier delay";
    move.actorId = officer_;
    store_.insertMilestoneMove(move);
    moved.due = to;
    store_.updateMilestone(moved);
}

void RecordWriter::stageChange(Id innovationId, Stage from, Stage to, Date on) {
    StageChange change;
    change.innovationId = innovationId;
    change.from = from;
    change.to = to;
    change.changedOn = on;
    change.reason = "Agreed at the weekly review";
    change.actorId = leader_;
    store_.insertStageChange(change);
}

Id RecordWriter::risk(Id innovationId, Score inherent, std::optional<Score> residual, RiskStatus status,
                      Date raisedOn, std::optional<Date> closedOn) {
    Risk draft;
    draft.innovationId = innovationId;
    draft.title = "Risk " + std::to_string(inherent.first) + "x" + std::to_string(inherent.second);
    draft.inherentLikelihood = inherent.first;
    draft.inherentImpact = inherent.second;
    if (residual) {
        draft.residualLikelihood = residual->first;
        draft.residualImpact = residual->second;
    }
    draft.ownerId = officer_;
    draft.raisedOn = raisedOn;
    draft.status = status;
    draft.closedOn = closedOn;
    draft.id = store_.insertRisk(draft);
    if (status == RiskStatus::Occurred) {
        draft.setbackId = setback(innovationId, closedOn.value(), draft.id);
        store_.updateRisk(draft);
    }
    return draft.id;
}

Id RecordWriter::review(Date heldOn, std::optional<Date> closedOn, OptionalId recorded) {
    Review draft;
    draft.heldOn = heldOn;
    draft.chairId = leader_;
    draft.closedOn = closedOn;
    draft.id = store_.insertReview(draft);
    if (recorded) {
        ReviewEntry entry;
        entry.reviewId = draft.id;
        entry.innovationId = *recorded;
        store_.saveReviewEntry(entry);
    }
    if (closedOn) recordClosed(store_, leader_, draft.id);
    return draft.id;
}

Id RecordWriter::setback(Id innovationId, Date occurredOn, OptionalId riskId) {
    Setback draft;
    draft.innovationId = innovationId;
    draft.occurredOn = occurredOn;
    draft.whatHappened = riskId ? "The risk occurred" : "Something went wrong";
    draft.riskId = riskId;
    draft.loggedById = officer_;
    const Id id = store_.insertSetback(draft);
    recordAdded(store_, officer_, "setback", id);
    return id;
}

}  // namespace innotrack::testing
