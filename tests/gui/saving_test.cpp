// The window never freezes while another desk holds the portfolio busy (issue 14 §1): a change is
// saved off the frame loop, through a connection of its own, with "Saving…" on the window's last
// line and a clear outcome once the other desk lets go.
#include "fixture.hpp"

#include "gui/setback_form.hpp"

#include "storage/sqlite_store.hpp"

#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using testing::DemoApp;
using testing::located;

void dropCard(DemoApp& demo, const Innovation& innovation, Stage to) {
    const ScreenRect card = demo.rect("board.card." + std::to_string(innovation.id));
    const ScreenRect column = demo.rect("board.column." + std::string(keyOf(to)));
    demo.backend.drag(ImVec2(card.centreX(), card.centreY()), ImVec2(column.centreX(), column.maxY - 20), demo.draw());
}

// Draws frames, a few milliseconds apart in real time, until the save in progress has ended; at most
// about ten seconds, past the busy wait of one try.
void framesUntilSaved(DemoApp& demo) {
    for (int frame = 0; frame < 1000 && demo.state.saving(); ++frame) {
        demo.frames(1);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

struct BoardOnAFile {
    testing::DemoFile file;
    DemoApp demo;
    Innovation care;

    BoardOnAFile() {
        testing::openFile(demo, file, "Cllr Priya Shah", "board");
        care = demo.innovation("Neighbourhood care teams");
        REQUIRE(care.stage == Stage::Piloting);
    }
};

TEST_CASE_METHOD(BoardOnAFile, "while another desk holds the portfolio's write lock, frames keep coming and the move waits",
                 "[gui][saving]") {
    // Another desk's change in progress: it holds the file's write lock until it ends.
    auto otherDesk = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
    auto holding = otherDesk->beginWrite();

    dropCard(demo, care, Stage::Scaling);
    // Had the save waited on the frame loop, these frames would come only after the lock's busy
    // wait ran out, and the save would have failed by then.
    demo.frames(30);
    REQUIRE(demo.state.saving().has_value());
    CHECK(*demo.state.saving() == "Moving 'Neighbourhood care teams' to Scaling");
    CHECK(located(demo, "saving"));
    CHECK(demo.state.errors().empty());
    // The views still read: the board shows the card where it is stored.
    CHECK(demo.innovation(care.title).stage == Stage::Piloting);
    CHECK(located(demo, "board.card." + std::to_string(care.id)));
    // Nothing else can be changed meanwhile: Ctrl+Z and a second move are refused.
    CHECK_FALSE(demo.state.undoLast());

    holding.reset();  // the other desk's change ends (rolled back), and the lock is free
    framesUntilSaved(demo);

    CHECK_FALSE(demo.state.saving().has_value());
    CHECK(demo.state.errors().empty());
    CHECK(demo.innovation(care.title).stage == Stage::Scaling);
    REQUIRE(demo.state.confirmation().has_value());
    CHECK(demo.state.confirmation()->text == "Moved 'Neighbourhood care teams' to Scaling");
    demo.frames(2);
    const ScreenRect moved = demo.rect("board.card." + std::to_string(care.id));
    CHECK(demo.rect("board.column.scaling").contains(moved.centreX(), moved.centreY()));
    // Undone the same way, off the frame loop.
    REQUIRE(demo.state.undoLast());
    framesUntilSaved(demo);
    CHECK(demo.innovation(care.title).stage == Stage::Piloting);
}

TEST_CASE_METHOD(BoardOnAFile, "a save refused by the rules off the frame loop still says why", "[gui][saving]") {
    // The innovation moves on at another desk after the board last read it.
    auto otherDesk = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
    FixedClock clock(testing::kDemoToday);
    Portfolio elsewhere(*otherDesk, clock);
    elsewhere.changeStage(elsewhere.person("Cllr Helen Marsh").id, care.id, Stage::Stopped, "The pilot ended");

    dropCard(demo, care, Stage::Scaling);
    framesUntilSaved(demo);

    REQUIRE(demo.state.errors().size() == 1);
    CHECK_THAT(demo.state.errors().front(), Catch::Contains("Neighbourhood care teams"));
    CHECK(demo.innovation(care.title).stage == Stage::Stopped);
}

TEST_CASE("an officer's setback waits off the frame loop while the portfolio is busy, then goes on to its lesson",
          "[gui][saving][setback]") {
    const testing::DemoFile file;
    DemoApp demo;
    REQUIRE(demo.state.openPortfolio(file.path));
    demo.actAs("Cllr Helen Marsh");
    const Innovation care = demo.innovation("Neighbourhood care teams");
    const std::size_t before = demo.store().listSetbacks(care.id).size();
    SetbackForm form;
    form.reset(demo.clock.today(), care.id);
    form.setback.whatHappened = "Two of the three teams could not recruit a nurse";
    form.setback.kind = FailureKind::Complex;

    auto otherDesk = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
    auto holding = otherDesk->beginWrite();
    CHECK_FALSE(form.submitSetback(demo.state));  // not saved yet: it waits for the other desk
    demo.frames(10);
    REQUIRE(demo.state.saving().has_value());
    CHECK(*demo.state.saving() == "Logging the setback");
    CHECK(form.step() == SetbackForm::Step::Setback);
    CHECK(form.setback.whatHappened == "Two of the three teams could not recruit a nurse");  // nothing typed is lost

    holding.reset();
    framesUntilSaved(demo);
    CHECK(demo.state.errors().empty());
    CHECK(form.step() == SetbackForm::Step::Lesson);
    CHECK(demo.store().listSetbacks(care.id).size() == before + 1);
    CHECK(form.lesson.whatHappened == "Two of the three teams could not recruit a nurse");
}

TEST_CASE("the chair's review entry waits off the frame loop while the portfolio is busy", "[gui][saving][review]") {
    const testing::DemoFile file;
    DemoApp demo;
    testing::openFile(demo, file, "Cllr Priya Shah", "review");
    demo.click("review.start");
    framesUntilSaved(demo);
    demo.frames(2);
    const auto review = demo.store().findOpenReview();
    REQUIRE(review.has_value());
    REQUIRE(located(demo, "review.record"));

    auto otherDesk = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
    auto holding = otherDesk->beginWrite();
    demo.click("review.record");
    demo.frames(10);
    REQUIRE(demo.state.saving().has_value());
    CHECK_THAT(*demo.state.saving(), Catch::StartsWith("Recording the review of '"));
    CHECK(demo.store().listReviewEntries(review->id).empty());

    holding.reset();
    framesUntilSaved(demo);
    CHECK(demo.state.errors().empty());
    CHECK(demo.store().listReviewEntries(review->id).size() == 1);
    REQUIRE(demo.state.confirmation().has_value());
    CHECK_THAT(demo.state.confirmation()->text, Catch::StartsWith("Recorded the review of '"));
}

}  // namespace
}  // namespace innotrack::gui
