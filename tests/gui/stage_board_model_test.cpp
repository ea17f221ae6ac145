// The board's view model on the demo portfolio: columns, filters and who may move which card.
#include "fixture.hpp"

#include "gui/stage_board_model.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

StageBoardModel loaded(DemoApp& demo) {
    StageBoardModel model;
    model.load(demo.store(), demo.clock.today());
    return model;
}

std::vector<std::string> titlesIn(const StageBoardModel& model, Stage stage) {
    std::vector<std::string> titles;
    for (const reports::StageBoardCard* card : model.visible(columnOf(stage))) titles.push_back(card->title);
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
    const auto piloting = model.visible(columnOf(Stage::Piloting));
    REQUIRE(piloting.size() == 3);
    CHECK(piloting.front()->title == "Neighbourhood care teams");
    CHECK(titlesIn(model, Stage::Stopped) == std::vector<std::string>{"Sensor-fitted smart litter bins"});
}

TEST_CASE("the board's filters narrow the cards by cabinet member, ambition and text", "[gui][board]") {
    DemoApp demo;
    StageBoardModel model = loaded(demo);
    const Person priya = demo.person("Cllr Priya Shah");

    SECTION("cabinet member") {
        model.setFilter({priya.id, std::nullopt, ""});
        std::size_t hers = 0;
        for (const Innovation& each : demo.store().listInnovations({})) if (each.cabinetLeadId == priya.id) ++hers;
        CHECK(hers >= 3);
        CHECK(model.visibleCount() == hers);
        for (std::size_t column = 0; column < kStageBoardColumns.size(); ++column)
            for (const reports::StageBoardCard* card : model.visible(column)) CHECK(card->cabinetLead == priya.name);
        const auto leads = model.cabinetLeads();
        CHECK(std::any_of(leads.begin(), leads.end(), [&](const Person& p) { return p.id == priya.id; }));
    }
    SECTION("text, without regard to case, in the title or the summary") {
        model.setFilter({std::nullopt, std::nullopt, "HEAT PUMP"});
        REQUIRE(model.visibleCount() == 1);
        CHECK(titlesIn(model, Stage::Idea) == std::vector<std::string>{"Heat pump street pilot"});
        model.setFilter({std::nullopt, std::nullopt, "no such words anywhere"});
        CHECK(model.visibleCount() == 0);
        CHECK(model.cardCount() == 12);
    }
    SECTION("ambition") {
        const Innovation heat = demo.innovation("Heat pump street pilot");
        REQUIRE(heat.ambitionId);
        model.setFilter({std::nullopt, heat.ambitionId, ""});
        std::size_t expected = 0;
        for (const Innovation& each : demo.store().listInnovations({})) if (each.ambitionId == heat.ambitionId) ++expected;
        CHECK(model.visibleCount() == expected);
        CHECK(expected < 12);
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

}  // namespace
}  // namespace innotrack::gui
