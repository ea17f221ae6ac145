// The trend's tables, built once for every renderer that shows one.
#include "trend_tables.hpp"

#include "tally_tables.hpp"

namespace innotrack::reports::detail {
namespace {

// "40%", or "–" when there were no setbacks to take a share of.
Cell shareCell(const Share& share) {
    if (!share.percent) return Cell::text("", "\xE2\x80\x93");
    return Cell::integer(*share.percent, std::to_string(*share.percent) + "%");
}

std::vector<Cell> figures(const TallyCounts& counts, const Share& intelligent, const Share& lessons) {
    return {countCell(counts.wentRight()), countCell(counts.wentWrong()), ratioTableCell(counts),
            shareCell(intelligent), shareCell(lessons)};
}

}  // namespace

std::string trendQuarterCell(const TrendQuarter& quarter) {
    return quarterName(quarter.quarter) + (quarter.toDate ? " to date" : "");
}

Table trendTable(const TrendReport& report) {
    Table table;
    // No column for the days each quarter covers: the quarters are whole but the last, which says
    // "to date", and the text stays within 100 columns at 100,000 innovations.
    table.column("quarter", "Quarter")
        .column("went_right", "Right", Align::Right)
        .column("went_wrong", "Wrong", Align::Right)
        .column("ratio", "Ratio", Align::Right)
        .column("intelligent_percent", "Intelligent", Align::Right)
        .column("lessons_percent", "With a lesson", Align::Right);
    for (const TrendQuarter& quarter : report.quarters) {
        std::vector<Cell> cells{Cell::text(quarter.quarter.label(), trendQuarterCell(quarter))};
        for (Cell& cell : figures(quarter.counts, quarter.intelligentShare, quarter.lessonsCoverage))
            cells.push_back(std::move(cell));
        table.addRow(std::move(cells));
    }
    std::vector<Cell> total{Cell::text("all", "In all")};
    for (Cell& cell : figures(report.total, report.intelligentShare, report.lessonsCoverage))
        total.push_back(std::move(cell));
    table.addRow(std::move(total));
    return table;
}

Table trendCountsTable(const TrendReport& report) {
    std::vector<TallyRow> rows;
    for (const TrendQuarter& quarter : report.quarters)
        rows.push_back({quarter.quarter.label(), quarterName(quarter.quarter), quarter.period, quarter.counts});
    return countsTable(rows, false);
}

}  // namespace innotrack::reports::detail
