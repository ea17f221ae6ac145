// The dialogs every view shares: who you act as, errors, opening and creating portfolio files.
#include "gui/app.hpp"

#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace innotrack::gui {
namespace {

// Portfolio files in the folder of `path` (or `path` itself when it is a folder), for clicking.
std::vector<std::string> portfolioFilesNear(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path folder = path.empty() ? fs::current_path(error) : fs::path(path);
    if (!fs::is_directory(folder, error)) folder = folder.parent_path();
    std::vector<std::string> found;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path& each = it->path();
        const std::string extension = each.extension().string();
        if (it->is_regular_file(error) && (extension == ".db" || extension == ".innotrack" || extension == ".sqlite"))
            found.push_back(each.string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::string startingFolder(AppState& state) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (state.hasPortfolio()) {
        const fs::path current(state.backend().location());
        if (current.has_parent_path() && fs::is_directory(current.parent_path(), error))
            return (current.parent_path() / "").string();
    }
    return (fs::current_path(error) / "").string();
}

}  // namespace

void App::drawActAsDialog() {
    constexpr const char* kTitle = "Who are you acting as?";
    if (!state_.hasPortfolio()) return;
    // Ask once for each portfolio opened with nobody chosen; closing the dialog means "just look".
    const std::string location = state_.backend().location();
    if (!state_.actor() && askedFor_ != location && !state_.actorFixedByServer()) {
        askedFor_ = location;
        actAsOpen_ = true;
    }
    if (actAsOpen_ && !ImGui::IsPopupOpen(kTitle) && state_.errors().empty() && fileAction_ == FileAction::None)
        ImGui::OpenPopup(kTitle);
    const int dialogFlags = fixedWidthDialog(30);
    if (!ImGui::BeginPopupModal(kTitle, &actAsOpen_, dialogFlags)) {
        actAsOpen_ = false;
        return;
    }
    wrappedText("Choose yourself. What your role may not change is shown greyed out, and hovering over it says why. "
                "The app remembers your choice for this portfolio. Close this to just look around.");
    std::vector<Person> people;
    state_.read([&] { people = state_.store().listPeople(); });
    if (people.empty()) mutedText("This portfolio has nobody in it yet.");
    for (const Person& person : people) {
        std::string label = person.name + "  ·  " + std::string(labelOf(person.role));
        if (!person.portfolio.empty()) label += "  ·  " + person.portfolio;
        const bool chosen = state_.actor() && state_.actor()->id == person.id;
        if (ImGui::Selectable(label.c_str(), chosen)) {
            state_.actAs(person);
            actAsOpen_ = false;
            ImGui::CloseCurrentPopup();
        }
        locate(state_, "actas." + std::to_string(person.id));
    }
    ImGui::EndPopup();
}

void App::drawErrorDialog() {
    constexpr const char* kTitle = "Something went wrong";
    if (state_.errors().empty()) return;
    if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    const int dialogFlags = fixedWidthDialog(30);
    if (!ImGui::BeginPopupModal(kTitle, nullptr, dialogFlags)) return;
    wrappedText(state_.errors().front());
    locate(state_, "error.message");
    mutedText("Nothing was lost: what you typed is still in the form.");
    if (ImGui::Button("OK") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) {
        state_.dismissError();
        ImGui::CloseCurrentPopup();
    }
    locate(state_, "error.ok");
    ImGui::EndPopup();
}

float App::statusBarHeight() { return ImGui::GetFrameHeightWithSpacing(); }

void App::drawConfirmation() {
    // Long enough to read and reach for Undo; Ctrl+Z and the Edit menu keep working after.
    constexpr double kShownSeconds = 8;
    // A line of its own at the foot of the window, so it never covers a card or a drop target.
    const double now = ImGui::GetTime();
    if (const auto& saving = state_.saving()) {
        if (!savingSince_) savingSince_ = now;
        ImGui::AlignTextToFramePadding();
        // A save that takes more than a moment is waiting for another desk's change to finish.
        const bool waiting = now - *savingSince_ > 0.5;
        const std::string line = *saving + "…" +
                                 (waiting ? " Waiting for another desk to finish saving to the portfolio; you can "
                                            "keep reading meanwhile."
                                          : "");
        ImGui::TextUnformatted(line.c_str());
        locate(state_, "saving");
        return;
    }
    savingSince_.reset();
    const auto& confirmation = state_.confirmation();
    if (!confirmation) return;
    if (confirmation->serial != confirmationSeen_) {
        confirmationSeen_ = confirmation->serial;
        confirmationSince_ = now;
    }
    if (now - confirmationSince_ > kShownSeconds) {
        state_.dismissConfirmation();
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(confirmation->text.c_str());
    locate(state_, "confirmation");
    // Hovered, it stays: the person is reading it or reaching for Undo.
    if (ImGui::IsItemHovered()) confirmationSince_ = now;
    const UndoStep* next = state_.nextUndo();
    if (confirmation->undoable && next) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Undo")) state_.undoLast();
        locate(state_, "confirmation.undo");
        if (ImGui::IsItemHovered()) {
            confirmationSince_ = now;
            ImGui::SetTooltip("Ctrl+Z");
        }
    }
}

void App::startFileDialog(FileAction action) {
    fileAction_ = action;
    fileDialogOpened_ = false;
    fileDialogError_.clear();
    filePath_ = startingFolder(state_);
    if (action == FileAction::Create) filePath_ += "portfolio.db";
    // The last shared portfolio, else the form of an address, to be completed.
    if (action == FileAction::Connect)
        filePath_ = locationKind(state_.settings().lastPortfolio) == LocationKind::Server ? state_.settings().lastPortfolio
                                                                                          : "postgresql://";
}

void App::drawFileDialog() {
    if (fileAction_ == FileAction::None) return;
    const bool creating = fileAction_ == FileAction::Create;
    const bool connecting = fileAction_ == FileAction::Connect;
    const char* title = creating ? "Create a new portfolio" : connecting ? "Connect to a shared portfolio" : "Open a portfolio";
    if (!fileDialogOpened_) {
        ImGui::OpenPopup(title);
        fileDialogOpened_ = true;
    }
    const int dialogFlags = fixedWidthDialog(36);
    bool keepOpen = true;
    if (!ImGui::BeginPopupModal(title, &keepOpen, dialogFlags)) {
        fileAction_ = FileAction::None;
        return;
    }
    if (connecting)
        wrappedText("The address your council's IT team gave you, such as postgresql://db.council.gov.uk/portfolio. "
                    "Your password comes from your login (your council account, ~/.pgpass or PGPASSWORD), never from here.");
    ImGui::TextUnformatted(connecting ? "Address" : "File");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##path", &filePath_);
    locate(state_, "file.path");
    bool confirmed = false;
    if (!creating && !connecting) {
        ImGui::BeginChild("files", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 8), true);
        const std::vector<std::string> candidates = portfolioFilesNear(filePath_);
        if (candidates.empty()) mutedText("No portfolio files (.db) in this folder.");
        for (const std::string& candidate : candidates) {
            if (ImGui::Selectable(candidate.c_str(), candidate == filePath_, ImGuiSelectableFlags_AllowDoubleClick)) {
                filePath_ = candidate;
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) confirmed = true;
            }
        }
        ImGui::EndChild();
    } else {
        ImGui::TextUnformatted("The leader's name (the portfolio's first person; you will act as them)");
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##leader", &leaderName_);
        locate(state_, "file.leader");
    }
    if (!fileDialogError_.empty()) {
        FieldErrors shown;
        shown.byField["file"] = fileDialogError_;
        fieldError(shown, "file");
        locate(state_, "file.error");
    }
    if (ImGui::Button(creating ? "Create" : connecting ? "Connect" : "Open")) confirmed = true;
    locate(state_, "file.confirm");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) keepOpen = false;
    if (confirmed) {
        if (creating && leaderName_.empty()) {
            fileDialogError_ = "leader's name: give the name of the council's leader";
        } else {
            const std::size_t errorsBefore = state_.errors().size();
            const bool done = creating ? state_.createPortfolio(filePath_, leaderName_) : state_.openPortfolio(filePath_);
            if (!done && errorsBefore == 0 && state_.errors().size() == 1) {
                // Keep the dialog and what was typed; say what went wrong beside the path.
                fileDialogError_ = state_.errors().back();
                state_.dismissError();
            }
            if (done) keepOpen = false;
        }
    }
    if (!keepOpen) {
        ImGui::CloseCurrentPopup();
        fileAction_ = FileAction::None;
    }
    ImGui::EndPopup();
}

}  // namespace innotrack::gui
