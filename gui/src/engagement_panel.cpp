// The Innovation view's Engagement panel: see innovation_panels.hpp.
#include "innovation_panels.hpp"

#include "gui/theme.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui::panels {
namespace {

void takenPeopleStatus(const InnovationDetail& detail, Date today) {
    if (!detail.takingPeopleApplies) {
        mutedText("Whether it has taken people with it is asked once an active innovation reaches Piloting.");
        return;
    }
    const std::string since = formatDate(engagementWindowStart(today));
    const std::vector<EngagedGroup>& missing = detail.notEngaged;
    if (missing.empty()) {
        wrappedText("It has taken people with it: since " + since +
                    " it has engaged the cabinet, members beyond the cabinet, staff and residents.");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, errorTextColour());
    wrappedText("Not yet taken people with it: since " + since + " it has not engaged " + groupsInWords(missing) + ".");
    ImGui::PopStyleColor();
}

void engagementTable(const InnovationDetail& detail) {
    if (detail.engagements.empty()) {
        mutedText("No engagement recorded yet.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("engagements", 7, flags)) return;
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00").x);
    ImGui::TableSetupColumn("Audience", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("How", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Led by", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Stance heard", ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn("Concerns raised", ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn("Response", ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableHeadersRow();
    // Newest first: the latest is what the next review asks about.
    for (auto it = detail.engagements.rbegin(); it != detail.engagements.rend(); ++it) {
        const Engagement& engagement = *it;
        const auto cell = [](const std::string& text) {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", text.c_str());
        };
        ImGui::TableNextRow();
        cell(formatDate(engagement.heldOn));
        cell(std::string(labelOf(engagement.audience)) +
             (engagement.participants ? " (" + std::to_string(*engagement.participants) + ")" : ""));
        cell(std::string(labelOf(engagement.form)));
        cell(detail.nameOf(engagement.ledById));
        cell(std::string(labelOf(engagement.stance)));
        cell(engagement.concerns);
        cell(engagement.response);
    }
    ImGui::EndTable();
}

void engagementForm(AppState& state, const InnovationDetail& detail, EngagementFormModel& form) {
    const Permission may = state.permits(Action::EditDelivery, &detail.innovation);
    if (!may) {
        mutedText("You can read these but not record one: " + may.reason);
        return;
    }
    ImGui::Separator();
    heading("Record an engagement");
    locate(state, "engagement.form");
    EngagementDraft& draft = form.draft;
    const FieldErrors& errors = form.errors();
    textField(state, "engagement.form.date", "Date", draft.heldOn, errors, "date", "YYYY-MM-DD");
    scaleCombo(state, "engagement.form.audience", "Audience", draft.audience, 14);
    scaleCombo(state, "engagement.form.how", "How", draft.form, 14);
    choiceCombo(state, "engagement.form.ledby", "Led by", draft.ledById, detail.names, "Choose who led it", 14);
    fieldError(errors, "led by");
    textField(state, "engagement.form.participants", "How many took part", draft.participants, errors,
              "how many took part", "leave empty if not counted");
    scaleCombo(state, "engagement.form.stance", "Stance heard", draft.stance, 10);
    textArea(state, "engagement.form.concerns", "Concerns raised", draft.concerns, errors, "concerns raised", 2);
    textArea(state, "engagement.form.response", "The response to them", draft.response, errors, "response", 2);
    otherErrors(errors);
    if (ImGui::Button("Record the engagement")) form.submit(state, detail.innovation.id);
    locate(state, "engagement.form.submit");
}

}  // namespace

void engagement(AppState& state, const InnovationDetail& detail, EngagementFormModel& form) {
    takenPeopleStatus(detail, state.today());
    locate(state, "engagement.status");
    for (const Engagement& opposed : detail.unansweredOpposition)
        wrappedBullet("Opposition heard from " + std::string(labelOf(opposed.audience)) + " on " +
                      formatDate(opposed.heldOn) + " has not been answered: no later engagement with them yet.");
    ImGui::Spacing();
    engagementTable(detail);
    ImGui::Spacing();
    engagementForm(state, detail, form);
}

}  // namespace innotrack::gui::panels
