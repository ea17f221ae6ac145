// "New innovation…" on the board: a cabinet member adds one by typing and Enter, a wrong budget
// saves nothing and keeps what was typed, Escape keeps the draft, and an officer may not.
#include "fixture.hpp"

#include "gui/stage_board_view.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

StageBoardView& board(DemoApp& demo) { return dynamic_cast<StageBoardView&>(*demo.app.view("board")); }

std::optional<Innovation> titled(DemoApp& demo, const std::string& title) {
    for (Innovation& each : demo.store().listInnovations({}))
        if (each.title == title) return each;
    return std::nullopt;
}

TEST_CASE("a cabinet member adds an innovation from the board by typing its title and pressing Enter",
          "[gui][new-innovation]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    testing::showView(demo.app, demo.backend, "board");
    const std::size_t before = demo.store().listInnovations({}).size();
    demo.click("board.new");
    demo.frames(2);
    REQUIRE(board(demo).newInnovation().isOpen());
    REQUIRE(located(demo, "new.innovation.title"));
    // The cursor starts in the title.
    demo.backend.type("Library of things", demo.draw());
    demo.backend.pressKey(ImGuiKey_Enter, demo.draw());
    demo.frames(2);
    const std::optional<Innovation> added = titled(demo, "Library of things");
    REQUIRE(added);
    CHECK(demo.store().listInnovations({}).size() == before + 1);
    CHECK(added->stage == Stage::Idea);
    CHECK(added->priority == 3);
    CHECK(added->cabinetLeadId == demo.person("Cllr Priya Shah").id);  // the one acting, who may lead it
    CHECK_FALSE(board(demo).newInnovation().isOpen());
    CHECK(board(demo).newInnovation().confirmation() == "Added innovation 'Library of things' at stage Idea, priority 3.");
    CHECK(located(demo, "board.new.confirmation"));
    demo.click("board.new.open");
    demo.frames(2);
    CHECK(demo.app.current() == "innovation");
    CHECK(demo.state.selectedInnovation == added->id);
}

TEST_CASE("a wrong budget or date keeps the dialog open with what was typed and saves nothing", "[gui][new-innovation]") {
    DemoApp demo;
    demo.actAs("Cllr Helen Marsh");
    NewInnovationForm& form = board(demo).newInnovation();
    form.open(demo.state);
    const std::size_t before = demo.store().listInnovations({}).size();
    form.draft.title = "Community energy co-operative";
    form.draft.budget = "a lot";
    form.draft.target = "2027-13-01";
    CHECK_FALSE(form.submit(demo.state));
    CHECK(form.errors().find("budget") != nullptr);
    CHECK(form.errors().find("target") != nullptr);
    CHECK(form.isOpen());
    CHECK(form.draft.title == "Community energy co-operative");
    CHECK(demo.store().listInnovations({}).size() == before);

    form.draft.budget = "£250,000";
    form.draft.target = "2028-03-31";
    REQUIRE(form.submit(demo.state));
    const std::optional<Innovation> added = titled(demo, "Community energy co-operative");
    REQUIRE(added);
    CHECK(added->budgetPence == 25'000'000);
    CHECK(added->targetDate == Date(2028, 3, 31));
}

TEST_CASE("Escape closes the dialog and keeps the draft, Cancel forgets it", "[gui][new-innovation]") {
    DemoApp demo;
    demo.actAs("Cllr Tom Okafor");
    testing::showView(demo.app, demo.backend, "board");
    demo.click("board.new");
    demo.frames(2);
    demo.backend.type("Shared electric bikes", demo.draw());
    demo.click("new.innovation.summary");
    // The first Escape leaves the field (ImGui puts back what the field held when entered, here
    // nothing), the second closes the dialog.
    demo.backend.pressKey(ImGuiKey_Escape, demo.draw());
    CHECK(board(demo).newInnovation().isOpen());
    demo.backend.pressKey(ImGuiKey_Escape, demo.draw());
    demo.frames(1);
    NewInnovationForm& form = board(demo).newInnovation();
    CHECK_FALSE(form.isOpen());
    CHECK_FALSE(titled(demo, "Shared electric bikes"));
    demo.click("board.new");
    demo.frames(2);
    CHECK(form.draft.title == "Shared electric bikes");
    demo.click("new.innovation.cancel");
    demo.frames(1);
    CHECK_FALSE(form.isOpen());
    CHECK(form.draft.title.empty());
}

TEST_CASE("an officer cannot open the new innovation dialog", "[gui][new-innovation]") {
    DemoApp demo;
    demo.actAs("Gareth Evans");
    testing::showView(demo.app, demo.backend, "board");
    REQUIRE(located(demo, "board.new"));
    demo.click("board.new");
    demo.frames(2);
    CHECK_FALSE(board(demo).newInnovation().isOpen());
    CHECK_FALSE(located(demo, "new.innovation.title"));
}

}  // namespace
}  // namespace innotrack::gui
