// innotrack-gui: chooses the storage backend (SQLite portfolio files) and the window backend
// (GLFW with OpenGL 3), then runs the app, or draws one view into a PNG for --screenshot.
#include "gui/app.hpp"
#include "gui/backend_glfw.hpp"
#include "gui/theme.hpp"
#include "options.hpp"

#include "backends/location_opener.hpp"
#include "innotrack/version.hpp"
#include "tracker/errors.hpp"

#include <imgui.h>

#include <filesystem>
#include <iostream>

namespace {

using namespace innotrack;
using namespace innotrack::gui;

// Opens what the options ask for, else the portfolio opened last; with neither, the app starts
// on its welcome page. Screenshots never change what the app remembers.
void openPortfolio(AppState& state, const GuiOptions& options, bool screenshot) {
    if (options.demo || (screenshot && options.db.empty())) {
        state.openDemo(options.wales ? Nation::Wales : Nation::England);
    } else if (!options.db.empty()) {
        if (screenshot) state.usePortfolio(state.opener().open(options.db, OpenPurpose::Read), false);
        else state.openPortfolio(options.db);
    } else {
        state.reopenLast();
    }
    if (!state.hasPortfolio()) return;
    if (!options.actAs.empty()) {
        state.actAs(state.portfolio().person(options.actAs));
    } else if (screenshot && !state.actor()) {
        for (const Person& person : state.store().listPeople())
            if (person.role == Role::Leader) {
                state.actAs(person);
                break;
            }
    }
}

int takeScreenshot(App& app, AppState& state, GlfwBackend& backend, const GuiOptions& options) {
    for (int frame = 0; frame < options.frames; ++frame) {
        backend.beginFrame();
        app.frame();
        if (frame + 1 < options.frames) backend.endFrame();
    }
    writePng(options.screenshot, backend.endFrameAndRead());
    for (const std::string& error : state.errors()) std::cerr << "innotrack-gui: " << error << '\n';
    return state.errors().empty() ? 0 : 1;
}

int runApp(const GuiOptions& options) {
    const bool screenshot = !options.screenshot.empty();
    const std::string config = configDirectory();
    const std::string settingsPath = screenshot || config.empty() ? std::string() : config + "/settings.ini";
    const std::string iniPath = screenshot || config.empty() ? std::string() : config + "/imgui.ini";
    if (!iniPath.empty()) {
        std::error_code error;
        std::filesystem::create_directories(config, error);
    }
    Settings settings = settingsPath.empty() ? Settings{} : loadSettings(settingsPath);
    if (!options.theme.empty()) settings.theme = options.theme == "dark" ? Theme::Dark : Theme::Light;

    const backends::LocationOpener opener;
    SystemClock clock;
    AppState state(opener, clock, settings, settingsPath);
    ImGuiSession session(iniPath.empty() ? nullptr : iniPath.c_str());
    GlfwBackend backend("innotrack", options.width, options.height);
    // The fonts rasterised at the monitor's scale times the zoom remembered; App follows either
    // changing from then on.
    const float scale = backend.contentScale() * static_cast<float>(state.settings().zoomPercent) / 100.0f;
    loadFonts(scale);
    applyLook(state.settings().theme, scale);

    openPortfolio(state, options, screenshot);
    App app(state, scale);
    if (!options.view.empty()) app.select(options.view);
    if (options.meeting) app.openMeeting();
    if (screenshot) return takeScreenshot(app, state, backend, options);
    app.writeLocationsTo(options.locations);
    app.run(backend);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const GuiOptions options = parseGuiOptions(argc, argv);
        if (options.help) {
            std::cout << options.usage;
            return 0;
        }
        if (options.version) {
            std::cout << "innotrack-gui " << kVersion << '\n';
            return 0;
        }
        return runApp(options);
    } catch (const ValidationError& error) {
        std::cerr << "innotrack-gui: " << error.what() << '\n';
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "innotrack-gui: " << error.what() << '\n';
        return 1;
    }
}
