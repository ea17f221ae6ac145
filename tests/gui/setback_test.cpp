// The "log a setback" form: its model directly, and the whole flow typed into headless frames.
#include "fixture.hpp"

#include "gui/setback_form.hpp"
#include "gui/setback_view.hpp"
#include "gui/widgets.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

IntelligentFailureTest allFive() { return {true, true, true, true, true}; }

TEST_CASE("the five questions decide whether a setback may be classed intelligent", "[gui][setback]") {
    IntelligentFailureTest answers = allFive();
    CHECK_THAT(SetbackForm::kindAdvice(answers), Catch::Contains("intelligent failure"));
    answers.smallAsPossible = false;
    CHECK_THAT(SetbackForm::kindAdvice(answers), Catch::Contains("not an intelligent failure"));
    answers.newTerritory = false;
    CHECK_THAT(SetbackForm::kindAdvice(answers), Catch::Contains("known territory"));
    CHECK(kFailureQuestions.size() == 5);
}

TEST_CASE("tags are split at commas and trimmed", "[gui][setback]") {
    CHECK(splitTags(" procurement, Digital ,, social care ") ==
          std::vector<std::string>{"procurement", "Digital", "social care"});
    CHECK(splitTags("").empty());
}

TEST_CASE("an empty setback form says everything missing at once, in plain words beside each field", "[gui][setback]") {
    DemoApp demo;
    demo.actAs("Sophie Turner");
    SetbackForm form;
    form.reset(demo.clock.today(), std::nullopt);
    CHECK_FALSE(form.submitSetback(demo.state));
    REQUIRE(form.errors().byField.size() == 3);
    CHECK(messageBesideField("innovation", *form.errors().find("innovation")) == "Choose the innovation the setback happened to");
    CHECK(messageBesideField("what happened", *form.errors().find("what happened")) == "Say what happened");
    CHECK(messageBesideField("kind", *form.errors().find("kind")) ==
          "Choose what kind of setback this was (basic, complex or intelligent)");
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a form that fails validation keeps what was typed and says what is wrong beside the field", "[gui][setback]") {
    DemoApp demo;
    demo.actAs("Sophie Turner");
    const Innovation care = demo.innovation("Neighbourhood care teams");
    SetbackForm form;
    form.reset(demo.clock.today(), care.id);
    form.setback.whatHappened = "Two of the three teams could not recruit a nurse";
    form.setback.date = "2026-02-30";
    const auto before = demo.store().listSetbacks(care.id).size();

    CHECK_FALSE(form.submitSetback(demo.state));
    REQUIRE(form.errors().find("date") != nullptr);
    CHECK_THAT(*form.errors().find("date"), Catch::Contains("date"));
    REQUIRE(form.errors().find("kind") != nullptr);
    CHECK(form.setback.whatHappened == "Two of the three teams could not recruit a nurse");
    CHECK(form.setback.date == "2026-02-30");

    form.setback.date = "2026-11-26";
    form.setback.kind = FailureKind::Intelligent;  // without the five answers: the service refuses
    CHECK_FALSE(form.submitSetback(demo.state));
    REQUIRE(form.errors().find("kind") != nullptr);
    CHECK_THAT(*form.errors().find("kind"), Catch::Contains("all five conditions"));
    CHECK(demo.store().listSetbacks(care.id).size() == before);
    CHECK(form.step() == SetbackForm::Step::Setback);
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a setback linked to a risk marks the risk occurred, and its lesson is linked to it", "[gui][setback]") {
    DemoApp demo;
    demo.actAs("Sophie Turner");
    const Innovation care = demo.innovation("Neighbourhood care teams");
    std::optional<Risk> open;
    for (const Risk& risk : demo.store().listRisks(care.id))
        if (risk.status == RiskStatus::Open && !open) open = risk;
    REQUIRE(open);

    SetbackForm form;
    form.reset(demo.clock.today(), care.id);
    form.setback.whatHappened = "The GP surgery pulled out of the pilot";
    form.setback.riskId = open->id;
    form.setback.kind = FailureKind::Complex;
    REQUIRE(form.submitSetback(demo.state));
    REQUIRE(form.loggedSetbackId());
    CHECK(form.step() == SetbackForm::Step::Lesson);
    CHECK(form.lesson.whatHappened == "The GP surgery pulled out of the pilot");
    CHECK(form.lesson.identifiedAsRisk);
    const Risk occurred = demo.state.portfolio().risk(open->id);
    CHECK(occurred.status == RiskStatus::Occurred);
    CHECK(occurred.setbackId == form.loggedSetbackId());

    // The recommendation is required: the form keeps the rest and says so.
    form.lesson.tags = "Partnerships, GP";
    CHECK_FALSE(form.submitLesson(demo.state));
    REQUIRE(form.errors().find("recommendation") != nullptr);
    form.lesson.recommendation = "Sign a memorandum with each surgery before the pilot starts";
    REQUIRE(form.submitLesson(demo.state));
    CHECK(form.step() == SetbackForm::Step::Done);
    const Lesson lesson = demo.state.portfolio().lesson(*form.recordedLessonId());
    CHECK(lesson.setbackId == form.loggedSetbackId());
    CHECK(lesson.source == LessonSource::Setback);
    CHECK(lesson.tags == std::vector<std::string>{"partnerships", "gp"});
    CHECK(lesson.recordedById == demo.person("Sophie Turner").id);
}

struct SetbackScreen {
    DemoApp demo;
    Innovation care = demo.innovation("Neighbourhood care teams");

    explicit SetbackScreen(const std::string& actor) {
        demo.actAs(actor);
        demo.state.selectedInnovation = care.id;
        demo.app.select("setback");
        demo.frames(3);
    }
    void typeInto(const std::string& key, const std::string& text) { demo.typeInto(key, text); }
    const SetbackForm& form() { return dynamic_cast<SetbackView&>(*demo.app.view("setback")).form(); }
};

TEST_CASE("an officer logs a setback and its lesson through the form", "[gui][setback]") {
    SetbackScreen screen("Sophie Turner");
    DemoApp& demo = screen.demo;
    const auto before = demo.store().listSetbacks(screen.care.id).size();

    screen.typeInto("setback.what", "A pilot ward ran out of sensor kits for a week");
    screen.typeInto("setback.response", "Borrowed kits from the falls team");
    for (int question = 0; question < 5; ++question) demo.click("setback.question." + std::to_string(question));
    demo.click("setback.kind.intelligent");
    demo.click("setback.submit");
    demo.frames(2);

    const auto setbacks = demo.store().listSetbacks(screen.care.id);
    REQUIRE(setbacks.size() == before + 1);
    const Setback& logged = setbacks.back();
    CHECK(logged.whatHappened == "A pilot ward ran out of sensor kits for a week");
    CHECK(logged.response == "Borrowed kits from the falls team");
    CHECK(logged.kind == FailureKind::Intelligent);
    CHECK(logged.test.allHold());
    CHECK(logged.occurredOn == demo.clock.today());
    CHECK(logged.loggedById == demo.person("Sophie Turner").id);

    REQUIRE(screen.form().step() == SetbackForm::Step::Lesson);
    screen.typeInto("lesson.recommendation", "Keep a week of spare kits at each pilot site");
    screen.typeInto("lesson.tags", "supplies, pilots");
    demo.click("lesson.submit");
    demo.frames(2);
    const auto lessons = demo.store().listLessons(LessonFilter{screen.care.id, "", "", std::nullopt});
    REQUIRE_FALSE(lessons.empty());
    CHECK(lessons.back().setbackId == logged.id);
    CHECK(lessons.back().recommendation == "Keep a week of spare kits at each pilot site");
    CHECK(lessons.back().tags == std::vector<std::string>{"supplies", "pilots"});
    CHECK(screen.form().step() == SetbackForm::Step::Done);
    CHECK(demo.state.errors().empty());
}

TEST_CASE("the form shows a validation error beside the field and keeps what was typed", "[gui][setback]") {
    SetbackScreen screen("Sophie Turner");
    DemoApp& demo = screen.demo;
    demo.click("setback.date");
    demo.backend.pressKey(ImGuiKey_End, demo.draw());
    for (int i = 0; i < 10; ++i) demo.backend.pressKey(ImGuiKey_Backspace, demo.draw());
    demo.backend.type("next week", demo.draw());
    demo.click("setback.kind.basic");
    demo.click("setback.submit");
    demo.frames(2);

    REQUIRE(screen.form().errors().find("date") != nullptr);
    CHECK(screen.form().setback.date == "next week");
    CHECK(screen.form().step() == SetbackForm::Step::Setback);
    CHECK(demo.state.errors().empty());
}

TEST_CASE("a viewer gets no setback form to fill, only the reason", "[gui][setback]") {
    SetbackScreen screen("Amira Hussain");
    DemoApp& demo = screen.demo;
    CHECK(testing::located(demo, "setback.readonly"));
    CHECK_FALSE(testing::located(demo, "setback.what"));
    CHECK_FALSE(testing::located(demo, "setback.submit"));
}

TEST_CASE("an officer on an innovation they do not lead sees the button disabled and saves nothing",
          "[gui][setback]") {
    SetbackScreen screen("Gareth Evans");  // Sophie Turner leads Neighbourhood care teams
    DemoApp& demo = screen.demo;
    REQUIRE(screen.care.leadOfficerId != demo.person("Gareth Evans").id);
    const auto before = demo.store().listSetbacks(std::nullopt).size();
    screen.typeInto("setback.what", "Should not be saved");
    demo.click("setback.kind.basic");
    demo.click("setback.submit");
    demo.frames(2);
    CHECK(demo.store().listSetbacks(std::nullopt).size() == before);
    CHECK(screen.form().setback.whatHappened == "Should not be saved");
}

}  // namespace
}  // namespace innotrack::gui
