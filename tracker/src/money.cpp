// Pounds typed by people to whole pence, exactly: no floating point anywhere.
#include "tracker/money.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"
#include "tracker/limits.hpp"

#include <cctype>

namespace innotrack {

Pence parsePounds(std::string_view field, std::string_view text) {
    const auto fail = [&](const std::string& why) -> Pence {
        throw ValidationError(std::string(field), std::string(text),
                              std::string(field) + ": " + quotedValue(text) + " " + why +
                                  " (expected pounds such as 250000, 250000.50 or £250,000)");
    };
    std::string_view s = text;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (!s.empty() && s.front() == '-') return fail("is negative");
    if (s.substr(0, 2) == "\xC2\xA3") s.remove_prefix(2);  // the pound sign in UTF-8
    if (s.empty()) return fail("is not an amount");

    Pence pounds = 0;
    std::size_t i = 0;
    std::size_t digitsInGroup = 0;
    bool sawComma = false;
    for (; i < s.size() && s[i] != '.'; ++i) {
        const char c = s[i];
        if (c == ',') {
            // Thousands separators must sit between groups of three digits.
            if (digitsInGroup == 0 || (sawComma && digitsInGroup != 3) || (!sawComma && digitsInGroup > 3))
                return fail("has a misplaced comma");
            sawComma = true;
            digitsInGroup = 0;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c))) return fail("is not an amount");
        pounds = pounds * 10 + (c - '0');
        ++digitsInGroup;
        if (pounds > kMaxBudgetPence / 100) return fail("is more than £100 billion");
    }
    if (digitsInGroup == 0 || (sawComma && digitsInGroup != 3)) return fail("is not an amount");

    Pence pence = 0;
    if (i < s.size()) {
        const std::string_view decimals = s.substr(i + 1);
        if (decimals.empty() || decimals.size() > 2) return fail("needs one or two figures after the point");
        for (char c : decimals)
            if (!std::isdigit(static_cast<unsigned char>(c))) return fail("is not an amount");
        pence = (decimals[0] - '0') * 10 + (decimals.size() == 2 ? decimals[1] - '0' : 0);
    }
    const Pence total = pounds * 100 + pence;
    if (total > kMaxBudgetPence) return fail("is more than £100 billion");
    return total;
}

std::string formatPounds(Pence pence) {
    const bool negative = pence < 0;
    const auto magnitude = static_cast<unsigned long long>(negative ? -pence : pence);
    std::string whole = std::to_string(magnitude / 100);
    for (auto pos = static_cast<std::ptrdiff_t>(whole.size()) - 3; pos > 0; pos -= 3)
        whole.insert(static_cast<std::size_t>(pos), ",");
    const auto cents = magnitude % 100;
    return std::string(negative ? "-" : "") + "\xC2\xA3" + whole + "." + (cents < 10 ? "0" : "") +
           std::to_string(cents);
}

}  // namespace innotrack
