// The tally as Markdown, for a wiki page or an e-mail: headings, short lists and pipe tables.
#include "reports/markdown.hpp"
#include "reports/tally_report.hpp"

#include "tally_fields.hpp"
#include "tally_tables.hpp"
#include "audit_chain_words.hpp"

#include <sstream>

namespace innotrack::reports {
namespace {

using markdown::escape;

void countsTable(std::ostream& out, const std::string& heading, const TallyCounts& c, std::size_t first,
                 std::size_t last, std::int64_t total) {
    out << "| " << heading << " | Count |\n| --- | ---: |\n";
    for (std::size_t i = first; i < last; ++i)
        out << "| " << detail::kCountFields[i].label << " | " << thousands(detail::kCountFields[i].value(c)) << " |\n";
    out << "| **Total** | **" << thousands(total) << "** |\n\n";
}

void heatMap(std::ostream& out, const TallyReport& report) {
    out << "## Open risks on " << dayWords(report.heatMapOn) << "\n\n"
        << thousands(report.heatMapTotal) << (report.heatMapTotal == 1 ? " risk was" : " risks were")
        << " open, counted by likelihood (rows) and impact (columns), using residual scores where set.\n\n";
    out << "| Likelihood / impact |";
    for (std::size_t impact = 0; impact < 5; ++impact)
        out << " " << impact + 1 << " " << detail::kImpactWords[impact] << " |";
    out << "\n| --- | ---: | ---: | ---: | ---: | ---: |\n";
    for (std::size_t likelihood = 5; likelihood-- > 0;) {
        out << "| " << likelihood + 1 << " " << detail::kLikelihoodWords[likelihood] << " |";
        for (std::size_t impact = 0; impact < 5; ++impact)
            out << " " << thousands(report.heatMap[likelihood][impact]) << " |";
        out << '\n';
    }
    out << "\nBy band: " << bandWords(report.openByBand) << ".\n";
}

}  // namespace

std::string renderTallyMarkdown(const TallyReport& report) {
    std::ostringstream out;
    const TallyCounts& c = report.counts;
    out << "# Risk-versus-success tally\n\n"
        << "- **Scope:** " << escape(report.scopeWords) << "\n"
        << "- **Period:** " << escape(report.period.words) << "\n"
        << "- **Made:** " << dayWords(report.madeOn) << "\n\n";
    out << "## " << report.ratioWords << "\n\n";
    if (!report.summaryWords.empty()) out << report.summaryWords << "\n\n";

    countsTable(out, "Went right", c, 0, 4, c.wentRight());
    countsTable(out, "Went wrong (setbacks)", c, 5, 8, c.wentWrong());

    out << "## Learning from setbacks\n\n"
        << "- Intelligent failures: " << report.intelligentShare.words << "\n"
        << "- Setbacks with at least one lesson: " << report.lessonsCoverage.words << "\n\n";
    out << "## Risks taken\n\n" << report.risksTakenWords << "\n\n";

    out << "## Reporting check\n\n";
    for (const auto& concern : report.concerns) out << "- **Check:** " << concern.words << "\n";
    if (!report.reportingCheckWords.empty()) out << report.reportingCheckWords << "\n";
    out << "\n## By quarter\n\n" << markdown::table(detail::quarterTable(report)) << "\n";
    if (report.grouping != TallyGrouping::None && report.grouping != TallyGrouping::Quarter)
        out << "## " << detail::groupTitle(report.grouping) << "\n\n"
            << markdown::table(detail::groupTable(report)) << "\n";
    heatMap(out, report);
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty())
        out << "\n" << escape(chain) << "\n";
    return out.str();
}

}  // namespace innotrack::reports
