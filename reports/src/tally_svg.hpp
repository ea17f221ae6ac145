// The tally's two inline SVG charts: right against wrong per quarter, and the open-risk heat map.
#pragma once

#include "reports/tally_report.hpp"

#include <string>

namespace innotrack::reports::detail {

// Paired bars per financial quarter, each with its count written on it; no scripts, no fonts to fetch.
std::string quarterChartSvg(const TallyReport& report);

// A 5×5 grid, likelihood up and impact across, each cell coloured by the file's risk band for
// its score and holding the number of open risks.
std::string heatMapSvg(const TallyReport& report);

}  // namespace innotrack::reports::detail
