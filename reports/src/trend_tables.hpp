// The trend's tables as generic Tables: one for people (text, Markdown, HTML), one for scripts (CSV).
#pragma once

#include "reports/table.hpp"
#include "reports/trend_report.hpp"

namespace innotrack::reports::detail {

// "Q3 2026/27", with " to date" when the trend's day falls inside it.
std::string trendQuarterCell(const TrendQuarter& quarter);

// Quarter, Right, Wrong, Ratio, Intelligent, With a lesson (shares of the quarter's
// setbacks), one row per quarter and a last row "In all".
Table trendTable(const TrendReport& report);

// key, label, period_from, period_to, every count field but the risks open at the end, ratio.
Table trendCountsTable(const TrendReport& report);

}  // namespace innotrack::reports::detail
