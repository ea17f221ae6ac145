// Undoing, in headless frames, the additions the app makes outside an innovation's delivery tabs
// (issue 14 §2): an idea put forward, a decision added, and a benefit added in the benefits panel's
// new form are gone after Undo or Ctrl+Z; an undo the rules refuse says why and changes nothing.
#include "fixture.hpp"

#include "gui/decisions_view.hpp"
#include "gui/innovation_view.hpp"
#include "gui/outcome_forms.hpp"
#include "tracker/tally_queries.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

// Amira Hussain, a viewer, puts an idea forward in the Ideas view.
struct AmiraPutsAnIdeaForward {
    DemoApp demo;
    std::size_t ideasBefore = 0;

    AmiraPutsAnIdeaForward() {
        demo.actAs("Amira Hussain");
        testing::showView(demo.app, demo.backend, "ideas");
        ideasBefore = demo.store().listIdeas().size();
        demo.click("ideas.new");
        demo.frames(1);
        demo.typeInto("ideas.form.title", "Community fridges");
        demo.typeInto("ideas.form.problem", "Good food is thrown away while families go without");
        demo.typeInto("ideas.form.proposal", "Fridges in two libraries, stocked by local shops");
        demo.click("ideas.form.submit");
        demo.frames(2);
        REQUIRE(demo.store().listIdeas().size() == ideasBefore + 1);
    }

    Idea submitted() { return demo.store().listIdeas().back(); }
};

TEST_CASE_METHOD(AmiraPutsAnIdeaForward, "an idea put forward in the app is gone after Undo", "[gui][undo][ideas]") {
    const Idea idea = submitted();
    REQUIRE(located(demo, "confirmation.undo"));
    demo.click("confirmation.undo");
    demo.frames(2);
    CHECK_FALSE(demo.store().findIdea(idea.id).has_value());
    CHECK(demo.store().listIdeas().size() == ideasBefore);
    CHECK(demo.state.errors().empty());
    REQUIRE(demo.state.confirmation().has_value());
    CHECK(demo.state.confirmation()->text ==
          "Undone: Submitted idea " + std::to_string(idea.id) + ": 'Community fridges'");
    const auto trail = demo.store().listAudit({std::string("idea"), idea.id, {}, 0});
    REQUIRE(trail.size() == 2);
    CHECK(trail.back().action == "addition undone");
}

TEST_CASE_METHOD(AmiraPutsAnIdeaForward, "an idea scored since is not undone, and the reason is shown",
                 "[gui][undo][ideas]") {
    const Idea idea = submitted();
    // Meanwhile, at another desk, a cabinet member scores it.
    IdeaScore score;
    score.ideaId = idea.id;
    score.strategicFit = score.residentBenefit = score.feasibility = score.costToTry = score.evidence = 3;
    Portfolio elsewhere(demo.store(), demo.clock);
    elsewhere.scoreIdea(demo.person("Cllr Priya Shah").id, score);
    const std::size_t trail = demo.store().listAudit({}).size();

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);

    CHECK(demo.store().findIdea(idea.id).has_value());
    CHECK(demo.store().listAudit({}).size() == trail);
    REQUIRE(demo.state.errors().size() == 1);
    CHECK(demo.state.errors().front() == "Idea " + std::to_string(idea.id) +
                                             " 'Community fridges' has been scored since, so it stays: an idea's "
                                             "assessment is kept");
    CHECK(located(demo, "error.message"));
}

TEST_CASE("a decision added in the Decisions view is gone after Ctrl+Z", "[gui][undo][decisions]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    testing::showView(demo.app, demo.backend, "decisions");
    auto& view = dynamic_cast<DecisionsView&>(*demo.app.view("decisions"));
    const Innovation sensors = demo.innovation("Falls prevention sensors at home");
    const std::size_t before = demo.store().listDecisions(std::nullopt).size();
    demo.click("decisions.new");
    demo.frames(1);
    view.forms().adding.innovationId = sensors.id;
    demo.typeInto("decisions.add.matter", "Buy sensors for the care homes");
    demo.typeInto("decisions.add.on", "2027-02-10");
    demo.typeInto("decisions.add.amount", "820,000");
    demo.typeInto("decisions.add.body", "Cabinet");
    demo.typeInto("decisions.add.members", "Cllr Helen Marsh, Cllr Priya Shah, Cllr Tom Okafor");
    demo.click("decisions.add.submit");
    demo.frames(2);
    REQUIRE(demo.store().listDecisions(std::nullopt).size() == before + 1);
    const Decision added = demo.store().listDecisions(sensors.id).back();
    REQUIRE(demo.state.nextUndo() != nullptr);

    demo.backend.pressCtrl('Z', demo.draw());
    demo.frames(2);

    CHECK_FALSE(demo.store().findDecision(added.id).has_value());
    CHECK(demo.store().listDecisions(std::nullopt).size() == before);
    CHECK(demo.state.errors().empty());
    CHECK(demo.store().listAudit({std::string("decision"), added.id, {}, 1}).front().action == "addition undone");
}

// Gareth Evans, on the Benefits tab of an innovation he leads.
struct GarethsBenefits {
    DemoApp demo;
    Innovation innovation;

    GarethsBenefits() {
        const Person gareth = demo.person("Gareth Evans");
        for (const Innovation& each : demo.store().listInnovations({}))
            if (each.leadOfficerId == gareth.id && each.stage != Stage::Stopped) innovation = each;
        REQUIRE(innovation.id != 0);
        demo.actAs(gareth.name);
    }

    TallyCounts figures() {
        const Period year{Date(2026, 4, 1), Date(2027, 3, 31)};
        return demo.state.backend().tallyQueries().tally(year, {}, TallyGrouping::None).front().counts;
    }
};

TEST_CASE_METHOD(GarethsBenefits, "a benefit added in the benefits panel is gone after Undo, a word for a number saves nothing",
                 "[gui][undo][benefits]") {
    BenefitForm& form = demo.openInnovation(innovation.id, "benefits").benefitForm();
    const std::size_t before = demo.store().listBenefits(innovation.id).size();
    const TallyCounts figuresBefore = figures();
    REQUIRE(located(demo, "innovation.benefit.new.measure"));
    demo.typeInto("innovation.benefit.new.measure", "Falls needing an ambulance per month");
    demo.typeInto("innovation.benefit.new.unit", "falls");
    demo.typeInto("innovation.benefit.new.baseline", "forty");
    demo.typeInto("innovation.benefit.new.target", "25");
    demo.click("innovation.benefit.new.submit");
    demo.frames(1);
    REQUIRE(form.addErrors().find("baseline") != nullptr);
    CHECK(*form.addErrors().find("baseline") == "baseline: enter a number such as 12 or 4.5, not 'forty'");
    CHECK(demo.store().listBenefits(innovation.id).size() == before);

    form.adding.baseline = "40";
    demo.click("innovation.benefit.new.submit");
    demo.frames(2);
    REQUIRE(demo.store().listBenefits(innovation.id).size() == before + 1);
    const Benefit added = demo.store().listBenefits(innovation.id).back();
    CHECK(added.measure == "Falls needing an ambulance per month");
    CHECK(added.baseline == 40);
    CHECK(added.target == 25);
    CHECK(form.confirmation() == "Added benefit 'Falls needing an ambulance per month': from 40 falls to 25 falls.");
    CHECK(form.adding.measure.empty());

    REQUIRE(located(demo, "confirmation.undo"));
    demo.click("confirmation.undo");
    demo.frames(2);
    CHECK_FALSE(demo.store().findBenefit(added.id).has_value());
    CHECK(demo.store().listBenefits(innovation.id).size() == before);
    CHECK(figures() == figuresBefore);
    CHECK(demo.state.errors().empty());
    CHECK_FALSE(located(demo, "innovation.benefit.confirmation"));  // an undone change is not confirmed still
}

TEST_CASE_METHOD(GarethsBenefits, "the service's own rule on a benefit shows beside the form, a viewer gets no form",
                 "[gui][benefits]") {
    BenefitForm& form = demo.openInnovation(innovation.id, "benefits").benefitForm();
    const std::size_t before = demo.store().listBenefits(innovation.id).size();
    form.adding.baseline = "1";
    form.adding.target = "2";
    demo.click("innovation.benefit.new.submit");
    demo.frames(2);
    CHECK_FALSE(form.addErrors().empty());  // no measure: the service refuses, as `innotrack benefit add` does
    CHECK(demo.store().listBenefits(innovation.id).size() == before);

    demo.actAs("Amira Hussain");
    demo.openInnovation(innovation.id, "benefits");
    CHECK_FALSE(located(demo, "innovation.benefit.new.measure"));
}

}  // namespace
}  // namespace innotrack::gui
