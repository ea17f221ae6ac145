// The demo app fixture; see fixture.hpp.
#include "fixture.hpp"

#include "gui/theme.hpp"
#include "demo/demo.hpp"
#include "storage/sqlite_store.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

#include <unistd.h>

namespace innotrack::gui::testing {

DemoApp::DemoApp(Date today, float width, float height)
    : clock(today), state(opener, clock), backend(width, height), app(state) {
    applyTheme(Theme::Light);
    backend.beforeFrame = [this] { app.prepareFrame(backend); };
    state.usePortfolio(opener.openScratch(), false);
    writeDemoPortfolio(state.portfolio());
    state.changed(Changes::all());  // the demo was written straight into the store
}

Innovation DemoApp::innovation(const std::string& title) {
    for (const Innovation& each : store().listInnovations({}))
        if (each.title == title) return each;
    throw NotFound("the demo has no innovation titled '" + title + "'");
}

std::function<void()> DemoApp::draw() {
    return [this] { app.frame(); };
}

ScreenRect DemoApp::rect(const std::string& key) {
    const auto found = state.locator().find(key);
    INFO("control " << key);
    REQUIRE(found.has_value());
    return *found;
}

void showView(App& app, HeadlessBackend& backend, const std::string& name) {
    REQUIRE(app.select(name));
    backend.run([&] { app.frame(); }, 2);
}

std::map<std::string, std::uint64_t> reloadsOf(App& app) {
    std::map<std::string, std::uint64_t> reloads;
    for (const std::string& name : viewNames()) reloads[name] = app.view(name)->reloads();
    return reloads;
}

void DemoApp::showEveryView() {
    for (const std::string& name : viewNames()) showView(app, backend, name);
}

void DemoApp::scrollIntoView(const std::string& key) {
    // As a person would: turn the wheel until the control sits in the upper part of the window,
    // clear of the status line, stopping when the page goes no further.
    const float comfortable = ImGui::GetIO().DisplaySize.y * 0.6f;
    for (int notch = 0; notch < 100 && rect(key).maxY > comfortable; ++notch) {
        const float before = rect(key).minY;
        backend.wheel(rect(key).centreX(), comfortable, -1.0f, draw());
        frames(1);
        if (rect(key).minY == before) break;
    }
}

void DemoApp::typeInto(const std::string& key, const std::string& text) {
    click(key);
    backend.type(text, draw());
}

InnovationView& DemoApp::openInnovation(Id innovation, const std::string& panel) {
    state.selectedInnovation = innovation;
    state.innovationPanel = panel;
    app.select("innovation");
    frames(3);
    auto* view = dynamic_cast<InnovationView*>(app.view("innovation"));
    REQUIRE(view != nullptr);
    return *view;
}

void DemoApp::click(const std::string& key) {
    scrollIntoView(key);
    const ScreenRect where = rect(key);
    backend.click(where.centreX(), where.centreY(), draw());
}

DemoFile::DemoFile()
    : folder((std::filesystem::temp_directory_path() / ("innotrack-gui-test-" + std::to_string(::getpid()))).string()),
      path((std::filesystem::path(folder) / "portfolio.db").string()) {
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    auto writer = storage::SqliteStore::open(path, storage::OpenMode::CreateNew);
    FixedClock clock(kDemoToday);
    Portfolio dated(*writer, clock);
    writeDemoPortfolio(dated);
}

DemoFile::~DemoFile() {
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
}

void openFile(DemoApp& demo, const DemoFile& file, const std::string& person, const std::string& view) {
    REQUIRE(demo.state.openPortfolio(file.path));
    demo.actAs(person);
    demo.app.select(view);
    demo.frames(3);
}

}  // namespace innotrack::gui::testing
