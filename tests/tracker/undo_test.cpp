// Undoing a change just made (DOMAIN.md "Undoing a change"), on every backend: the record is as it
// was before, the change stops counting in the tally, the audit trail keeps both the change and its
// undoing, and an undo is refused, with nothing changed, when the record has changed again since.
#include "undo_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

TEST_CASE_METHOD(UndoFixture, "an undone advance is no advance in the tally, and the audit trail keeps both",
                 "[backend][tracker][undo]") {
    portfolio.changeStage(cabinet.id, innovation.id, Stage::Exploring, "");
    REQUIRE(tally().stageAdvances == 1);
    const Id move = latestStageChange();

    const Innovation back = portfolio.undoStageChange(cabinet.id, innovation.id, move);

    CHECK(back.stage == Stage::Idea);
    CHECK(portfolio.innovation(innovation.id).stage == Stage::Idea);
    CHECK(store->listStageChanges(innovation.id).empty());
    CHECK(tally().stageAdvances == 0);
    CHECK(auditedAs("stage changed") == 1);
    REQUIRE(auditedAs("stage change undone") == 1);
    const auto undone = store->listAudit({std::string("innovation"), innovation.id, {}, 1}).front();
    CHECK(undone.action == "stage change undone");
    CHECK(undone.oldValue == "Exploring on 2026-11-27");
    CHECK(undone.newValue == "Idea");
    CHECK(undone.actorId == cabinet.id);
    // The innovation may move again, from where it was.
    CHECK(portfolio.changeStage(cabinet.id, innovation.id, Stage::Piloting, "").stage == Stage::Piloting);
    CHECK(tally().stageAdvances == 1);
}

TEST_CASE_METHOD(UndoFixture, "a move cannot be undone once the innovation has moved again, and nothing changes",
                 "[backend][tracker][undo]") {
    portfolio.changeStage(cabinet.id, innovation.id, Stage::Exploring, "");
    const Id first = latestStageChange();
    portfolio.changeStage(cabinet.id, innovation.id, Stage::Piloting, "");
    const std::size_t audited = auditCount();

    CHECK_THROWS_WITH(portfolio.undoStageChange(cabinet.id, innovation.id, first),
                      "The move of 'Home care by video' to Exploring cannot be undone: it has moved again since "
                      "(to Piloting on 2026-11-27); undo that first");
    CHECK(portfolio.innovation(innovation.id).stage == Stage::Piloting);
    CHECK(store->listStageChanges(innovation.id).size() == 2);
    CHECK(auditCount() == audited);
    CHECK(tally().stageAdvances == 2);

    // Undone in turn, latest first, both go.
    portfolio.undoStageChange(cabinet.id, innovation.id, latestStageChange());
    portfolio.undoStageChange(cabinet.id, innovation.id, first);
    CHECK(portfolio.innovation(innovation.id).stage == Stage::Idea);
    CHECK(tally().stageAdvances == 0);
}

TEST_CASE_METHOD(UndoFixture, "undoing a stop lets the innovation move again", "[backend][tracker][undo]") {
    portfolio.changeStage(cabinet.id, innovation.id, Stage::Exploring, "");
    portfolio.changeStage(cabinet.id, innovation.id, Stage::Stopped, "The supplier withdrew");
    const Innovation back = portfolio.undoStageChange(cabinet.id, innovation.id, latestStageChange());
    CHECK(back.stage == Stage::Exploring);
    CHECK(back.stopReason.empty());
    CHECK(portfolio.changeStage(cabinet.id, innovation.id, Stage::Piloting, "").stage == Stage::Piloting);
}

TEST_CASE_METHOD(UndoFixture, "only who may move the innovation may undo its move, and an arrival is no move",
                 "[backend][tracker][undo]") {
    Innovation entered = newInnovation("Entered at Piloting");
    entered.stage = Stage::Piloting;
    entered = portfolio.addInnovation(cabinet.id, entered, Date(2026, 6, 1));
    const Id arrival = store->listStageChanges(entered.id).back().id;
    CHECK_THROWS_AS(portfolio.undoStageChange(cabinet.id, entered.id, arrival), ConflictError);
    CHECK(store->listStageChanges(entered.id).size() == 1);

    portfolio.changeStage(cabinet.id, innovation.id, Stage::Exploring, "");
    const Id move = latestStageChange();
    CHECK_THROWS_AS(portfolio.undoStageChange(officer.id, innovation.id, move), PermissionDenied);
    CHECK_THROWS_AS(portfolio.undoStageChange(otherCabinet.id, innovation.id, move), PermissionDenied);
    CHECK_THROWS_AS(portfolio.undoStageChange(viewer.id, innovation.id, move), PermissionDenied);
    CHECK(portfolio.innovation(innovation.id).stage == Stage::Exploring);
    CHECK(portfolio.undoStageChange(leader.id, innovation.id, move).stage == Stage::Idea);
}

TEST_CASE_METHOD(UndoFixture, "an undone completion is no milestone done in the tally", "[backend][tracker][undo]") {
    const Milestone milestone = portfolio.addMilestone(officer.id, newMilestone("Pilot homes chosen", Date(2026, 12, 1)));
    portfolio.completeMilestone(officer.id, milestone.id);
    REQUIRE(tally().milestonesOnTime == 1);

    CHECK_FALSE(portfolio.undoCompletion(officer.id, milestone.id).completedOn.has_value());
    CHECK_FALSE(portfolio.milestone(milestone.id).completedOn.has_value());
    CHECK(tally().milestonesOnTime == 0);
    CHECK(auditedAs("completed") == 1);
    CHECK(auditedAs("completion undone") == 1);
    CHECK_THROWS_WITH(portfolio.undoCompletion(officer.id, milestone.id),
                      "Milestone 'Pilot homes chosen' is not done, so there is nothing to undo");
    CHECK_THROWS_AS(portfolio.undoCompletion(viewer.id, milestone.id), PermissionDenied);
}

TEST_CASE_METHOD(UndoFixture, "an undone closing leaves the risk open, one that occurred stays so",
                 "[backend][tracker][undo]") {
    const Risk closed = portfolio.addRisk(officer.id, newRisk("Residents refuse the cameras", 3, 4));
    portfolio.closeRisk(officer.id, closed.id);
    const Risk reopened = portfolio.undoRiskClosing(officer.id, closed.id);
    CHECK(reopened.status == RiskStatus::Open);
    CHECK_FALSE(reopened.closedOn.has_value());
    CHECK(portfolio.risk(closed.id).status == RiskStatus::Open);
    CHECK(tally().risksRaisedOpen == 1);
    CHECK(auditedAs("closing undone") == 1);

    Setback occurred = newSetback("Residents refused the cameras", FailureKind::Complex);
    occurred.occurredOn = Date(2026, 11, 27);
    portfolio.riskOccurred(officer.id, closed.id, occurred);
    const std::size_t audited = auditCount();
    CHECK_THROWS_AS(portfolio.undoRiskClosing(officer.id, closed.id), ConflictError);
    CHECK(portfolio.risk(closed.id).status == RiskStatus::Occurred);
    CHECK(auditCount() == audited);
}

TEST_CASE_METHOD(UndoFixture, "an undone realisation puts the benefit back as it was", "[backend][tracker][undo]") {
    Benefit draft;
    draft.innovationId = innovation.id;
    draft.measure = "Delayed discharges per month";
    draft.unit = "people";
    draft.baseline = 40;
    draft.target = 25;
    const Benefit before = portfolio.addBenefit(officer.id, draft);
    portfolio.realiseBenefit(officer.id, before.id, 31);
    REQUIRE(tally().benefitsRealised == 1);

    CHECK(portfolio.undoRealisation(officer.id, before) == before);
    CHECK(portfolio.benefit(before.id) == before);
    CHECK(tally().benefitsRealised == 0);
    CHECK(auditedAs("realisation undone") >= 1);
    CHECK_THROWS_AS(portfolio.undoRealisation(officer.id, before), ConflictError);
}

TEST_CASE_METHOD(UndoFixture, "an undone review entry is as before, confidence too, and a closed review refuses",
                 "[backend][tracker][undo][reviews]") {
    const Confidence was = portfolio.innovation(innovation.id).confidence;
    const Review review = portfolio.startReview(cabinet.id, Date(2026, 11, 24));
    const ReviewEntry first{review.id, innovation.id, Confidence::Red, "Two sites slipped", "Report back next week"};
    portfolio.recordReview(cabinet.id, first);
    REQUIRE(portfolio.innovation(innovation.id).confidence == Confidence::Red);

    // Recorded again, then undone: the first recording is back.
    portfolio.recordReview(cabinet.id, {review.id, innovation.id, Confidence::Green, "All on track", ""});
    portfolio.undoReviewEntry(cabinet.id, review.id, innovation.id, first, Confidence::Red);
    REQUIRE(store->listReviewEntries(review.id).size() == 1);
    CHECK(store->listReviewEntries(review.id).front() == first);
    CHECK(portfolio.innovation(innovation.id).confidence == Confidence::Red);

    // The first recording undone: nothing recorded, the confidence as it was before the review.
    portfolio.undoReviewEntry(cabinet.id, review.id, innovation.id, std::nullopt, was);
    CHECK(store->listReviewEntries(review.id).empty());
    CHECK(portfolio.innovation(innovation.id).confidence == was);
    CHECK(auditedAs("entry undone") >= 1);
    CHECK_THROWS_AS(portfolio.undoReviewEntry(cabinet.id, review.id, innovation.id, std::nullopt, was), ConflictError);
    CHECK_THROWS_AS(portfolio.undoReviewEntry(officer.id, review.id, innovation.id, std::nullopt, was), PermissionDenied);

    // Once the review closes, what it recorded stays.
    portfolio.recordReview(cabinet.id, first);
    portfolio.closeReview(cabinet.id, review.id, Date(2026, 11, 25));
    const std::size_t audited = auditCount();
    CHECK_THROWS_WITH(portfolio.undoReviewEntry(cabinet.id, review.id, innovation.id, std::nullopt, was),
                      "The review of 2026-11-24 was closed on 2026-11-25, so what it recorded for 'Home care by "
                      "video' stays as it was: a closed review is never edited");
    CHECK(store->listReviewEntries(review.id).size() == 1);
    CHECK(auditCount() == audited);
}
