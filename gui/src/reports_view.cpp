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

// The bar charts' rows alternate: what went right, then what went wrong, each segment a figure.
constexpr std::array<TallyFigure, 4> kRightFigures = {TallyFigure::MilestonesOnTime, TallyFigure::MilestonesLate,
                                                      TallyFigure::BenefitsRealised, TallyFigure::StageAdvances};
constexpr std::array<TallyFigure, 3> kWrongFigures = {TallyFigure::SetbacksBasic, TallyFigure::SetbacksComplex,
                                                      TallyFigure::SetbacksIntelligent};

ImU32 colourOf(TallyFigure figure) {
    switch (figure) {
        case TallyFigure::MilestonesOnTime: return kOnTime;
        case TallyFigure::MilestonesLate: return kLate;
        case TallyFigure::BenefitsRealised: return kBenefit;
        case TallyFigure::StageAdvances: return kAdvance;
        case TallyFigure::SetbacksBasic: return kBasic;
        case TallyFigure::SetbacksComplex: return kComplex;
        case TallyFigure::SetbacksIntelligent: return kIntelligent;
    }
    return kBasic;
}

template <std::size_t N>
BarRow figureRow(const std::string& label, const std::array<TallyFigure, N>& figures, const TallyCounts& counts) {
    BarRow row{label, {}};
    for (const TallyFigure figure : figures)
        row.segments.push_back({std::string(tallyFigureLabel(figure)), countOf(counts, figure), colourOf(figure)});
    return row;
}

BarRow rightRow(const std::string& label, const TallyCounts& counts) { return figureRow(label, kRightFigures, counts); }
BarRow wrongRow(const std::string& label, const TallyCounts& counts) { return figureRow(label, kWrongFigures, counts); }

TallyFigure figureAt(const BarPick& at) {
    return at.row % 2 == 0 ? kRightFigures.at(at.segment) : kWrongFigures.at(at.segment);
}

// Where `figure` over `period` sits in a chart of `periods`' bar pairs, if there.
std::optional<BarPick> barOf(TallyFigure figure, const Period& period, const std::vector<BarPeriod>& periods) {
    for (std::size_t at = 0; at < periods.size(); ++at) {
        if (!(periods[at].period == period)) continue;
        for (std::size_t s = 0; s < kRightFigures.size(); ++s)
            if (kRightFigures[s] == figure) return BarPick{at * 2, s};
        for (std::size_t s = 0; s < kWrongFigures.size(); ++s)
            if (kWrongFigures[s] == figure) return BarPick{at * 2 + 1, s};
    }
    return std::nullopt;
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
    if (model_.tally()) drawTally(state, *model_.tally());
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

std::optional<BarPick> ReportsView::drawFigureBars(AppState& state, const std::vector<BarRow>& rows,
                                                  const std::vector<BarPeriod>& periods, const std::string& prefix,
                                                  bool legend) {
    // Each chart's own ID space: every chart's rows are numbered from 0.
    ImGui::PushID((prefix + "." + (periods.empty() ? std::string() : periods.front().key)).c_str());
    std::optional<BarPick> marked;
    if (const auto& open = model_.picked(); open && open->pick.figure && listUnder_ == prefix)
        marked = barOf(*open->pick.figure, open->pick.period, periods);
    const auto picked = drawStackedBars(
        rows, ImGui::GetContentRegionAvail().x * 0.6f, legend,
        [&](std::size_t row, std::size_t segment) {
            locate(state, prefix + "." + periods.at(row / 2).key + "." +
                              std::string(tallyFigureKey(figureAt(BarPick{row, segment}))));
        },
        marked);
    ImGui::PopID();
    if (picked) {
        const BarPeriod& of = periods.at(picked->row / 2);
        model_.pickFigure(state, figureAt(*picked), of.period, of.words);
        listUnder_ = prefix;
    }
    return picked;
}

void ReportsView::drawTally(AppState& state, const reports::TallyReport& tally) {
    mutedText(tally.period.words + "  ·  " + tally.scopeWords);
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : ImGui::GetFont());
    ImGui::TextUnformatted(tally.ratioWords.c_str());
    ImGui::PopFont();
    wrappedText(tally.summaryWords);

    mutedText("Click a bar's part or a heat-map square to list the records it counts.");
    ImGui::BeginGroup();
    drawFigureBars(state, {rightRow("Went right", tally.counts), wrongRow("Went wrong", tally.counts)},
                   {{"period", tally.period.period, tally.period.words}}, "reports.bar", true);
    ImGui::Spacing();
    mutedText("By quarter");
    std::vector<BarRow> quarters;
    std::vector<BarPeriod> quarterPeriods;
    for (const reports::TallyQuarter& quarter : tally.quarters) {
        const std::string name = reports::quarterName(quarter.quarter);
        quarters.push_back(rightRow(name + " right", quarter.counts));
        quarters.push_back(wrongRow(name + " wrong", quarter.counts));
        quarterPeriods.push_back({quarter.quarter.label(), quarter.period, name});
    }
    drawFigureBars(state, quarters, quarterPeriods, "reports.bar", false);
    ImGui::EndGroup();
    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::BeginGroup();
    mutedText("Open risks on " + reports::dayWords(tally.heatMapOn));
    std::optional<std::pair<int, int>> markedCell;
    if (const auto& open = model_.picked(); open && !open->pick.figure)
        markedCell = std::pair{open->pick.likelihood, open->pick.impact};
    const auto cell = drawRiskHeatMap(
        tally.heatMap, tally.bands, ImGui::GetFontSize() * 1.9f,
        [&](int likelihood, int impact) {
            locate(state, "reports.heat." + std::to_string(likelihood) + "x" + std::to_string(impact));
        },
        markedCell);
    if (cell) {
        model_.pickCell(state, cell->first, cell->second);
        listUnder_ = "reports.bar";
    }
    ImGui::EndGroup();
    if (listUnder_ == "reports.bar") drawRecordList(state);

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
    mutedText("Point at a quarter to read its figures; click it to see what it counts, part by part, and click a "
              "part to list its records.");
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
        drawFigureBars(state, {rightRow(name + " right", q.counts), wrongRow(name + " wrong", q.counts)},
                       {{q.quarter.label(), q.period, name + (q.toDate ? " to date" : "")}}, "reports.trend-bar", true);
        wrappedBullet("Intelligent failures: " + q.intelligentShare.words);
        wrappedBullet("Setbacks with a lesson: " + q.lessonsCoverage.words);
        if (listUnder_ == "reports.trend-bar") drawRecordList(state);
    }
}

void ReportsView::drawRecordList(AppState& state) {
    const auto& picked = model_.picked();
    if (!picked) return;
    ImGui::Spacing();
    ImGui::BeginGroup();
    heading(picked->title + ": " + std::to_string(picked->total));
    ImGui::SameLine();
    if (ImGui::SmallButton("Close the list")) model_.closePick();
    locate(state, "reports.records.close");
    if (!model_.picked()) {
        ImGui::EndGroup();
        return;
    }
    if (picked->rows.empty()) {
        mutedText("Nothing to list: this figure counts no records.");
    } else if (ImGui::BeginTable("reports.records", 3,
                                 ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp,
                                 ImVec2(ImGui::GetContentRegionAvail().x * 0.9f, 0))) {
        ImGui::TableSetupColumn(picked->pick.figure ? "What" : "Risk", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Innovation", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthStretch, 1.8f);
        ImGui::TableHeadersRow();
        for (const ListedRecord& row : picked->rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row.what.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row.innovation.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row.when.c_str());
        }
        ImGui::EndTable();
    }
    if (!picked->moreWords.empty()) mutedText(picked->moreWords);
    ImGui::EndGroup();
    locate(state, "reports.records");
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
