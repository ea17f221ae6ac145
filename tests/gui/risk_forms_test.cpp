// The officer's risk upkeep in the Innovation view: add, edit, close, and "it occurred" through
// the setback form, by the forms' model and by clicking in headless frames; a viewer gets none.
#include "fixture.hpp"

#include "gui/risk_forms.hpp"
#include "gui/setback_view.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

// The demo's officer on the Risks tab of an innovation they lead that has an open risk.
struct OfficersRisks {
    DemoApp demo;
    Person officer = demo.person("Gareth Evans");
    Innovation innovation;
    Risk open;
    RiskForms* forms = nullptr;

    OfficersRisks() {
        for (const Innovation& each : demo.store().listInnovations({})) {
            if (each.leadOfficerId != officer.id || each.stage == Stage::Stopped) continue;
            for (const Risk& risk : demo.store().listRisks(each.id))
                if (risk.status == RiskStatus::Open) {
                    innovation = each;
                    open = risk;
                }
        }
        REQUIRE(open.id != 0);
        demo.actAs(officer.name);
        forms = &demo.openInnovation(innovation.id, "risks").riskForms();
    }
};

TEST_CASE("an officer adds a risk from the form, without an owner nothing is saved and the form keeps what was typed",
          "[gui][risks]") {
    OfficersRisks tab;
    RiskForms& forms = *tab.forms;
    DemoApp& demo = tab.demo;
    REQUIRE(located(demo, "innovation.risk.add.title"));
    const std::size_t before = demo.store().listRisks(tab.innovation.id).size();

    forms.adding.title = "Care staff leave for agency work";
    forms.adding.likelihood = 4;
    forms.adding.impact = 3;
    CHECK_FALSE(forms.add(demo.state, tab.innovation.id));
    REQUIRE(forms.errors().find("owner") != nullptr);
    CHECK(*forms.errors().find("owner") == "Choose the one person who owns the risk");
    CHECK(forms.adding.title == "Care staff leave for agency work");
    CHECK(demo.store().listRisks(tab.innovation.id).size() == before);

    forms.adding.ownerId = tab.officer.id;
    forms.adding.title = "";
    CHECK_FALSE(forms.add(demo.state, tab.innovation.id));
    CHECK(forms.errors().find("title") != nullptr);
    CHECK(demo.store().listRisks(tab.innovation.id).size() == before);

    forms.adding.title = "Care staff leave for agency work";
    forms.adding.mitigation = "Match agency rates for the pilot's length";
    REQUIRE(forms.add(demo.state, tab.innovation.id));
    const std::vector<Risk> after = demo.store().listRisks(tab.innovation.id);
    REQUIRE(after.size() == before + 1);
    const Risk& added = after.back();
    CHECK(added.title == "Care staff leave for agency work");
    CHECK(added.score() == 12);
    CHECK(added.ownerId == tab.officer.id);
    CHECK(added.raisedOn == demo.clock.today());
    CHECK(added.status == RiskStatus::Open);
    CHECK(forms.confirmation() == "Added risk 'Care staff leave for agency work', scored 4 × 3 = 12.");
    CHECK(forms.adding.title.empty());
}

TEST_CASE("an officer rescores a risk after mitigation and closes another, each audited", "[gui][risks]") {
    OfficersRisks tab;
    RiskForms& forms = *tab.forms;
    DemoApp& demo = tab.demo;
    const std::size_t auditBefore = demo.store().listAudit({}).size();

    demo.click("innovation.risk.edit." + std::to_string(tab.open.id));
    demo.frames(1);
    REQUIRE(forms.editing);
    CHECK(forms.editing->draft.title == tab.open.title);
    REQUIRE(located(demo, "innovation.risk.edit.submit"));
    CHECK_FALSE(located(demo, "innovation.risk.add.submit"));  // one form at a time
    forms.editing->draft.residual = true;
    forms.editing->draft.residualLikelihood = 1;
    forms.editing->draft.residualImpact = 2;
    REQUIRE(forms.save(demo.state));
    const Risk rescored = *demo.store().findRisk(tab.open.id);
    CHECK(rescored.score() == 2);
    CHECK(rescored.inherentScore() == tab.open.inherentScore());
    CHECK_FALSE(forms.editing);
    CHECK(forms.confirmation() == "Saved risk '" + tab.open.title + "', scored 1 × 2 = 2.");

    demo.frames(2);
    demo.click("innovation.risk.close." + std::to_string(tab.open.id));
    demo.frames(2);
    const Risk closed = *demo.store().findRisk(tab.open.id);
    CHECK(closed.status == RiskStatus::Closed);
    CHECK(closed.closedOn == demo.clock.today());
    CHECK(forms.confirmation() == "Closed risk '" + tab.open.title + "': it did not occur.");
    CHECK_FALSE(located(demo, "innovation.risk.close." + std::to_string(tab.open.id)));  // closed: no buttons
    CHECK(demo.store().listAudit({}).size() >= auditBefore + 2);
}

TEST_CASE("'It occurred' opens the setback form with the risk chosen, and logging it marks the risk occurred",
          "[gui][risks]") {
    OfficersRisks tab;
    DemoApp& demo = tab.demo;
    demo.click("innovation.risk.occurred." + std::to_string(tab.open.id));
    demo.frames(3);
    CHECK(demo.app.current() == "setback");
    const SetbackForm& form = dynamic_cast<SetbackView&>(*demo.app.view("setback")).form();
    CHECK(form.setback.innovationId == tab.innovation.id);
    CHECK(form.setback.riskId == tab.open.id);

    demo.typeInto("setback.what", "It happened as the register feared");
    demo.click("setback.kind.basic");
    demo.click("setback.submit");
    demo.frames(2);
    REQUIRE(form.loggedSetbackId());
    const Risk occurred = *demo.store().findRisk(tab.open.id);
    CHECK(occurred.status == RiskStatus::Occurred);
    CHECK(occurred.setbackId == form.loggedSetbackId());
}

TEST_CASE("a viewer reads the risk register with the reason and gets no risk form", "[gui][risks]") {
    OfficersRisks tab;  // an innovation with an open risk, read by the viewer instead
    DemoApp& demo = tab.demo;
    demo.actAs("Amira Hussain");
    demo.openInnovation(tab.innovation.id, "risks");
    CHECK_FALSE(located(demo, "innovation.risk.add.title"));
    CHECK_FALSE(located(demo, "innovation.risk.add.submit"));
    // The buttons are there, disabled, so the viewer sees what an officer could do; a click does nothing.
    REQUIRE(located(demo, "innovation.risk.edit." + std::to_string(tab.open.id)));
    demo.click("innovation.risk.close." + std::to_string(tab.open.id));
    demo.frames(1);
    CHECK(demo.store().findRisk(tab.open.id)->status == RiskStatus::Open);
    CHECK_FALSE(tab.forms->editing);
}

}  // namespace
}  // namespace innotrack::gui
