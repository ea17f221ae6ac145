// The tally for a terminal: aligned figures and tables within 100 columns.
#include "reports/tally_report.hpp"

#include "tally_fields.hpp"
#include "tally_tables.hpp"
#include "text_wrap.hpp"

#include "tracker/text.hpp"
#include "audit_chain_words.hpp"

#include <sstream>

namespace innotrack::reports {
namespace {

constexpr std::size_t kLabelWidth = 44;
constexpr std::size_t kNumberWidth = 8;
constexpr std::size_t kHeatLabelWidth = 20;
constexpr std::size_t kHeatCellWidth = 13;

std::size_t width(std::string_view text) {
    const std::size_t length = utf8Length(text);
    return length == std::string_view::npos ? text.size() : length;
}

std::string padRight(std::string text, std::size_t to) {
    const std::size_t used = width(text);
    return used >= to ? text : text + std::string(to - used, ' ');
}

std::string padLeft(const std::string& text, std::size_t to) {
    const std::size_t used = width(text);
    return used >= to ? text : std::string(to - used, ' ') + text;
}

void figure(std::ostream& out, std::string_view label, std::int64_t value, bool heading = false) {
    const std::string text = (heading ? "" : "  ") + std::string(label);
    out << padRight(ellipsize(text, kLabelWidth), kLabelWidth) << padLeft(thousands(value), kNumberWidth) << '\n';
}

void share(std::ostream& out, std::string_view label, const Share& value) {
    out << padRight("  " + std::string(label), kLabelWidth) << value.words << '\n';
}

void heatMap(std::ostream& out, const TallyReport& report) {
    out << "\nOpen risks on " << dayWords(report.heatMapOn) << " by likelihood and impact ("
        << thousands(report.heatMapTotal) << (report.heatMapTotal == 1 ? " risk" : " risks")
        << "; residual scores where set)\n";
    out << padRight("Likelihood \\ impact", kHeatLabelWidth);
    for (std::size_t impact = 0; impact < 5; ++impact)
        out << padLeft(std::to_string(impact + 1) + " " + std::string(detail::kImpactWords[impact]), kHeatCellWidth);
    out << '\n';
    for (std::size_t likelihood = 5; likelihood-- > 0;) {
        std::string line = padRight(
            std::to_string(likelihood + 1) + " " + std::string(detail::kLikelihoodWords[likelihood]), kHeatLabelWidth);
        for (std::size_t impact = 0; impact < 5; ++impact)
            line += padLeft(thousands(report.heatMap[likelihood][impact]), kHeatCellWidth);
        out << line << '\n';
    }
    out << "By band: " << bandWords(report.openByBand) << ".\n";
}

}  // namespace

std::string renderTallyText(const TallyReport& report) {
    std::ostringstream out;
    const TallyCounts& c = report.counts;
    out << "Risk-versus-success tally\n";
    detail::wrapped(out, report.scopeWords, "Scope:   ", "         ");
    detail::wrapped(out, report.period.words, "Period:  ", "         ");
    out << "Made:    " << dayWords(report.madeOn) << "\n\n";

    out << report.ratioWords << '\n';
    if (!report.summaryWords.empty()) out << report.summaryWords << '\n';

    out << '\n';
    figure(out, "Went right", c.wentRight(), true);
    for (std::size_t i = 0; i < 4; ++i) figure(out, detail::kCountFields[i].label, detail::kCountFields[i].value(c));
    out << '\n';
    figure(out, "Went wrong (setbacks)", c.wentWrong(), true);
    figure(out, "Basic (preventable, in known territory)", c.setbacksBasic);
    figure(out, "Complex (several factors combined)", c.setbacksComplex);
    figure(out, "Intelligent (new territory, learned from)", c.setbacksIntelligent);

    out << "\nLearning from setbacks\n";
    share(out, "Intelligent failures", report.intelligentShare);
    share(out, "Setbacks with at least one lesson", report.lessonsCoverage);

    out << "\nRisks taken\n";
    detail::wrapped(out, report.risksTakenWords, "  ", "  ");

    out << "\nReporting check\n";
    for (const auto& concern : report.concerns) detail::wrapped(out, concern.words, "  ! ", "    ");
    if (!report.reportingCheckWords.empty()) detail::wrapped(out, report.reportingCheckWords, "  ", "  ");

    out << "\nBy quarter\n" << renderText(detail::quarterTable(report), kTallyTextWidth);
    if (report.grouping != TallyGrouping::None && report.grouping != TallyGrouping::Quarter)
        out << '\n'
            << detail::groupTitle(report.grouping) << '\n'
            << renderText(detail::groupTable(report), kTallyTextWidth);
    heatMap(out, report);
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty()) {
        out << '\n';
        detail::wrapped(out, chain, "", "");
    }
    return out.str();
}

}  // namespace innotrack::reports
