// Undoing an addition or a milestone's move just made (DOMAIN.md "Undoing a change"), on every
// backend: the record is gone, so the figures are as before it was added, the audit trail keeps
// both the addition and its undoing and still verifies, and an undo is refused, with nothing
// changed, while something refers to the record or once it has changed.
#include "undo_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

struct AdditionUndoFixture : UndoFixture {
    // The audit entries about one record, oldest first.
    std::vector<std::string> actionsOn(const std::string& entity, Id id) const {
        std::vector<std::string> actions;
        for (const AuditEntry& entry : store->listAudit({entity, id, {}, {}})) actions.push_back(entry.action);
        return actions;
    }

    // Refused with `reason`, leaving the audit trail and the figures as they were.
    template <typename Undo>
    void requireRefused(Undo undo, const std::string& reason) {
        const std::size_t audited = auditCount();
        const TallyCounts before = tally();
        CHECK_THROWS_WITH(undo(), reason);
        CHECK(auditCount() == audited);
        CHECK(tally() == before);
    }

    Lesson newLesson(OptionalId setbackId) const {
        Lesson draft;
        draft.innovationId = innovation.id;
        draft.setbackId = setbackId;
        draft.source = setbackId ? LessonSource::Setback : LessonSource::Success;
        draft.whatHappened = "The pilot homes were chosen in a week";
        draft.recommendation = "Ask the wardens first";
        draft.tags = {"housing", "wardens"};
        draft.recordedOn = Date(2026, 11, 27);
        return draft;
    }
};

}  // namespace

TEST_CASE_METHOD(AdditionUndoFixture, "an undone setback no longer counts as gone wrong, and the audit trail keeps both",
                 "[backend][tracker][undo]") {
    const TallyCounts before = tally();
    const Setback logged = portfolio.logSetback(officer.id, newSetback("Two sites lost signal", FailureKind::Basic));
    REQUIRE(tally().setbacksBasic == before.setbacksBasic + 1);

    portfolio.undoAddition(officer.id, logged);

    CHECK_FALSE(store->findSetback(logged.id).has_value());
    CHECK(store->listSetbacks(innovation.id).empty());
    CHECK(tally() == before);
    CHECK(actionsOn("setback", logged.id) == std::vector<std::string>{"added", "addition undone"});
    const AuditEntry undone = store->listAudit({std::string("setback"), logged.id, {}, 1}).front();
    CHECK(undone.actorId == officer.id);
    CHECK(undone.oldValue == "Two sites lost signal");
    CHECK(portfolio.verifyAuditChain().intact());
    CHECK(portfolio.check().empty());
}

TEST_CASE_METHOD(AdditionUndoFixture, "a setback with a lesson stays until the lesson is undone",
                 "[backend][tracker][undo]") {
    const TallyCounts before = tally();
    const Setback logged = portfolio.logSetback(officer.id, newSetback("Two sites lost signal", FailureKind::Basic));
    const Lesson lesson = portfolio.addLesson(officer.id, newLesson(logged.id));
    REQUIRE(tally().setbacksWithLesson == 1);

    requireRefused([&] { portfolio.undoAddition(officer.id, logged); },
                   "The setback 'Two sites lost signal' has a lesson now; undo the lesson first");
    CHECK(store->findSetback(logged.id).has_value());

    portfolio.undoAddition(officer.id, lesson);
    CHECK_FALSE(store->findLesson(lesson.id).has_value());
    CHECK(store->listLessons({}).empty());
    CHECK(tally().setbacksWithLesson == 0);
    CHECK(actionsOn("lesson", lesson.id) == std::vector<std::string>{"added", "addition undone"});

    portfolio.undoAddition(officer.id, logged);
    CHECK(tally() == before);
    CHECK(portfolio.verifyAuditChain().intact());
    CHECK(portfolio.check().empty());
}

TEST_CASE_METHOD(AdditionUndoFixture, "an undone setback that was a risk occurring leaves the risk open again",
                 "[backend][tracker][undo]") {
    const Risk raised = portfolio.addRisk(officer.id, newRisk("Residents refuse the cameras", 3, 4));
    const TallyCounts open = tally();
    Setback happened = newSetback("Residents refused the cameras", FailureKind::Complex);
    happened.occurredOn = Date(2026, 11, 27);
    const Setback logged = portfolio.riskOccurred(officer.id, raised.id, happened);
    REQUIRE(tally().risksRaisedOccurred == 1);

    // The risk is referred to by its setback: that goes first.
    requireRefused([&] { portfolio.undoAddition(officer.id, raised); },
                   "Risk 'Residents refuse the cameras' has occurred since, as a setback; undo the setback first");

    portfolio.undoAddition(officer.id, logged);
    const Risk reopened = portfolio.risk(raised.id);
    CHECK(reopened == raised);
    CHECK(tally() == open);
    CHECK(actionsOn("risk", raised.id) == std::vector<std::string>{"added", "occurred", "occurrence undone"});

    portfolio.undoAddition(officer.id, raised);
    CHECK(store->listRisks(innovation.id).empty());
    CHECK(tally().risksRaised == 0);
    CHECK(portfolio.verifyAuditChain().intact());
    CHECK(portfolio.check().empty());
}

TEST_CASE_METHOD(AdditionUndoFixture, "a risk closed or edited since it was added is not undone",
                 "[backend][tracker][undo]") {
    const Risk raised = portfolio.addRisk(officer.id, newRisk("Residents refuse the cameras", 3, 4));
    portfolio.closeRisk(officer.id, raised.id);
    requireRefused([&] { portfolio.undoAddition(officer.id, raised); },
                   "Risk 'Residents refuse the cameras' was closed since; undo that first");
    portfolio.undoRiskClosing(officer.id, raised.id);

    Risk edited = portfolio.risk(raised.id);
    edited.mitigation = "Talk to the residents' association";
    portfolio.updateRisk(officer.id, edited);
    requireRefused([&] { portfolio.undoAddition(officer.id, raised); },
                   "Risk 'Residents refuse the cameras' has been changed since it was added; undo that first");
    CHECK(store->findRisk(raised.id).has_value());
}

TEST_CASE_METHOD(AdditionUndoFixture, "a milestone added, done or moved, and undone in turn",
                 "[backend][tracker][undo]") {
    const Milestone added = portfolio.addMilestone(officer.id, newMilestone("Pilot homes chosen", Date(2026, 12, 1)));
    portfolio.undoAddition(officer.id, added);
    CHECK(store->listMilestones(innovation.id).empty());
    CHECK(actionsOn("milestone", added.id) == std::vector<std::string>{"added", "addition undone"});

    const Milestone done = portfolio.addMilestone(officer.id, newMilestone("Cameras fitted", Date(2026, 12, 1)));
    portfolio.completeMilestone(officer.id, done.id);
    REQUIRE(tally().milestonesOnTime == 1);
    requireRefused([&] { portfolio.undoAddition(officer.id, done); },
                   "Milestone 'Cameras fitted' was marked done since; undo that first");
    portfolio.undoCompletion(officer.id, done.id);
    portfolio.undoAddition(officer.id, done);
    CHECK(tally().milestonesOnTime == 0);

    const Milestone moved = portfolio.addMilestone(officer.id, newMilestone("Staff trained", Date(2026, 12, 1)));
    portfolio.moveMilestone(officer.id, moved.id, Date(2027, 1, 15), "The trainer is ill");
    requireRefused([&] { portfolio.undoAddition(officer.id, moved); },
                   "Milestone 'Staff trained' has been moved since; undo the move first");
    const Id move = store->listMilestoneMoves(moved.id).back().id;
    CHECK(portfolio.undoMilestoneMove(officer.id, moved.id, move).due == Date(2026, 12, 1));
    portfolio.undoAddition(officer.id, moved);
    CHECK(store->listMilestones(innovation.id).empty());
    CHECK(portfolio.verifyAuditChain().intact());
    CHECK(portfolio.check().empty());
}

TEST_CASE_METHOD(AdditionUndoFixture, "an undone move puts the due date back, only the latest and not once done",
                 "[backend][tracker][undo]") {
    const Milestone added = portfolio.addMilestone(officer.id, newMilestone("Staff trained", Date(2026, 12, 1)));
    portfolio.moveMilestone(officer.id, added.id, Date(2027, 1, 15), "The trainer is ill");
    const Id first = store->listMilestoneMoves(added.id).back().id;
    portfolio.moveMilestone(officer.id, added.id, Date(2027, 2, 1), "The room is booked");
    const Id second = store->listMilestoneMoves(added.id).back().id;

    requireRefused([&] { portfolio.undoMilestoneMove(officer.id, added.id, first); },
                   "Milestone 'Staff trained' has moved again since (to 2027-02-01); undo that move first");
    CHECK_THROWS_AS(portfolio.undoMilestoneMove(viewer.id, added.id, second), PermissionDenied);
    CHECK_THROWS_AS(portfolio.undoMilestoneMove(otherOfficer.id, added.id, second), PermissionDenied);

    const Milestone back = portfolio.undoMilestoneMove(officer.id, added.id, second);
    CHECK(back.due == Date(2027, 1, 15));
    CHECK(portfolio.milestone(added.id) == back);
    CHECK(store->listMilestoneMoves(added.id).size() == 1);
    const AuditEntry undone = store->listAudit({std::string("milestone"), added.id, {}, 1}).front();
    CHECK(undone.action == "move undone");
    CHECK(undone.oldValue == "2027-02-01 (moved on 2026-11-27)");
    CHECK(undone.newValue == "2027-01-15");

    portfolio.completeMilestone(officer.id, added.id);
    requireRefused([&] { portfolio.undoMilestoneMove(officer.id, added.id, first); },
                   "Milestone 'Staff trained' was marked done since; undo that first");
    portfolio.undoCompletion(officer.id, added.id);
    CHECK(portfolio.undoMilestoneMove(officer.id, added.id, first).due == Date(2026, 12, 1));
    CHECK(portfolio.milestone(added.id).due == portfolio.milestone(added.id).baselineDue);
    CHECK(portfolio.verifyAuditChain().intact());
}

TEST_CASE_METHOD(AdditionUndoFixture, "an undone benefit is gone, one realised since stays", "[backend][tracker][undo]") {
    Benefit draft;
    draft.innovationId = innovation.id;
    draft.measure = "Delayed discharges per month";
    draft.baseline = 40;
    draft.target = 25;
    const Benefit added = portfolio.addBenefit(officer.id, draft);
    portfolio.realiseBenefit(officer.id, added.id, 31);
    requireRefused([&] { portfolio.undoAddition(officer.id, added); },
                   "Benefit 'Delayed discharges per month' was realised since; undo that first");
    portfolio.undoRealisation(officer.id, added);
    portfolio.undoAddition(officer.id, added);
    CHECK(store->listBenefits(innovation.id).empty());
    CHECK(actionsOn("benefit", added.id).back() == "addition undone");
}

TEST_CASE_METHOD(AdditionUndoFixture, "an undone innovation is gone with its arrival, one with records stays",
                 "[backend][tracker][undo]") {
    const TallyCounts before = tally();
    const std::size_t innovations = store->listInnovations({}).size();
    Innovation draft = newInnovation("Falls prevention sensors");
    draft.stage = Stage::Piloting;
    const Innovation entered = portfolio.addInnovation(otherCabinet.id, draft, Date(2026, 6, 1));
    REQUIRE(store->listStageChanges(entered.id).size() == 1);

    CHECK_THROWS_AS(portfolio.undoAddition(officer.id, entered), PermissionDenied);
    CHECK_THROWS_AS(portfolio.undoAddition(viewer.id, entered), PermissionDenied);
    const Milestone milestone = portfolio.addMilestone(
        officer.id, Milestone{0, entered.id, "Sensors ordered", Date(2026, 12, 1), Date(2026, 12, 1), std::nullopt});
    requireRefused([&] { portfolio.undoAddition(otherCabinet.id, entered); },
                   "'Falls prevention sensors' has a milestone now; undo the milestone first");
    portfolio.undoAddition(officer.id, milestone);
    portfolio.changeStage(cabinet.id, entered.id, Stage::Scaling, "");
    requireRefused([&] { portfolio.undoAddition(otherCabinet.id, entered); },
                   "'Falls prevention sensors' has moved between stages since; undo the move first");
    portfolio.undoStageChange(cabinet.id, entered.id, store->listStageChanges(entered.id).back().id);

    portfolio.undoAddition(otherCabinet.id, entered);
    CHECK_FALSE(store->findInnovation(entered.id).has_value());
    CHECK(store->listStageChanges(entered.id).empty());
    CHECK(store->listInnovations({}).size() == innovations);
    CHECK(tally() == before);
    CHECK(actionsOn("innovation", entered.id).back() == "addition undone");
    CHECK(portfolio.verifyAuditChain().intact());
    CHECK(portfolio.check().empty());
}

TEST_CASE_METHOD(AdditionUndoFixture, "only who may add a record may undo its addition, and nothing changes",
                 "[backend][tracker][undo]") {
    const Setback logged = portfolio.logSetback(officer.id, newSetback("Two sites lost signal", FailureKind::Basic));
    const Milestone added = portfolio.addMilestone(officer.id, newMilestone("Pilot homes chosen", Date(2026, 12, 1)));
    const std::size_t audited = auditCount();
    for (const Person& refused : {viewer, otherOfficer, otherCabinet}) {
        CHECK_THROWS_AS(portfolio.undoAddition(refused.id, logged), PermissionDenied);
        CHECK_THROWS_AS(portfolio.undoAddition(refused.id, added), PermissionDenied);
    }
    CHECK(auditCount() == audited);
    CHECK(store->findSetback(logged.id).has_value());
    CHECK(store->findMilestone(added.id).has_value());
    // The innovation's cabinet lead and the leader may, as they may add them.
    portfolio.undoAddition(cabinet.id, logged);
    portfolio.undoAddition(leader.id, added);
    CHECK(store->listSetbacks(innovation.id).empty());
    CHECK(store->listMilestones(innovation.id).empty());
}

TEST_CASE_METHOD(AdditionUndoFixture, "an id removed by an undo is never given to another record",
                 "[backend][tracker][undo]") {
    const Milestone first = portfolio.addMilestone(officer.id, newMilestone("Pilot homes chosen", Date(2026, 12, 1)));
    portfolio.undoAddition(officer.id, first);
    const Milestone next = portfolio.addMilestone(officer.id, newMilestone("Cameras fitted", Date(2026, 12, 1)));
    CHECK(next.id > first.id);
    const Setback logged = portfolio.logSetback(officer.id, newSetback("Two sites lost signal", FailureKind::Basic));
    portfolio.undoAddition(officer.id, logged);
    CHECK(portfolio.logSetback(officer.id, newSetback("One more site", FailureKind::Basic)).id > logged.id);
    // The removed record's entries stay its own: none about the new one.
    CHECK(actionsOn("milestone", first.id) == std::vector<std::string>{"added", "addition undone"});
}
