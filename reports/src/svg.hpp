// The few SVG pieces the reports' charts are drawn with, by hand: a handful of small charts do not
// justify a plotting library, and every number in them comes from a report model.
#pragma once

#include "tracker/scales.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace innotrack::reports::detail::svg {

inline constexpr const char* kRightColour = "#1f7a3d";
inline constexpr const char* kWrongColour = "#b42318";
inline constexpr const char* kAxisColour = "#9aa5b1";
inline constexpr const char* kGridColour = "#e4e7eb";
inline constexpr const char* kTextColour = "#1f2933";
inline constexpr const char* kMutedColour = "#52606d";

// Colour carries a delivery confidence for a quick glance (the board's chips, the sparklines); the
// label is always written too, so a page still reads in black and white and to a screen reader.
std::string_view confidenceColour(Confidence confidence);

// Fixed-point pixels: SVG coordinates with one decimal are plenty and print identically everywhere.
std::string px(double value);

// <text> at (x, y) holding `content`, escaped; `extra` adds attributes (" font-weight=\"600\"").
std::string text(double x, double y, const std::string& content, const char* anchor = "middle",
                 const char* colour = kTextColour, const std::string& extra = "");
std::string rect(double x, double y, double w, double h, const char* fill, const std::string& extra = "");
// A horizontal line from x1 to x2 at y.
std::string rule(double x1, double x2, double y, const char* colour);

// A step of 1, 2 or 5 × 10^k giving at most five gridlines above zero.
std::int64_t tickStep(std::int64_t highest);

// The opening <svg> of a chart `width` × `height` titled `title` for screen readers (its <title>
// has the id `titleId`), with its class.
std::string open(double width, double height, const std::string& titleId, const std::string& title,
                 const std::string& cssClass);

}  // namespace innotrack::reports::detail::svg
