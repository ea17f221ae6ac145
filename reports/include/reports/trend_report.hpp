// The trend as a report (DOMAIN.md "Trends"): the tally quarter by quarter across up to five
// financial years, with each quarter's ratio, intelligent share and lessons coverage worked out by
// the tally's own words (tally_report.hpp), so a trend never reads a figure differently.
#pragma once

#include "reports/report_format.hpp"
#include "reports/report_period.hpp"
#include "reports/tally_report.hpp"
#include "tracker/store.hpp"
#include "tracker/trend_queries.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innotrack::reports {

// One financial quarter of the trend, as the tally of that quarter would show it.
struct TrendQuarter {
    FinancialQuarter quarter;
    Period period;        // the part of the trend's period it covers
    bool toDate = false;  // the trend's day falls inside it: it is counted to that day
    TallyCounts counts;   // risksOpenAtEnd is not counted (0)
    std::optional<double> ratio;
    Share intelligentShare;
    Share lessonsCoverage;
};

struct TrendReport {
    Date madeOn;
    Date on;  // the trend runs to the end of this day
    int years = kTrendMaxYears;
    ReportPeriod period;  // 1 April of the first year to `on`
    TallyScope scope;
    std::string scopeWords;
    std::vector<TrendQuarter> quarters;  // every quarter of the period, in order

    // All the quarters together: the tally of the whole period.
    TallyCounts total;
    std::optional<double> ratio;
    std::string ratioWords;
    Share intelligentShare;
    Share lessonsCoverage;

    std::optional<AuditChainHead> auditChain;
};

struct TrendRequest {
    Date on;
    int years = kTrendMaxYears;
    TallyScope scope;
};

// Reads only through the two ports. Throws ValidationError naming "years" when years is not 1 to
// kTrendMaxYears, and as buildTallyReport does when the scope names nothing or no cabinet member.
TrendReport buildTrendReport(const PortfolioStore& store, const TrendQueries& queries, const TrendRequest& request,
                             Date today);

// ---- renderers (one file each) -----------------------------------------------------------------
std::string renderTrendText(const TrendReport& report);      // a table within 100 columns
std::string renderTrendMarkdown(const TrendReport& report);  // a pipe table
std::string renderTrendCsv(const TrendReport& report);       // one row per quarter
std::string renderTrendJson(const TrendReport& report);      // the schema in docs/REPORTS.md
std::string renderTrendHtml(const TrendReport& report);      // one A4 page with its line charts
std::string renderTrend(const TrendReport& report, ReportFormat format);

}  // namespace innotrack::reports
