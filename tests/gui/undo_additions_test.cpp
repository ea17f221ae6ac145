// Undoing an addition made in the app (issue 14 §2), in headless frames: a setback, a milestone, a
// move, a risk, a lesson or an innovation just added is gone after Undo or Ctrl+Z, so it no longer
// counts, and an undo the rules refuse (the setback has a lesson now) says why and changes nothing.
#include "fixture.hpp"

#include "gui/innovation_view.hpp"
#include "gui/milestone_forms.hpp"
#include "gui/new_innovation_form.hpp"
#include "gui/outcome_forms.hpp"
#include "gui/risk_forms.hpp"
#include "gui/setback_view.hpp"
#include "gui/stage_board_view.hpp"
#include "tracker/tally_queries.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

TallyCounts yearsFigures(DemoApp& demo) {
    const Period year{Date(2026, 4, 1), Date(2027, 3, 31)};
    return demo.state.backend().tallyQueries().tally(year, {}, TallyGrouping::None).front().counts;
}

// Sophie Turner, an officer of the care teams, with a setback typed into the form and logged.
struct SophieLogsASetback {
    DemoApp demo;
    Innovation care = demo.innovation("Neighbourhood care teams");
    std::size_t setbacksBefore = 0;
    TallyCounts figuresBefore;

    SophieLogsASetback() {
        demo.actAs("Sophie Turner");
        demo.state.selectedInnovation = care.id;
        demo.app.select("setback");
        demo.frames(3);
        setbacksBefore = demo.store().listSetbacks(care.id).size();
        figuresBefore = yearsFigures(demo);
        demo.typeInto("setback.what", "A pilot ward ran out of sensor kits for a week");
        demo.click("setback.kind.basic");
        demo.click("setback.submit");
        demo.frames(2);
        REQUIRE(demo.store().listSetbacks(care.id).size() == setbacksBefore + 1);
    }

    Setback logged() { return demo.store().listSetbacks(care.id).back(); }
};

TEST_CASE_METHOD(SophieLogsASetback, "a setback logged in the app is gone after Undo and no longer counts",
                 "[gui][undo][setback]") {
    const Setback setback = logged();
    CHECK(yearsFigures(demo).setbacksBasic == figuresBefore.setbacksBasic + 1);
    REQUIRE(located(demo, "confirmation.undo"));
    REQUIRE(dynamic_cast<SetbackView&>(*demo.app.view("setback")).form().step() == SetbackForm::Step::Lesson);

    demo.click("confirmation.undo");
    demo.frames(2);

    CHECK_FALSE(demo.store().findSetback(setback.id).has_value());
    CHECK(demo.store().listSetbacks(care.id).size() == setbacksBefore);
    CHECK(yearsFigures(demo) == figuresBefore);
    REQUIRE(demo.state.confirmation().has_value());
    CHECK(demo.state.confirmation()->text == "Undone: Logged setback " + std::to_string(setback.id));
    CHECK(demo.state.errors().empty());
    // The form asks no longer for the lesson of a setback that is gone.
    CHECK(dynamic_cast<SetbackView&>(*demo.app.view("setback")).form().step() == SetbackForm::Step::Setback);
    const auto trail = demo.store().listAudit({std::string("setback"), setback.id, {}, 1});
    REQUIRE(trail.size() == 1);
    CHECK(trail.front().action == "addition undone");
}

TEST_CASE_METHOD(SophieLogsASetback, "a setback that has a lesson now is not undone, and the reason is shown",
                 "[gui][undo][setback]") {
    const Setback setback = logged();
    // Meanwhile, at another desk, a lesson is learned from it.
    Lesson learned;
    learned.innovationId = care.id;
    learned.setbackId = setback.id;
    learned.whatHappened = setback.whatHappened;
    learned.recommendation = "Keep spare kits at each site";
    Portfolio elsewhere(demo.store(), demo.clock);
    elsewhere.addLesson(demo.person("Sophie Turner").id, learned);
    const std::size_t trail = demo.store().listAudit({}).size();

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);

    CHECK(demo.store().findSetback(setback.id).has_value());
    CHECK(demo.store().listAudit({}).size() == trail);
    REQUIRE(demo.state.errors().size() == 1);
    CHECK(demo.state.errors().front() ==
          "The setback 'A pilot ward ran out of sensor kits for a week' has a lesson now; undo the lesson first");
    CHECK(located(demo, "error.message"));
}

// Gareth Evans on the Milestones tab of an innovation he leads with a milestone not yet done.
struct GarethsMilestones {
    DemoApp demo;
    Innovation innovation;
    Milestone outstanding;

    GarethsMilestones() {
        const Person gareth = demo.person("Gareth Evans");
        for (const Innovation& each : demo.store().listInnovations({})) {
            if (each.leadOfficerId != gareth.id || each.stage == Stage::Stopped) continue;
            for (const Milestone& milestone : demo.store().listMilestones(each.id))
                if (!milestone.isDone()) {
                    innovation = each;
                    outstanding = milestone;
                }
        }
        REQUIRE(outstanding.id != 0);
        demo.actAs(gareth.name);
        demo.openInnovation(innovation.id, "milestones");
    }
};

TEST_CASE_METHOD(GarethsMilestones, "a milestone added in the Milestones tab is gone after Ctrl+Z",
                 "[gui][undo][milestones]") {
    const std::size_t before = demo.store().listMilestones(innovation.id).size();
    demo.typeInto("innovation.milestone.add.title", "Consultation closes");
    demo.typeInto("innovation.milestone.add.due", "2027-03-15");
    demo.click("innovation.milestone.add.submit");
    demo.frames(2);
    REQUIRE(demo.store().listMilestones(innovation.id).size() == before + 1);
    REQUIRE(demo.state.nextUndo() != nullptr);
    CHECK(demo.state.nextUndo()->said == "Added milestone 'Consultation closes'");
    REQUIRE(located(demo, "innovation.milestone.confirmation"));

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);

    const auto milestones = demo.store().listMilestones(innovation.id);
    CHECK(milestones.size() == before);
    CHECK(std::none_of(milestones.begin(), milestones.end(),
                       [](const Milestone& m) { return m.title == "Consultation closes"; }));
    // The tab's own line about it says nothing more: the app's confirmation says it was undone.
    CHECK_FALSE(located(demo, "innovation.milestone.confirmation"));
    CHECK(demo.state.confirmation()->text == "Undone: Added milestone 'Consultation closes'");
    CHECK(demo.state.errors().empty());
    CHECK(demo.state.nextUndo() == nullptr);
}

TEST_CASE_METHOD(GarethsMilestones, "a milestone's move made in the app is undone: the due date is back",
                 "[gui][undo][milestones]") {
    MilestoneForms& forms = demo.openInnovation(innovation.id, "milestones").milestoneForms();
    const std::size_t moves = demo.store().listMilestoneMoves(outstanding.id).size();
    forms.startMove(outstanding);
    forms.moving->newDue = formatDate(outstanding.due + boost::gregorian::days(21));
    forms.moving->reason = "Supplier delivered late";
    REQUIRE(forms.move(demo.state));
    REQUIRE(demo.state.nextUndo() != nullptr);

    REQUIRE(demo.state.undoLast());
    demo.state.finishSaving();
    CHECK(demo.store().findMilestone(outstanding.id)->due == outstanding.due);
    CHECK(demo.store().listMilestoneMoves(outstanding.id).size() == moves);
    CHECK(demo.state.errors().empty());
}

TEST_CASE_METHOD(GarethsMilestones, "a risk and a lesson from a success added in the app are undone in turn",
                 "[gui][undo][risks]") {
    const std::size_t risks = demo.store().listRisks(innovation.id).size();
    const std::size_t lessons = demo.store().listLessons(LessonFilter{innovation.id, "", "", std::nullopt}).size();
    RiskForms riskForms;
    riskForms.adding.title = "Care staff leave for agency work";
    riskForms.adding.likelihood = 4;
    riskForms.adding.impact = 3;
    riskForms.adding.ownerId = demo.person("Gareth Evans").id;
    REQUIRE(riskForms.add(demo.state, innovation.id));
    SuccessLessonForm lessonForm;
    lessonForm.draft.whatHappened = "The residents chose the sites themselves";
    lessonForm.draft.recommendation = "Let residents choose";
    REQUIRE(lessonForm.submit(demo.state, innovation.id));

    REQUIRE(demo.state.undoLast());
    demo.state.finishSaving();
    CHECK(demo.store().listLessons(LessonFilter{innovation.id, "", "", std::nullopt}).size() == lessons);
    CHECK(demo.store().listRisks(innovation.id).size() == risks + 1);
    REQUIRE(demo.state.undoLast());
    demo.state.finishSaving();
    CHECK(demo.store().listRisks(innovation.id).size() == risks);
    CHECK(demo.state.errors().empty());
}

TEST_CASE("an innovation added from the board is gone after Ctrl+Z, card and all", "[gui][undo][new-innovation]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    testing::showView(demo.app, demo.backend, "board");
    const std::size_t before = demo.store().listInnovations({}).size();
    NewInnovationForm& form = dynamic_cast<StageBoardView&>(*demo.app.view("board")).newInnovation();
    form.open(demo.state);
    form.draft.title = "Library of things";
    REQUIRE(form.submit(demo.state));
    const auto added = form.addedId();
    REQUIRE(added);
    demo.frames(2);
    REQUIRE(located(demo, "board.card." + std::to_string(*added)));
    REQUIRE(located(demo, "board.new.open"));

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);

    CHECK_FALSE(demo.store().findInnovation(*added).has_value());
    CHECK(demo.store().listInnovations({}).size() == before);
    CHECK_FALSE(located(demo, "board.card." + std::to_string(*added)));
    // Nor does the board offer to open it any more.
    CHECK_FALSE(located(demo, "board.new.open"));
    CHECK_FALSE(located(demo, "board.new.confirmation"));
    CHECK(demo.state.errors().empty());
}

}  // namespace
}  // namespace innotrack::gui
