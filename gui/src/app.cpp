// The app's window: menu bar and tabs; see app.hpp. The dialogs are in app_dialogs.cpp.
#include "gui/app.hpp"

#include "gui/review_view.hpp"
#include "gui/theme.hpp"
#include "gui/widgets.hpp"
#include "demo/demo.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>

#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

namespace innotrack::gui {

App::App(AppState& state, float appliedScale) : state_(state), views_(makeViews()), scale_(appliedScale) {
    if (!state_.settings().lastView.empty() && view(state_.settings().lastView) != nullptr)
        selectNext_ = state_.settings().lastView;
}

App::~App() { state_.waitForSaving(); }

View* App::view(std::string_view name) {
    for (const auto& each : views_)
        if (each->name() == name) return each.get();
    return nullptr;
}

void App::openMeeting() {
    if (!state_.hasPortfolio()) return;
    select("review");
    if (auto* review = dynamic_cast<ReviewView*>(view("review"))) review->requestMeeting();
}

bool App::select(std::string_view name) {
    if (view(name) == nullptr) return false;
    selectNext_ = std::string(name);
    return true;
}

void App::prepareFrame(Backend& backend) {
    const float wanted = backend.contentScale() * static_cast<float>(state_.settings().zoomPercent) / 100.0f;
    if (std::abs(wanted - scale_) < 0.001f) return;
    loadFonts(wanted);
    applyLook(currentTheme(), wanted);
    backend.fontsChanged();
    scale_ = wanted;
}

void App::zoomTo(int percent) {
    if (percent == state_.settings().zoomPercent) return;
    state_.settings().zoomPercent = percent;
    state_.saveSettings();
}

void App::run(Backend& backend) {
    while (!quit_) {
        prepareFrame(backend);
        if (!backend.beginFrame()) break;
        try {
            frame();
        } catch (const std::exception& error) {
            // Every read and edit already catches its errors; this is the last net, so a bug in a
            // view shows a dialog instead of closing the app and losing what was typed elsewhere.
            ImGui::ErrorCheckEndFrameRecover(nullptr);
            state_.reportError(std::string("Something unexpected went wrong: ") + error.what());
        }
        if (!locationsPath_.empty() && state_.locator().all() != locationsWritten_) writeLocations();
        backend.endFrame();
    }
}

void App::writeLocations() {
    locationsWritten_ = state_.locator().all();
    const std::string partial = locationsPath_ + ".partial";
    {
        std::ofstream out(partial, std::ios::trunc);
        for (const auto& [key, rect] : locationsWritten_)
            out << rect.minX << ' ' << rect.minY << ' ' << rect.maxX << ' ' << rect.maxY << ' ' << key << '\n';
        if (!out) return;  // a script's aid: the app carries on without it
    }
    std::error_code error;
    std::filesystem::rename(partial, locationsPath_, error);
}

void App::frame() {
    state_.locator().clear();
    state_.finishSaving();
    state_.pollOutsideChanges(ImGui::GetTime());
    handleShortcuts();
    if (auto requested = state_.takeRequestedView()) select(*requested);

    drawMenuBar();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("innotrack", nullptr, flags);
    if (state_.connectionLost()) {
        FieldErrors lost;
        lost.byField["connection"] =
            "The connection to the shared portfolio was lost; reconnecting by itself. What you are typing is kept, "
            "and the board reloads when it is back.";
        fieldError(lost, "connection");
        locate(state_, "connection.lost");
    }
    if (state_.hasPortfolio()) {
        // While a change is saved off the frame loop, the views draw what they have and take no
        // other change; the last line says what is being saved.
        ImGui::BeginDisabled(state_.saving().has_value());
        drawTabs();
        ImGui::EndDisabled();
        drawConfirmation();
    } else {
        drawWelcome();
    }
    ImGui::End();

    drawActAsDialog();
    drawFileDialog();
    drawErrorDialog();
}

namespace {

// The key of a letter or digit as the window system reports it: GLFW numbers them by their ASCII
// upper-case code, and the headless backend the tests use does the same.
bool chordPressed(char key, bool shift = false) {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl && io.KeyShift == shift && !io.KeyAlt && ImGui::IsKeyPressed(key, false);
}

// Ctrl with plus (the = key, shifted or not, or the keypad's +), or with minus: GLFW's key codes
// for = and - are their ASCII codes, and the keypad's are 334 and 333.
constexpr std::array<int, 2> kZoomInKeys{'=', 334};
constexpr std::array<int, 2> kZoomOutKeys{'-', 333};

bool zoomChordPressed(const std::array<int, 2>& keys) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.KeyAlt) return false;
    return std::any_of(keys.begin(), keys.end(), [](int key) { return ImGui::IsKeyPressed(key, false); });
}

// "Ctrl+1" … "Ctrl+9", "Ctrl+0" for the first ten tabs, then "Ctrl+Shift+1" … for the next ten
// (there are more tabs than digits); empty past the twentieth.
constexpr std::size_t kTabShortcuts = 20;
std::string tabShortcut(std::size_t index) {
    if (index >= kTabShortcuts) return {};
    return (index < 10 ? "Ctrl+" : "Ctrl+Shift+") + std::to_string((index + 1) % 10);
}

bool tabChordPressed(std::size_t index) {
    return index < kTabShortcuts && chordPressed(static_cast<char>('0' + (index + 1) % 10), index >= 10);
}

}  // namespace

void App::handleShortcuts() {
    // ImGui 1.86 moves the keyboard focus on Tab but, when the mouse was used last, does not show
    // where it went (only the arrow keys turn the focus outline on): show it for Tab too.
    const ImGuiIO& io = ImGui::GetIO();
    if ((io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) && !io.KeyCtrl && !io.KeyAlt &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)))
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
    if (chordPressed('O')) startFileDialog(FileAction::Open);
    if (zoomChordPressed(kZoomInKeys)) zoomTo(zoomedIn(state_.settings().zoomPercent));
    if (zoomChordPressed(kZoomOutKeys)) zoomTo(zoomedOut(state_.settings().zoomPercent));
    if (chordPressed('Q')) quit_ = true;
    if (!state_.hasPortfolio()) return;
    for (std::size_t index = 0; index < views_.size(); ++index)
        if (tabChordPressed(index)) select(views_[index]->name());
    if (chordPressed('F')) {
        select("board");
        state_.requestSearchFocus();
    }
    // In a text field Ctrl+Z undoes typing (ImGui's own); elsewhere, the last change.
    if (chordPressed('Z') && !ImGui::GetIO().WantTextInput && !state_.saving()) state_.undoLast();
    const bool dialogOpen = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
    if (!dialogOpen && ImGui::IsKeyPressed(kMeetingModeKey, false)) openMeeting();
    // Escape first leaves a text field or closes a dialog (ImGui does both); only then does it go back.
    const bool busy = ImGui::GetIO().WantTextInput || dialogOpen;
    if (!busy && current_ == "innovation" && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        select("board");
}

void App::drawZoomMenu() {
    const int zoom = state_.settings().zoomPercent;
    if (ImGui::MenuItem("Zoom in", "Ctrl++", false, zoom < kZoomSteps.back())) zoomTo(zoomedIn(zoom));
    if (ImGui::MenuItem("Zoom out", "Ctrl+-", false, zoom > kZoomSteps.front())) zoomTo(zoomedOut(zoom));
    const std::string actual = "Actual size (now " + std::to_string(zoom) + "%)";
    if (ImGui::MenuItem(actual.c_str(), nullptr, false, zoom != 100)) zoomTo(100);
}

void App::drawMenuBar() {
    if (!ImGui::BeginMainMenuBar()) return;
    const bool fileMenu = ImGui::BeginMenu("File");
    locate(state_, "menu.file");
    if (fileMenu) {
        if (ImGui::MenuItem("Open portfolio…", "Ctrl+O")) startFileDialog(FileAction::Open);
        locate(state_, "menu.file.open");
        if (ImGui::MenuItem("Connect to a shared portfolio…")) startFileDialog(FileAction::Connect);
        locate(state_, "menu.file.connect");
        if (ImGui::BeginMenu("Open recent", !state_.settings().recentPortfolios.empty())) {
            // A copy: opening one reorders the list being drawn.
            const std::vector<std::string> recent = state_.settings().recentPortfolios;
            for (std::size_t at = 0; at < recent.size(); ++at) {
                if (ImGui::MenuItem(recent[at].c_str())) state_.openPortfolio(recent[at]);
                locate(state_, "menu.file.recent." + std::to_string(at));
            }
            ImGui::EndMenu();
        }
        locate(state_, "menu.file.recent");
        if (ImGui::MenuItem("New portfolio…")) startFileDialog(FileAction::Create);
        locate(state_, "menu.file.new");
        if (ImGui::MenuItem("Open the demo portfolio (not saved)")) openDemo();
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) quit_ = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit", state_.hasPortfolio())) {
        const UndoStep* next = state_.nextUndo();
        const std::string undo = next ? "Undo: " + next->said : std::string("Undo");
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, next != nullptr)) state_.undoLast();
        locate(state_, "menu.edit.undo");
        ImGui::EndMenu();
    }
    locate(state_, "menu.edit");
    const bool viewMenu = ImGui::BeginMenu("View");
    locate(state_, "menu.view");
    if (viewMenu) {
        for (std::size_t index = 0; index < views_.size(); ++index) {
            const View& each = *views_[index];
            const std::string shortcut = tabShortcut(index);
            if (ImGui::MenuItem(std::string(each.title()).c_str(), shortcut.empty() ? nullptr : shortcut.c_str(),
                                current_ == each.name(), state_.hasPortfolio()))
                select(each.name());
        }
        if (ImGui::MenuItem("Search the board", "Ctrl+F", false, state_.hasPortfolio())) {
            select("board");
            state_.requestSearchFocus();
        }
        locate(state_, "menu.view.search");
        if (ImGui::MenuItem("Weekly review in meeting mode", "F5", false, state_.hasPortfolio())) openMeeting();
        locate(state_, "menu.view.meeting");
        ImGui::Separator();
        drawZoomMenu();
        ImGui::Separator();
        bool dark = currentTheme() == Theme::Dark;
        if (ImGui::MenuItem("Dark theme", nullptr, &dark)) {
            state_.settings().theme = dark ? Theme::Dark : Theme::Light;
            applyLook(state_.settings().theme, scale_);  // the sizes stay at the current zoom
            state_.saveSettings();
        }
        ImGui::EndMenu();
    }
    const bool portfolioMenu = ImGui::BeginMenu("Portfolio", state_.hasPortfolio());
    locate(state_, "menu.portfolio");
    if (portfolioMenu) {
        if (ImGui::MenuItem("Act as…", nullptr, false, !state_.actorFixedByServer())) actAsOpen_ = true;
        locate(state_, "menu.portfolio.actas");
        ImGui::EndMenu();
    }
    if (state_.hasPortfolio()) {
        const auto& actor = state_.actor();
        std::string who = actor ? "Acting as " + actor->name + " (" + std::string(labelOf(actor->role)) + ")"
                                : "Not acting as anyone yet";
        if (state_.actorFixedByServer()) who = "Signed in as " + state_.signedIn()->login + " · " + who;
        const std::string where = state_.backend().location();
        const float width = ImGui::CalcTextSize((who + "   " + where).c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2;
        ImGui::SameLine(ImGui::GetWindowWidth() - width);
        ImGui::TextUnformatted(who.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", where.c_str());
    }
    ImGui::EndMainMenuBar();
}

void App::drawTabs() {
    if (!ImGui::BeginTabBar("views")) return;
    for (const auto& each : views_) {
        const std::string name(each->name());
        const ImGuiTabItemFlags flags = selectNext_ == name ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(std::string(each->title()).c_str(), nullptr, flags);
        locate(state_, "tab." + name);
        if (!open) continue;
        if (current_ != name) {
            current_ = name;
            state_.settings().lastView = name;
            state_.saveSettings();
        }
        ImGui::BeginChild("view", ImVec2(0, -statusBarHeight()), false);
        each->draw(state_);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    selectNext_.clear();
    ImGui::EndTabBar();
}

void App::drawWelcome() {
    heading("Welcome to innotrack");
    wrappedText("innotrack helps a council run its portfolio of priority innovations: the weekly board, "
                "setbacks and the lessons learned from them, and the tally of what went right against what went wrong.");
    ImGui::Spacing();
    if (ImGui::Button("Open a portfolio file…")) startFileDialog(FileAction::Open);
    ImGui::SameLine();
    if (ImGui::Button("Create a new portfolio…")) startFileDialog(FileAction::Create);
    ImGui::SameLine();
    if (ImGui::Button("Try the demo portfolio")) openDemo();
    mutedText("The demo is a made-up council's portfolio, kept in memory: nothing you change in it is saved.");
}

void App::openDemo() { state_.openDemo(); }

}  // namespace innotrack::gui
