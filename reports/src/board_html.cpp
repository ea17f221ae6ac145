// The weekly board report as one self-contained HTML page for A4, on the shared report page
// (reports/html.hpp): headline figures, a compact innovations table, then each section.
#include "reports/board_report.hpp"
#include "reports/html.hpp"

#include "audit_chain_words.hpp"
#include "board_tables.hpp"
#include "svg.hpp"
#include "trend_svg.hpp"

namespace innotrack::reports {
namespace {

using html::escape;

std::string_view colourOf(Confidence confidence) { return detail::svg::confidenceColour(confidence); }

std::string_view colourOf(RiskBand band) {
    switch (band) {
        case RiskBand::Low: return "#1f7a3d";
        case RiskBand::Moderate: return "#5c7f1e";
        case RiskBand::High: return "#b54708";
        case RiskBand::Critical: break;
    }
    return "#b42318";
}

std::string chip(std::string_view label, std::string_view colour) {
    return "<span style=\"display:inline-block;padding:0 1.4mm;border-radius:1mm;color:#fff;font-weight:600;"
           "white-space:nowrap;background:" +
           std::string(colour) + "\">" + escape(label) + "</span>";
}

std::string muted(const std::string& escapedHtml) {
    return "<br/><span class=\"muted small\">" + escapedHtml + "</span>";
}

std::string numberCell(std::int64_t count) {
    // A zero is shown faintly so the eye finds the rows that need attention.
    return count == 0 ? "<td class=\"num muted\">0</td>" : "<td class=\"num\"><strong>" + std::to_string(count) +
                                                               "</strong></td>";
}

// The innovation's confidence at each review held by the day, under its rating; nothing when the
// history was not read or no review has recorded it.
std::string sparkline(const BoardReport& report, Id innovationId) {
    if (!report.confidenceHistory) return "";
    const auto found = report.confidenceHistory->find(innovationId);
    if (found == report.confidenceHistory->end()) return "";
    return "<br/>" + detail::confidenceSparklineSvg(found->second);
}

std::string innovationRow(const BoardReport& report, const BoardRow& row) {
    const BoardInnovationFacts& facts = row.facts;
    std::string out = "<tr><td class=\"num\">" + std::to_string(facts.innovationId) + "</td>";
    out += "<td><strong>" + escape(facts.title) + "</strong>" +
           muted(escape(std::string(labelOf(facts.stage))) + " \xC2\xB7 " +
                 escape(facts.cabinetLead.empty() ? "no cabinet lead" : facts.cabinetLead)) +
           "</td>";
    const std::string before = facts.lastClosedReviewConfidence
                                   ? std::string(trendLabel(row.trend)) + " (was " +
                                         std::string(labelOf(*facts.lastClosedReviewConfidence)) + ")"
                                   : std::string(trendLabel(row.trend));
    out += "<td>" + chip(labelOf(row.confidence), colourOf(row.confidence)) + muted(escape(before)) +
           sparkline(report, facts.innovationId) + "</td>";
    if (facts.nextMilestoneDue) {
        const bool late = *facts.nextMilestoneDue < report.on;
        out += "<td>" + escape(facts.nextMilestone) +
               muted((late ? "<strong style=\"color:#b42318\">overdue since " : "due ") +
                     std::string("<span style=\"white-space:nowrap\">") + formatDate(*facts.nextMilestoneDue) +
                     "</span>" + (late ? "</strong>" : "")) +
               "</td>";
    } else {
        out += "<td class=\"muted\">none outstanding</td>";
    }
    out += numberCell(facts.overdueMilestones);
    out += row.topRiskBand ? "<td>" + chip(board::riskLabel(row), colourOf(*row.topRiskBand)) + "</td>"
                           : "<td class=\"muted\">none open</td>";
    out += numberCell(facts.setbacksSince) + numberCell(facts.lessonsSince) + "</tr>\n";
    return out;
}

std::string moreParagraph(const std::string& more) {
    return more.empty() ? std::string() : "<p class=\"muted\">" + escape(more) + "</p>\n";
}

std::string innovationsSection(const BoardReport& report) {
    std::string out = "<section>\n<h2>" + escape(board::headingWithCount("Active innovations", report.totals.innovations)) +
                      "</h2>\n";
    if (report.innovations.empty())
        return out + "<p class=\"muted\">None was active on " + formatDate(report.on) + ".</p>\n</section>\n";
    // Column widths keep the two columns of text readable; the counts need little room.
    out += "<table class=\"data\">\n<colgroup><col style=\"width:4%\"/><col style=\"width:29%\"/>"
           "<col style=\"width:16%\"/><col style=\"width:25%\"/><col style=\"width:7%\"/>"
           "<col style=\"width:11%\"/><col style=\"width:4%\"/><col style=\"width:4%\"/></colgroup>\n"
           "<thead><tr><th class=\"num\">ID</th><th>Innovation</th><th>Confidence</th>"
           "<th>Next milestone</th><th class=\"num\">Overdue</th><th>Top risk</th>"
           "<th style=\"text-align:right\">New<br/>setbacks</th><th style=\"text-align:right\">New<br/>lessons</th>"
           "</tr></thead>\n"
           "<tbody>\n";
    for (const BoardRow& row : report.innovations) out += innovationRow(report, row);
    return out + "</tbody>\n</table>\n" +
           moreParagraph(board::moreLine(report.totals.innovations, report.innovations.size(), board::kWholeBoard)) +
           "</section>\n";
}

std::string headline(const BoardReport& report) {
    const std::vector<std::string> figures = board::glanceFigures(report);
    std::string rest;
    for (std::size_t i = 1; i < figures.size(); ++i) rest += (i > 1 ? " \xC2\xB7 " : "") + escape(figures[i]);
    std::string out = "<div class=\"headline\">\n<p class=\"big\">" + escape(figures.front()) + "</p>\n";
    out += "<p><strong>" + rest + "</strong></p>\n";
    out += "<p>" + escape(board::reviewLine(report)) + "</p>\n";
    if (!report.ambitionsWithoutActiveInnovation.empty())
        out += "<p>" + std::to_string(report.ambitionsWithoutActiveInnovation.size()) +
               (report.ambitionsWithoutActiveInnovation.size() == 1 ? " ambition has" : " ambitions have") +
               " no active innovation working towards it.</p>\n";
    return out + "</div>\n";
}

}  // namespace

std::string renderBoardHtml(const BoardReport& report) {
    std::string body = headline(report) + innovationsSection(report);
    for (const board::Part& part : board::sections(report)) {
        body += "<section>\n<h2>" + escape(board::headingWithCount(part.heading, part.total)) + "</h2>\n";
        if (part.table.empty())
            body += "<p class=\"ok\">" + escape(part.whenEmpty) + "</p>\n";
        else
            body += "<p class=\"muted small\">" + escape(part.explanation) + "</p>\n" + html::dataTable(part.table) +
                    moreParagraph(board::moreLine(part.total, part.table.rows().size(), part.seeAlso));
        body += "</section>\n";
    }
    body += "<section>\n<h2>How to read this report</h2>\n<dl class=\"definitions\">\n"
            "<dt>Confidence</dt><dd>Delivery confidence on the day, with what the last closed review that "
            "assessed the innovation recorded, and whether it is better, worse or the same since.</dd>\n"
            "<dt>Top risk</dt><dd>The highest score (likelihood \xC3\x97 impact) of the innovation's open risks, "
            "after mitigation where rated, in this file's bands: Critical from " +
            std::to_string(report.bands.criticalFrom) + ", High from " + std::to_string(report.bands.highFrom) +
            ", Moderate from " + std::to_string(report.bands.moderateFrom) + ".</dd>\n"
            "<dt>Overdue</dt><dd>Milestones not completed and due before the day of the report.</dd>\n"
            "<dt>New</dt><dd>Setbacks and lessons logged after the last closed review was closed, whatever day "
            "they are dated.</dd>\n</dl>\n</section>\n";
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty())
        body += "<p class=\"muted small\">" + escape(chain) + "</p>\n";

    html::Page page;
    page.title = board::title(report);
    page.subtitle = board::scopeLine(report);
    page.body = body;
    page.footer = "innotrack weekly board report as of " + formatDate(report.on) +
                  ". Every figure is defined in docs/REPORTS.md.";
    return html::page(page);
}

}  // namespace innotrack::reports
