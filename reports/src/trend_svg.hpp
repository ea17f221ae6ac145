// The trend's inline SVG charts: lines quarter by quarter, and a confidence sparkline per innovation.
#pragma once

#include "reports/trend_report.hpp"

#include <string>
#include <vector>

namespace innotrack::reports::detail {

// Went right and went wrong as two lines across the quarters; each point is a circle carrying its
// quarter, its series and its count (data-quarter, data-series, data-count) and a tooltip.
std::string trendCountsChartSvg(const TrendReport& report);

// Intelligent share and lessons coverage as two lines on 0–100%; a quarter with no setback has no
// share, so its points are missing and the lines break there.
std::string trendSharesChartSvg(const TrendReport& report);

// One innovation's confidence at each review, left to right, Green at the top and Red at the
// bottom, the latest point in its colour; a tooltip lists every review. Empty with no reviews.
std::string confidenceSparklineSvg(const std::vector<ConfidencePoint>& points);

}  // namespace innotrack::reports::detail
