// The tally as CSV: one row for the whole scope, or one per group with --by; columns in
// docs/REPORTS.md. Figures only: the words are for the other formats.
#include "reports/tally_report.hpp"

#include "tally_tables.hpp"

namespace innotrack::reports {

std::string renderTallyCsv(const TallyReport& report) {
    if (report.grouping != TallyGrouping::None) return renderCsv(detail::countsTable(report.groups));
    return renderCsv(detail::countsTable({TallyRow{"all", report.scopeWords, report.period.period, report.counts}}));
}

}  // namespace innotrack::reports
