// Draws the Ambitions view; see ambitions_view.hpp.
#include "gui/ambitions_view.hpp"

#include "gui/theme.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui {

void AmbitionsView::reload(AppState& state) {
    state.read([&] { rows_ = loadAmbitions(state.store()); });
}

void AmbitionsView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    heading("Ambitions");
    wrappedText("The council's long-term aims, from its plan. Every priority innovation should serve one; an ambition "
                "with no active innovation is a gap to talk about.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("ambitions", 5, flags)) {
        ImGui::TableSetupColumn("Ambition", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("By", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn("The community's concern", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("Active", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn("Finished or stopped", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableHeadersRow();
        for (const AmbitionRow& row : rows_) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(row.ambition.id));
            if (ImGui::Selectable(row.ambition.title.c_str(), draft_.id == row.ambition.id, ImGuiSelectableFlags_SpanAllColumns))
                draft_ = draftOf(row.ambition);
            locate(state, "ambitions.row." + std::to_string(row.ambition.id));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.ambition.horizonYear);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row.ambition.communityConcern.c_str());
            ImGui::TableNextColumn();
            if (row.active == 0) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(legibleText(IM_COL32(191, 51, 51, 255))), "none");
            else ImGui::Text("%d", row.active);
            ImGui::TableNextColumn();
            ImGui::Text("%d finished, %d stopped", row.mainstreamed, row.stopped);
        }
        ImGui::EndTable();
    }
    drawForm(state);
}

void AmbitionsView::drawForm(AppState& state) {
    ImGui::Spacing();
    const Permission permission = state.permits(Action::ManageAmbitions);
    if (!permission) {
        // An empty form that could never be saved is not offered; a chosen ambition is shown as it is.
        if (draft_.id != 0) heading(draft_.title);
        mutedText(permission.reason);
        if (draft_.id == 0) return;
    } else {
        heading(draft_.id == 0 ? "Add an ambition" : "Change '" + draft_.title + "'");
    }
    ImGui::PushItemWidth(ImGui::GetFontSize() * 30);
    ImGui::BeginDisabled(!permission.allowed);
    textField(state, "ambitions.title", "Title", draft_.title, draft_.errors, "title");
    textField(state, "ambitions.year", "Horizon year", draft_.horizonYear, draft_.errors, "horizon year", "e.g. 2045");
    textArea(state, "ambitions.description", "Description", draft_.description, draft_.errors, "description", 2);
    textArea(state, "ambitions.concern", "The community concern it answers", draft_.communityConcern, draft_.errors,
             "community concern", 2);
    ImGui::EndDisabled();
    ImGui::PopItemWidth();
    if (!permission) return;  // read only: nothing to save
    otherErrors(draft_.errors);
    if (permittedButton(draft_.id == 0 ? "Add the ambition" : "Save changes", permission)) saveAmbition(state, draft_);
    locate(state, "ambitions.save");
    if (draft_.id != 0) {
        ImGui::SameLine();
        if (ImGui::Button("New ambition")) draft_ = AmbitionDraft{};
    }
}

}  // namespace innotrack::gui
