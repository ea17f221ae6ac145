// Draws the People view; see people_view.hpp.
#include "gui/people_view.hpp"

#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui {
namespace {

std::string_view roleWords(Role role) {
    switch (role) {
        case Role::Viewer: return "Reads everything, changes nothing";
        case Role::Officer: return "Milestones, risks, setbacks, lessons, benefits and engagements of innovations they lead";
        case Role::Cabinet: return "All an officer may on innovations they lead, plus innovations, stages and reviews";
        case Role::Leader: return "Everything, including people, ambitions and the checklist";
    }
    return "";
}

}  // namespace

void PeopleView::reload(AppState& state) {
    state.read([&] { rows_ = loadPeople(state.store()); });
}

void PeopleView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    heading("People");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("people", 5, flags)) {
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch, 1);
        ImGui::TableSetupColumn("Brief", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("Email", ImGuiTableColumnFlags_WidthStretch, 2.5f);
        ImGui::TableSetupColumn("Leads", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableHeadersRow();
        for (const PersonRow& row : rows_) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(row.person.id));
            if (ImGui::Selectable(row.person.name.c_str(), draft_.id == row.person.id, ImGuiSelectableFlags_SpanAllColumns))
                draft_ = draftOf(row.person);
            locate(state, "people.row." + std::to_string(row.person.id));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(row.person.role)).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(roleWords(row.person.role)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.person.portfolio.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.person.email.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", row.leading);
        }
        ImGui::EndTable();
    }
    drawForm(state);
}

void PeopleView::drawForm(AppState& state) {
    ImGui::Spacing();
    const Permission permission = state.permits(Action::ManagePeople);
    if (!permission) {
        // An empty form that could never be saved is not offered; a chosen person is shown as it is.
        if (draft_.id != 0) heading(draft_.name);
        mutedText(permission.reason);
        if (draft_.id == 0) return;
    } else {
        heading(draft_.id == 0 ? "Add a person" : "Change " + draft_.name);
    }
    ImGui::PushItemWidth(ImGui::GetFontSize() * 24);
    ImGui::BeginDisabled(!permission.allowed);
    textField(state, "people.name", "Name", draft_.name, draft_.errors, "name");
    if (ImGui::BeginCombo("Role", std::string(labelOf(draft_.role)).c_str())) {
        for (const auto& entry : Scale<Role>::entries) {
            if (ImGui::Selectable(std::string(entry.label).c_str(), draft_.role == entry.value)) draft_.role = entry.value;
            locate(state, "people.role." + std::string(entry.key));
        }
        ImGui::EndCombo();
    }
    locate(state, "people.role");
    fieldError(draft_.errors, "role");
    mutedText(roleWords(draft_.role));
    textField(state, "people.brief", "Brief (cabinet members)", draft_.portfolio, draft_.errors, "portfolio",
              "e.g. Adult social care");
    textField(state, "people.email", "Email", draft_.email, draft_.errors, "email");
    textField(state, "people.login", "Login", draft_.login, draft_.errors, "login", "their council account, e.g. nevans");
    helpMarker("The account they sign in with. On a shared portfolio it is their server login, and then who they are: "
               "the server lets them change only what their role allows.");
    ImGui::EndDisabled();
    ImGui::PopItemWidth();
    if (!permission) return;  // read only: nothing to save
    otherErrors(draft_.errors);
    if (permittedButton(draft_.id == 0 ? "Add the person" : "Save changes", permission)) savePerson(state, draft_);
    locate(state, "people.save");
    if (draft_.id != 0) {
        ImGui::SameLine();
        if (ImGui::Button("New person")) draft_ = PersonDraft{};
    }
}

}  // namespace innotrack::gui
