// The trend as one self-contained HTML page for cabinet: the whole period in a line, the two line
// charts, then the table quarter by quarter, on A4.
#include "reports/html.hpp"
#include "reports/trend_report.hpp"

#include "audit_chain_words.hpp"
#include "trend_svg.hpp"
#include "trend_tables.hpp"

namespace innotrack::reports {
namespace {

using html::escape;

std::string figure(const std::string& heading, const std::string& svg, const std::string& caption) {
    return "<section>\n<h2>" + escape(heading) + "</h2>\n<figure>\n" + svg + "<figcaption>" + escape(caption) +
           "</figcaption>\n</figure>\n</section>\n";
}

}  // namespace

std::string renderTrendHtml(const TrendReport& report) {
    std::string body = "<section class=\"headline\">\n<p class=\"big\">" + escape(report.ratioWords) + "</p>\n";
    body += "<p>Over the whole period: intelligent failures " + escape(report.intelligentShare.words) +
            "; setbacks with at least one lesson " + escape(report.lessonsCoverage.words) + ".</p>\n</section>\n";
    body += figure("Right and wrong, quarter by quarter", detail::trendCountsChartSvg(report),
                   "What went right (milestones, benefits, stage advances) and the setbacks logged, each financial "
                   "quarter. Point at a point to read its count.");
    body += figure("Learning from setbacks, quarter by quarter", detail::trendSharesChartSvg(report),
                   "The share of each quarter's setbacks that were intelligent failures, and that have at least one "
                   "lesson. A quarter with no setback has no share: the lines break there.");
    body += "<section>\n<h2>Quarter by quarter</h2>\n" + html::dataTable(detail::trendTable(report)) + "</section>\n";
    body +=
        "<section>\n<h2>How these figures are counted</h2>\n<p class=\"small\">Each quarter is counted exactly as the "
        "risk-versus-success tally of that quarter counts it (innotrack report tally --quarter), and the quarters "
        "add up to the tally of the whole period. The last quarter is counted to " +
        escape(dayWords(report.on)) + ".</p>\n</section>\n";
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty())
        body += "<p class=\"muted small\">" + escape(chain) + "</p>\n";

    html::Page page;
    page.title = "Trend of the risk-versus-success tally";
    page.subtitle = report.scopeWords + " \xC2\xB7 " + report.period.words;
    page.body = body;
    page.date = dayWords(report.madeOn);
    page.footer = "Made with innotrack on " + dayWords(report.madeOn) + " from the portfolio's own records.";
    return html::page(page);
}

}  // namespace innotrack::reports
