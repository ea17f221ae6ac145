// The board's view model on the demo portfolio: columns, filters and who may move which card.
#include "fixture.hpp"

#include "gui/stage_board_model.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

const StageBoardQueries& queriesOf(DemoApp& demo) { return demo.state.backend().stageBoardQueries(); }

StageBoardModel loaded(DemoApp& demo) {
    StageBoardModel model;
    model.load(queriesOf(demo), demo.clock.today());
    return model;
}

// The cards of the column, each read (the demo's columns fit in the first page the model reads).
std::vector<const StageBoardCard*> cardsIn(const StageBoardModel& model, std::size_t column) {
    std::vector<const StageBoardCard*> cards;
    for (const StageBoardPlace* place : model.visible(column)) {
        const StageBoardCard* card = model.card(place->innovationId);
        REQUIRE(card != nullptr);
        CHECK(card->stage == place->stage);
        cards.push_back(card);
    }
    return cards;
}

std::vector<std::string> titlesIn(const StageBoardModel& model, Stage stage) {
    std::vector<std::string> titles;
    for (const StageBoardCard* card : cardsIn(model, columnOf(stage))) titles.push_back(card->title);
    return titles;
}

StageBoardFilter filterOf(OptionalId cabinetLead, OptionalId ambition, std::string text) {
    StageBoardFilter filter;
    filter.cabinetLeadId = cabinetLead;
    filter.ambitionId = ambition;
    filter.text = std::move(text);
    return filter;
}

// The innovations on the board's columns, by id.
std::set<Id> visibleIds(const StageBoardModel& model) {
    std::set<Id> ids;
    for (std::size_t column = 0; column < kStageBoardColumns.size(); ++column)
        for (const StageBoardPlace* place : model.visible(column)) ids.insert(place->innovationId);
    return ids;
}

TEST_CASE("every innovation of the demo is on the board, in the column of its stage", "[gui][board]") {
    DemoApp demo;
    const StageBoardModel model = loaded(demo);
    const auto innovations = demo.store().listInnovations({});
    CHECK(model.cardCount() == innovations.size());
    CHECK(model.visibleCount() == innovations.size());
    for (const Innovation& innovation : innovations) {
        INFO(innovation.title);
        const auto titles = titlesIn(model, innovation.stage);
        CHECK(std::find(titles.begin(), titles.end(), innovation.title) != titles.end());
    }
    // Within a column, the most important (priority 1) first.
    const auto piloting = cardsIn(model, columnOf(Stage::Piloting));
    const auto piloted = std::count_if(innovations.begin(), innovations.end(),
                                       [](const Innovation& each) { return each.stage == Stage::Piloting; });
    REQUIRE(piloting.size() == static_cast<std::size_t>(piloted));
    REQUIRE(piloting.size() >= 3);
    CHECK(piloting.front()->title == "Neighbourhood care teams");
    CHECK(titlesIn(model, Stage::Stopped) == std::vector<std::string>{"Sensor-fitted smart litter bins"});
}

TEST_CASE("the board's filters narrow the cards by cabinet member, ambition and text", "[gui][board]") {
    DemoApp demo;
    StageBoardModel model = loaded(demo);
    const Person priya = demo.person("Cllr Priya Shah");

    SECTION("cabinet member") {
        model.setFilter(queriesOf(demo), filterOf(priya.id, std::nullopt, ""));
        std::size_t hers = 0;
        for (const Innovation& each : demo.store().listInnovations({})) if (each.cabinetLeadId == priya.id) ++hers;
        CHECK(hers >= 3);
        CHECK(model.visibleCount() == hers);
        for (std::size_t column = 0; column < kStageBoardColumns.size(); ++column)
            for (const StageBoardCard* card : cardsIn(model, column)) CHECK(card->cabinetLead == priya.name);
        const auto leads = model.cabinetLeads();
        CHECK(std::any_of(leads.begin(), leads.end(), [&](const StageBoardLead& p) { return p.id == priya.id; }));
    }
    SECTION("text, without regard to case, in the title or the summary") {
        model.setFilter(queriesOf(demo), filterOf(std::nullopt, std::nullopt, "HEAT PUMP"));
        REQUIRE(model.visibleCount() == 1);
        CHECK(titlesIn(model, Stage::Idea) == std::vector<std::string>{"Heat pump street pilot"});
        model.setFilter(queriesOf(demo), filterOf(std::nullopt, std::nullopt, "no such words anywhere"));
        CHECK(model.visibleCount() == 0);
        CHECK(model.cardCount() == demo.store().listInnovations({}).size());
    }
    SECTION("ambition") {
        const Innovation heat = demo.innovation("Heat pump street pilot");
        REQUIRE(heat.ambitionId);
        model.setFilter(queriesOf(demo), filterOf(std::nullopt, heat.ambitionId, ""));
        std::size_t expected = 0;
        for (const Innovation& each : demo.store().listInnovations({})) if (each.ambitionId == heat.ambitionId) ++expected;
        CHECK(model.visibleCount() == expected);
        CHECK(expected < demo.store().listInnovations({}).size());
    }
}

TEST_CASE("each quick filter keeps exactly the cards in its state, and its word in the search box finds them",
          "[gui][board]") {
    DemoApp demo;
    StageBoardModel model = loaded(demo);
    const std::vector<Innovation> all = demo.store().listInnovations({});
    // The cards' own badges, as `innotrack board` prints them: what each filter must agree with.
    const StageBoardCards cards = queriesOf(demo).stageBoardCards({demo.clock.today(), std::nullopt});
    REQUIRE(cards.cards.size() == all.size());
    const auto carrying = [&](int StageBoardBadges::*badge) {
        std::set<Id> ids;
        for (const StageBoardCard& card : cards.cards) if (card.badges.*badge > 0) ids.insert(card.innovationId);
        return ids;
    };
    const auto where = [&](auto keep) {
        std::set<Id> ids;
        for (const Innovation& each : all) if (keep(each)) ids.insert(each.id);
        return ids;
    };
    const Person priya = demo.person("Cllr Priya Shah");
    const Person officer = demo.person("Gareth Evans");
    const std::map<StageBoardFlag, std::set<Id>> expected = {
        {StageBoardFlag::Overdue, carrying(&StageBoardBadges::overdueMilestones)},
        {StageBoardFlag::CriticalRisk, carrying(&StageBoardBadges::criticalRisksOpen)},
        {StageBoardFlag::NewSetback, carrying(&StageBoardBadges::setbacksSinceReview)},
        {StageBoardFlag::InDoubt, where([](const Innovation& each) {
             return each.confidence == Confidence::AmberRed || each.confidence == Confidence::Red;
         })},
        {StageBoardFlag::Mine, where([&](const Innovation& each) {
             return each.cabinetLeadId == officer.id || each.leadOfficerId == officer.id;
         })},
    };

    for (const StageBoardQuickFilter& quick : kStageBoardQuickFilters) {
        INFO(quick.label);
        const std::set<Id>& inState = expected.at(quick.flag);
        // The demo has cards both in and out of every state, so each filter is seen to narrow.
        REQUIRE_FALSE(inState.empty());
        REQUIRE(inState.size() < all.size());
        StageBoardFilter filter;
        filter.me = officer.id;
        filter.set(quick.flag, true);
        model.setFilter(queriesOf(demo), filter);
        CHECK(visibleIds(model) == inState);
        CHECK(model.cardCount() == all.size());

        // Typed alone, in any case and with spaces around it, a state's word finds the cards in
        // that state besides those whose words contain it.
        for (const std::string_view word : quick.searchWords) {
            if (word.empty()) continue;
            std::string typed = " " + std::string(word) + " ";
            typed[1] = static_cast<char>(typed[1] - 'a' + 'A');
            INFO(typed);
            std::set<Id> found = inState;
            for (const Id each : queriesOf(demo).stageBoardSearch(typed)) found.insert(each);
            model.setFilter(queriesOf(demo), filterOf(std::nullopt, std::nullopt, typed));
            CHECK(visibleIds(model) == found);
            CHECK(visibleIds(model).size() < all.size());
        }
    }

    SECTION("two filters keep the cards in both states") {
        StageBoardFilter both;
        both.set(StageBoardFlag::Overdue, true);
        both.set(StageBoardFlag::InDoubt, true);
        model.setFilter(queriesOf(demo), both);
        std::set<Id> inBoth;
        for (const Id each : expected.at(StageBoardFlag::Overdue))
            if (expected.at(StageBoardFlag::InDoubt).count(each) != 0) inBoth.insert(each);
        CHECK(visibleIds(model) == inBoth);
    }
    SECTION("Mine follows the person acting, and keeps nothing when nobody is") {
        StageBoardFilter mine;
        mine.set(StageBoardFlag::Mine, true);
        mine.me = priya.id;
        model.setFilter(queriesOf(demo), mine);
        CHECK(visibleIds(model) == where([&](const Innovation& each) {
                  return each.cabinetLeadId == priya.id || each.leadOfficerId == priya.id;
              }));
        mine.me.reset();
        model.setFilter(queriesOf(demo), mine);
        CHECK(model.visibleCount() == 0);
    }
    SECTION("a reload reads the states again: a milestone done leaves the overdue filter") {
        StageBoardFilter overdue;
        overdue.set(StageBoardFlag::Overdue, true);
        model.setFilter(queriesOf(demo), overdue);
        const Id first = *visibleIds(model).begin();
        for (Milestone milestone : demo.store().listMilestones(first)) {
            if (milestone.completedOn) continue;
            milestone.completedOn = demo.clock.today();
            demo.store().updateMilestone(milestone);
        }
        model.load(queriesOf(demo), demo.clock.today());
        CHECK(visibleIds(model).count(first) == 0);
        CHECK(visibleIds(model).size() == expected.at(StageBoardFlag::Overdue).size() - 1);
    }
}

TEST_CASE("moving a card is checked against the acting person's role before anything is saved", "[gui][board]") {
    DemoApp demo;
    const StageBoardModel model = loaded(demo);
    const Innovation care = demo.innovation("Neighbourhood care teams");  // Priya's, piloting
    const Innovation heat = demo.innovation("Heat pump street pilot");    // Tom's

    const MoveCheck nobody = model.checkMove(std::nullopt, care.id, Stage::Scaling);
    CHECK(nobody.verdict == MoveVerdict::Refused);
    CHECK_THAT(nobody.reason, Catch::Contains("acting as"));

    const MoveCheck viewer = model.checkMove(demo.person("Amira Hussain"), care.id, Stage::Scaling);
    CHECK(viewer.verdict == MoveVerdict::Refused);
    CHECK_THAT(viewer.reason, Catch::Contains("viewer"));

    const Person priya = demo.person("Cllr Priya Shah");
    CHECK(model.checkMove(priya, care.id, Stage::Scaling).verdict == MoveVerdict::Allowed);
    CHECK(model.checkMove(priya, care.id, Stage::Piloting).verdict == MoveVerdict::Unchanged);
    CHECK(model.checkMove(priya, care.id, Stage::Stopped).verdict == MoveVerdict::NeedsReason);
    const MoveCheck notHers = model.checkMove(priya, heat.id, Stage::Exploring);
    CHECK(notHers.verdict == MoveVerdict::Refused);
    CHECK_THAT(notHers.reason, Catch::Contains("cabinet lead") && Catch::Contains(heat.title));

    const Innovation bins = demo.innovation("Sensor-fitted smart litter bins");
    const MoveCheck stopped = model.checkMove(demo.person("Cllr Helen Marsh"), bins.id, Stage::Idea);
    CHECK(stopped.verdict == MoveVerdict::Refused);
    CHECK_THAT(stopped.reason, Catch::Contains("stopped"));
}

TEST_CASE("the board reads every card's place, and a whole card only when its page comes on screen", "[gui][board]") {
    DemoApp demo;
    const Person leader = demo.person("Cllr Helen Marsh");
    for (std::size_t i = 0; i < 3 * kStageBoardPage; ++i) {
        Innovation idea;
        idea.title = "Idea " + std::to_string(i + 1);
        idea.priority = 5;  // after the demo's own ideas
        idea.cabinetLeadId = leader.id;
        demo.store().insertInnovation(idea);
    }
    StageBoardModel model = loaded(demo);
    const std::size_t ideas = columnOf(Stage::Idea);
    const auto& column = model.visible(ideas);
    REQUIRE(column.size() > 2 * kStageBoardPage + 5);

    // The first page of each column is read with the places; the rest are places alone.
    CHECK(model.card(column.at(kStageBoardPage - 1)->innovationId) != nullptr);
    const Id beyond = column.at(kStageBoardPage + 5)->innovationId;
    CHECK(model.card(beyond) == nullptr);

    // Scrolling to a row reads its page: from that row, kStageBoardPage cards.
    model.readCards(queriesOf(demo), ideas, kStageBoardPage + 5, kStageBoardPage + 6);
    const StageBoardCard* read = model.card(beyond);
    REQUIRE(read != nullptr);
    CHECK(read->cabinetLead == leader.name);
    CHECK(model.card(column.at(2 * kStageBoardPage + 4)->innovationId) != nullptr);
    CHECK(model.card(column.at(2 * kStageBoardPage + 5)->innovationId) == nullptr);

    // A reload forgets what was read: the cards may have changed.
    model.load(queriesOf(demo), demo.clock.today());
    CHECK(model.card(beyond) == nullptr);
}

}  // namespace
}  // namespace innotrack::gui
