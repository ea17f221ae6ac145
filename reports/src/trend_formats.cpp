// The trend for a terminal (aligned within 100 columns), for Markdown and as CSV: one table each,
// from trend_tables.hpp, after the lines that say what it covers.
#include "reports/markdown.hpp"
#include "reports/trend_report.hpp"

#include "audit_chain_words.hpp"
#include "text_wrap.hpp"
#include "trend_tables.hpp"

#include <sstream>

namespace innotrack::reports {
namespace {

// "In all: 1.6 right for every 1 wrong; intelligent failures 2 of 5 setbacks (40%); with a lesson
// 3 of 5 setbacks (60%)."
std::string inAllWords(const TrendReport& report) {
    return "In all: " + report.ratioWords + "; intelligent failures " + report.intelligentShare.words +
           "; with a lesson " + report.lessonsCoverage.words + ".";
}

std::string yearsWords(int years) {
    return std::to_string(years) + (years == 1 ? " financial year" : " financial years");
}

}  // namespace

std::string renderTrendText(const TrendReport& report) {
    std::ostringstream out;
    out << "Trend of the risk-versus-success tally, quarter by quarter\n";
    detail::wrapped(out, report.scopeWords, "Scope:   ", "         ");
    detail::wrapped(out, report.period.words + ", " + yearsWords(report.years), "Period:  ", "         ");
    out << "Made:    " << dayWords(report.madeOn) << "\n\n";
    detail::wrapped(out, inAllWords(report), "", "");
    out << '\n'
        << renderText(detail::trendTable(report), kTallyTextWidth)
        << "\nIntelligent and With a lesson are shares of the quarter's setbacks; \xE2\x80\x93 where it had none.\n";
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty()) {
        out << '\n';
        detail::wrapped(out, chain, "", "");
    }
    return out.str();
}

std::string renderTrendMarkdown(const TrendReport& report) {
    std::ostringstream out;
    out << "# Trend of the risk-versus-success tally\n\n"
        << "- **Scope:** " << markdown::escape(report.scopeWords) << "\n"
        << "- **Period:** " << markdown::escape(report.period.words) << ", " << yearsWords(report.years) << "\n"
        << "- **Made:** " << dayWords(report.madeOn) << "\n\n"
        << markdown::escape(inAllWords(report)) << "\n\n"
        << markdown::table(detail::trendTable(report))
        << "\nIntelligent and With a lesson are shares of the quarter's setbacks; \xE2\x80\x93 where it had none.\n";
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty())
        out << "\n" << markdown::escape(chain) << "\n";
    return out.str();
}

std::string renderTrendCsv(const TrendReport& report) { return renderCsv(detail::trendCountsTable(report)); }

}  // namespace innotrack::reports
