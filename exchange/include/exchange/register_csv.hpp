// A register as CSV that Excel opens correctly, and the guard that keeps a cell from being run as
// a formula (docs/EXPORT.md).
#pragma once

#include "exchange/register_rows.hpp"

#include <string>
#include <string_view>

namespace innotrack::exchange {

// Excel reads a CSV file as UTF-8 only when it starts with this byte-order mark.
inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// A cell people typed that starts with '=', '+', '-', '@', a tab or a carriage return is what a
// spreadsheet runs as a formula (CSV injection). Such a cell, and one that already starts with an
// apostrophe, gets an apostrophe in front, as OWASP advises; a spreadsheet then shows it as text.
// Reading back, one leading apostrophe is removed (unguardFormula), so text survives the trip.
std::string guardFormula(std::string_view cell);
std::string unguardFormula(std::string_view cell);
// True for the kinds of cell whose text comes from people (and so needs the guard): text, names,
// scales, lists. Numbers, money and dates are written by innotrack and are never formulas.
bool needsFormulaGuard(CellKind kind);

// The byte-order mark, a header row of registers.hpp's headers, then one row per record; RFC 4180
// quoting (through libcsv) of cells with a comma, a quote or a line break; CRLF line ends.
std::string renderRegisterCsv(const RegisterRows& rows);

}  // namespace innotrack::exchange
