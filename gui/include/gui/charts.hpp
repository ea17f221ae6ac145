// Charts drawn with ImGui's draw lists: the 5×5 risk heat map, the tally's bars and the trend's lines.
#pragma once

#include "tracker/tally_queries.hpp"
#include "tracker/risk.hpp"

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace innotrack::gui {

ImU32 bandColour(RiskBand band);

// Likelihood up the side (5 at the top), impact along the bottom, each cell coloured by the band of
// likelihood × impact and showing how many open risks sit there. Given `afterCell`, each cell is a
// button: hovered, it says how many risks it holds; clicked, drawRiskHeatMap returns its likelihood
// and impact. afterCell(likelihood, impact) runs just after the cell's button, for the caller to
// note where it is. The `marked` cell (likelihood, impact), whose list is open, is outlined.
std::optional<std::pair<int, int>> drawRiskHeatMap(const RiskHeatMap& cells, const RiskBands& bands, float cellSize,
                                                   const std::function<void(int, int)>& afterCell = {},
                                                   std::optional<std::pair<int, int>> marked = std::nullopt);

struct BarSegment {
    std::string label;
    std::int64_t value = 0;
    ImU32 colour = 0;
};

struct BarRow {
    std::string label;
    std::vector<BarSegment> segments;  // stacked left to right
};

// Which segment of which row of drawStackedBars was clicked.
struct BarPick {
    std::size_t row = 0;
    std::size_t segment = 0;

    bool operator==(const BarPick&) const = default;
};

// Horizontal stacked bars on one scale, `width` wide, with a legend of the segments' labels under
// them when `legend`. Given `afterSegment`, each segment with a value is a button: hovered, it
// shows its label and value; clicked, drawStackedBars returns it. afterSegment(row, segment) runs
// just after the segment's button, for the caller to note where it is. The `marked` segment,
// whose list is open, is outlined.
std::optional<BarPick> drawStackedBars(const std::vector<BarRow>& rows, float width, bool legend = true,
                                       const std::function<void(std::size_t, std::size_t)>& afterSegment = {},
                                       std::optional<BarPick> marked = std::nullopt);

struct TrendLine {
    std::string label;
    ImU32 colour = 0;
    std::vector<std::int64_t> values;  // one per point, left to right
};

// Lines on one scale across `labels.size()` points (labels under them), `width` × `height`. Each
// point's column is a button: hovered, it shows describe(i) as a tooltip; clicked, drawTrendLines
// returns i. afterPoint(i) runs just after point i's button, for the caller to note where it is.
// The scale runs from 0 to the largest value, written at the top; or to `fixedTop`, unwritten, for
// a scale of words (the tooltips say them).
std::optional<std::size_t> drawTrendLines(const std::vector<TrendLine>& lines, const std::vector<std::string>& labels,
                                          float width, float height,
                                          const std::function<std::string(std::size_t)>& describe,
                                          const std::function<void(std::size_t)>& afterPoint,
                                          std::optional<std::int64_t> fixedTop = std::nullopt);

}  // namespace innotrack::gui
