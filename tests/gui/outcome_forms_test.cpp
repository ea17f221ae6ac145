// What went right, recorded in the Innovation view: a lesson from a success and a benefit
// realised, by the forms' model and by typing in headless frames; a viewer gets neither form.
#include "fixture.hpp"

#include "gui/outcome_forms.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

// The demo's officer and an innovation they lead that has a benefit.
struct OfficersBenefit {
    DemoApp demo;
    Person officer = demo.person("Gareth Evans");
    Innovation innovation;
    Benefit benefit;

    OfficersBenefit() {
        for (const Innovation& each : demo.store().listInnovations({})) {
            if (each.leadOfficerId != officer.id || each.stage == Stage::Stopped) continue;
            for (const Benefit& one : demo.store().listBenefits(each.id)) {
                innovation = each;
                benefit = one;
            }
        }
        REQUIRE(benefit.id != 0);
        demo.actAs(officer.name);
    }
};

TEST_CASE("an officer records a lesson from a success, tied to no setback, an empty one saves nothing",
          "[gui][lessons]") {
    OfficersBenefit mine;
    DemoApp& demo = mine.demo;
    SuccessLessonForm& form = demo.openInnovation(mine.innovation.id, "setbacks").lessonForm();
    REQUIRE(located(demo, "innovation.lesson.submit"));
    const LessonFilter all{mine.innovation.id, "", "", std::nullopt};
    const std::size_t before = demo.store().listLessons(all).size();

    form.draft.whatHappened = "Residents designed the leaflet themselves";
    CHECK_FALSE(form.submit(demo.state, mine.innovation.id));  // no recommendation
    CHECK_FALSE(form.errors().byField.empty());
    CHECK(form.draft.whatHappened == "Residents designed the leaflet themselves");
    CHECK(demo.store().listLessons(all).size() == before);

    demo.typeInto("innovation.lesson.recommendation", "Ask residents to write what residents read");
    demo.typeInto("innovation.lesson.tags", "co-production, leaflets");
    demo.backend.pressKey(ImGuiKey_Enter, demo.draw());
    demo.frames(2);
    const std::vector<Lesson> after = demo.store().listLessons(all);
    REQUIRE(after.size() == before + 1);
    const Lesson& recorded = after.back();
    CHECK(recorded.source == LessonSource::Success);
    CHECK_FALSE(recorded.setbackId);
    CHECK(recorded.recommendation == "Ask residents to write what residents read");
    CHECK(recorded.tags == std::vector<std::string>{"co-production", "leaflets"});
    CHECK(recorded.recordedById == mine.officer.id);
    CHECK(form.confirmation() == "Recorded lesson " + std::to_string(recorded.id) +
                                     " from a success: Ask residents to write what residents read");
    CHECK(form.draft.whatHappened.empty());
}

TEST_CASE("an officer records the value a benefit reached, a word for a number or a date to come saves nothing",
          "[gui][benefits]") {
    OfficersBenefit mine;
    DemoApp& demo = mine.demo;
    BenefitForm& form = demo.openInnovation(mine.innovation.id, "benefits").benefitForm();
    const std::string button = "innovation.benefit.realise." + std::to_string(mine.benefit.id);
    demo.click(button);
    demo.frames(1);
    REQUIRE(form.realising);
    CHECK(form.realising->on == "today");
    REQUIRE(located(demo, "innovation.benefit.actual"));

    form.realising->actual = "about forty";
    CHECK_FALSE(form.realise(demo.state));
    REQUIRE(form.errors().find("actual") != nullptr);
    CHECK(*form.errors().find("actual") == "actual: enter a number such as 12 or 4.5, not 'about forty'");
    form.realising->actual = "42.5";
    form.realising->on = formatDate(demo.clock.today() + boost::gregorian::days(10));
    CHECK_FALSE(form.realise(demo.state));  // Portfolio's rule: not in the future
    CHECK(demo.store().findBenefit(mine.benefit.id)->actual == mine.benefit.actual);

    form.realising->on = "today";
    REQUIRE(form.realise(demo.state));
    const Benefit realised = *demo.store().findBenefit(mine.benefit.id);
    CHECK(realised.actual == 42.5);
    CHECK(realised.realisedOn == demo.clock.today());
    const std::string unit = realised.unit.empty() ? "" : " " + realised.unit;
    CHECK(form.confirmation() ==
          "Realised '" + realised.measure + "': 42.5" + unit + " on " + formatDate(demo.clock.today()) + ".");
    CHECK_FALSE(form.realising);
}

TEST_CASE("a viewer gets no lesson form and no benefit form", "[gui][lessons][benefits]") {
    OfficersBenefit mine;
    DemoApp& demo = mine.demo;
    demo.actAs("Amira Hussain");
    demo.openInnovation(mine.innovation.id, "setbacks");
    CHECK_FALSE(located(demo, "innovation.lesson.submit"));
    BenefitForm& form = demo.openInnovation(mine.innovation.id, "benefits").benefitForm();
    const std::string button = "innovation.benefit.realise." + std::to_string(mine.benefit.id);
    REQUIRE(located(demo, button));  // shown disabled, with the reason on hover
    demo.click(button);
    demo.frames(1);
    CHECK_FALSE(form.realising);
    CHECK_FALSE(located(demo, "innovation.benefit.actual"));
}

}  // namespace
}  // namespace innotrack::gui
