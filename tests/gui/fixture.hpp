// The desktop app on the demo portfolio, in memory and headless: what every gui test starts from.
#pragma once

#include "gui/app.hpp"
#include "gui/app_state.hpp"
#include "gui/headless.hpp"
#include "backends/location_opener.hpp"

#include <functional>
#include <string>

namespace innotrack::gui::testing {

// A fixed Friday, so the demo's dates (relative to today) are the same in every run.
inline const Date kDemoToday{2026, 11, 27};

struct DemoApp {
    explicit DemoApp(Date today = kDemoToday);

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
};

}  // namespace innotrack::gui::testing
