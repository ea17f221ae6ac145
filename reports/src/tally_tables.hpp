// The tally's tables (by quarter, by group, every count) as generic Tables, shared by the text,
// Markdown and CSV renderers.
#pragma once

#include "reports/table.hpp"
#include "reports/tally_report.hpp"

#include <string>

namespace innotrack::reports::detail {

// "Ambition", "Cabinet lead", "Innovation", "Quarter".
std::string groupHeading(TallyGrouping grouping);
// "By ambition", "By cabinet lead", …
std::string groupTitle(TallyGrouping grouping);
// "Q3 2026/27", with " to date" when the period ends inside it.
std::string quarterCell(const TallyQuarter& quarter);

// For people: Quarter, Covers, Went right, Went wrong, Ratio, Open at end (risks open on its last day).
Table quarterTable(const TallyReport& report);
// For people: the group, Right, Wrong, Ratio, Intelligent, Risks raised, Open at the end.
Table groupTable(const TallyReport& report);
// For scripts: key, label, period_from, period_to, every count field, ratio. A trend counts no
// risks open at the end, so it leaves that column out (`withOpenAtEnd`).
Table countsTable(const std::vector<TallyRow>& rows, bool withOpenAtEnd = true);

// A count for people: "12,345".
Cell countCell(std::int64_t value);
// The ratio keeps its words in text ("5.5 : 1"); scripts get the number (or null with no setbacks).
Cell ratioTableCell(const TallyCounts& counts);

}  // namespace innotrack::reports::detail
