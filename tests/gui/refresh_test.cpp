// When the views read again (View, AppState::changed): each view reloads on its first draw, after
// another portfolio is opened, and after a change to a kind of record it shows; never otherwise.
#include "fixture.hpp"

#include "gui/innovation_view.hpp"
#include "gui/people_view.hpp"
#include "gui/review_view.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::reloadsOf;

// Every view seen once, so each has read what it shows.
DemoApp& lookedAtEverything(DemoApp& demo) {
    demo.actAs("Cllr Helen Marsh");
    demo.showEveryView();
    return demo;
}

// Which views reloaded between two counts.
std::map<std::string, bool> reloadedBetween(const std::map<std::string, std::uint64_t>& before,
                                            const std::map<std::string, std::uint64_t>& after) {
    std::map<std::string, bool> reloaded;
    for (const auto& [name, count] : after) reloaded[name] = count > before.at(name);
    return reloaded;
}

TEST_CASE("every view reads what it shows on its first draw, and not again while nothing changes",
          "[gui][refresh]") {
    DemoApp demo;
    lookedAtEverything(demo);
    const auto first = reloadsOf(demo.app);
    for (const auto& [name, count] : first) {
        INFO("view " << name);
        CHECK(count >= 1);
    }
    demo.showEveryView();
    demo.frames(5);
    CHECK(reloadsOf(demo.app) == first);
}

TEST_CASE("a milestone completed in the app reloads the views that show milestones or the audit trail, and no other",
          "[gui][refresh]") {
    DemoApp demo;
    lookedAtEverything(demo);
    // An outstanding milestone, completed as the Innovation view's "Mark done" does.
    std::optional<Milestone> outstanding;
    for (const Innovation& innovation : demo.store().listInnovations({}))
        for (const Milestone& milestone : demo.store().listMilestones(innovation.id))
            if (!outstanding && !milestone.completedOn && innovation.stage != Stage::Stopped) outstanding = milestone;
    REQUIRE(outstanding);
    demo.state.selectedInnovation = outstanding->innovationId;
    testing::showView(demo.app, demo.backend, "innovation");
    const auto before = reloadsOf(demo.app);
    REQUIRE(demo.state.apply(RecordKind::Milestones, [&](Portfolio& portfolio, Id actor) {
        portfolio.completeMilestone(actor, outstanding->id);
    }));
    REQUIRE(demo.store().findMilestone(outstanding->id)->completedOn);

    demo.showEveryView();
    const auto reloaded = reloadedBetween(before, reloadsOf(demo.app));
    const Changes touched = RecordKind::Milestones | RecordKind::Audit;
    for (const auto& [name, did] : reloaded) {
        INFO("view " << name << " shows " << demo.app.view(name)->shows().describe());
        CHECK(did == demo.app.view(name)->shows().intersects(touched));
    }
    // Spelled out: the board's cards, the review, the innovation, the tally and the history show it...
    for (const char* name : {"board", "review", "innovation", "reports", "history"}) {
        INFO("view " << name);
        CHECK(reloaded.at(name));
    }
    // ...the people, the ambitions, the lessons and the setback form do not.
    for (const char* name : {"people", "ambitions", "lessons", "setback"}) {
        INFO("view " << name);
        CHECK_FALSE(reloaded.at(name));
    }
    // What the Innovation view shows is read again: the milestone is done there too.
    const auto& innovation = dynamic_cast<InnovationView&>(*demo.app.view("innovation"));
    REQUIRE(innovation.detail());
    const auto& rows = innovation.detail()->milestones;
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [&](const MilestoneRow& each) { return each.milestone.id == outstanding->id; });
    REQUIRE(row != rows.end());
    CHECK(row->milestone.completedOn);
}

TEST_CASE("a view keeps what it read until a kind of record it shows changes", "[gui][refresh]") {
    DemoApp demo;
    lookedAtEverything(demo);
    const auto& people = dynamic_cast<PeopleView&>(*demo.app.view("people"));
    const std::size_t count = people.rows().size();
    // Written straight into the store, as if no event had been raised for it yet.
    Person added;
    added.name = "Gwen Rees";
    added.role = Role::Viewer;
    demo.state.portfolio().addPerson(demo.person("Cllr Helen Marsh").id, added);

    demo.state.changed(RecordKind::Milestones);
    testing::showView(demo.app, demo.backend, "people");
    CHECK(people.rows().size() == count);  // milestones are not what it shows

    const auto before = reloadsOf(demo.app);
    demo.state.changed(RecordKind::People);
    demo.showEveryView();
    CHECK(people.rows().size() == count + 1);
    const auto reloaded = reloadedBetween(before, reloadsOf(demo.app));
    CHECK(reloaded.at("people"));
    CHECK(reloaded.at("board"));  // the cabinet leads' names
    CHECK(reloaded.at("lessons"));  // who recorded each lesson
    CHECK_FALSE(reloaded.at("ambitions"));
    CHECK_FALSE(reloaded.at("setback"));
}

TEST_CASE("opening another portfolio reloads every view", "[gui][refresh]") {
    DemoApp demo;
    lookedAtEverything(demo);
    const auto before = reloadsOf(demo.app);
    demo.state.openDemo();
    demo.showEveryView();
    const auto after = reloadsOf(demo.app);
    for (const auto& [name, count] : after) {
        INFO("view " << name);
        CHECK(count == before.at(name) + 1);
    }
}

TEST_CASE("choosing another innovation reads it in the Innovation view without a reload of the rest",
          "[gui][refresh]") {
    DemoApp demo;
    lookedAtEverything(demo);
    const auto innovations = demo.store().listInnovations({});
    REQUIRE(innovations.size() >= 2);
    demo.state.selectedInnovation = innovations.front().id;
    testing::showView(demo.app, demo.backend, "innovation");
    const auto before = reloadsOf(demo.app);
    demo.state.selectedInnovation = innovations.back().id;
    demo.showEveryView();
    CHECK(reloadsOf(demo.app) == before);
    const auto& view = dynamic_cast<InnovationView&>(*demo.app.view("innovation"));
    REQUIRE(view.detail());
    CHECK(view.detail()->innovation.id == innovations.back().id);
}

TEST_CASE("the weekly review reads again what is new for the innovation in hand when a milestone is done",
          "[gui][refresh][review]") {
    DemoApp demo;
    lookedAtEverything(demo);
    REQUIRE(demo.state.apply(RecordKind::Reviews, [](Portfolio& portfolio, Id actor) { portfolio.startReview(actor); }));
    testing::showView(demo.app, demo.backend, "review");
    const auto& review = dynamic_cast<ReviewView&>(*demo.app.view("review"));
    REQUIRE_FALSE(review.model().items().empty());
    const Id inHand = review.model().items()[review.currentIndex()].innovation.id;
    const std::size_t completed = review.changes().completed.size();

    Milestone milestone;
    milestone.innovationId = inHand;
    milestone.title = "Done this week";
    milestone.baselineDue = milestone.due = Date(2026, 12, 15);
    REQUIRE(demo.state.apply(RecordKind::Milestones, [&](Portfolio& portfolio, Id actor) {
        portfolio.completeMilestone(actor, portfolio.addMilestone(actor, milestone).id);
    }));
    demo.frames(2);
    CHECK(review.model().items()[review.currentIndex()].innovation.id == inHand);
    CHECK(review.changes().completed.size() == completed + 1);
}

}  // namespace
}  // namespace innotrack::gui
