// The desktop app's window: a menu bar, a tab per view, and the dialogs every view shares (who you
// act as, errors, opening and creating portfolio files). Draws one frame at a time, so the same
// code runs in a real window, in screenshots and in headless tests.
#pragma once

#include "gui/app_state.hpp"
#include "gui/backend.hpp"
#include "gui/view.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::gui {

// Every view, in the order of the tabs (views.cpp registers them in one place).
std::vector<std::unique_ptr<View>> makeViews();
// Their names, for `--view` and its help.
std::vector<std::string> viewNames();

class App {
public:
    // `appliedScale`: the scale the fonts and style were loaded at before the first frame.
    explicit App(AppState& state, float appliedScale = 1.0f);
    // Waits for a change still being saved: its outcome goes to the views, which go with the app.
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Draws the whole window; call between the backend's beginFrame and endFrame.
    void frame();
    // Runs frames until the window is closed or File > Quit.
    void run(Backend& backend);
    // Between frames: when the monitor's content scale or the zoom has changed, loads the fonts
    // and the style at the new scale (monitor's scale × zoom).
    void prepareFrame(Backend& backend);
    float scale() const { return scale_; }

    // Shows the named view's tab from the next frame. False when there is no such view.
    bool select(std::string_view name);
    const std::string& current() const { return current_; }
    View* view(std::string_view name);
    // View > Weekly review in meeting mode and F5 on any tab: the weekly review's tab, in meeting
    // mode when a review is open (else its start page says why meeting mode is not offered).
    void openMeeting();
    bool quitRequested() const { return quit_; }
    // From then on, run() writes where each located control was drawn to `path` after every frame
    // in which one appeared, moved or went (see writeLocations); empty: never.
    void writeLocationsTo(std::string path) { locationsPath_ = std::move(path); }

private:
    enum class FileAction { None, Open, Create, Connect };

    // Ctrl+1 … Ctrl+9 and Ctrl+0 show the tabs in order, Ctrl+F the board's search, F5 the weekly
    // review in meeting mode, Ctrl+O opens a portfolio, Ctrl+Q quits, Ctrl+plus and Ctrl+minus zoom,
    // Ctrl+Z undoes the last change made in the app, and Escape goes back from an innovation to the board.
    void handleShortcuts();
    void drawMenuBar();
    void drawZoomMenu();
    void zoomTo(int percent);  // remembered in the settings; applied before the next frame
    void drawTabs();
    void drawWelcome();
    void drawActAsDialog();
    void drawErrorDialog();
    // The last change's confirmation, with Undo, on the window's last line for a few seconds.
    void drawConfirmation();
    static float statusBarHeight();  // that line's, kept below every view
    void drawFileDialog();
    void openDemo();
    void startFileDialog(FileAction action);
    // One "MINX MINY MAXX MAXY KEY" line per located control, written to a temporary file and
    // renamed over locationsPath_, so a reader never sees half of it.
    void writeLocations();

    AppState& state_;
    std::vector<std::unique_ptr<View>> views_;
    std::string current_;
    std::string selectNext_;
    bool quit_ = false;
    float scale_;
    bool actAsOpen_ = false;
    std::uint64_t confirmationSeen_ = 0;  // the serial of the confirmation shown, and since when
    double confirmationSince_ = 0;
    std::optional<double> savingSince_;  // when the save in progress was first shown
    std::string askedFor_;  // the portfolio we last asked "who are you?" for

    FileAction fileAction_ = FileAction::None;
    bool fileDialogOpened_ = false;
    std::string filePath_;
    std::string leaderName_;
    std::string fileDialogError_;

    std::string locationsPath_;
    std::map<std::string, ScreenRect> locationsWritten_;
};

}  // namespace innotrack::gui
