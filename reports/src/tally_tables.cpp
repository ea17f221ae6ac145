// The tally's tables, built once for every renderer that shows a table.
#include "tally_tables.hpp"

#include "tally_fields.hpp"

namespace innotrack::reports::detail {
Cell countCell(std::int64_t value) { return Cell::integer(value, thousands(value)); }

Cell ratioTableCell(const TallyCounts& counts) {
    const auto value = ratioOf(counts);
    return value ? Cell::decimal(*value, ratioCell(counts)) : Cell::text("", ratioCell(counts));
}

std::string groupHeading(TallyGrouping grouping) {
    switch (grouping) {
        case TallyGrouping::Ambition: return "Ambition";
        case TallyGrouping::Cabinet: return "Cabinet lead";
        case TallyGrouping::Innovation: return "Innovation";
        case TallyGrouping::Quarter: return "Quarter";
        case TallyGrouping::None: break;
    }
    return "Scope";
}

std::string groupTitle(TallyGrouping grouping) {
    std::string heading = groupHeading(grouping);
    heading[0] = static_cast<char>(heading[0] - 'A' + 'a');
    return "By " + heading;
}

std::string quarterCell(const TallyQuarter& quarter) {
    const bool partial = !(quarter.period == quarter.quarter.period());
    return quarterName(quarter.quarter) + (partial ? " (part)" : "");
}

Table quarterTable(const TallyReport& report) {
    Table table;
    table.column("quarter", "Quarter")
        .column("covers", "Covers")
        .column("went_right", "Went right", Align::Right)
        .column("went_wrong", "Went wrong", Align::Right)
        .column("ratio", "Ratio", Align::Right)
        .column("risks_open_at_end", "Open at end", Align::Right);
    for (const TallyQuarter& quarter : report.quarters)
        table.addRow({Cell::text(quarter.quarter.label(), quarterCell(quarter)),
                      Cell::text(rangeWords(quarter.period), rangeWords(quarter.period)),
                      countCell(quarter.counts.wentRight()), countCell(quarter.counts.wentWrong()),
                      ratioTableCell(quarter.counts), countCell(quarter.counts.risksOpenAtEnd)});
    return table;
}

Table groupTable(const TallyReport& report) {
    Table table;
    table.column("label", groupHeading(report.grouping))
        .column("went_right", "Right", Align::Right)
        .column("went_wrong", "Wrong", Align::Right)
        .column("ratio", "Ratio", Align::Right)
        .column("setbacks_intelligent", "Intelligent", Align::Right)
        .column("risks_raised", "Risks raised", Align::Right)
        .column("risks_open_at_end", "Open at end", Align::Right);
    for (const TallyRow& row : report.groups)
        table.addRow({Cell::text(row.label), countCell(row.counts.wentRight()), countCell(row.counts.wentWrong()),
                      ratioTableCell(row.counts), countCell(row.counts.setbacksIntelligent),
                      countCell(row.counts.risksRaised), countCell(row.counts.risksOpenAtEnd)});
    return table;
}

Table countsTable(const std::vector<TallyRow>& rows, bool withOpenAtEnd) {
    const auto shown = [&](const CountField& field) { return withOpenAtEnd || field.key != kOpenAtEndKey; };
    Table table;
    table.column("key", "Key").column("label", "Label").column("period_from", "From").column("period_to", "To");
    for (const CountField& field : kCountFields)
        if (shown(field)) table.column(std::string(field.key), std::string(field.label), Align::Right);
    table.column("ratio", "Ratio", Align::Right);
    for (const TallyRow& row : rows) {
        std::vector<Cell> cells{Cell::text(row.key), Cell::text(row.label), Cell::date(row.period.from),
                                Cell::date(row.period.to)};
        for (const CountField& field : kCountFields)
            if (shown(field)) cells.push_back(Cell::integer(field.value(row.counts)));
        const auto value = ratioOf(row.counts);
        cells.push_back(value ? Cell::decimal(*value) : Cell::null());
        table.addRow(std::move(cells));
    }
    return table;
}

}  // namespace innotrack::reports::detail
