// Draws the Reports view; see reports_view.hpp. The charts use ImGui's draw lists (charts.hpp).
#include "gui/reports_view.hpp"

#include "gui/charts.hpp"
#include "gui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace innotrack::gui {
namespace {

constexpr ImU32 kOnTime = IM_COL32(46, 139, 87, 255);
constexpr ImU32 kLate = IM_COL32(138, 186, 110, 255);
constexpr ImU32 kBenefit = IM_COL32(60, 130, 190, 255);
constexpr ImU32 kAdvance = IM_COL32(120, 100, 190, 255);
constexpr ImU32 kBasic = IM_COL32(192, 40, 40, 255);
constexpr ImU32 kComplex = IM_COL32(222, 122, 29, 255);
constexpr ImU32 kIntelligent = IM_COL32(232, 183, 23, 255);

BarRow rightRow(const std::string& label, const TallyCounts& counts) {
    return {label,
            {{"Milestones on time", counts.milestonesOnTime, kOnTime},
             {"Milestones done late", counts.milestonesLate, kLate},
             {"Benefits realised", counts.benefitsRealised, kBenefit},
             {"Stages moved forward", counts.stageAdvances, kAdvance}}};
}

BarRow wrongRow(const std::string& label, const TallyCounts& counts) {
    return {label,
            {{"Basic failures", counts.setbacksBasic, kBasic},
             {"Complex failures", counts.setbacksComplex, kComplex},
             {"Intelligent failures", counts.setbacksIntelligent, kIntelligent}}};
}

}  // namespace

void ReportsView::reload(AppState& state) {
    built_ = false;
    leads_.clear();
    state.read([&] {
        for (const Person& person : state.store().listPeople())
            if (mayBeCabinetLead(person.role)) leads_.push_back(person);
    });
}

void ReportsView::drawContent(AppState& state) {
    if (!state.hasPortfolio()) return;
    drawControls(state);
    if (!built_ || !(editing_ == model_.request())) {
        model_.build(state, editing_);
        built_ = true;
    }
    fieldError(model_.errors(), "from");
    fieldError(model_.errors(), "to");
    drawWriteButtons(state);
    ImGui::Separator();
    ImGui::BeginChild("reports.body");
    if (model_.tally()) drawTally(*model_.tally());
    if (model_.trend()) drawTrend(state, *model_.trend());
    if (model_.checklist()) drawChecklist(*model_.checklist());
    ImGui::EndChild();
}

void ReportsView::drawControls(AppState& state) {
    heading("The tally: what went right for every thing that went wrong");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 15);
    if (ImGui::BeginCombo("##period", std::string(periodChoiceLabel(editing_.period)).c_str())) {
        for (const PeriodChoice choice : kPeriodChoices)
            if (ImGui::Selectable(std::string(periodChoiceLabel(choice)).c_str(), editing_.period == choice)) {
                editing_.period = choice;
                if (choice == PeriodChoice::Custom && editing_.from.empty()) {
                    editing_.from = formatDate(financialYear(financialYearOf(state.today())).from);
                    editing_.to = formatDate(state.today());
                }
            }
        ImGui::EndCombo();
    }
    locate(state, "reports.period");
    if (editing_.period == PeriodChoice::Custom) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        ImGui::InputTextWithHint("from", "YYYY-MM-DD", &editing_.from);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        ImGui::InputTextWithHint("to", "YYYY-MM-DD", &editing_.to);
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    std::string lead = "Whole council";
    for (const Person& person : leads_)
        if (editing_.cabinetLeadId == person.id) lead = person.name + "'s portfolio";
    if (ImGui::BeginCombo("##scope", lead.c_str())) {
        if (ImGui::Selectable("Whole council", !editing_.cabinetLeadId)) editing_.cabinetLeadId.reset();
        for (const Person& person : leads_)
            if (ImGui::Selectable((person.name + "'s portfolio").c_str(), editing_.cabinetLeadId == person.id))
                editing_.cabinetLeadId = person.id;
        ImGui::EndCombo();
    }
}

void ReportsView::drawTally(const reports::TallyReport& tally) {
    mutedText(tally.period.words + "  ·  " + tally.scopeWords);
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : ImGui::GetFont());
    ImGui::TextUnformatted(tally.ratioWords.c_str());
    ImGui::PopFont();
    wrappedText(tally.summaryWords);

    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    drawStackedBars({rightRow("Went right", tally.counts), wrongRow("Went wrong", tally.counts)}, width * 0.6f);
    ImGui::Spacing();
    mutedText("By quarter");
    std::vector<BarRow> quarters;
    for (const reports::TallyQuarter& quarter : tally.quarters) {
        const std::string name = reports::quarterName(quarter.quarter);
        quarters.push_back(rightRow(name + " right", quarter.counts));
        quarters.push_back(wrongRow(name + " wrong", quarter.counts));
    }
    drawStackedBars(quarters, width * 0.6f, false);
    ImGui::EndGroup();
    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::BeginGroup();
    mutedText("Open risks on " + reports::dayWords(tally.heatMapOn));
    drawRiskHeatMap(tally.heatMap, tally.bands, ImGui::GetFontSize() * 1.9f);
    ImGui::EndGroup();

    ImGui::Spacing();
    wrappedBullet("Intelligent failures: " + tally.intelligentShare.words);
    wrappedBullet("Setbacks with a lesson: " + tally.lessonsCoverage.words);
    wrappedBullet("Risks taken: " + tally.risksTakenWords);
    if (tally.concerns.empty()) wrappedBullet("Reporting check: " + tally.reportingCheckWords);
    for (const reports::ReportingConcern& concern : tally.concerns) wrappedBullet(concern.words);
}

void ReportsView::drawTrend(AppState& state, const reports::TrendReport& trend) {
    ImGui::Spacing();
    heading("The trend: the tally quarter by quarter since " + reports::dayWords(trend.period.period.from));
    mutedText("Point at a quarter to read its figures; click it to see what it counts, part by part.");
    std::vector<std::string> labels;
    TrendLine right{"Went right", kOnTime, {}};
    TrendLine wrong{"Went wrong", kBasic, {}};
    for (const reports::TrendQuarter& q : trend.quarters) {
        // The financial year under its first quarter, so twenty quarters still read as five years.
        const std::string year = q.quarter.quarter == 1 ? " " + financialYearLabel(q.quarter.year) : "";
        labels.push_back("Q" + std::to_string(q.quarter.quarter) + year);
        right.values.push_back(q.counts.wentRight());
        wrong.values.push_back(q.counts.wentWrong());
    }
    const auto describe = [&](std::size_t at) {
        const reports::TrendQuarter& q = trend.quarters[at];
        return reports::quarterName(q.quarter) + (q.toDate ? " to date" : "") + "\n" +
               std::to_string(q.counts.wentRight()) + " went right, " + std::to_string(q.counts.wentWrong()) +
               " went wrong: " + reports::ratioWords(q.counts) + "\nIntelligent failures: " +
               q.intelligentShare.words + "\nWith a lesson: " + q.lessonsCoverage.words;
    };
    const auto clicked = drawTrendLines({right, wrong}, labels, ImGui::GetContentRegionAvail().x * 0.9f,
                                        ImGui::GetFontSize() * 10, describe, [&](std::size_t at) {
                                            locate(state, "reports.trend." + trend.quarters[at].quarter.label());
                                        });
    if (clicked) selectedQuarter_ = trend.quarters[*clicked].quarter.label();
    for (const reports::TrendQuarter& q : trend.quarters) {
        if (q.quarter.label() != selectedQuarter_) continue;
        const std::string name = reports::quarterName(q.quarter);
        drawStackedBars({rightRow(name + " right", q.counts), wrongRow(name + " wrong", q.counts)},
                        ImGui::GetContentRegionAvail().x * 0.6f);
        wrappedBullet("Intelligent failures: " + q.intelligentShare.words);
        wrappedBullet("Setbacks with a lesson: " + q.lessonsCoverage.words);
    }
}

void ReportsView::drawChecklist(const reports::ChecklistReport& checklist) {
    ImGui::Spacing();
    heading("The innovation checklist");
    wrappedText(checklist.summaryWords);
    if (checklist.gaps.empty()) return;
    mutedText("Where the council could do more:");
    for (const reports::ChecklistGap& gap : checklist.gaps) wrappedBullet(gap.words);
}

void ReportsView::drawWriteButtons(AppState& state) {
    constexpr std::array<std::pair<ReportKind, const char*>, 5> kinds = {{{ReportKind::Tally, "tally"},
                                                                          {ReportKind::Trend, "trend"},
                                                                          {ReportKind::Checklist, "checklist"},
                                                                          {ReportKind::Board, "weekly board"},
                                                                          {ReportKind::ForwardPlan, "Forward Plan"}}};
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Write the");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    const char* current = "tally";
    for (const auto& [kind, label] : kinds)
        if (kind == writeKind_) current = label;
    if (ImGui::BeginCombo("##kind", current)) {
        for (const auto& [kind, label] : kinds) {
            if (ImGui::Selectable(label, kind == writeKind_)) writeKind_ = kind;
            locate(state, "reports.kind." + std::string(reportKindKey(kind)));
        }
        ImGui::EndCombo();
    }
    locate(state, "reports.kind");
    ImGui::SameLine();
    ImGui::TextUnformatted("report as");
    for (const auto& [format, label] : kWrittenFormats) {
        ImGui::SameLine();
        if (ImGui::Button(label)) {
            const std::string path = ReportsModel::suggestedPath(state.backend().location(), writeKind_, format, state.today());
            if (state.read([&] { model_.write(state, writeKind_, format, path); })) lastWritten_ = path;
        }
        locate(state, "reports.write." + std::string(reports::nameOf(format)));
    }
    ImGui::SameLine();
    if (lastWritten_.empty()) mutedText("(saved next to the portfolio file)");
    else mutedText("Saved " + lastWritten_);
}

}  // namespace innotrack::gui
