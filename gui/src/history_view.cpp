// Draws the History view; see history_view.hpp.
#include "gui/history_view.hpp"

#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui {

void HistoryView::reload(AppState& state) {
    state.read([&] { model_.load(state.store(), editing_); });
}

void HistoryView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    heading("History");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (ImGui::BeginCombo("##entity", editing_.entity ? editing_.entity->c_str() : "Every kind of record")) {
        if (ImGui::Selectable("Every kind of record", !editing_.entity)) editing_.entity.reset();
        for (const std::string& entity : auditEntities())
            if (ImGui::Selectable(entity.c_str(), editing_.entity == entity)) editing_.entity = entity;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    std::string who = "Everyone";
    for (const Person& person : model_.people())
        if (editing_.actorId == person.id) who = person.name;
    if (ImGui::BeginCombo("##who", who.c_str())) {
        if (ImGui::Selectable("Everyone", !editing_.actorId)) editing_.actorId.reset();
        for (const Person& person : model_.people())
            if (ImGui::Selectable(person.name.c_str(), editing_.actorId == person.id)) editing_.actorId = person.id;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    ImGui::InputTextWithHint("##text", "Search the changes", &editing_.text);
    locate(state, "history.text");

    state.read([&] { model_.setFilter(state.store(), editing_); });
    ImGui::SameLine();
    mutedText(std::to_string(model_.shown().size()) + " changes" + (model_.capped() ? " (the newest 5,000)" : ""));

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("history", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("When (UTC)", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("From", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("To", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(model_.shown().size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const AuditEntry& entry = *model_.shown()[static_cast<std::size_t>(row)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string at = formatTimestamp(entry.at);
            ImGui::TextUnformatted((at.substr(0, 10) + " " + at.substr(11, 5)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(model_.nameOf(entry.actorId).c_str());
            ImGui::TableNextColumn();
            const std::string what = entry.entity + " " + std::to_string(entry.entityId) + " " + entry.action +
                                     (entry.field.empty() ? "" : ": " + entry.field);
            ImGui::TextUnformatted(what.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(entry.oldValue.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(entry.newValue.c_str());
        }
    ImGui::EndTable();
}

}  // namespace innotrack::gui
