// The Reports view's model: the risk-versus-success tally for a chosen period, its trend over the
// last five financial years, the innovation checklist, and writing the tally, trend, checklist and
// weekly board reports to files with reports/' own renderers. No ImGui here.
#pragma once

#include "gui/app_state.hpp"
#include "reports/checklist_report.hpp"
#include "reports/report_format.hpp"
#include "reports/tally_report.hpp"
#include "reports/trend_report.hpp"

#include <array>
#include <optional>
#include <utility>
#include <string>

namespace innotrack::gui {

enum class PeriodChoice { YearToDate, ThisQuarter, LastQuarter, LastYear, Custom };
std::string_view periodChoiceLabel(PeriodChoice choice);
inline constexpr std::array<PeriodChoice, 5> kPeriodChoices = {PeriodChoice::YearToDate, PeriodChoice::ThisQuarter,
                                                               PeriodChoice::LastQuarter, PeriodChoice::LastYear,
                                                               PeriodChoice::Custom};

enum class ReportKind { Tally, Trend, Checklist, Board, ForwardPlan };
// "tally", "trend", "checklist", "board", "forward-plan": file names use it
std::string_view reportKindKey(ReportKind kind);

// The formats a report is written in from the app, with their buttons' labels, in the buttons' order.
inline constexpr std::array<std::pair<reports::ReportFormat, const char*>, 4> kWrittenFormats{
    {{reports::ReportFormat::Pdf, "PDF"},
     {reports::ReportFormat::Html, "HTML"},
     {reports::ReportFormat::Csv, "CSV"},
     {reports::ReportFormat::Markdown, "Markdown"}}};

struct ReportsRequest {
    PeriodChoice period = PeriodChoice::YearToDate;
    std::string from;  // typed, for a custom period
    std::string to;
    OptionalId cabinetLeadId;

    bool operator==(const ReportsRequest&) const = default;
};

// The words a tally figure goes by on the charts and in its list ("Milestones done late").
std::string_view tallyFigureLabel(TallyFigure figure);

// What a click on one of the tally's charts opened: a figure over a period (the tally's, one of
// its quarters, or a quarter of the trend), or a cell of the open-risks heat map.
struct ChartPick {
    std::optional<TallyFigure> figure;  // unset: the heat-map cell
    Period period;                      // the figure's period
    std::string periodWords;            // "Q3 2026/27"
    int likelihood = 0;                 // the cell's, 1 to 5
    int impact = 0;

    bool operator==(const ChartPick&) const = default;
};

// One record of a pick's list, in words.
struct ListedRecord {
    std::string what;        // "Exploring → Piloting"
    std::string innovation;  // its title
    std::string when;        // "moved on 3 May 2026"
};

// The records a pick counts: at most kRecordListLimit of them, and how many the figure counts.
struct RecordList {
    ChartPick pick;
    std::string title;  // "Milestones done late, Q3 2026/27"
    std::int64_t total = 0;
    std::vector<ListedRecord> rows;
    std::string moreWords;  // "…and 12 more, not listed here."; "" when every record is listed
};
inline constexpr std::size_t kRecordListLimit = 50;

class ReportsModel {
public:
    // Builds the tally, the trend (five financial years to today, for the same cabinet lead; the
    // period chosen does not change it) and the checklist. A bad custom period goes to `errors()` by field
    // ("from", "to"); other failures to the app's error dialog. True when the tally was built.
    bool build(AppState& state, const ReportsRequest& request);
    const ReportsRequest& request() const { return request_; }
    const std::optional<reports::TallyReport>& tally() const { return tally_; }
    const std::optional<reports::TrendReport>& trend() const { return trend_; }
    const std::optional<reports::ChecklistReport>& checklist() const { return checklist_; }
    const FieldErrors& errors() const { return errors_; }

    // Opens the list of what a bar segment counts: `figure` over `period`, in the tally's scope.
    // Picking what is open already closes it. Built again with the same request (the records
    // changed), an open list is listed again; with another request it is closed.
    void pickFigure(AppState& state, TallyFigure figure, const Period& period, const std::string& periodWords);
    // Opens the list of the open risks in one heat-map cell, on the heat map's day.
    void pickCell(AppState& state, int likelihood, int impact);
    void closePick() { picked_.reset(); }
    const std::optional<RecordList>& picked() const { return picked_; }

    // "<folder>/tally-2026-11-27.html": a name for the report in the folder of the portfolio file.
    static std::string suggestedPath(const std::string& portfolioLocation, ReportKind kind, reports::ReportFormat format,
                                     Date today);
    // Renders and writes one report; throws StorageError naming the file when it cannot be written.
    void write(AppState& state, ReportKind kind, reports::ReportFormat format, const std::string& path) const;

private:
    ReportsRequest request_;
    std::optional<reports::TallyReport> tally_;
    std::optional<reports::TrendReport> trend_;
    std::optional<reports::ChecklistReport> checklist_;
    FieldErrors errors_;
    std::optional<RecordList> picked_;

    void list(AppState& state, const ChartPick& pick);
};

}  // namespace innotrack::gui
