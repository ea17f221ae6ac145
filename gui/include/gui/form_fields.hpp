// Reading what was typed into a form's field as a date or a number: the value, or nothing with the
// error set beside the field, in the words the command line uses. No ImGui here.
#pragma once

#include "gui/app_state.hpp"

#include <optional>
#include <string>

namespace innotrack::gui {

// YYYY-MM-DD or "today"; an empty field is an error too.
std::optional<Date> dateField(const AppState& state, const std::string& typed, const std::string& field,
                              FieldErrors& errors);
// A number such as 12 or 4.5 (thousands separators are not numbers here).
std::optional<double> decimalField(const std::string& typed, const std::string& field, FieldErrors& errors);

// Text that reads inside a sentence, as a line or a label of its own: "strategic fit" → "Strategic fit".
std::string capitalised(std::string text);

// A title as a confirmation quotes it: 'Go live'.
std::string quoted(const std::string& text);
// A number as a field shows it and a person reads it: 12, 4.5, 0.25.
std::string decimalText(double value);

}  // namespace innotrack::gui
