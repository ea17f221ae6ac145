// Draws the Decisions view's list and one decision in full; the forms are in decisions_forms_view.cpp.
#include "gui/decisions_view.hpp"

#include "gui/reports_model.hpp"
#include "gui/theme.hpp"
#include "gui/widgets.hpp"
#include "tracker/money.hpp"

#include <imgui.h>

#include <array>
#include <utility>

namespace innotrack::gui {
namespace {

// The colour a notice's words are drawn in: a notice still short stands out as an error does.
ImVec4 noticeColour(NoticeStanding standing) {
    switch (standing) {
        case NoticeStanding::Short: return errorTextColour();
        case NoticeStanding::NotKey:
        case NoticeStanding::NotChecked: return mutedTextColour();
        case NoticeStanding::Enough:
        case NoticeStanding::ShortResolved: break;
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

void cellText(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", text.c_str());
}

// One labelled line of a decision in full; a blank value reads as a dash.
void detailLine(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    mutedText(label);
    cellText(value.empty() ? "-" : value);
}

std::string yesNo(bool value) { return value ? "Yes" : "No"; }

}  // namespace

void DecisionsView::reload(AppState& state) {
    state.read([&] { model_.reload(state.store()); });
}

void DecisionsView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    heading("Decisions and the Forward Plan");
    if (model_.nation() == Nation::Wales)
        wrappedText("This portfolio is in Wales: decisions and their records are kept here, with no Forward Plan "
                    "check (the 28 clear days' notice of a key decision is England's rule).");
    else
        wrappedText("A key decision (spending or savings of " + formatPounds(model_.threshold()) +
                    " or more, or a significant effect on two or more wards) is published on the Forward Plan " +
                    std::to_string(kKeyDecisionNoticeClearDays) +
                    " clear days before it is made; with less notice it needs a general exception or special urgency.");
    drawToolbar(state);
    if (adding_) drawAddForm(state);
    drawTable(state);
    if (selected_)
        if (const DecisionRow* row = model_.find(*selected_)) drawDecision(state, *row);
}

void DecisionsView::drawToolbar(AppState& state) {
    DecisionFilter filter = model_.filtering();
    constexpr std::array<std::pair<DecisionsShown, const char*>, 3> choices{
        {{DecisionsShown::All, "All"}, {DecisionsShown::ToBeMade, "To be made"}, {DecisionsShown::Made, "Made"}}};
    constexpr std::array<const char*, 3> keys{"decisions.show.all", "decisions.show.tobemade", "decisions.show.made"};
    for (std::size_t at = 0; at < choices.size(); ++at) {
        DecisionFilter counted = filter;
        counted.which = choices[at].first;
        const std::string label =
            std::string(choices[at].second) + " (" + std::to_string(model_.count(counted)) + ")";
        if (at > 0) ImGui::SameLine();
        if (ImGui::RadioButton(label.c_str(), filter.which == choices[at].first)) filter.which = choices[at].first;
        locate(state, keys[at]);
    }
    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::Checkbox("Key decisions only", &filter.keyOnly);
    locate(state, "decisions.show.key");
    model_.filter(filter);
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    if (permittedButton(adding_ ? "Close the form" : "Add a decision", state.permitsOnSome(Action::RecordDecision)))
        adding_ = !adding_;
    locate(state, "decisions.new");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Write the Forward Plan as");
    for (const auto& [format, label] : kWrittenFormats) {
        ImGui::SameLine();
        if (ImGui::Button(label))
            if (std::string path = writeForwardPlan(state, format); !path.empty()) lastWritten_ = std::move(path);
        locate(state, "decisions.write." + std::string(reports::nameOf(format)));
    }
    ImGui::SameLine();
    mutedText(lastWritten_.empty() ? std::string("(saved next to the portfolio file)") : "Saved " + lastWritten_);
}

void DecisionsView::drawTable(AppState& state) {
    const std::vector<const DecisionRow*>& rows = model_.shown();
    if (rows.empty()) {
        mutedText(model_.rows().empty() ? "No decisions yet." : "No decisions match.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetContentRegionAvail().y * (selected_ || adding_ ? 0.4f : 1.0f);
    if (!ImGui::BeginTable("decisions", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("To be made", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("0000-00-00 (made)").x);
    ImGui::TableSetupColumn("Decision", ImGuiTableColumnFlags_WidthStretch, 4);
    ImGui::TableSetupColumn("Decision maker", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Key", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Notice", ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableHeadersRow();
    for (const DecisionRow* row : rows) {
        const Decision& d = row->decision;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(d.id));
        const std::string when = formatDate(d.decisionDay()) + (d.isMade() ? " (made)" : "");
        if (ImGui::Selectable(when.c_str(), selected_ == d.id, ImGuiSelectableFlags_SpanAllColumns)) selected_ = d.id;
        locate(state, "decisions.row." + std::to_string(d.id));
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", d.matter.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, mutedTextColour());
        ImGui::TextWrapped("%s", row->innovation.c_str());
        ImGui::PopStyleColor();
        cellText(row->maker);
        cellText(row->keyWords);
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, noticeColour(row->notice.standing));
        ImGui::TextWrapped("%s", row->noticeWords.c_str());
        ImGui::PopStyleColor();
        if (d.noticeOn) mutedText("Published " + formatDate(d.noticeOn));
    }
    ImGui::EndTable();
}

void DecisionsView::drawDecision(AppState& state, const DecisionRow& row) {
    const Decision& d = row.decision;
    forms_.choose(d);
    ImGui::Separator();
    ImGui::BeginChild("decisions.detail");
    heading("Decision " + std::to_string(d.id) + ": " + d.matter);
    locate(state, "decisions.detail." + std::to_string(d.id));
    if (ImGui::BeginTable("decisions.fields", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 12);
        ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
        detailLine("Innovation", row.innovation);
        detailLine("Decision maker", row.maker);
        detailLine("To be made on", formatDate(d.plannedOn));
        detailLine("Key decision", row.key.isKey() ? "Yes. " + row.keyDetail : "No");
        detailLine("Spending or savings", d.amountPence > 0 ? formatPounds(d.amountPence) : "");
        detailLine("Two or more wards", yesNo(d.affectsTwoOrMoreWards));
        detailLine("Notice published", formatDate(d.noticeOn));
        detailLine("Clear days", row.notice.clearDays ? std::to_string(*row.notice.clearDays) : "");
        detailLine("Notice stands", row.noticeDetail);
        detailLine("Documents", d.documents);
        detailLine("Copies from", d.documentsFrom);
        if (d.route != ShortNoticeRoute::None) {
            detailLine("Short notice", std::string(labelOf(d.route)));
            detailLine("Scrutiny chair", d.scrutinyChair);
            detailLine(d.route == ShortNoticeRoute::GeneralException ? "Chair told on" : "Chair agreed on",
                       formatDate(d.chairOn));
            if (d.route == ShortNoticeRoute::SpecialUrgency) detailLine("Why it cannot wait", d.urgencyReason);
        }
        detailLine("Led from", row.ledFrom);
        if (d.isMade()) {
            detailLine("Made on", formatDate(d.madeOn));
            detailLine("Decision", d.decision);
            detailLine("Reasons", d.reasons);
            detailLine("Alternatives rejected", d.alternativesRejected);
            detailLine("Conflicts of interest", d.conflictsDeclared);
            detailLine("Dispensation", d.dispensation);
        }
        ImGui::EndTable();
    }
    locate(state, "decisions.detail.fields");
    if (d.isMade()) {
        mutedText("A decision made is kept as it was made.");
    } else if (const Permission may = state.permits(Action::RecordDecision, model_.innovation(d.innovationId)); !may) {
        permittedButton("Record the notice", may);
        ImGui::SameLine();
        permittedButton("Record the decision", may);
        readOnlyReason(may);
        locate(state, "decisions.detail.readonly");
    } else {
        if (!forms_.confirmation().empty()) {
            wrappedText(forms_.confirmation());
            locate(state, "decisions.confirmation");
        }
        drawNoticeForm(state, row);
        if (row.notice.standing == NoticeStanding::Short) drawShortNoticeForm(state, row);
        drawRecordForm(state, row);
    }
    ImGui::EndChild();
    locate(state, "decisions.detail");  // the area that scrolls
}

}  // namespace innotrack::gui
