// Charts drawn with ImGui's draw lists: the 5×5 risk heat map and the tally's bars.
#pragma once

#include "tracker/tally_queries.hpp"
#include "tracker/risk.hpp"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

namespace innotrack::gui {

ImU32 bandColour(RiskBand band);

// Likelihood up the side (5 at the top), impact along the bottom, each cell coloured by the band of
// likelihood × impact and showing how many open risks sit there.
void drawRiskHeatMap(const RiskHeatMap& cells, const RiskBands& bands, float cellSize);

struct BarSegment {
    std::string label;
    std::int64_t value = 0;
    ImU32 colour = 0;
};

struct BarRow {
    std::string label;
    std::vector<BarSegment> segments;  // stacked left to right
};

// Horizontal stacked bars on one scale, `width` wide, with a legend of the segments' labels under
// them when `legend`.
void drawStackedBars(const std::vector<BarRow>& rows, float width, bool legend = true);

}  // namespace innotrack::gui
