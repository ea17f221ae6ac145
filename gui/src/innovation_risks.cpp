// The Innovation view's risk register and its 5×5 heat map.
#include "innovation_panels.hpp"

#include "gui/charts.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>

namespace innotrack::gui::panels {

void risks(const InnovationDetail& detail) {
    const float cell = ImGui::GetFontSize() * 2.4f;
    ImGui::BeginGroup();
    heading("Open risks");
    drawRiskHeatMap(detail.heatMap, detail.bands, cell);
    ImGui::EndGroup();
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::BeginGroup();
    heading("Register");
    if (detail.risks.empty()) mutedText("No risks recorded.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!detail.risks.empty() && ImGui::BeginTable("risks", 7, flags)) {
        ImGui::TableSetupColumn("Risk", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("L × I");
        ImGui::TableSetupColumn("Band");
        ImGui::TableSetupColumn("Response");
        ImGui::TableSetupColumn("Proximity");
        ImGui::TableSetupColumn("Status");
        ImGui::TableHeadersRow();
        for (const RiskRow& row : detail.risks) {
            const Risk& risk = row.risk;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", risk.title.c_str());
            if (ImGui::IsItemHovered() && (!risk.cause.empty() || !risk.mitigation.empty())) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                if (!risk.cause.empty()) ImGui::Text("Cause: %s", risk.cause.c_str());
                if (!risk.event.empty()) ImGui::Text("Event: %s", risk.event.c_str());
                if (!risk.effect.empty()) ImGui::Text("Effect: %s", risk.effect.c_str());
                if (!risk.mitigation.empty()) ImGui::Text("Mitigation: %s", risk.mitigation.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row.owner.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d × %d = %d", risk.likelihood(), risk.impact(), risk.score());
            ImGui::TableNextColumn();
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, bandColour(row.band));
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 255));
            ImGui::TextUnformatted(std::string(labelOf(row.band)).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(risk.response)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(risk.proximity)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(risk.status)).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::EndGroup();
}

}  // namespace innotrack::gui::panels
