// The Decisions view (DOMAIN.md "Key decisions and the Forward Plan (England)"): the demo's
// decisions soonest first with where each notice stands, the filters, the forms (add, notice,
// general exception, the record) driven through the locator in headless frames, who may use them,
// the Welsh demo with no Forward Plan check, its tab's shortcut and the Forward Plan written.
#include "fixture.hpp"

#include "gui/decisions_view.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

DecisionsView& openDecisions(DemoApp& demo, const std::string& person) {
    demo.actAs(person);
    testing::showView(demo.app, demo.backend, "decisions");
    auto* view = dynamic_cast<DecisionsView*>(demo.app.view("decisions"));
    REQUIRE(view != nullptr);
    return *view;
}

// The demo's decision whose matter contains `words`; fails the test when there is none.
const DecisionRow& rowAbout(const DecisionsView& view, const std::string& words) {
    for (const DecisionRow& row : view.model().rows())
        if (row.decision.matter.find(words) != std::string::npos) return row;
    FAIL("the demo has no decision about " << words);
    throw std::logic_error("unreachable");
}

std::string rowKey(const DecisionRow& row) { return "decisions.row." + std::to_string(row.decision.id); }

// Clicks a decision's row, and draws a frame so that its detail and forms are laid out.
void select(DemoApp& demo, const DecisionRow& row) {
    demo.click(rowKey(row));
    demo.frames(2);
}

// The detail below the list scrolls on its own: turns the wheel over it, up or down, until the
// control `key` is wholly inside it (DemoApp::scrollIntoView expects the page to scroll), and
// returns where the control is then.
ScreenRect reachInDetail(DemoApp& demo, const std::string& key) {
    for (int notch = 0; notch < 100; ++notch) {
        const ScreenRect area = demo.rect("decisions.detail");
        const ScreenRect at = demo.rect(key);
        if (at.minY >= area.minY && at.maxY <= area.maxY) return at;
        demo.backend.wheel(area.centreX(), area.centreY(), at.minY < area.minY ? 1.0f : -1.0f, demo.draw());
        demo.frames(1);
        if (demo.rect(key).minY == at.minY) break;
    }
    FAIL("the detail does not scroll to " << key);
    return {};
}

// Types into a field of the detail's forms, as a person would.
void typeIntoDetail(DemoApp& demo, const std::string& key, const std::string& text) {
    const ScreenRect at = reachInDetail(demo, key);
    demo.backend.click(at.centreX(), at.centreY(), demo.draw());
    demo.backend.type(text, demo.draw());
}

void clickInDetail(DemoApp& demo, const std::string& key) {
    const ScreenRect at = reachInDetail(demo, key);
    demo.backend.click(at.centreX(), at.centreY(), demo.draw());
    demo.frames(1);  // what it saved, or the errors beside the fields, laid out
}

const std::string kSensors = "falls prevention sensors";

TEST_CASE("the Decisions view lists the demo's decisions soonest first, each notice's standing in plain words",
          "[gui][decisions]") {
    DemoApp demo;
    DecisionsView& view = openDecisions(demo, "Cllr Helen Marsh");
    const auto& rows = view.model().rows();
    REQUIRE(rows.size() == 5);
    for (std::size_t at = 1; at < rows.size(); ++at) CHECK(rows[at - 1].decision.plannedOn <= rows[at].decision.plannedOn);
    // Drawn in that order, top to bottom.
    for (std::size_t at = 1; at < rows.size(); ++at) CHECK(demo.rect(rowKey(rows[at - 1])).minY < demo.rect(rowKey(rows[at])).minY);

    const DecisionRow& extend = rowAbout(view, "neighbourhood care teams");
    CHECK(extend.keyWords == "Key: over the threshold; two or more wards");
    CHECK(extend.notice.standing == NoticeStanding::ShortResolved);
    CHECK(extend.noticeWords == "Notice 22 clear days: short of 28; made a general exception");

    const DecisionRow& sensors = rowAbout(view, kSensors);
    CHECK(sensors.keyWords == "Key: over the threshold");
    CHECK(sensors.notice.standing == NoticeStanding::Short);
    CHECK(sensors.noticeWords == "Notice 11 clear days: short of 28; needs a general exception or special urgency");

    CHECK(rowAbout(view, "solar canopies").noticeWords == "Notice 49 clear days: enough");
    const DecisionRow& vans = rowAbout(view, "electric vans");
    CHECK(vans.keyWords == "Not key");
    CHECK(vans.noticeWords == "Not key: no notice needed");
    const DecisionRow& tariff = rowAbout(view, "Shared Lives");
    CHECK(tariff.decision.isMade());
    CHECK_THAT(tariff.ledFrom, Catch::StartsWith("The weekly review of "));
    CHECK(tariff.maker == "Cllr Priya Shah, Cabinet member for Adult social care");

    // Selecting one shows all of it, its record once made.
    select(demo, tariff);
    CHECK(view.selected() == tariff.decision.id);
    CHECK(located(demo, "decisions.detail." + std::to_string(tariff.decision.id)));
    CHECK_FALSE(located(demo, "decisions.record.submit"));  // a decision made is kept as it was

    // The filters, clicked.
    demo.click("decisions.show.key");
    CHECK(view.model().shown().size() == 4);
    CHECK_FALSE(located(demo, rowKey(vans)));
    demo.click("decisions.show.made");
    REQUIRE(view.model().shown().size() == 1);
    CHECK(view.model().shown().front()->decision.id == tariff.decision.id);
    demo.click("decisions.show.key");  // key decisions only, off
    demo.click("decisions.show.tobemade");
    CHECK(view.model().shown().size() == 4);
    CHECK(located(demo, rowKey(vans)));
    CHECK_FALSE(located(demo, rowKey(tariff)));
}

TEST_CASE("a cabinet member adds a decision from the form, errors beside their fields keep what was typed",
          "[gui][decisions]") {
    DemoApp demo;
    DecisionsView& view = openDecisions(demo, "Cllr Priya Shah");
    const Innovation sensors = demo.innovation("Falls prevention sensors at home");
    const std::size_t before = demo.store().listDecisions(std::nullopt).size();
    demo.click("decisions.new");
    demo.frames(1);
    REQUIRE(located(demo, "decisions.add.matter"));

    DecisionForms& forms = view.forms();
    forms.adding.innovationId = sensors.id;
    demo.typeInto("decisions.add.amount", "lots");
    demo.click("decisions.add.submit");
    demo.frames(1);
    REQUIRE(forms.addErrors().find("spending or savings") != nullptr);
    CHECK(forms.adding.amount == "lots");
    CHECK(forms.addErrors().find("to be made on") != nullptr);
    CHECK(demo.store().listDecisions(std::nullopt).size() == before);

    forms.adding.amount = "820,000";
    demo.typeInto("decisions.add.on", "2027-02-10");
    demo.click("decisions.add.submit");
    demo.frames(1);
    // The service's own message, beside the matter.
    REQUIRE(forms.addErrors().find("matter") != nullptr);
    CHECK(demo.store().listDecisions(std::nullopt).size() == before);

    demo.typeInto("decisions.add.matter", "Buy sensors for the care homes");
    demo.typeInto("decisions.add.body", "Cabinet");
    demo.click("decisions.add.submit");
    demo.frames(1);
    REQUIRE(forms.addErrors().find("members") != nullptr);  // a body is named with its members
    demo.typeInto("decisions.add.members", "Cllr Helen Marsh, Cllr Priya Shah, Cllr Tom Okafor");
    demo.click("decisions.add.submit");
    demo.frames(1);
    CHECK(forms.addErrors().empty());
    const auto decisions = demo.store().listDecisions(sensors.id);
    const auto added = std::find_if(decisions.begin(), decisions.end(),
                                    [](const Decision& d) { return d.matter == "Buy sensors for the care homes"; });
    REQUIRE(added != decisions.end());
    CHECK(added->plannedOn == Date(2027, 2, 10));
    CHECK(added->amountPence == 82'000'000);
    CHECK(added->makerBody == "Cabinet");
    REQUIRE(demo.state.confirmation());
    CHECK_THAT(demo.state.confirmation()->text, Catch::StartsWith("Added decision " + std::to_string(added->id)));
    demo.frames(2);
    CHECK(view.selected() == added->id);
    CHECK(rowAbout(view, "for the care homes").noticeWords ==
          "No notice published: short of 28; needs a general exception or special urgency");
}

TEST_CASE("the leader records a decision's notice and the list reads it again", "[gui][decisions]") {
    DemoApp demo;
    DecisionsView& view = openDecisions(demo, "Cllr Helen Marsh");
    const DecisionRow& vans = rowAbout(view, "electric vans");
    const Id id = vans.decision.id;
    REQUIRE_FALSE(vans.decision.noticeOn);
    select(demo, vans);
    typeIntoDetail(demo, "decisions.notice.on", "2026-12-01");  // after today: refused, beside the date
    clickInDetail(demo, "decisions.notice.submit");
    REQUIRE(view.forms().noticeErrors().find("notice published on") != nullptr);
    CHECK_FALSE(demo.store().findDecision(id)->noticeOn);

    view.forms().notice.publishedOn = "2026-11-25";
    typeIntoDetail(demo, "decisions.notice.documents", "Report of the Director of Place");
    clickInDetail(demo, "decisions.notice.submit");
    const Decision stored = *demo.store().findDecision(id);
    CHECK(stored.noticeOn == Date(2026, 11, 25));
    CHECK(stored.documents == "Report of the Director of Place");
    REQUIRE(demo.state.confirmation());
    CHECK_THAT(demo.state.confirmation()->text, Catch::Contains("published on 2026-11-25"));
    demo.frames(2);
    CHECK(rowAbout(view, "electric vans").decision.noticeOn == Date(2026, 11, 25));
}

TEST_CASE("a decision record is refused while its short notice is unresolved, and made after a general exception",
          "[gui][decisions]") {
    DemoApp demo;
    DecisionsView& view = openDecisions(demo, "Cllr Priya Shah");
    const Id id = rowAbout(view, kSensors).decision.id;
    select(demo, rowAbout(view, kSensors));
    REQUIRE(located(demo, "decisions.short.submit"));

    view.forms().record.madeOn = "today";
    typeIntoDetail(demo, "decisions.record.decision", "Buy the sensors");
    typeIntoDetail(demo, "decisions.record.reasons", "Falls cost more than sensors");
    clickInDetail(demo, "decisions.record.submit");
    REQUIRE_FALSE(demo.state.errors().empty());
    CHECK_THAT(demo.state.errors().front(), Catch::Contains("its notice is short") &&
                                                Catch::Contains("make it a general exception or special urgency"));
    CHECK_FALSE(demo.store().findDecision(id)->isMade());
    CHECK(view.forms().record.decision == "Buy the sensors");  // kept for another go
    demo.state.dismissError();
    demo.frames(2);

    // Told a week ago: 6 clear days before today, enough for a general exception.
    typeIntoDetail(demo, "decisions.short.chair", "Cllr Rachel Green");
    typeIntoDetail(demo, "decisions.short.on", "2026-11-20");
    clickInDetail(demo, "decisions.short.submit");
    CHECK(demo.state.errors().empty());
    CHECK(demo.store().findDecision(id)->route == ShortNoticeRoute::GeneralException);
    REQUIRE(demo.state.confirmation());
    CHECK_THAT(demo.state.confirmation()->text, Catch::EndsWith("a general exception."));
    demo.frames(2);
    CHECK_FALSE(located(demo, "decisions.short.submit"));
    CHECK(rowAbout(view, kSensors).notice.standing == NoticeStanding::ShortResolved);

    clickInDetail(demo, "decisions.record.submit");
    CHECK(demo.state.errors().empty());
    const Decision made = *demo.store().findDecision(id);
    CHECK(made.madeOn == demo.clock.today());
    CHECK(made.decision == "Buy the sensors");
    CHECK(made.reasons == "Falls cost more than sensors");
    CHECK_THAT(demo.state.confirmation()->text, Catch::StartsWith("Recorded decision " + std::to_string(id)));
    demo.frames(2);
    CHECK(rowAbout(view, kSensors).decision.isMade());
    CHECK_FALSE(located(demo, "decisions.record.submit"));
}

TEST_CASE("a viewer, an officer and another innovation's cabinet member see the decisions read-only with the reason",
          "[gui][decisions]") {
    for (const std::string person : {"Amira Hussain", "Gareth Evans"}) {
        INFO(person);
        DemoApp demo;
        DecisionsView& view = openDecisions(demo, person);
        demo.click("decisions.new");  // drawn, but not to be pressed
        CHECK_FALSE(located(demo, "decisions.add.matter"));
        select(demo, rowAbout(view, kSensors));
        CHECK(located(demo, "decisions.detail.readonly"));
        CHECK_FALSE(located(demo, "decisions.notice.submit"));
        CHECK_FALSE(located(demo, "decisions.record.submit"));
        CHECK_FALSE(located(demo, "decisions.short.submit"));
    }
    DemoApp demo;
    DecisionsView& view = openDecisions(demo, "Cllr Tom Okafor");
    select(demo, rowAbout(view, kSensors));  // Cllr Priya Shah leads it
    CHECK(located(demo, "decisions.detail.readonly"));
    select(demo, rowAbout(view, "electric vans"));  // his own
    CHECK_FALSE(located(demo, "decisions.detail.readonly"));
    CHECK(located(demo, "decisions.notice.submit"));
}

TEST_CASE("the Welsh demo's decisions have no Forward Plan check and nothing flagged", "[gui][decisions][wellbeing]") {
    DemoApp demo;
    demo.state.openDemo(Nation::Wales);
    DecisionsView& view = openDecisions(demo, "Cllr Helen Marsh");
    REQUIRE(view.model().nation() == Nation::Wales);
    REQUIRE_FALSE(view.model().rows().empty());
    for (const DecisionRow& row : view.model().rows()) {
        INFO(row.decision.matter);
        CHECK_FALSE(row.notice.isFlagged());
        CHECK(row.noticeWords.find("short of") == std::string::npos);
        if (row.key.isKey()) CHECK(row.noticeWords == "No Forward Plan check in Wales");
    }
    select(demo, rowAbout(view, kSensors));
    CHECK_FALSE(located(demo, "decisions.short.submit"));
    CHECK(located(demo, "decisions.record.submit"));
}

TEST_CASE("Ctrl+8 opens the Decisions tab, the tabs past the tenth take Ctrl+Shift", "[gui][decisions][keyboard]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    demo.frames(2);
    demo.backend.pressCtrl('8', demo.draw());
    demo.frames();
    CHECK(demo.app.current() == "decisions");
    const std::vector<std::string> names = viewNames();
    REQUIRE(names.size() > 10);
    ImGui::GetIO().KeyShift = true;
    demo.backend.pressCtrl('1', demo.draw());
    ImGui::GetIO().KeyShift = false;
    demo.frames();
    CHECK(demo.app.current() == names[10]);
}

TEST_CASE("the Decisions view writes the Forward Plan next to the portfolio", "[gui][decisions]") {
    DemoApp demo;
    DecisionsView& view = openDecisions(demo, "Amira Hussain");  // reading it is anyone's
    // The in-memory demo has no folder, so reports go to the working directory: use a fresh one.
    const auto folder = std::filesystem::temp_directory_path() / "innotrack-gui-decisions-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(folder);
    demo.click("decisions.write.md");
    std::filesystem::current_path(previous);
    const auto written = folder / ("forward-plan-" + formatDate(demo.clock.today()) + ".md");
    CHECK(view.lastWritten() == written.string());
    std::ifstream in(written);
    std::stringstream text;
    text << in.rdbuf();
    CHECK_THAT(text.str(), Catch::Contains("Buy 400 falls prevention sensors"));
    CHECK(text.str().find("Lease ten electric vans") == std::string::npos);  // not a key decision
    std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace innotrack::gui
