// The board view in headless frames: dragging cards between columns as a person would.
#include "fixture.hpp"

#include "gui/stage_board_view.hpp"
#include "gui/innovation_view.hpp"
#include "storage/sqlite_store.hpp"
#include "demo/demo.hpp"

#include <filesystem>

#include <unistd.h>

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;

std::string cardKey(const Innovation& innovation) { return "board.card." + std::to_string(innovation.id); }
std::string columnKey(Stage stage) { return "board.column." + std::string(keyOf(stage)); }

// Drags the card onto the middle of the column, a little below its cards.
void dragCard(DemoApp& demo, const Innovation& innovation, Stage to) {
    const ScreenRect card = demo.rect(cardKey(innovation));
    const ScreenRect column = demo.rect(columnKey(to));
    demo.backend.drag(ImVec2(card.centreX(), card.centreY()), ImVec2(column.centreX(), column.maxY - 20), demo.draw());
    demo.frames(2);
}

StageBoardView& boardOf(DemoApp& demo) {
    auto* board = dynamic_cast<StageBoardView*>(demo.app.view("board"));
    REQUIRE(board != nullptr);
    return *board;
}

TEST_CASE("dragging a card to another column changes the innovation's stage", "[gui][board]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    demo.app.select("board");
    demo.frames(3);
    const Innovation care = demo.innovation("Neighbourhood care teams");
    REQUIRE(care.stage == Stage::Piloting);

    dragCard(demo, care, Stage::Scaling);

    CHECK(demo.innovation("Neighbourhood care teams").stage == Stage::Scaling);
    const auto changes = demo.store().listStageChanges(care.id);
    REQUIRE_FALSE(changes.empty());
    CHECK(changes.back().to == Stage::Scaling);
    CHECK(changes.back().actorId == demo.person("Cllr Priya Shah").id);
    // The card is drawn in its new column from the next frame.
    const ScreenRect moved = demo.rect(cardKey(care));
    const ScreenRect scaling = demo.rect(columnKey(Stage::Scaling));
    CHECK(scaling.contains(moved.centreX(), moved.centreY()));
    CHECK(boardOf(demo).notice().empty());
}

TEST_CASE("a viewer's drag is refused, nothing is saved and the reason is shown", "[gui][board]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    demo.app.select("board");
    demo.frames(3);
    const Innovation care = demo.innovation("Neighbourhood care teams");
    const auto auditBefore = demo.store().listAudit({}).size();

    dragCard(demo, care, Stage::Scaling);

    CHECK(demo.innovation("Neighbourhood care teams").stage == Stage::Piloting);
    CHECK(demo.store().listAudit({}).size() == auditBefore);
    CHECK_THAT(boardOf(demo).notice(), Catch::Contains("viewer"));
    CHECK(demo.state.locator().find("board.notice").has_value());
    CHECK(demo.state.errors().empty());
}

TEST_CASE("dropping a card on Stopped asks for a reason and stops the innovation with it", "[gui][board]") {
    DemoApp demo;
    demo.actAs("Cllr Tom Okafor");
    demo.app.select("board");
    demo.frames(3);
    const Innovation heat = demo.innovation("Heat pump street pilot");

    dragCard(demo, heat, Stage::Stopped);
    REQUIRE(demo.state.locator().find("board.stop.confirm").has_value());
    CHECK(demo.innovation("Heat pump street pilot").stage == Stage::Idea);

    // Confirming with no reason keeps the dialog open and says what is missing.
    demo.click("board.stop.confirm");
    demo.frames(1);
    CHECK(demo.innovation("Heat pump street pilot").stage == Stage::Idea);
    REQUIRE(demo.state.locator().find("board.stop.confirm").has_value());

    demo.click("board.stop.reason");
    demo.backend.type("Tenants chose district heating instead", demo.draw());
    demo.click("board.stop.confirm");
    demo.frames(2);
    const Innovation stopped = demo.innovation("Heat pump street pilot");
    CHECK(stopped.stage == Stage::Stopped);
    CHECK(stopped.stopReason == "Tenants chose district heating instead");
    CHECK_FALSE(demo.state.locator().find("board.stop.confirm").has_value());
}

TEST_CASE("at the narrowest window a card wraps its badges onto more lines instead of dropping one", "[gui][board]") {
    const auto cardHeight = [](float width) {
        DemoApp demo(testing::kDemoToday, width, 700);
        demo.actAs("Cllr Priya Shah");
        demo.frames(3);
        // Its card carries all three badges: overdue, Critical risk and new setback.
        const Innovation care = demo.innovation("Neighbourhood care teams");
        const StageBoardCard* card = dynamic_cast<StageBoardView&>(*demo.app.view("board")).model().card(care.id);
        REQUIRE(card != nullptr);
        CHECK(card->badges.overdueMilestones > 0);
        CHECK(card->badges.criticalRisksOpen > 0);
        CHECK(card->badges.setbacksSinceReview > 0);
        const ScreenRect rect = demo.rect("board.card." + std::to_string(care.id));
        return std::pair(rect.maxY - rect.minY, ImGui::GetTextLineHeightWithSpacing());
    };
    const auto [wide, line] = cardHeight(2400);
    const auto [narrow, same] = cardHeight(1024);
    CHECK(same == line);
    // Wide: title, lead, milestone and one line of badges. At 1024 the badges take three lines.
    CHECK(narrow >= wide + 2 * line - 1);
}

TEST_CASE("double-clicking a card opens the innovation", "[gui][board]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    demo.app.select("board");
    demo.frames(3);
    const Innovation solar = demo.innovation("Solar canopies on council car parks");
    const ScreenRect card = demo.rect(cardKey(solar));
    demo.backend.doubleClick(card.centreX(), card.centreY(), demo.draw());
    demo.frames(2);
    CHECK(demo.app.current() == "innovation");
    CHECK(demo.state.selectedInnovation == solar.id);
    const auto* view = dynamic_cast<InnovationView*>(demo.app.view("innovation"));
    REQUIRE(view != nullptr);
    REQUIRE(view->detail());
    CHECK(view->detail()->innovation.title == solar.title);
}

TEST_CASE("from the keyboard, arrows move between cards and Space opens one", "[gui][board]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    demo.app.select("board");
    demo.frames(3);
    const Innovation heat = demo.innovation("Heat pump street pilot");
    const Innovation library = demo.innovation("Library of Things in Central Library");
    demo.click(cardKey(heat));  // gives the card keyboard focus too
    CHECK(demo.state.selectedInnovation == heat.id);
    CHECK(demo.app.current() == "board");
    demo.backend.pressKey(ImGuiKey_DownArrow, demo.draw());
    demo.backend.pressKey(ImGuiKey_Space, demo.draw());
    demo.frames(2);
    CHECK(demo.app.current() == "innovation");
    CHECK(demo.state.selectedInnovation == library.id);
}

TEST_CASE("clicking a quick filter keeps the cards in its state, and clicking it again shows them all",
          "[gui][board]") {
    DemoApp demo;
    demo.actAs("Gareth Evans");
    demo.app.select("board");
    demo.frames(3);
    const StageBoardModel& model = boardOf(demo).model();
    const std::size_t all = model.cardCount();
    REQUIRE(model.visibleCount() == all);

    demo.click("board.quick.Mine");
    demo.frames(2);
    std::size_t his = 0;
    const Id gareth = demo.person("Gareth Evans").id;
    for (const Innovation& each : demo.store().listInnovations({}))
        if (each.leadOfficerId == gareth || each.cabinetLeadId == gareth) ++his;
    REQUIRE(his > 0);
    CHECK(model.visibleCount() == his);
    const Innovation heat = demo.innovation("Heat pump street pilot");
    CHECK(located(demo, cardKey(heat)) == (heat.leadOfficerId == gareth));

    // A second filter narrows further: his cards that also have an overdue milestone.
    demo.click("board.quick.Overdue");
    demo.frames(2);
    CHECK(model.filter().has(StageBoardFlag::Overdue));
    CHECK(model.visibleCount() <= his);
    for (std::size_t column = 0; column < kStageBoardColumns.size(); ++column)
        for (const StageBoardPlace* place : model.visible(column)) {
            const StageBoardCard* card = model.card(place->innovationId);
            REQUIRE(card != nullptr);
            CHECK(card->badges.overdueMilestones > 0);
        }

    demo.click("board.quick.Overdue");
    demo.click("board.quick.Mine");
    demo.frames(2);
    CHECK(model.visibleCount() == all);
}

TEST_CASE("with nobody acting, Mine cannot be turned on", "[gui][board]") {
    DemoApp demo;
    demo.app.select("board");
    demo.frames(3);
    demo.click("board.quick.Mine");
    demo.frames(2);
    CHECK_FALSE(boardOf(demo).model().filter().has(StageBoardFlag::Mine));
    CHECK(boardOf(demo).model().visibleCount() == boardOf(demo).model().cardCount());
}

TEST_CASE("a change saved by another program appears on the board within a second", "[gui][board]") {
    const testing::DemoFile file;
    DemoApp demo;
    testing::openFile(demo, file, "Cllr Helen Marsh", "board");
    const StageBoardView& board = boardOf(demo);
    const std::size_t before = board.model().cardCount();

    // The command line, as another connection to the same file.
    auto other = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
    FixedClock clock(testing::kDemoToday);
    Portfolio outside(*other, clock);
    Innovation added;
    added.title = "Warm spaces in libraries";
    const Innovation created = outside.addInnovation(outside.person("Cllr Helen Marsh").id, added);

    demo.backend.wait(1.0, demo.draw());
    CHECK(board.model().cardCount() == before + 1);
    CHECK(demo.state.locator().find("board.card." + std::to_string(created.id)).has_value());
}

}  // namespace
}  // namespace innotrack::gui
