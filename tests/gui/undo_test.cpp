// Undo and feedback (issue 14 §2) in headless frames: every change is confirmed in a line, Undo on
// the confirmation or Ctrl+Z takes the last change back as the person acting, the undone change
// stops counting in the tally, the audit trail keeps both, and the rules' refusals say why.
#include "fixture.hpp"

#include "tracker/tally_queries.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

const Period kThisYear{Date(2026, 4, 1), Date(2027, 3, 31)};

// Drags the innovation's card onto the column of `to`, a little below its cards.
void dragCardOnto(DemoApp& demo, const Innovation& innovation, Stage to) {
    const ScreenRect card = demo.rect("board.card." + std::to_string(innovation.id));
    const ScreenRect column = demo.rect("board.column." + std::string(keyOf(to)));
    demo.backend.drag(ImVec2(card.centreX(), card.centreY()), ImVec2(column.centreX(), column.maxY - 20), demo.draw());
    demo.frames(2);
}

TallyCounts tallyOf(DemoApp& demo) {
    return demo.state.backend().tallyQueries().tally(kThisYear, {}, TallyGrouping::None).front().counts;
}

std::size_t audited(DemoApp& demo, Id innovationId, const std::string& action) {
    const auto trail = demo.store().listAudit({std::string("innovation"), innovationId, {}, 0});
    return static_cast<std::size_t>(
        std::count_if(trail.begin(), trail.end(), [&](const AuditEntry& e) { return e.action == action; }));
}

const std::string& confirmationText(DemoApp& demo) {
    REQUIRE(demo.state.confirmation().has_value());
    REQUIRE(located(demo, "confirmation"));
    return demo.state.confirmation()->text;
}

struct PriyaOnTheBoard {
    DemoApp demo;
    Innovation care = demo.innovation("Neighbourhood care teams");

    PriyaOnTheBoard() {
        demo.actAs("Cllr Priya Shah");
        demo.app.select("board");
        demo.frames(3);
        REQUIRE(care.stage == Stage::Piloting);
    }
};

TEST_CASE_METHOD(PriyaOnTheBoard, "a stage move is confirmed with Undo, undone, the card is back and no advance counts",
                 "[gui][undo]") {
    const std::int64_t advances = tallyOf(demo).stageAdvances;
    dragCardOnto(demo, care, Stage::Scaling);
    REQUIRE(demo.innovation("Neighbourhood care teams").stage == Stage::Scaling);
    CHECK(tallyOf(demo).stageAdvances == advances + 1);
    CHECK(confirmationText(demo) == "Moved 'Neighbourhood care teams' to Scaling");
    REQUIRE(located(demo, "confirmation.undo"));

    demo.click("confirmation.undo");
    demo.frames(2);

    CHECK(demo.innovation("Neighbourhood care teams").stage == Stage::Piloting);
    CHECK(tallyOf(demo).stageAdvances == advances);
    CHECK(audited(demo, care.id, "stage changed") >= 1);
    CHECK(audited(demo, care.id, "stage change undone") == 1);
    CHECK(confirmationText(demo) == "Undone: Moved 'Neighbourhood care teams' to Scaling");
    CHECK_FALSE(located(demo, "confirmation.undo"));  // nothing left to undo
    CHECK(demo.state.errors().empty());
    // The card is drawn back in its column.
    const ScreenRect card = demo.rect("board.card." + std::to_string(care.id));
    CHECK(demo.rect("board.column.piloting").contains(card.centreX(), card.centreY()));
}

TEST_CASE_METHOD(PriyaOnTheBoard, "Ctrl+Z undoes the last change, then the one before, the Edit menu names it",
                 "[gui][undo][keyboard]") {
    const Innovation sensors = demo.innovation("Falls prevention sensors at home");
    const Stage sensorsWas = sensors.stage;
    REQUIRE(sensors.cabinetLeadId == demo.person("Cllr Priya Shah").id);
    dragCardOnto(demo, care, Stage::Scaling);
    const Stage sensorsTo = sensorsWas == Stage::Scaling ? Stage::Mainstreamed : Stage::Scaling;
    dragCardOnto(demo, sensors, sensorsTo);
    REQUIRE(demo.innovation(sensors.title).stage == sensorsTo);
    REQUIRE(demo.state.nextUndo() != nullptr);
    CHECK(demo.state.nextUndo()->said ==
          "Moved 'Falls prevention sensors at home' to " + std::string(labelOf(sensorsTo)));

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(1);
    CHECK(demo.innovation(sensors.title).stage == sensorsWas);
    CHECK(demo.innovation(care.title).stage == Stage::Scaling);
    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(1);
    CHECK(demo.innovation(care.title).stage == Stage::Piloting);
    CHECK(demo.state.nextUndo() == nullptr);
    // A third Ctrl+Z has nothing to take back and changes nothing.
    const std::size_t trail = demo.store().listAudit({}).size();
    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(1);
    CHECK(demo.store().listAudit({}).size() == trail);
    CHECK(demo.state.errors().empty());
}

TEST_CASE_METHOD(PriyaOnTheBoard, "Ctrl+Z while typing undoes the typing, not the last change", "[gui][undo][keyboard]") {
    dragCardOnto(demo, care, Stage::Scaling);
    demo.click("board.filter.text");
    demo.backend.type("care", demo.draw());
    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(1);
    CHECK(demo.innovation(care.title).stage == Stage::Scaling);
    CHECK(demo.state.nextUndo() != nullptr);
}

TEST_CASE_METHOD(PriyaOnTheBoard, "an undo the rules refuse says why and changes nothing", "[gui][undo]") {
    dragCardOnto(demo, care, Stage::Scaling);
    // Meanwhile it moves on, at another desk.
    Portfolio elsewhere(demo.store(), demo.clock);
    elsewhere.changeStage(demo.person("Cllr Helen Marsh").id, care.id, Stage::Mainstreamed, "");
    const std::size_t trail = demo.store().listAudit({}).size();

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);

    CHECK(demo.innovation(care.title).stage == Stage::Mainstreamed);
    CHECK(demo.store().listAudit({}).size() == trail);
    REQUIRE(demo.state.errors().size() == 1);
    CHECK(demo.state.errors().front() ==
          "The move of 'Neighbourhood care teams' to Scaling cannot be undone: it has moved again since (to "
          "Mainstreamed on 2026-11-27); undo that first");
    CHECK(located(demo, "error.message"));
}

TEST_CASE("marking a milestone done is confirmed with Undo, undone, it is not done and not counted",
          "[gui][undo][milestones]") {
    DemoApp demo;
    demo.actAs("Cllr Helen Marsh");
    const Innovation care = demo.innovation("Neighbourhood care teams");
    const auto milestones = demo.store().listMilestones(care.id);
    const auto open = std::find_if(milestones.begin(), milestones.end(), [](const Milestone& m) { return !m.isDone(); });
    REQUIRE(open != milestones.end());
    demo.openInnovation(care.id, "milestones");
    const std::int64_t done = tallyOf(demo).milestonesOnTime + tallyOf(demo).milestonesLate;

    demo.click("innovation.milestone.done." + std::to_string(open->id));
    demo.frames(2);
    REQUIRE(demo.store().findMilestone(open->id)->isDone());
    CHECK(tallyOf(demo).milestonesOnTime + tallyOf(demo).milestonesLate == done + 1);
    CHECK(confirmationText(demo) == "Marked '" + open->title + "' done");

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);
    CHECK_FALSE(demo.store().findMilestone(open->id)->isDone());
    CHECK(tallyOf(demo).milestonesOnTime + tallyOf(demo).milestonesLate == done);
    CHECK(confirmationText(demo) == "Undone: Marked '" + open->title + "' done");
}

TEST_CASE_METHOD(PriyaOnTheBoard, "the confirmation fades after a few seconds, what it undoes stays in the Edit menu",
                 "[gui][undo]") {
    dragCardOnto(demo, care, Stage::Scaling);
    REQUIRE(located(demo, "confirmation"));
    demo.backend.moveMouse(5, 400, demo.draw());  // away from it: a hovered confirmation stays
    demo.backend.wait(9, demo.draw());
    demo.frames(1);
    CHECK_FALSE(located(demo, "confirmation"));
    REQUIRE(demo.state.nextUndo() != nullptr);
    CHECK(demo.state.nextUndo()->said == "Moved 'Neighbourhood care teams' to Scaling");
}

TEST_CASE("choosing another person to act as forgets what the last one could undo", "[gui][undo]") {
    PriyaOnTheBoard board;
    dragCardOnto(board.demo, board.care, Stage::Scaling);
    REQUIRE(board.demo.state.nextUndo() != nullptr);
    board.demo.actAs("Cllr Tom Okafor");
    CHECK(board.demo.state.nextUndo() == nullptr);
}

TEST_CASE("a review entry just recorded is undone with Ctrl+Z, and refused with the reason once the review closed",
          "[gui][undo][review]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    demo.app.select("review");
    demo.frames(3);
    demo.click("review.start");
    demo.frames(2);
    const auto review = demo.store().findOpenReview();
    REQUIRE(review.has_value());
    demo.click("review.record");
    demo.frames(2);
    const auto entries = demo.store().listReviewEntries(review->id);
    REQUIRE(entries.size() == 1);
    const Id innovationId = entries.front().innovationId;
    const Confidence was = demo.store().findInnovation(innovationId)->confidence;
    REQUIRE(demo.state.nextUndo() != nullptr);
    CHECK_THAT(demo.state.nextUndo()->said, Catch::StartsWith("Recorded the review of '"));

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);
    CHECK(demo.store().listReviewEntries(review->id).empty());
    CHECK(demo.store().findInnovation(innovationId)->confidence == was);
    CHECK(demo.state.errors().empty());

    // Recorded again and the review closed (elsewhere): undoing it now is refused, and nothing changes.
    demo.click("review.record");
    demo.frames(2);
    Portfolio elsewhere(demo.store(), demo.clock);
    elsewhere.closeReview(demo.person("Cllr Priya Shah").id, review->id);
    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);
    CHECK(demo.store().listReviewEntries(review->id).size() == 1);
    REQUIRE(demo.state.errors().size() == 1);
    CHECK_THAT(demo.state.errors().front(), Catch::Contains("a closed review is never edited"));
}

}  // namespace
}  // namespace innotrack::gui
