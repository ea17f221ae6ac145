// The ideas funnel as one self-contained A4 paper: the figures, the funnel drawn as bars in SVG
// (written by hand, from the same model as the tables, so the two cannot disagree), where the
// promoted ideas are now, and the ideas waiting longest.
#include "reports/ideas_report.hpp"

#include "reports/html.hpp"

#include <algorithm>
#include <array>

namespace innotrack::reports {
namespace {

using html::escape;

constexpr int kWidth = 600;
constexpr int kBarHeight = 26;
constexpr int kGap = 8;
constexpr int kLabelWidth = 170;
constexpr int kTop = 10;

// A bar per step of the funnel, as long as its count against the largest; each centred, so the
// steps read as a funnel.
std::string funnelChart(const IdeasReport& report) {
    const IdeasFunnel& f = report.funnel;
    const std::array<std::pair<const char*, int>, 5> steps{{{"Submitted", f.submitted},
                                                            {"Assessed (first scored)", f.assessed},
                                                            {"Promoted", f.promoted},
                                                            {"Declined", f.declined},
                                                            {"Parked", f.parked}}};
    const std::array<const char*, 5> colours{"#3e4c59", "#52606d", "#1f7a3d", "#b42318", "#b54708"};
    int largest = 1;
    for (const auto& [label, count] : steps) largest = std::max(largest, count);
    const int height = kTop * 2 + static_cast<int>(steps.size()) * (kBarHeight + kGap);
    const int room = kWidth - kLabelWidth - 40;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                      std::to_string(height) + "\" width=\"" + std::to_string(kWidth) + "\" height=\"" +
                      std::to_string(height) +
                      "\" role=\"img\" aria-labelledby=\"funnel-title\" font-size=\"12\" class=\"funnel-chart\">\n"
                      "<title id=\"funnel-title\">The ideas funnel: submitted, assessed, promoted, declined and parked"
                      "</title>\n";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& [label, count] = steps[i];
        const int y = kTop + static_cast<int>(i) * (kBarHeight + kGap);
        const int width = std::max(2, room * count / largest);
        const int x = kLabelWidth + (room - width) / 2;
        out += "<text x=\"" + std::to_string(kLabelWidth - 8) + "\" y=\"" + std::to_string(y + 17) +
               "\" text-anchor=\"end\" fill=\"#1f2933\">" + escape(label) + "</text>\n";
        out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
               std::to_string(width) + "\" height=\"" + std::to_string(kBarHeight) + "\" fill=\"" + colours[i] +
               "\"/>\n";
        out += "<text x=\"" + std::to_string(x + width + 6) + "\" y=\"" + std::to_string(y + 17) +
               "\" text-anchor=\"start\" fill=\"#1f2933\">" + std::to_string(count) + "</text>\n";
    }
    return out + "</svg>\n";
}

std::string headline(const IdeasReport& report) {
    return "<div class=\"headline\">\n<p class=\"big\">" +
           escape(std::to_string(report.funnel.submitted) + (report.funnel.submitted == 1 ? " idea" : " ideas") +
                  " submitted, " + std::to_string(report.decisions) +
                  (report.decisions == 1 ? " decision" : " decisions")) +
           "</p>\n<p>" + escape(report.summaryWords) + "</p>\n</div>\n";
}

std::string section(const std::string& title, const std::string& body) {
    return "<section>\n<h2>" + escape(title) + "</h2>\n" + body + "</section>\n";
}

std::string figureList(const IdeasReport& report) {
    const std::string median = report.medianDaysToDecision ? formatDays(*report.medianDaysToDecision) + " days"
                                                           : "no decision in the period";
    const std::string elsewhere = report.fromElsewherePercent ? std::to_string(*report.fromElsewherePercent) + "% (" +
                                                                    std::to_string(report.fromElsewhere) + " of " +
                                                                    std::to_string(report.funnel.submitted) + ")"
                                                              : "no idea submitted";
    return "<p>" + escape("Median days from submission to a decision: " + median + ". Inspired by elsewhere: " +
                          elsewhere + ". The gate: " + std::to_string(report.gate) + ".") +
           "</p>\n";
}

// The funnel counts the period's promotions; this table has every idea promoted by its end, so a
// reader comparing the two is told why they differ.
std::string promotedNote(const IdeasReport& report) {
    const int before = static_cast<int>(report.promoted.size()) - report.funnel.promoted;
    if (before <= 0) return {};
    return "<p>" + escape("Every idea promoted up to " + dayWords(report.period.period.to) + ": " +
                          std::to_string(report.funnel.promoted) + " in the period and " + std::to_string(before) +
                          " before it.") +
           "</p>\n";
}

}  // namespace

std::string renderIdeasHtml(const IdeasReport& report) {
    html::Page page;
    page.title = "Ideas funnel";
    page.subtitle = report.period.words + ": ideas welcomed, assessed against the gate and decided";
    page.body = headline(report) + section("The funnel", funnelChart(report) + figureList(report) +
                                                             html::dataTable(ideasFunnelTable(report)));
    page.body += section("Where the ideas promoted so far are now",
                         report.promoted.empty() ? "<p>No idea has been promoted yet.</p>\n"
                                                 : promotedNote(report) + html::dataTable(ideasPromotedTable(report)));
    page.body += section("Ideas waiting longest",
                         report.waiting.empty() ? "<p>No idea is waiting for a decision.</p>\n"
                                                : html::dataTable(ideasWaitingTable(report)));
    page.date = "to " + dayWords(report.period.period.to);
    page.footer = "Made by innotrack for " + rangeWords(report.period.period) +
                  ". Definitions are in docs/REPORTS.md (\"Ideas funnel\").";
    return html::page(page);
}

}  // namespace innotrack::reports
