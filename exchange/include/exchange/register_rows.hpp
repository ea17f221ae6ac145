// A register read from the portfolio as the cells an export writes, one text per column of
// registers.hpp: shared by the CSV, the register JSON and the Excel workbook.
#pragma once

#include "exchange/registers.hpp"
#include "tracker/ids.hpp"
#include "tracker/store.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::exchange {

// Cells hold what a person would type in a spreadsheet, so an exported register imports into
// another portfolio: people, ambitions, innovations and risks by name or title; dates YYYY-MM-DD;
// money in pounds with two decimals ("12500.00"); scales by key ("amber-green"); "yes" or "no";
// tags, and a set of a scale's values (well-being goals) by key, joined by "; "; a weekly review by
// the day it was held. A value that is not set is "".
struct RegisterRows {
    Register reg = Register::Innovations;
    std::span<const Column> columns;
    std::vector<std::vector<std::string>> rows;  // each has columns.size() cells
};

// Reads every record of the register, in the store's order (innovations by priority, milestones
// by due date, setbacks by date, the rest by id). Each kind of record is read once.
RegisterRows readRegister(const PortfolioStore& store, Register reg);

// "12500.00": whole pence as pounds, no symbol and no thousands separator.
std::string poundsCell(Pence pence);
// The shortest text that reads back as the same number: "12.5", "40", "-3.25".
std::string decimalCell(double value);
// A scale cell's words for people: "amber-green" is "Amber/Green", "this-stage" "This stage".
// The key itself when it belongs to no scale a register uses.
std::string scaleLabel(std::string_view key);
// A ScaleList cell's words for people: "prosperous; long-term" is "A prosperous Wales; Long term".
std::string scaleListLabels(std::string_view keys);

}  // namespace innotrack::exchange
