// The window never freezes while another desk holds the portfolio busy (issue 14 §1): a change is
// saved off the frame loop, through a connection of its own, with "Saving…" on the window's last
// line and a clear outcome once the other desk lets go.
#include "fixture.hpp"

#include "gui/ambitions_people_model.hpp"
#include "gui/engagement_model.hpp"
#include "gui/ideas_model.hpp"
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


// The leader's and everyone's other forms save the same way: while another desk holds the write
// lock nothing is stored, what was typed stays, and the window says what it is saving.
TEST_CASE("ideas, engagements, ambitions and people wait off the frame loop while the portfolio is busy",
          "[gui][saving]") {
    const testing::DemoFile file;
    DemoApp demo;
    testing::openFile(demo, file, "Cllr Helen Marsh", "board");
    const Innovation care = demo.innovation("Neighbourhood care teams");
    auto otherDesk = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
    auto holding = otherDesk->beginWrite();
    std::size_t (*count)(const PortfolioStore&) = nullptr;
    std::size_t before = 0;
    std::string said;
    // Nothing stored yet, and the window's last line says what it is saving.
    const auto stillWaiting = [&](const std::string& doing) {
        return demo.state.saving() == doing && count(demo.store()) == before && demo.state.errors().empty();
    };

    SECTION("submitting an idea") {
        count = [](const PortfolioStore& store) { return store.listIdeas().size(); };
        before = count(demo.store());
        IdeaForms forms;
        forms.draft.title = "Shared minibuses for day centres";
        forms.draft.problem = "Day centres each run a half-empty minibus";
        forms.draft.proposal = "Pool them across the county";
        CHECK_FALSE(forms.submit(demo.state));
        demo.frames(10);
        CHECK(forms.draft.title == "Shared minibuses for day centres");  // kept until it is saved
        said = "Submitted idea ";
        CHECK(stillWaiting("Submitting the idea"));
        holding.reset();
        framesUntilSaved(demo);
        CHECK(forms.draft.title.empty());
    }
    SECTION("recording an engagement") {
        count = [](const PortfolioStore& store) { return store.listEngagements(std::nullopt).size(); };
        before = count(demo.store());
        EngagementFormModel form;
        form.reset(demo.clock.today(), demo.state.actor()->id);
        form.draft.concerns = "Parking near the hub";
        CHECK_FALSE(form.submit(demo.state, care.id));
        demo.frames(10);
        said = "Recorded engagement ";
        CHECK(stillWaiting("Recording the engagement"));
        holding.reset();
        framesUntilSaved(demo);
        CHECK(form.recorded().has_value());
    }
    SECTION("adding an ambition") {
        count = [](const PortfolioStore& store) { return store.listAmbitions().size(); };
        before = count(demo.store());
        AmbitionDraft draft{0, "Warm homes for all", "", "2045", "", {}};
        CHECK_FALSE(saveAmbition(demo.state, draft));
        demo.frames(10);
        CHECK(draft.id == 0);
        said = "Added the ambition 'Warm homes for all'";
        CHECK(stillWaiting("Adding the ambition 'Warm homes for all'"));
        holding.reset();
        framesUntilSaved(demo);
        CHECK(draft.id != 0);
    }
    SECTION("adding a person") {
        count = [](const PortfolioStore& store) { return store.listPeople().size(); };
        before = count(demo.store());
        PersonDraft draft{0, "Rhys Morgan", Role::Officer, "", "", "", {}};
        CHECK_FALSE(savePerson(demo.state, draft));
        demo.frames(10);
        said = "Added Rhys Morgan";
        CHECK(stillWaiting("Adding Rhys Morgan"));
        holding.reset();
        framesUntilSaved(demo);
        CHECK(draft.id != 0);
    }
    // Checked once the lock was let go: saved once, and said so.
    CHECK(demo.state.errors().empty());
    CHECK(count(demo.store()) == before + 1);
    REQUIRE(demo.state.confirmation().has_value());
    CHECK_THAT(demo.state.confirmation()->text, Catch::StartsWith(said));
}

TEST_CASE("an ambition's or a person's edit, saved off the frame loop, is undone by writing it back", "[gui][saving][undo]") {
    const testing::DemoFile file;
    DemoApp demo;
    testing::openFile(demo, file, "Cllr Helen Marsh", "board");
    SECTION("an ambition") {
        const Ambition ambition = demo.store().listAmbitions().front();
        AmbitionDraft draft = draftOf(ambition);
        draft.title = "A county where everyone ages well at home";
        saveAmbition(demo.state, draft);
        framesUntilSaved(demo);
        CHECK(demo.store().findAmbition(ambition.id)->title == "A county where everyone ages well at home");
        REQUIRE(demo.state.nextUndo() != nullptr);
        CHECK(demo.state.nextUndo()->said == "Saved the ambition 'A county where everyone ages well at home'");
        REQUIRE(demo.state.undoLast());
        framesUntilSaved(demo);
        CHECK(demo.state.errors().empty());
        CHECK(*demo.store().findAmbition(ambition.id) == ambition);
    }
    SECTION("a person, refused once someone else has changed them since") {
        const Person gareth = demo.state.portfolio().person("Gareth Evans");
        PersonDraft draft = draftOf(gareth);
        draft.portfolio = "Adult social care";
        savePerson(demo.state, draft);
        framesUntilSaved(demo);
        REQUIRE(demo.state.nextUndo() != nullptr);
        // Another desk changes him again before the undo.
        auto otherDesk = storage::SqliteStore::open(file.path, storage::OpenMode::OpenExisting);
        FixedClock clock(testing::kDemoToday);
        Portfolio elsewhere(*otherDesk, clock);
        Person again = elsewhere.person(gareth.id);
        again.email = "gareth.evans@example.gov.uk";
        elsewhere.updatePerson(elsewhere.person("Cllr Helen Marsh").id, again);

        REQUIRE(demo.state.undoLast());
        framesUntilSaved(demo);
        REQUIRE(demo.state.errors().size() == 1);
        CHECK_THAT(demo.state.errors().front(), Catch::Contains("it has been changed since"));
        CHECK(demo.store().findPerson(gareth.id)->email == "gareth.evans@example.gov.uk");
    }
}

}  // namespace
}  // namespace innotrack::gui
