// The officer's milestone upkeep in the Innovation view: add, move with the reason, rename, and
// who may, through the forms' model and by typing into the Milestones tab in headless frames.
#include "fixture.hpp"

#include "gui/innovation_view.hpp"
#include "gui/milestone_forms.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;


// The innovation's milestone with this title; fails the test when there is none.
Milestone milestoneTitled(DemoApp& demo, Id innovation, const std::string& title) {
    for (const Milestone& each : demo.store().listMilestones(innovation))
        if (each.title == title) return each;
    FAIL("no milestone titled " << title);
    return {};
}

// The demo's officer and an innovation they lead with a milestone not yet done.
struct OfficersInnovation {
    Person officer;
    Innovation innovation;
    Milestone outstanding;
};

OfficersInnovation officersInnovation(DemoApp& demo) {
    const Person officer = demo.person("Gareth Evans");
    for (const Innovation& each : demo.store().listInnovations({})) {
        if (each.leadOfficerId != officer.id || each.stage == Stage::Stopped) continue;
        for (const Milestone& milestone : demo.store().listMilestones(each.id))
            if (!milestone.isDone()) return {officer, each, milestone};
    }
    FAIL("the demo gives Gareth Evans no innovation with a milestone outstanding");
    return {};
}

// The officer acting, on the Milestones tab of an innovation they lead.
struct OfficersMilestones {
    DemoApp demo;
    OfficersInnovation mine = officersInnovation(demo);
    MilestoneForms& forms = open(demo, mine);

    static MilestoneForms& open(DemoApp& demo, const OfficersInnovation& mine) {
        demo.actAs(mine.officer.name);
        return demo.openInnovation(mine.innovation.id).milestoneForms();
    }
};

TEST_CASE("an officer adds a milestone from the form, a wrong date keeps what was typed and saves nothing",
          "[gui][milestones]") {
    OfficersMilestones tab;
    DemoApp& demo = tab.demo;
    const OfficersInnovation& mine = tab.mine;
    MilestoneForms& forms = tab.forms;
    const std::size_t before = demo.store().listMilestones(mine.innovation.id).size();
    const std::size_t auditBefore = demo.store().listAudit({}).size();

    forms.adding = {"Residents' survey sent", "2027-02-30"};
    CHECK_FALSE(forms.add(demo.state, mine.innovation.id));
    REQUIRE(forms.errors().find("due date") != nullptr);
    CHECK_THAT(*forms.errors().find("due date"), Catch::Contains("2027-02-30"));
    CHECK(forms.adding.title == "Residents' survey sent");
    CHECK(demo.store().listMilestones(mine.innovation.id).size() == before);
    CHECK(demo.store().listAudit({}).size() == auditBefore);

    forms.adding = {"   ", "2027-02-28"};
    CHECK_FALSE(forms.add(demo.state, mine.innovation.id));
    CHECK(forms.errors().find("title") != nullptr);
    CHECK(demo.store().listMilestones(mine.innovation.id).size() == before);

    forms.adding = {"Residents' survey sent", "2027-02-28"};
    REQUIRE(forms.add(demo.state, mine.innovation.id));
    const Milestone added = milestoneTitled(demo, mine.innovation.id, "Residents' survey sent");
    CHECK(added.due == Date(2027, 2, 28));
    CHECK(added.baselineDue == added.due);
    CHECK(forms.confirmation() == "Added milestone 'Residents' survey sent', due 2027-02-28.");
    CHECK(forms.adding.title.empty());
    CHECK(demo.store().listAudit({}).size() > auditBefore);
}

TEST_CASE("moving a milestone from the form needs the reason and keeps its first planned date", "[gui][milestones]") {
    OfficersMilestones tab;
    DemoApp& demo = tab.demo;
    const OfficersInnovation& mine = tab.mine;
    MilestoneForms& forms = tab.forms;

    const std::size_t movesBefore = demo.store().listMilestoneMoves(mine.outstanding.id).size();
    forms.startMove(mine.outstanding);
    REQUIRE(forms.moving);
    CHECK(forms.moving->newDue == formatDate(mine.outstanding.due));
    const Date later = mine.outstanding.due + boost::gregorian::days(21);
    forms.moving->newDue = formatDate(later);
    CHECK_FALSE(forms.move(demo.state));
    CHECK(forms.errors().find("reason") != nullptr);
    CHECK(forms.moving);  // still open, as typed
    CHECK(demo.store().listMilestoneMoves(mine.outstanding.id).size() == movesBefore);
    CHECK(demo.store().findMilestone(mine.outstanding.id)->due == mine.outstanding.due);

    forms.moving->reason = "Supplier delivered late";
    REQUIRE(forms.move(demo.state));
    CHECK_FALSE(forms.moving);
    const Milestone moved = *demo.store().findMilestone(mine.outstanding.id);
    CHECK(moved.due == later);
    CHECK(moved.baselineDue == mine.outstanding.baselineDue);
    const auto moves = demo.store().listMilestoneMoves(mine.outstanding.id);
    REQUIRE(moves.size() == movesBefore + 1);
    CHECK(moves.back().reason == "Supplier delivered late");
    CHECK(moves.back().actorId == mine.officer.id);
    CHECK(forms.confirmation() == "Moved '" + moved.title + "' from " + formatDate(mine.outstanding.due) + " to " +
                                      formatDate(later) + ".");

    forms.startRename(moved);
    forms.renaming->title = "Equipment installed";
    REQUIRE(forms.rename(demo.state));
    CHECK(demo.store().findMilestone(mine.outstanding.id)->title == "Equipment installed");
}

TEST_CASE("typing into the Milestones tab and pressing Enter adds the milestone", "[gui][milestones]") {
    OfficersMilestones tab;
    DemoApp& demo = tab.demo;
    const OfficersInnovation& mine = tab.mine;
    REQUIRE(located(demo, "innovation.milestone.add.title"));
    demo.typeInto("innovation.milestone.add.title", "Consultation closes");
    demo.typeInto("innovation.milestone.add.due", "2027-03-15");
    demo.backend.pressKey(ImGuiKey_Enter, demo.draw());
    demo.frames(2);
    const Milestone added = milestoneTitled(demo, mine.innovation.id, "Consultation closes");
    CHECK(added.due == Date(2027, 3, 15));
    CHECK(located(demo, "innovation.milestone.confirmation"));

    // The Move button opens the move form on that row.
    demo.click("innovation.milestone.move." + std::to_string(added.id));
    demo.frames(1);
    CHECK(located(demo, "innovation.milestone.move.reason"));
}

TEST_CASE("a viewer reads the milestones with the reason and gets no form to fill", "[gui][milestones]") {
    DemoApp demo;
    const OfficersInnovation mine = officersInnovation(demo);
    demo.actAs("Amira Hussain");
    demo.openInnovation(mine.innovation.id);
    CHECK_FALSE(located(demo, "innovation.milestone.add.title"));
    CHECK_FALSE(located(demo, "innovation.milestone.add.submit"));
    // An officer who does not lead it reads it the same way.
    REQUIRE(mine.innovation.leadOfficerId != demo.person("Sophie Turner").id);
    demo.actAs("Sophie Turner");
    demo.frames(2);
    CHECK_FALSE(located(demo, "innovation.milestone.add.submit"));
    demo.actAs(mine.officer.name);
    demo.frames(2);
    CHECK(located(demo, "innovation.milestone.add.submit"));
}

}  // namespace
}  // namespace innotrack::gui
