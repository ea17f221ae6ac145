// The app around the views: every view runs headless, who you act as, errors in a dialog, the
// settings file, and File > New and Open.
#include "files.hpp"
#include "fixture.hpp"

#include "gui/history_view.hpp"
#include "gui/settings.hpp"
#include "gui/stage_board_view.hpp"
#include "demo/demo.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>


namespace innotrack::gui {
namespace {

using testing::DemoApp;

using innotrack::testing::TemporaryFolder;

TEST_CASE("every view draws in headless frames for every role without an error", "[gui][app]") {
    for (const std::string actor : {"Cllr Helen Marsh", "Cllr Priya Shah", "Sophie Turner", "Amira Hussain"}) {
        DemoApp demo;
        demo.actAs(actor);
        for (const std::string& name : viewNames()) {
            INFO(actor << " on " << name);
            REQUIRE(demo.app.select(name));
            demo.frames(3);
            CHECK(demo.app.current() == name);
            CHECK(demo.state.locator().find("tab." + name).has_value());
            const ImDrawData* drawn = ImGui::GetDrawData();
            REQUIRE(drawn != nullptr);
            CHECK(drawn->TotalVtxCount > 1000);
            CHECK(demo.state.errors().empty());
        }
    }
    CHECK(viewNames().size() == 12);
}

TEST_CASE("the Welsh demo opens in memory, set to Wales and tagged, and every view draws it", "[gui][app][wellbeing]") {
    DemoApp demo;
    CHECK(demo.store().nation() == Nation::England);
    demo.state.openDemo(Nation::Wales);
    REQUIRE(demo.state.hasPortfolio());
    CHECK(demo.store().nation() == Nation::Wales);
    const auto ambitions = demo.store().listAmbitions();
    REQUIRE_FALSE(ambitions.empty());
    CHECK(std::all_of(ambitions.begin(), ambitions.end(), [](const Ambition& a) { return !a.goals.empty(); }));
    demo.actAs("Cllr Helen Marsh");
    for (const std::string& name : viewNames()) {
        INFO(name);
        REQUIRE(demo.app.select(name));
        demo.frames(3);
        CHECK(demo.state.errors().empty());
    }
}

TEST_CASE("view names are unique", "[gui][app]") {
    auto names = viewNames();
    std::sort(names.begin(), names.end());
    CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}

TEST_CASE("the keyboard reaches every tab, the board's search, and back from an innovation", "[gui][app][keyboard]") {
    DemoApp demo;
    demo.actAs("Cllr Priya Shah");
    demo.frames(2);
    const std::vector<std::string> names = viewNames();
    REQUIRE(names.size() >= 3);
    demo.backend.pressCtrl('2', demo.draw());
    demo.frames();
    CHECK(demo.app.current() == names[1]);
    demo.backend.pressCtrl('3', demo.draw());
    demo.frames();
    CHECK(demo.app.current() == names[2]);
    CHECK(demo.app.current() == "innovation");
    // Escape goes back from an innovation to the board.
    demo.backend.pressKey(ImGuiKey_Escape, demo.draw());
    demo.frames();
    CHECK(demo.app.current() == "board");

    // Ctrl+F from another tab: the board, with the cursor in its search box.
    demo.backend.pressCtrl('2', demo.draw());
    demo.frames();
    demo.backend.pressCtrl('F', demo.draw());
    demo.frames(2);
    CHECK(demo.app.current() == "board");
    demo.backend.type("falls", demo.draw());
    demo.frames(2);
    const auto& board = dynamic_cast<StageBoardView&>(*demo.app.view("board"));
    CHECK(board.model().filter().text == "falls");
    CHECK(board.model().visibleCount() < board.model().cardCount());
    // The search's clear button empties it.
    demo.click("board.filter.clear");
    demo.frames(2);
    CHECK(board.model().filter().text.empty());
}

TEST_CASE("with nobody chosen, the app asks who you are acting as and remembers the choice", "[gui][app]") {
    TemporaryFolder folder;
    const std::string settingsPath = (folder.path() / "settings.ini").string();
    const backends::LocationOpener opener;
    FixedClock clock(testing::kDemoToday);
    HeadlessBackend backend;
    const std::string portfolioPath = (folder.path() / "council.db").string();
    {
        AppState state(opener, clock, Settings{}, settingsPath);
        App app(state);
        REQUIRE(state.createPortfolio(portfolioPath, "Cllr Ann Jones"));
        CHECK(state.actor()->name == "Cllr Ann Jones");
        state.apply(RecordKind::People, [](Portfolio& portfolio, Id actor) {
            Person viewer;
            viewer.name = "Rhys Price";
            viewer.role = Role::Viewer;
            portfolio.addPerson(actor, viewer);
        });
    }
    Settings remembered = loadSettings(settingsPath);
    CHECK(remembered.lastPortfolio == portfolioPath);
    CHECK(remembered.actorFor(portfolioPath) == std::optional<std::string>("Cllr Ann Jones"));

    // Forget who we were: the app opens the file and asks.
    remembered.actorByPortfolio.clear();
    saveSettings(remembered, settingsPath);
    AppState state(opener, clock, loadSettings(settingsPath), settingsPath);
    App app(state);
    REQUIRE(state.openPortfolio(portfolioPath));
    CHECK_FALSE(state.actor());
    const auto draw = [&] { app.frame(); };
    backend.run(draw, 3);
    const Person rhys = state.portfolio().person("Rhys Price");
    const auto choice = state.locator().find("actas." + std::to_string(rhys.id));
    REQUIRE(choice);
    backend.click(choice->centreX(), choice->centreY(), draw);
    backend.run(draw, 2);
    REQUIRE(state.actor());
    CHECK(state.actor()->name == "Rhys Price");
    CHECK(loadSettings(settingsPath).actorFor(portfolioPath) == std::optional<std::string>("Rhys Price"));
    CHECK_FALSE(state.locator().find("actas." + std::to_string(rhys.id)).has_value());
}

TEST_CASE("a storage error appears in a dialog and the app carries on", "[gui][app]") {
    DemoApp demo;
    demo.actAs("Cllr Helen Marsh");
    CHECK_FALSE(demo.state.openPortfolio("/no/such/folder/portfolio.db"));
    REQUIRE(demo.state.errors().size() == 1);
    CHECK(demo.state.hasPortfolio());  // the demo stays open
    demo.frames(2);
    REQUIRE(demo.state.locator().find("error.message").has_value());
    demo.click("error.ok");
    demo.frames(1);
    CHECK(demo.state.errors().empty());
    CHECK_FALSE(demo.state.locator().find("error.message").has_value());
}

TEST_CASE("a server that cannot be reached is said in words, and the open portfolio stays", "[gui][app]") {
    DemoApp demo;
    CHECK_FALSE(demo.state.openPortfolio("postgresql://localhost:1/portfolio"));
    REQUIRE(demo.state.errors().size() == 1);
    CHECK_THAT(demo.state.errors().front(), Catch::Contains("could not be reached"));
    CHECK(demo.state.hasPortfolio());
    CHECK_FALSE(std::filesystem::exists(std::filesystem::current_path() / "postgresql:"));
}

TEST_CASE("a portfolio opened last that has since gone is forgotten quietly", "[gui][app]") {
    TemporaryFolder folder;
    const backends::LocationOpener opener;
    FixedClock clock(testing::kDemoToday);
    Settings settings;
    settings.lastPortfolio = (folder.path() / "moved-away.db").string();
    AppState state(opener, clock, settings);
    state.reopenLast();
    CHECK_FALSE(state.hasPortfolio());
    CHECK(state.errors().empty());
}

TEST_CASE("a file that is not a portfolio is refused without being changed", "[gui][app]") {
    TemporaryFolder folder;
    const auto path = folder.path() / "notes.db";
    {
        std::ofstream out(path);
        out << "shopping list";
    }
    DemoApp demo;
    CHECK_FALSE(demo.state.openPortfolio(path.string()));
    REQUIRE_FALSE(demo.state.errors().empty());
    std::ifstream in(path);
    std::string text;
    std::getline(in, text);
    CHECK(text == "shopping list");
}

TEST_CASE("settings survive a round trip and a missing file gives the defaults", "[gui][app]") {
    TemporaryFolder folder;
    const std::string path = (folder.path() / "deeper" / "settings.ini").string();
    CHECK(loadSettings(path).theme == Theme::Light);
    Settings settings;
    settings.theme = Theme::Dark;
    settings.lastPortfolio = "/home/council/portfolio.db";
    settings.lastView = "review";
    settings.actorByPortfolio["/home/council/portfolio.db"] = "Cllr Priya Shah";
    saveSettings(settings, path);
    const Settings loaded = loadSettings(path);
    CHECK(loaded.theme == Theme::Dark);
    CHECK(loaded.lastPortfolio == settings.lastPortfolio);
    CHECK(loaded.lastView == "review");
    CHECK(loaded.actorByPortfolio == settings.actorByPortfolio);
}

TEST_CASE("the recent portfolios keep the newest first, once each, files and servers alike", "[gui][app]") {
    TemporaryFolder folder;
    const std::string path = (folder.path() / "settings.ini").string();
    Settings settings;
    for (int each = 1; each <= 10; ++each) settings.opened("/home/council/portfolio-" + std::to_string(each) + ".db");
    settings.opened("postgresql://db.council.example/portfolio");
    settings.opened("/home/council/portfolio-9.db");
    REQUIRE(settings.recentPortfolios.size() == kRecentPortfolios);
    CHECK(settings.recentPortfolios[0] == "/home/council/portfolio-9.db");
    CHECK(settings.recentPortfolios[1] == "postgresql://db.council.example/portfolio");
    CHECK(settings.recentPortfolios[2] == "/home/council/portfolio-10.db");
    CHECK(std::count(settings.recentPortfolios.begin(), settings.recentPortfolios.end(), "/home/council/portfolio-9.db") == 1);
    CHECK(settings.lastPortfolio == "/home/council/portfolio-9.db");
    saveSettings(settings, path);
    CHECK(loadSettings(path).recentPortfolios == settings.recentPortfolios);
}

TEST_CASE("the history view narrows the audit trail by text", "[gui][app]") {
    DemoApp demo;
    demo.actAs("Amira Hussain");
    demo.app.select("history");
    demo.frames(3);
    const auto& view = dynamic_cast<HistoryView&>(*demo.app.view("history"));
    const std::size_t all = view.model().shown().size();
    REQUIRE(all > 10);
    demo.click("history.text");
    demo.backend.type("Stopped", demo.draw());
    demo.frames(2);
    CHECK(view.model().shown().size() < all);
    REQUIRE_FALSE(view.model().shown().empty());
    // Newest first.
    const auto& shown = view.model().shown();
    for (std::size_t i = 1; i < shown.size(); ++i) CHECK_FALSE(shown[i - 1]->at < shown[i]->at);
}

TEST_CASE("File > New creates a portfolio with its leader, and File > Open opens it again", "[gui][app]") {
    TemporaryFolder folder;
    const std::string path = (folder.path() / "new-council.db").string();
    DemoApp demo;
    demo.actAs("Amira Hussain");
    demo.frames(2);
    const auto replacePath = [&](const std::string& with) {
        demo.click("file.path");
        demo.backend.pressKey(ImGuiKey_End, demo.draw());
        ImGui::GetIO().KeyCtrl = true;  // Ctrl+Backspace would stop at a word: select all and type over it
        demo.backend.pressKey(ImGuiKey_A, demo.draw());
        ImGui::GetIO().KeyCtrl = false;
        demo.backend.type(with, demo.draw());
    };

    demo.click("menu.file");
    demo.frames(2);
    demo.click("menu.file.new");
    demo.frames(2);
    replacePath(path);
    demo.click("file.confirm");  // no leader's name yet: the dialog says so and keeps the path
    demo.frames(1);
    REQUIRE(demo.state.locator().find("file.error").has_value());
    CHECK_FALSE(std::filesystem::exists(path));
    demo.click("file.leader");
    demo.backend.type("Cllr Ann Jones", demo.draw());
    demo.click("file.confirm");
    demo.frames(2);

    REQUIRE(std::filesystem::exists(path));
    CHECK(demo.state.backend().location() == path);
    REQUIRE(demo.state.actor());
    CHECK(demo.state.actor()->name == "Cllr Ann Jones");
    CHECK(demo.state.actor()->role == Role::Leader);
    CHECK(demo.store().listInnovations({}).empty());
    CHECK_FALSE(demo.state.locator().find("file.confirm").has_value());

    // Back to another portfolio, then open this one through the dialog.
    auto demoAgain = demo.opener.openScratch();
    Portfolio filling(demoAgain->store(), demo.clock);
    writeDemoPortfolio(filling);
    demo.state.usePortfolio(std::move(demoAgain), false);
    demo.actAs("Amira Hussain");
    demo.click("menu.file");
    demo.frames(2);
    demo.click("menu.file.open");
    demo.frames(2);
    replacePath(path);
    demo.click("file.confirm");
    demo.frames(2);
    CHECK(demo.state.backend().location() == path);
    CHECK(demo.store().listPeople().size() == 1);
    CHECK(demo.state.errors().empty());
}

}  // namespace
}  // namespace innotrack::gui
