// The tally as one self-contained HTML page for cabinet: the headline ratio, what went right and
// wrong, learning, risks, the reporting check, the quarter chart and the heat map, on A4.
#include "reports/html.hpp"
#include "reports/tally_report.hpp"

#include "tally_fields.hpp"
#include "tally_svg.hpp"
#include "tally_tables.hpp"
#include "audit_chain_words.hpp"

namespace innotrack::reports {
namespace {

using html::escape;

std::string figureRow(std::string_view label, std::int64_t value, const char* rowClass = nullptr) {
    return std::string("<tr") + (rowClass ? std::string(" class=\"") + rowClass + "\"" : "") + "><td>" + escape(label) +
           "</td><td class=\"num\">" + thousands(value) + "</td></tr>\n";
}

std::string rightAndWrong(const TallyCounts& c) {
    std::string out =
        "<div class=\"grid\">\n<section class=\"panel right\">\n<h3>Went right</h3>\n<table class=\"figures\">\n";
    for (std::size_t i = 0; i < 4; ++i)
        out += figureRow(detail::kCountFields[i].label, detail::kCountFields[i].value(c));
    out += figureRow("Total", c.wentRight(), "total");
    out +=
        "</table>\n</section>\n<section class=\"panel wrong\">\n<h3>Went wrong (setbacks)</h3>\n<table "
        "class=\"figures\">\n";
    out += figureRow("Basic: preventable, in known territory", c.setbacksBasic);
    out += figureRow("Complex: several factors combined", c.setbacksComplex);
    out += figureRow("Intelligent: new territory, learned from", c.setbacksIntelligent);
    out += figureRow("Total", c.wentWrong(), "total");
    return out + "</table>\n</section>\n</div>\n";
}

std::string learningAndRisks(const TallyReport& report) {
    const TallyCounts& c = report.counts;
    std::string out = "<div class=\"grid\">\n<section class=\"panel\">\n<h3>Learning from setbacks</h3>\n";
    out += "<p><strong>Intelligent failures:</strong> " + escape(report.intelligentShare.words) + "</p>\n";
    out += "<p><strong>Setbacks with at least one lesson:</strong> " + escape(report.lessonsCoverage.words) + "</p>\n";
    out +=
        "<p class=\"muted small\">Intelligent failures are the right kind of wrong: new territory, a credible "
        "opportunity, informed, as small as possible and learned from.</p>\n</section>\n";
    out += "<section class=\"panel\">\n<h3>Risks taken</h3>\n<table class=\"figures\">\n";
    out += figureRow("Risks raised in the period", c.risksRaised);
    out += figureRow("Critical now", c.risksRaisedCritical, "sub");
    out += figureRow("Occurred (counted as setbacks)", c.risksRaisedOccurred, "sub");
    out += figureRow("Closed without occurring", c.risksRaisedClosed, "sub");
    out += figureRow("Still open", c.risksRaisedOpen, "sub");
    return out + "</table>\n</section>\n</div>\n";
}

std::string reportingCheck(const TallyReport& report) {
    std::string out = "<section>\n<h2>Reporting check</h2>\n";
    for (const auto& concern : report.concerns) out += "<p class=\"warning\">" + escape(concern.words) + "</p>\n";
    if (!report.reportingCheckWords.empty())
        out += "<p class=\"" + std::string(report.wholeQuarters > 0 ? "ok" : "muted") + "\">" +
               escape(report.reportingCheckWords) + "</p>\n";
    return out + "</section>\n";
}

std::string charts(const TallyReport& report) {
    std::string out = "<section>\n<h2>Right against wrong, quarter by quarter</h2>\n<figure>\n";
    out += detail::quarterChartSvg(report);
    out +=
        "<figcaption>Each pair of bars is one financial quarter: what went right (milestones, benefits, stage "
        "advances) beside the setbacks logged.</figcaption>\n</figure>\n</section>\n";
    out += "<section>\n<h2>Open risks on " + escape(dayWords(report.heatMapOn)) +
           "</h2>\n<div class=\"split\">\n<figure>\n";
    out += detail::heatMapSvg(report);
    out += "</figure>\n<div class=\"panel\">\n<h3>By band</h3>\n<table class=\"figures\">\n";
    for (const RiskBand band : {RiskBand::Critical, RiskBand::High, RiskBand::Moderate, RiskBand::Low})
        out += figureRow(labelOf(band), report.openByBand[static_cast<std::size_t>(band)]);
    out += figureRow("Open risks", report.heatMapTotal, "total");
    out +=
        "</table>\n<p class=\"muted small\">Each risk sits where its likelihood and impact meet, after "
        "mitigation where a residual score is set. Colours are this portfolio's risk bands; Critical risks go "
        "to the cabinet.</p>\n</div>\n</div>\n</section>\n";
    return out;
}

std::string tableHtml(const Table& table) {
    std::string out = "<table class=\"data\">\n<thead><tr>";
    for (const Column& column : table.columns())
        out += std::string("<th") + (column.align == Align::Right ? " class=\"num\"" : "") + ">" +
               escape(column.label) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& cells : table.rows()) {
        out += "<tr>";
        for (std::size_t c = 0; c < cells.size(); ++c)
            out += std::string("<td") + (table.columns()[c].align == Align::Right ? " class=\"num\"" : "") + ">" +
                   escape(cells[c].display()) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string definitions(const TallyReport& report) {
    return "<section>\n<h2>How these figures are counted</h2>\n<dl class=\"definitions\">\n"
           "<dt>Went right</dt><dd>Milestones completed in the period (on time when completed on or before the date "
           "first planned, however often the date moved since), benefits realised in the period, and innovations "
           "moving forward a stage (Idea, Exploring, Piloting, Scaling, Mainstreamed) in the period.</dd>\n"
           "<dt>Went wrong</dt><dd>Setbacks dated in the period. A risk that occurred is counted once, through the "
           "setback it became.</dd>\n"
           "<dt>Risks taken</dt><dd>Risks raised in the period; Critical by the residual score where one is set, "
           "else the inherent score, against this portfolio's bands (Critical from " +
           std::to_string(report.bands.criticalFrom) +
           "); outcomes as they stand today.</dd>\n"
           "<dt>Reporting check</dt><dd>A whole quarter with no setback logged while " +
           std::to_string(kReportingCheckOpenRisks) +
           " or more risks were open at its end suggests failures are not being reported.</dd>\n</dl>\n</section>\n";
}

}  // namespace

std::string renderTallyHtml(const TallyReport& report) {
    std::string body = "<section class=\"headline\">\n<p class=\"big\">" + escape(report.ratioWords) + "</p>\n";
    if (!report.summaryWords.empty()) body += "<p>" + escape(report.summaryWords) + "</p>\n";
    body += "</section>\n";
    body += rightAndWrong(report.counts);
    body += learningAndRisks(report);
    body += reportingCheck(report);
    body += charts(report);
    if (report.grouping != TallyGrouping::None && report.grouping != TallyGrouping::Quarter)
        body += "<section>\n<h2>" + escape(detail::groupTitle(report.grouping)) + "</h2>\n" +
                tableHtml(detail::groupTable(report)) + "</section>\n";
    else if (report.grouping == TallyGrouping::Quarter)
        body += "<section>\n<h2>By quarter</h2>\n" + tableHtml(detail::quarterTable(report)) + "</section>\n";
    body += definitions(report);
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty())
        body += "<p class=\"muted small\">" + escape(chain) + "</p>\n";

    html::Page page;
    page.title = "Risk-versus-success tally";
    page.subtitle = report.scopeWords + " \xC2\xB7 " + report.period.words;
    page.body = body;
    page.date = dayWords(report.madeOn);
    page.footer = "Made with innotrack on " + dayWords(report.madeOn) +
                  " from the portfolio's own records. Every figure is counted from those records as set out under "
                  "\"How these figures are counted\".";
    return html::page(page);
}

}  // namespace innotrack::reports
