// The Innovation view's risk register, its 5×5 heat map and the officer's risk forms.
#include "innovation_panels.hpp"

#include "gui/charts.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace innotrack::gui::panels {
namespace {

// The longest of a scale's labels, so its column is never cut.
template <typename E>
std::string widestLabel() {
    std::string widest;
    for (const auto& entry : Scale<E>::entries)
        if (ImGui::CalcTextSize(std::string(entry.label).c_str()).x > ImGui::CalcTextSize(widest.c_str()).x)
            widest = entry.label;
    return widest;
}

// A column as wide as the wider of its heading and `widest`.
void fitted(const char* heading, const std::string& widest) {
    const float width = std::max(ImGui::CalcTextSize(heading).x, ImGui::CalcTextSize(widest.c_str()).x);
    ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthFixed, width + ImGui::GetStyle().CellPadding.x * 2);
}

void scoreSliders(const char* likelihoodLabel, int& likelihood, const char* impactLabel, int& impact) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::SliderInt(likelihoodLabel, &likelihood, kMinScale, kMaxScale, "%d", ImGuiSliderFlags_AlwaysClamp);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::SliderInt(impactLabel, &impact, kMinScale, kMaxScale, "%d", ImGuiSliderFlags_AlwaysClamp);
    ImGui::SameLine();
    ImGui::Text("score %d", likelihood * impact);
}

// The fields of a risk, for adding or editing (`key` is "innovation.risk.add" or ".edit"); true
// when Enter was pressed in one of the one-line fields.
bool riskFields(AppState& state, const std::string& key, RiskDraft& draft, const InnovationDetail& detail,
                const FieldErrors& errors) {
    const float wide = ImGui::GetFontSize() * 28;
    ImGui::SetNextItemWidth(wide);
    textField(state, key + ".title", "Title", draft.title, errors, "title");
    ImGui::SetNextItemWidth(wide);
    textField(state, key + ".cause", "Cause (because of…)", draft.cause, errors, "cause");
    ImGui::SetNextItemWidth(wide);
    textField(state, key + ".event", "Event (…this may happen…)", draft.event, errors, "event");
    ImGui::SetNextItemWidth(wide);
    textField(state, key + ".effect", "Effect (…with this effect)", draft.effect, errors, "effect");
    const bool enter = submittedByEnter();
    scoreSliders("Likelihood##before", draft.likelihood, "Impact##before", draft.impact);
    locate(state, key + ".likelihood");
    ImGui::Checkbox("Scored again after mitigation", &draft.residual);
    locate(state, key + ".residual");
    if (draft.residual)
        scoreSliders("Likelihood after", draft.residualLikelihood, "Impact after", draft.residualImpact);
    fieldError(errors, "residual");
    choiceCombo(state, key + ".owner", "Owner", draft.ownerId, detail.names, "Choose who owns it", 14);
    fieldError(errors, "owner");
    scaleCombo(state, key + ".response", "Response", draft.response, 10);
    ImGui::SameLine();
    scaleCombo(state, key + ".proximity", "When it could happen", draft.proximity, 10);
    ImGui::SetNextItemWidth(wide);
    textField(state, key + ".mitigation", "Mitigation", draft.mitigation, errors, "mitigation");
    return enter || submittedByEnter();
}

void riskForms(AppState& state, const InnovationDetail& detail, RiskForms& forms) {
    if (forms.editing) {
        heading("Edit risk '" + forms.editing->title + "'");
        const bool enter = riskFields(state, "innovation.risk.edit", forms.editing->draft, detail, forms.errors());
        otherErrors(forms.errors());
        if (ImGui::Button("Save the risk") || enter) forms.save(state);
        locate(state, "innovation.risk.edit.submit");
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) forms.cancel();
        locate(state, "innovation.risk.edit.cancel");
        return;
    }
    heading("Add a risk");
    const bool enter = riskFields(state, "innovation.risk.add", forms.adding, detail, forms.errors());
    otherErrors(forms.errors());
    if (ImGui::Button("Add the risk") || enter) forms.add(state, detail.innovation.id);
    locate(state, "innovation.risk.add.submit");
}

}  // namespace

void risks(AppState& state, const InnovationDetail& detail, RiskForms& forms) {
    const Permission permission = state.permits(Action::EditDelivery, &detail.innovation);
    const float cell = ImGui::GetFontSize() * 2.4f;
    ImGui::BeginGroup();
    heading("Open risks");
    drawRiskHeatMap(detail.heatMap, detail.bands, cell);
    ImGui::EndGroup();
    // The register's scores, bands and buttons are never cut: beside the heat map only where both fit.
    const float heatMapWidth = ImGui::GetItemRectSize().x + ImGui::GetFontSize() * 2;
    if (ImGui::GetContentRegionAvail().x - heatMapWidth >= ImGui::GetFontSize() * 62)
        ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::BeginGroup();
    heading("Register");
    if (detail.risks.empty()) mutedText("No risks recorded.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!detail.risks.empty() && ImGui::BeginTable("risks", 8, flags)) {
        ImGui::TableSetupColumn("Risk", ImGuiTableColumnFlags_WidthStretch, 4);
        ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 2);
        fitted("L × I", "5 × 5 = 25");
        fitted("Band", widestLabel<RiskBand>());
        fitted("Response", widestLabel<RiskResponse>());
        fitted("Proximity", widestLabel<Proximity>());
        fitted("Status", widestLabel<RiskStatus>());
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::CalcTextSize("Edit Close It occurred…").x + ImGui::GetFontSize() * 2);
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
            ImGui::TableNextColumn();
            if (risk.status != RiskStatus::Open) continue;
            const std::string id = std::to_string(risk.id);
            ImGui::PushID(static_cast<int>(risk.id));
            if (permittedButton("Edit", permission)) forms.startEdit(risk);
            locate(state, "innovation.risk.edit." + id);
            ImGui::SameLine();
            if (permittedButton("Close", permission)) forms.close(state, risk.id);
            locate(state, "innovation.risk.close." + id);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the risk today: it did not occur");
            ImGui::SameLine();
            if (permittedButton("It occurred…", permission)) RiskForms::occurred(state, risk);
            locate(state, "innovation.risk.occurred." + id);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Log the setback it became; the risk is then marked occurred");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndGroup();
    if (!permission) {
        readOnlyReason(permission);
        return;
    }
    // Between the register and the forms: where the eye is after a button in either; not once Undo
    // took that change back.
    if (!forms.confirmation().empty() && !state.undone(forms.confirmedAs())) {
        wrappedText(forms.confirmation());
        locate(state, "innovation.risk.confirmation");
    }
    ImGui::Spacing();
    riskForms(state, detail, forms);
}

}  // namespace innotrack::gui::panels
