// A register as JSON for scripts: the CSV's columns as keys, with typed values.
#pragma once

#include "exchange/register_rows.hpp"

#include <string>

namespace innotrack::exchange {

// An array of objects, one per record, keyed by registers.hpp's headers in their order. Numbers
// are JSON numbers, "yes"/"no" are booleans, tags an array of strings, dates "YYYY-MM-DD";
// money stays the pounds text ("12500.00") so it is never a floating-point number; a name, scale,
// date or number not set is null, text not set is "". No formula guard: JSON is not opened by
// a spreadsheet.
std::string renderRegisterJson(const RegisterRows& rows);

}  // namespace innotrack::exchange
