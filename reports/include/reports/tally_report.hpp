// The risk-versus-success tally as a report: the counts of the query port turned into ratios,
// shares, checks and words (DOMAIN.md "The risk-versus-success tally"; docs/REPORTS.md).
#pragma once

#include "reports/report_format.hpp"
#include "reports/report_period.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/store.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::reports {

// The reporting check: a whole quarter with no setback logged while at least this many risks
// were open at its end. Five open risks make "nothing went wrong" unlikely enough to ask about;
// fewer would flag small portfolios that are simply going well.
inline constexpr std::int64_t kReportingCheckOpenRisks = 5;

// A part of the setbacks, in words: "3 of 10 setbacks (30%)".
struct Share {
    std::int64_t count = 0;
    std::int64_t of = 0;
    std::optional<int> percent;  // rounded to a whole percent; empty when `of` is 0
    std::string words;
};

struct TallyQuarter {
    FinancialQuarter quarter;
    Period period;       // the part of the report's period it covers
    bool whole = false;  // the whole quarter is in the period and had ended by the report's day
    TallyCounts counts;
};

// A whole quarter in which no setback was logged while kReportingCheckOpenRisks or more risks
// were open at its end.
struct ReportingConcern {
    FinancialQuarter quarter;
    std::int64_t risksOpen = 0;
    std::string words;  // "In Q2 2026/27, 14 risks were open and no setback was logged: are …"
};

struct TallyReport {
    Date madeOn;
    ReportPeriod period;
    TallyScope scope;
    std::string scopeWords;  // "Whole council", "Ambition '…'; innovations led by …; well-being goal: …"
    RiskBands bands;

    TallyCounts counts;
    std::optional<double> ratio;  // went right per thing that went wrong, one decimal; empty with no setbacks
    std::string ratioWords;       // "5.5 right for every 1 wrong"
    std::string summaryWords;     // "22 things went right and 4 went wrong."
    Share intelligentShare;       // intelligent setbacks of all setbacks
    Share lessonsCoverage;        // setbacks with at least one lesson of all setbacks
    std::string risksTakenWords;  // "8 risks raised, 2 of them Critical; so far 1 occurred, …"

    std::vector<TallyQuarter> quarters;  // every financial quarter overlapping the period, in order
    std::int64_t wholeQuarters = 0;      // how many the reporting check could look at
    std::vector<ReportingConcern> concerns;
    std::string reportingCheckWords;  // the outcome of the check when there is no concern to list

    TallyGrouping grouping = TallyGrouping::None;
    std::vector<TallyRow> groups;  // one per ambition, cabinet member, innovation or quarter

    Date heatMapOn;  // the period's last day
    RiskHeatMap heatMap{};
    std::int64_t heatMapTotal = 0;
    // The same open risks by the file's band for likelihood × impact, indexed by RiskBand.
    std::array<std::int64_t, 4> openByBand{};

    std::optional<AuditChainHead> auditChain;  // the audit trail as the tally was made
};

struct TallyRequest {
    ReportPeriod period;
    TallyScope scope;
    TallyGrouping grouping = TallyGrouping::None;
};

// Reads only through the two ports. Throws NotFound when the scope names a record that does not
// exist, and ValidationError when the cabinet lead named is not a cabinet member or the leader.
TallyReport buildTallyReport(const PortfolioStore& store, const TallyQueries& queries, const TallyRequest& request,
                             Date today);

// "Whole council", or the scope's parts: "Ambition 'Older people at home'; innovations led by …;
// well-being goal: A resilient Wales".
// Throws NotFound when the scope names a record that does not exist, and ValidationError naming
// "cabinet" when the cabinet lead named is not a cabinet member or the leader.
std::string scopeWords(const PortfolioStore& store, const TallyScope& scope);

// "none", "ambition", "cabinet", "innovation" or "quarter"; throws ValidationError naming `field`.
TallyGrouping parseTallyGrouping(std::string_view text, std::string_view field = "--by");
std::string_view groupingKey(TallyGrouping grouping);

// ---- words, shared by every renderer ------------------------------------------------------------
// "5.5 right for every 1 wrong"; "12 things went right and nothing was logged as going wrong";
// "Nothing was recorded in this period".
std::string ratioWords(const TallyCounts& counts);
// The ratio for a table cell: "5.5 : 1", "12 : 0", or "–" when nothing went right or wrong.
std::string ratioCell(const TallyCounts& counts);
// Went right per wrong rounded to one decimal, half away from zero; empty with no setbacks.
std::optional<double> ratioOf(const TallyCounts& counts);
Share shareOf(std::int64_t count, std::int64_t of);
// "12,345".
std::string thousands(std::int64_t number);
// "2 Critical, 1 High, 2 Moderate and 0 Low": the open risks by band, most serious first.
std::string bandWords(const std::array<std::int64_t, 4>& openByBand);

// ---- renderers (one file each) -----------------------------------------------------------------
inline constexpr std::size_t kTallyTextWidth = 100;
std::string renderTallyText(const TallyReport& report);      // aligned, at most 100 columns
std::string renderTallyMarkdown(const TallyReport& report);  // headings, lists and pipe tables
std::string renderTallyCsv(const TallyReport& report);       // one row, or one per group
std::string renderTallyJson(const TallyReport& report);      // the schema in docs/REPORTS.md
std::string renderTallyHtml(const TallyReport& report);      // one A4 page with its charts
std::string renderTally(const TallyReport& report, ReportFormat format);

}  // namespace innotrack::reports
