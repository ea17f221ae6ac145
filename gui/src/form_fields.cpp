// Reading a form's dates and numbers; see form_fields.hpp.
#include "gui/form_fields.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <charconv>
#include <cmath>
#include <sstream>

namespace innotrack::gui {

std::optional<Date> dateField(const AppState& state, const std::string& typed, const std::string& field,
                              FieldErrors& errors) {
    if (isBlank(typed)) {
        errors.byField[field] = field + ": enter a date as YYYY-MM-DD, or today";
        return std::nullopt;
    }
    try {
        return parseDate(typed, state.clock(), field);
    } catch (const ValidationError& error) {
        errors.byField[field] = error.what();
        return std::nullopt;
    }
}

std::optional<double> decimalField(const std::string& typed, const std::string& field, FieldErrors& errors) {
    const std::size_t first = typed.find_first_not_of(' ');
    const std::size_t last = typed.find_last_not_of(' ');
    double value = 0;
    if (first != std::string::npos) {
        const char* begin = typed.data() + first;
        const char* end = typed.data() + last + 1;
        const auto [stop, error] = std::from_chars(begin, end, value);
        if (error == std::errc() && stop == end && std::isfinite(value)) return value;
    }
    errors.byField[field] = field + ": enter a number such as 12 or 4.5" +
                            (isBlank(typed) ? std::string() : ", not '" + typed + "'");
    return std::nullopt;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z')
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    return text;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

std::string decimalText(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace innotrack::gui
