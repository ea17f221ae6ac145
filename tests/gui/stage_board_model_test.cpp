// The board's view model on the demo portfolio: columns, filters and who may move which card.
#include "fixture.hpp"

#include "gui/stage_board_model.hpp"

#include <catch2/catch.hpp>

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
        model.setFilter(queriesOf(demo), {priya.id, std::nullopt, ""});
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
        model.setFilter(queriesOf(demo), {std::nullopt, std::nullopt, "HEAT PUMP"});
        REQUIRE(model.visibleCount() == 1);
        CHECK(titlesIn(model, Stage::Idea) == std::vector<std::string>{"Heat pump street pilot"});
        model.setFilter(queriesOf(demo), {std::nullopt, std::nullopt, "no such words anywhere"});
        CHECK(model.visibleCount() == 0);
        CHECK(model.cardCount() == demo.store().listInnovations({}).size());
    }
    SECTION("ambition") {
        const Innovation heat = demo.innovation("Heat pump street pilot");
        REQUIRE(heat.ambitionId);
        model.setFilter(queriesOf(demo), {std::nullopt, heat.ambitionId, ""});
        std::size_t expected = 0;
        for (const Innovation& each : demo.store().listInnovations({})) if (each.ambitionId == heat.ambitionId) ++expected;
        CHECK(model.visibleCount() == expected);
        CHECK(expected < demo.store().listInnovations({}).size());
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
