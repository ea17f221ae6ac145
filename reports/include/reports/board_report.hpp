// The weekly board report (a PRINCE2 highlight report for the portfolio): its model, built from
// tracker's BoardQueries, and its renderers. docs/REPORTS.md defines every figure and field.
#pragma once

#include "reports/report_format.hpp"
#include "tracker/audit_chain.hpp"
#include "tracker/board_queries.hpp"
#include "tracker/trend_queries.hpp"
#include "tracker/engagement.hpp"
#include "tracker/risk.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::reports {

// How delivery confidence moved since the last closed review that assessed the innovation.
enum class ConfidenceTrend { Better, Worse, Same, FirstReview };

std::string_view trendKey(ConfidenceTrend trend);    // "better", "worse", "same", "first-review"
std::string_view trendLabel(ConfidenceTrend trend);  // "better", "worse", "same", "first review"

// Better is towards Green. FirstReview when there is nothing to compare with.
ConfidenceTrend trendOf(Confidence now, std::optional<Confidence> atLastReview);

struct BoardRow {
    BoardInnovationFacts facts;
    Confidence confidence = Confidence::Amber;  // now: see buildBoardReport
    ConfidenceTrend trend = ConfidenceTrend::FirstReview;
    std::optional<RiskBand> topRiskBand;  // of facts.topRiskScore, under the file's bands
};

// How many rows each list of the board holds in all, whether shown or not.
struct BoardTotals {
    std::int64_t innovations = 0;
    std::int64_t decisions = 0;
    std::int64_t overdueMilestones = 0;
    std::int64_t criticalRisks = 0;
    std::int64_t newSetbacks = 0;
    std::int64_t newLessons = 0;
};

// A board paper shows the top of each long list and counts the rest: a cabinet member reads 20
// overdue milestones, not 80,000. The storage applies the limit (SQL LIMIT), so a large portfolio
// costs what is shown.
inline constexpr std::size_t kBoardRowLimit = 20;

struct BoardReport {
    Date on;                        // the day the report is as of
    OptionalId cabinetLeadId;       // the filter, when the report covers one cabinet member's innovations
    std::string cabinetLeadName;    // empty when not filtered
    std::optional<WellbeingGoal> goal;  // Wales: only the innovations serving this goal (servesGoal)
    RiskBands bands;
    std::optional<BoardReview> lastClosedReview;  // "new since the last review": tracker/new_since.hpp
    std::vector<BoardRow> innovations;            // active on the day, by priority then id
    std::vector<BoardDecision> decisions;         // recorded at lastClosedReview
    std::vector<BoardOverdueMilestone> overdueMilestones;
    std::vector<BoardRisk> criticalRisks;
    std::vector<BoardSetback> newSetbacks;
    std::vector<BoardLesson> newLessons;
    // Council-wide, even when filtered by cabinet member; scoped to a goal, the ambitions tagged with it.
    std::vector<BoardAmbitionGap> ambitionsWithoutActiveInnovation;
    std::optional<std::size_t> limit;  // each list above holds at most this many rows; none: all of them
    BoardTotals totals;                // how many each list holds in all
    // Each innovation on the board at Piloting or beyond, and which groups it has not engaged in
    // the six months to the day (tracker/engagement.hpp): empty `missing` means it has taken people
    // with it. The caller adds it with addTakingPeople (buildBoardReport sees only the board's
    // queries); none: not shown.
    struct TakingPeople {
        Id innovationId = 0;
        std::string title;
        Stage stage = Stage::Piloting;
        std::vector<EngagedGroup> missing;
    };
    std::optional<std::vector<TakingPeople>> takingPeople;
    // Each innovation on the board's confidence at every review held by the day, for the HTML's
    // sparklines (DOMAIN.md "Trends"). The caller adds it with addConfidenceHistory; none: not drawn.
    std::optional<ConfidenceHistory> confidenceHistory;
    // The audit trail as the report was made, for the paper to carry; the caller reads it from the
    // store (buildBoardReport sees only the board's queries). None: not printed.
    std::optional<AuditChainHead> auditChain;
};

// `today` decides what "confidence now" means. On or after today it is the innovation's current
// confidence. Before today it is the confidence recorded at the latest weekly review held on or
// before `on` (reviews are the dated record of confidence), else the current one.
// `cabinetLeadName` is shown in the heading when `cabinetLeadId` is set. `limit`: the most rows of
// each list to read and show (the first in each list's order); none reads every row. `goal`: only
// the innovations serving it, and the ambitions tagged with it.
BoardReport buildBoardReport(const BoardQueries& queries, const RiskBands& bands, Date on, Date today,
                             OptionalId cabinetLeadId = std::nullopt, std::string cabinetLeadName = {},
                             std::optional<std::size_t> limit = kBoardRowLimit,
                             std::optional<WellbeingGoal> goal = std::nullopt);

// Fills report.takingPeople from the portfolio's engagements, for the innovations on the board.
void addTakingPeople(BoardReport& report, const std::vector<Engagement>& engagements);

// Fills report.confidenceHistory for the innovations on the board, from the reviews held on or
// before the board's day: one statement for all of them.
void addConfidenceHistory(BoardReport& report, const TrendQueries& queries);

// Each fits the formats' promises in docs/REPORTS.md: text within 100 columns; Markdown; CSV with
// one row per innovation; JSON with stable field names; HTML, self-contained and printable on A4.
inline constexpr std::size_t kBoardTextWidth = 100;
std::string renderBoardText(const BoardReport& report);
std::string renderBoardMarkdown(const BoardReport& report);
std::string renderBoardCsv(const BoardReport& report);
std::string renderBoardJson(const BoardReport& report);
std::string renderBoardHtml(const BoardReport& report);
// The report in `format`, by the renderers above (PDF: the HTML page printed).
std::string renderBoard(const BoardReport& report, ReportFormat format);

}  // namespace innotrack::reports
