// The "New innovation…" dialog; see new_innovation_dialog.hpp.
#include "new_innovation_dialog.hpp"

#include "gui/widgets.hpp"
#include "tracker/limits.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui {

void drawNewInnovationDialog(AppState& state, NewInnovationForm& form, bool& opened) {
    if (!form.isOpen()) return;
    constexpr const char* kTitle = "New innovation";
    if (!beginRequestedDialog(kTitle, opened, 36)) {
        form.close();
        opened = false;
        return;
    }
    // Escape closes the dialog, keeping what was typed, unless it is leaving a field first.
    const bool typing = ImGui::IsAnyItemActive();
    NewInnovationDraft& draft = form.draft;
    const FieldErrors& errors = form.errors();
    mutedText("It starts at the Idea stage. Everything but the title can be filled in later.");
    const float wide = ImGui::GetFontSize() * 24;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(wide);
    textField(state, "new.innovation.title", "Title", draft.title, errors, "title");
    bool enter = submittedByEnter();
    textArea(state, "new.innovation.summary", "What it is, in a few sentences", draft.summary, errors, "summary", 2);
    choiceCombo(state, "new.innovation.ambition", "Ambition it serves", draft.ambitionId, form.ambitions(),
                "None yet", 24, "None yet");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::SliderInt("Priority (1 highest)", &draft.priority, kHighestPriority, kLowestPriority);
    locate(state, "new.innovation.priority");
    choiceCombo(state, "new.innovation.cabinet", "Cabinet lead", draft.cabinetLeadId, form.cabinetLeads(),
                "Nobody yet", 14, "Nobody yet");
    fieldError(errors, "cabinet lead");
    choiceCombo(state, "new.innovation.officer", "Lead officer", draft.leadOfficerId, form.officers(), "Nobody yet",
                14, "Nobody yet");
    fieldError(errors, "lead officer");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "new.innovation.start", "Start", draft.start, errors, "start", "YYYY-MM-DD");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "new.innovation.target", "Target", draft.target, errors, "target", "YYYY-MM-DD");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    textField(state, "new.innovation.budget", "Budget earmarked", draft.budget, errors, "budget", "£");
    ImGui::SetNextItemWidth(wide);
    textField(state, "new.innovation.inspired", "Inspired by", draft.inspiredBy, errors, "inspired by",
              "another council, a case study…");
    enter = submittedByEnter() || enter;
    otherErrors(errors);
    bool close = false;
    if (ImGui::Button("Add the innovation") || enter) close = form.submit(state);
    locate(state, "new.innovation.submit");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        form.discard();
        close = true;
    } else if (!typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        form.close();
        close = true;
    }
    locate(state, "new.innovation.cancel");
    if (close) {
        ImGui::CloseCurrentPopup();
        opened = false;
    }
    ImGui::EndPopup();
}

}  // namespace innotrack::gui
