// Renders the stage board for an 80-column terminal: what `innotrack board` prints where there
// is no display.
#include "reports/stage_board.hpp"

#include "tracker/text.hpp"

#include <algorithm>
#include <sstream>

namespace innotrack::reports {
namespace {

// One short of 80, so terminals that wrap on the last column do not add blank lines.
constexpr std::size_t kLineWidth = 79;
constexpr std::size_t kGap = 2;
constexpr std::size_t kConfidenceWidth = 11;  // "Amber/Green"
constexpr std::size_t kBadgeWidth = 5;
constexpr std::size_t kBadges = 3;
// The cabinet lead opens a card's second line, so the title gets the first line's room.
constexpr std::size_t kLeadWidth = 18;

std::size_t displayWidth(std::string_view text) {
    const std::size_t length = utf8Length(text);
    return length == std::string_view::npos ? text.size() : length;
}

// Cut to `width` characters, then padded with spaces to exactly `width`.
std::string fit(std::string_view text, std::size_t width) {
    std::string out = ellipsize(text, width);
    out.append(width - std::min(width, displayWidth(out)), ' ');
    return out;
}

std::string alignRight(std::string_view text, std::size_t width) {
    const std::size_t length = displayWidth(text);
    return std::string(width - std::min(width, length), ' ') + std::string(text);
}

std::string badge(int count) {
    return alignRight(count == 0 ? "." : std::to_string(count), kBadgeWidth);
}

// Breaks `text` at spaces into lines of at most kLineWidth, each starting with `indent`.
void wrap(std::ostream& out, std::string_view text, std::string_view indent) {
    std::istringstream words{std::string(text)};
    std::string word;
    std::string line(indent);
    bool lineHasWord = false;
    while (words >> word) {
        if (lineHasWord && displayWidth(line) + 1 + displayWidth(word) > kLineWidth) {
            out << line << '\n';
            line = std::string(indent);
            lineHasWord = false;
        }
        if (lineHasWord) line += ' ';
        line += word;
        lineHasWord = true;
    }
    if (lineHasWord) out << line << '\n';
}

struct Layout {
    std::size_t idWidth = 3;
    std::size_t titleWidth = 0;

    explicit Layout(const StageBoard& board) {
        for (const StageBoardColumn& column : board.columns)
            for (const StageBoardCard& card : column.cards)
                idWidth = std::max(idWidth, std::to_string(card.innovationId).size());
        titleWidth = kLineWidth - (idWidth + kGap + kGap + kConfidenceWidth + kBadges * kBadgeWidth);
    }
    std::size_t titleColumn() const { return idWidth + kGap; }
    std::string indent() const { return std::string(titleColumn(), ' '); }
    std::size_t milestoneWidth() const { return kLineWidth - titleColumn() - kLeadWidth - kGap; }
};

void writeHeading(std::ostream& out, const StageBoard& board, const Layout& layout) {
    std::string title = "Stage board on " + formatDate(board.on);
    if (board.cabinetLeadId) title += " for " + board.cabinetLeadName;
    out << title << '\n';
    out << board.activeCount() << " active, " << board.column(Stage::Mainstreamed).cards.size()
        << " mainstreamed, " << board.stopped.size() << " stopped\n\n";
    out << alignRight("#", layout.idWidth) << std::string(kGap, ' ') << fit("Innovation", layout.titleWidth)
        << std::string(kGap, ' ') << fit("Confidence", kConfidenceWidth) << alignRight("Late", kBadgeWidth)
        << alignRight("Crit", kBadgeWidth) << alignRight("New", kBadgeWidth) << '\n';
    out << layout.indent() << fit("Cabinet lead", kLeadWidth) << std::string(kGap, ' ') << "Next milestone\n";
    out << std::string(kLineWidth, '-') << '\n';
}

// Two lines: what the innovation is and what needs attention, then who leads it and what is due.
void writeCard(std::ostream& out, const StageBoard& board, const Layout& layout, const StageBoardCard& card) {
    out << alignRight(std::to_string(card.innovationId), layout.idWidth) << std::string(kGap, ' ')
        << fit(card.title, layout.titleWidth) << std::string(kGap, ' ')
        << fit(labelOf(card.confidence), kConfidenceWidth) << badge(card.badges.overdueMilestones)
        << badge(card.badges.criticalRisksOpen) << badge(card.badges.setbacksSinceReview) << '\n';

    out << layout.indent() << fit(card.cabinetLead.empty() ? "(no cabinet lead)" : card.cabinetLead, kLeadWidth)
        << std::string(kGap, ' ');
    if (!card.nextMilestoneDue) {
        out << "no milestones outstanding\n";
        return;
    }
    // "late" rather than "next" makes an overdue next milestone stand out without colour.
    const std::string when = std::string(*card.nextMilestoneDue < board.on ? "late " : "next ") +
                             formatDate(*card.nextMilestoneDue) + "  ";
    out << when << ellipsize(card.nextMilestone, layout.milestoneWidth() - when.size()) << '\n';
}

void writeStopped(std::ostream& out, const StageBoard& board) {
    out << "\nStopped (" << board.stopped.size() << ")";
    if (board.stopped.empty()) {
        out << ": none\n";
        return;
    }
    out << '\n';
    std::string list;
    for (const StageBoardCard& card : board.stopped) {
        if (!list.empty()) list += "; ";
        list += "#" + std::to_string(card.innovationId) + " " + card.title;
    }
    wrap(out, list, "  ");
}

void writeLegend(std::ostream& out, const StageBoard& board) {
    std::string legend = "Confidence is delivery confidence from the latest weekly review. Late: overdue "
                         "milestones. Crit: open risks scoring " +
                         std::to_string(board.bands.criticalFrom) + " or more (Critical). New: setbacks ";
    legend += board.lastReviewClosedOn ? "since the weekly review closed on " + formatDate(*board.lastReviewClosedOn)
                                       : "logged so far (no weekly review has been closed yet)";
    legend += ". A dot means none.";
    out << '\n';
    wrap(out, legend, "");
}

}  // namespace

std::string renderStageBoardText(const StageBoard& board) {
    std::ostringstream out;
    const Layout layout(board);
    writeHeading(out, board, layout);
    for (const StageBoardColumn& column : board.columns) {
        out << '\n' << labelOf(column.stage) << " (" << column.cards.size() << ")\n";
        if (column.cards.empty()) out << layout.indent() << "none at this stage\n";
        for (const StageBoardCard& card : column.cards) writeCard(out, board, layout, card);
    }
    writeStopped(out, board);
    writeLegend(out, board);
    return out.str();
}

}  // namespace innotrack::reports
