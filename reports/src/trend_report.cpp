// Builds the trend report from the trend port (the counts) and the store (names for the scope).
#include "reports/trend_report.hpp"

#include "reports/render_formats.hpp"

namespace innotrack::reports {
namespace {

// "2024/25 to 2026/27 (1 April 2024 to 27 November 2026)"; one year: "2026/27 (1 April to …)".
std::string periodWords(const Period& period) {
    const int first = financialYearOf(period.from);
    const int last = financialYearOf(period.to);
    const std::string years =
        first == last ? financialYearLabel(first) : financialYearLabel(first) + " to " + financialYearLabel(last);
    return years + " (" + rangeWords(period) + ")";
}

}  // namespace

TrendReport buildTrendReport(const PortfolioStore& store, const TrendQueries& queries, const TrendRequest& request,
                             Date today) {
    TrendReport report;
    report.madeOn = today;
    report.on = request.on;
    report.years = request.years;
    const Period period = trendPeriod(request.on, request.years);
    report.period = {period, periodWords(period)};
    report.scope = request.scope;
    report.scopeWords = scopeWords(store, request.scope);
    report.auditChain = store.auditChainHead();

    for (const TallyRow& row : queries.quarterTrend(period, request.scope)) {
        TrendQuarter quarter;
        quarter.quarter = quarterOf(row.period.from);
        quarter.period = row.period;
        quarter.toDate = !(row.period.to == quarter.quarter.period().to);
        quarter.counts = row.counts;
        quarter.ratio = ratioOf(row.counts);
        quarter.intelligentShare = shareOf(row.counts.setbacksIntelligent, row.counts.wentWrong());
        quarter.lessonsCoverage = shareOf(row.counts.setbacksWithLesson, row.counts.wentWrong());
        report.quarters.push_back(quarter);

        report.total.addDated(row.counts);
    }
    report.ratio = ratioOf(report.total);
    report.ratioWords = ratioWords(report.total);
    report.intelligentShare = shareOf(report.total.setbacksIntelligent, report.total.wentWrong());
    report.lessonsCoverage = shareOf(report.total.setbacksWithLesson, report.total.wentWrong());
    return report;
}

std::string renderTrend(const TrendReport& report, ReportFormat format) {
    return renderInFormat(report, format,
                          FormatRenderers<TrendReport>{renderTrendText, renderTrendMarkdown, renderTrendCsv,
                                                       renderTrendJson, renderTrendHtml});
}

}  // namespace innotrack::reports
