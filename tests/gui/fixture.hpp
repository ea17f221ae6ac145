// The desktop app on the demo portfolio, in memory and headless: what every gui test starts from.
#pragma once

#include "gui/app.hpp"
#include "gui/app_state.hpp"
#include "gui/headless.hpp"
#include "gui/innovation_view.hpp"
#include "backends/location_opener.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace innotrack::gui::testing {

// A fixed Friday, so the demo's dates (relative to today) are the same in every run.
inline const Date kDemoToday{2026, 11, 27};

// Chooses the view's tab and draws two frames (the tab is chosen on the first, drawn on both).
void showView(App& app, HeadlessBackend& backend, const std::string& name);

// How many times each view of `app` has reloaded, by name.
std::map<std::string, std::uint64_t> reloadsOf(App& app);

struct DemoApp {
    // The window `width` × `height`: the narrowest the app supports is 1024 × 700.
    explicit DemoApp(Date today = kDemoToday, float width = 1280, float height = 800);

    backends::LocationOpener opener;
    FixedClock clock;
    AppState state;
    HeadlessBackend backend;
    App app;

    PortfolioStore& store() { return state.store(); }
    Person person(const std::string& name) { return state.portfolio().person(name); }
    void actAs(const std::string& name) { state.actAs(person(name)); }
    Innovation innovation(const std::string& title);
    std::function<void()> draw();
    void frames(int count = 1) { backend.run(draw(), count); }
    // The rectangle of a located control in the last frame; fails the test when it was not drawn.
    ScreenRect rect(const std::string& key);
    void click(const std::string& key);
    void scrollIntoView(const std::string& key);
    // Clicks the field located under `key` and types `text` into it, as a person would.
    void typeInto(const std::string& key, const std::string& text);
    // Opens the Innovation view on `innovation`, at its `panel` tab ("risks") or the first.
    InnovationView& openInnovation(Id innovation, const std::string& panel = "");
    // Shows every view in turn, as a person going through the tabs would.
    void showEveryView();
};

// The demo portfolio, dated as of kDemoToday, written into a file of a fresh folder that is removed
// afterwards: for what needs a second connection (another program, another desk).
struct DemoFile {
    DemoFile();
    ~DemoFile();
    DemoFile(const DemoFile&) = delete;
    DemoFile& operator=(const DemoFile&) = delete;

    std::string folder;
    std::string path;
};

// Opens the file in the app, acting as `person`, on the view `view`, and draws a few frames.
void openFile(DemoApp& demo, const DemoFile& file, const std::string& person, const std::string& view);

// Whether the control `key` was drawn in the last frame.
inline bool located(DemoApp& demo, const std::string& key) { return demo.state.locator().find(key).has_value(); }

}  // namespace innotrack::gui::testing
