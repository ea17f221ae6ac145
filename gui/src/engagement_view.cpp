// Draws the portfolio-wide engagement view; see engagement_view.hpp.
#include "gui/engagement_view.hpp"

#include "gui/theme.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>

namespace innotrack::gui {
namespace {

constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;

}  // namespace

void EngagementView::reload(AppState& state) {
    state.read([&] { model_.reload(state.store(), state.today()); });
}

void EngagementView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    heading("Taking people with you");
    wrappedText("An innovation at Piloting or beyond has taken people with it when, in the last six months (since " +
                formatDate(engagementWindowStart(state.today())) +
                "), it has engaged the cabinet, members beyond the cabinet (the group, all members or scrutiny), "
                "staff and residents. Record engagements on each innovation's Engagement tab.");
    drawCoverage(state);
    drawUnanswered(state);
    drawAll(state);
}

void EngagementView::openOnDoubleClick(AppState& state, Id innovationId) {
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        state.selectedInnovation = innovationId;
        state.innovationPanel = "engagement";
        state.show("innovation");
    }
}

void EngagementView::drawCoverage(AppState& state) {
    const auto& rows = model_.takenPeople();
    ImGui::Spacing();
    heading(std::to_string(model_.takenPeopleCount()) + " of " + std::to_string(rows.size()) +
            (rows.size() == 1 ? " innovation" : " innovations") + " at Piloting or beyond " +
            (model_.takenPeopleCount() == 1 ? "has" : "have") + " taken people with them");
    if (rows.empty()) return;
    if (!ImGui::BeginTable("engagement.coverage", 6, kFlags)) return;
    ImGui::TableSetupColumn("Innovation", ImGuiTableColumnFlags_WidthStretch, 4);
    ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    // Column headers in kEngagedGroups' order; describe() words them inside sentences.
    constexpr const char* kHeaders[] = {"Cabinet", "Members", "Staff", "Residents"};
    static_assert(std::size(kHeaders) == std::size(kEngagedGroups));
    for (const char* header : kHeaders) ImGui::TableSetupColumn(header, ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    for (const TakenPeopleRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(row.innovationId));
        ImGui::Selectable(row.title.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick);
        openOnDoubleClick(state, row.innovationId);
        locate(state, "engagement.coverage." + std::to_string(row.innovationId));
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(labelOf(row.stage)).c_str());
        for (const EngagedGroup group : kEngagedGroups) {
            ImGui::TableNextColumn();
            const bool missing = std::find(row.notEngaged.begin(), row.notEngaged.end(), group) != row.notEngaged.end();
            if (missing) ImGui::TextColored(errorTextColour(), "Not yet");
            else ImGui::TextUnformatted("Engaged");
        }
    }
    ImGui::EndTable();
}

void EngagementView::drawUnanswered(AppState& state) {
    const auto& unanswered = model_.unansweredOpposition();
    ImGui::Spacing();
    heading("Opposition not yet answered (" + std::to_string(unanswered.size()) + ")");
    if (unanswered.empty()) {
        mutedText("Wherever opposition was heard, the same audience has been engaged again since.");
        return;
    }
    for (const EngagementRow& row : unanswered) {
        const std::string words = row.innovation + ": " + std::string(labelOf(row.engagement.audience)) + " opposed it on " +
                                  formatDate(row.engagement.heldOn) +
                                  (row.engagement.concerns.empty() ? "" : " (" + row.engagement.concerns + ")") +
                                  "; no later engagement with them yet.";
        wrappedBullet(words);
        locate(state, "engagement.unanswered." + std::to_string(row.engagement.id));
    }
}

void EngagementView::drawAll(AppState& state) {
    const auto& rows = model_.rows();
    ImGui::Spacing();
    heading("Every engagement (" + std::to_string(rows.size()) + ")");
    if (rows.empty()) return;
    if (!ImGui::BeginTable("engagement.all", 6, kFlags | ImGuiTableFlags_ScrollY,
                           ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 10))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00").x);
    ImGui::TableSetupColumn("Innovation", ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn("Audience", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("How", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Led by", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Stance heard", ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int index = clipper.DisplayStart; index < clipper.DisplayEnd; ++index) {
            const EngagementRow& row = rows[static_cast<std::size_t>(index)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDate(row.engagement.heldOn).c_str());
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(row.engagement.id));
            ImGui::Selectable(row.innovation.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick);
            openOnDoubleClick(state, row.engagement.innovationId);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(row.engagement.audience)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(row.engagement.form)).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.ledBy.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(labelOf(row.engagement.stance)).c_str());
        }
    ImGui::EndTable();
}

}  // namespace innotrack::gui
