// The weekly board report as plain text within 100 columns: a three-line card per innovation
// (there are too many figures for one line), then each section as an aligned table.
#include "reports/board_report.hpp"

#include "audit_chain_words.hpp"
#include "board_tables.hpp"

#include "tracker/text.hpp"

#include <algorithm>
#include <sstream>

namespace innotrack::reports {
namespace {

// One short of 100, so a terminal that wraps on the last column adds no blank lines.
constexpr std::size_t kLineWidth = kBoardTextWidth - 1;
constexpr std::size_t kGap = 2;
constexpr std::size_t kStageWidth = 12;  // "Mainstreamed"
constexpr std::size_t kLeadWidth = 22;
constexpr std::size_t kScaleWidth = 14;  // "At last review" over "Amber/Green"
constexpr std::size_t kTrendWidth = 12;  // "first review"
constexpr std::size_t kRiskWidth = 11;   // "16 Critical"
constexpr std::size_t kCountWidth = 12;  // "New setbacks"

std::size_t width(std::string_view text) {
    const std::size_t length = utf8Length(text);
    return length == std::string_view::npos ? text.size() : length;
}

std::string fit(std::string_view text, std::size_t columns) {
    std::string out = ellipsize(text, columns);
    out.append(columns - std::min(columns, width(out)), ' ');
    return out;
}

std::string right(std::string_view text, std::size_t columns) {
    return std::string(columns - std::min(columns, width(text)), ' ') + std::string(text);
}

std::string gap() { return std::string(kGap, ' '); }

std::string trimmed(std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + '\n';
}

// Breaks `text` at spaces into lines of at most kLineWidth, each starting with `indent`.
void wrap(std::ostream& out, std::string_view text, std::string_view indent = "") {
    std::istringstream words{std::string(text)};
    std::string line(indent);
    bool lineHasWord = false;
    for (std::string word; words >> word;) {
        if (lineHasWord && width(line) + 1 + width(word) > kLineWidth) {
            out << line << '\n';
            line = std::string(indent);
            lineHasWord = false;
        }
        line += (lineHasWord ? " " : "") + word;
        lineHasWord = true;
    }
    if (lineHasWord) out << line << '\n';
}

struct CardLayout {
    std::size_t idWidth = 3;
    std::size_t titleWidth = 0;

    explicit CardLayout(const BoardReport& report) {
        for (const BoardRow& row : report.innovations)
            idWidth = std::max(idWidth, std::to_string(row.facts.innovationId).size());
        titleWidth = kLineWidth - indent().size() - kGap - kStageWidth - kGap - kLeadWidth;
    }
    std::string indent() const { return std::string(idWidth + kGap, ' '); }
};

void writeCardHeading(std::ostream& out, const CardLayout& layout) {
    out << trimmed(right("#", layout.idWidth) + gap() + fit("Innovation", layout.titleWidth) + gap() +
                   fit("Stage", kStageWidth) + gap() + "Cabinet lead");
    out << trimmed(layout.indent() + fit("Confidence", kScaleWidth) + fit("At last review", kScaleWidth) + gap() +
                   fit("Trend", kTrendWidth) + gap() + fit("Top risk", kRiskWidth) + right("Overdue", kCountWidth) +
                   right("New setbacks", kCountWidth + kGap) + right("New lessons", kCountWidth));
    out << trimmed(layout.indent() + "Next milestone");
    out << std::string(kLineWidth, '-') << '\n';
}

void writeCard(std::ostream& out, const BoardReport& report, const CardLayout& layout, const BoardRow& row) {
    const BoardInnovationFacts& facts = row.facts;
    out << trimmed(right(std::to_string(facts.innovationId), layout.idWidth) + gap() +
                   fit(facts.title, layout.titleWidth) + gap() + fit(labelOf(facts.stage), kStageWidth) + gap() +
                   ellipsize(facts.cabinetLead.empty() ? "(no cabinet lead)" : facts.cabinetLead, kLeadWidth));
    const std::string before =
        facts.lastClosedReviewConfidence ? std::string(labelOf(*facts.lastClosedReviewConfidence)) : "-";
    out << trimmed(layout.indent() + fit(labelOf(row.confidence), kScaleWidth) + fit(before, kScaleWidth) + gap() +
                   fit(trendLabel(row.trend), kTrendWidth) + gap() + fit(board::riskLabel(row), kRiskWidth) +
                   right(std::to_string(facts.overdueMilestones), kCountWidth) +
                   right(std::to_string(facts.setbacksSince), kCountWidth + kGap) +
                   right(std::to_string(facts.lessonsSince), kCountWidth));
    if (!facts.nextMilestoneDue) {
        out << layout.indent() << "no milestone outstanding\n";
        return;
    }
    // "overdue" beside the date makes a late next milestone stand out without colour.
    const std::string when =
        formatDate(*facts.nextMilestoneDue) + (*facts.nextMilestoneDue < report.on ? " overdue  " : "  ");
    out << trimmed(layout.indent() + when +
                   ellipsize(facts.nextMilestone, kLineWidth - layout.indent().size() - width(when)));
}

void writeInnovations(std::ostream& out, const BoardReport& report) {
    out << '\n' << board::headingWithCount("Active innovations", report.totals.innovations) << '\n';
    if (report.innovations.empty()) {
        out << "None was active on " << formatDate(report.on) << ".\n";
        return;
    }
    const CardLayout layout(report);
    writeCardHeading(out, layout);
    for (std::size_t i = 0; i < report.innovations.size(); ++i) {
        if (i > 0) out << '\n';
        writeCard(out, report, layout, report.innovations[i]);
    }
    const std::string more = board::moreLine(report.totals.innovations, report.innovations.size(), board::kWholeBoard);
    if (!more.empty()) {
        out << '\n';
        wrap(out, more);
    }
}

void writeLegend(std::ostream& out, const BoardReport& report) {
    out << '\n';
    wrap(out,
         "Confidence is delivery confidence on the day; At last review is what the last closed review that "
         "assessed the innovation recorded, and Trend compares the two (first review: none has yet). Top risk "
         "is the highest score of an open risk, after mitigation where rated, in the file's bands (Critical "
         "from " + std::to_string(report.bands.criticalFrom) + "). Overdue counts milestones not completed and "
         "due before the day; New counts setbacks and lessons since the last closed review.");
}

}  // namespace

std::string renderBoardText(const BoardReport& report) {
    std::ostringstream out;
    out << board::title(report) << '\n';
    wrap(out, board::scopeLine(report));
    wrap(out, board::reviewLine(report));
    wrap(out, board::glanceLine(report));
    writeInnovations(out, report);
    for (const board::Part& part : board::sections(report)) {
        out << '\n' << board::headingWithCount(part.heading, part.total) << '\n';
        wrap(out, part.table.empty() ? part.whenEmpty : part.explanation);
        if (!part.table.empty()) out << renderText(part.table, kLineWidth);
        wrap(out, board::moreLine(part.total, part.table.rows().size(), part.seeAlso));
    }
    writeLegend(out, report);
    if (const std::string chain = auditChainLine(report.auditChain); !chain.empty()) {
        out << '\n';
        wrap(out, chain);
    }
    return out.str();
}

}  // namespace innotrack::reports
