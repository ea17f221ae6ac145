// Strict ISO 8601 dates: Boost accepts many shapes, the domain accepts exactly one.
#include "tracker/dates.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace innotrack {
namespace {

bool isDigits(std::string_view text) {
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !text.empty();
}

int toInt(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

// YYYY-MM-DD with every other character a digit, split into its numbers; nullopt for any other shape.
struct DateNumbers {
    int year = 0;
    int month = 0;
    int day = 0;
};
std::optional<DateNumbers> splitIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !isDigits(text.substr(0, 4)) ||
        !isDigits(text.substr(5, 2)) || !isDigits(text.substr(8, 2)))
        return std::nullopt;
    return DateNumbers{toInt(text.substr(0, 4)), toInt(text.substr(5, 2)), toInt(text.substr(8, 2))};
}

// Boost's year range (greg_year), which Date's constructor would otherwise throw for.
constexpr int kFirstYear = 1400;
constexpr int kLastYear = 9999;

int lastDayOf(int year, int month) {
    return boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                   static_cast<unsigned short>(month));
}

// Why these numbers are no day a Date holds, in parseDate's words; nullopt for a real day. Both
// parseDate and readStoredDate judge by it, so what is typed and what is stored keep one rule.
std::optional<std::string> whyNoDay(const DateNumbers& n) {
    if (n.year < kFirstYear || n.year > kLastYear) return "is outside the years 1400 to 9999";
    if (n.month < 1 || n.month > 12) return "has no month " + std::to_string(n.month);
    if (n.day < 1 || n.day > lastDayOf(n.year, n.month)) return "is not a day of the calendar";
    return std::nullopt;
}

Date dateOf(const DateNumbers& n) {
    return Date(static_cast<unsigned short>(n.year), static_cast<unsigned short>(n.month),
                static_cast<unsigned short>(n.day));
}

void writeDigits(char* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

}  // namespace

Date SystemClock::today() const { return boost::gregorian::day_clock::local_day(); }

Timestamp SystemClock::now() const {
    return boost::posix_time::second_clock::universal_time();
}

Timestamp FixedClock::now() const {
    return Timestamp(day_, boost::posix_time::hours(12) + boost::posix_time::seconds(ticks_++));
}

Date sameDayMonthsBefore(Date day, int months) {
    using Year = Date::year_type::value_type;
    using Month = Date::month_type::value_type;
    using Day = Date::day_type::value_type;
    const int monthIndex = static_cast<int>(day.year()) * 12 + (static_cast<int>(day.month()) - 1) - months;
    const auto year = static_cast<Year>(monthIndex / 12);
    const auto month = static_cast<Month>(monthIndex % 12 + 1);
    const Day lastDay = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    return Date(year, month, std::min(static_cast<Day>(day.day()), lastDay));
}

Date parseDate(std::string_view text, const Clock& clock, std::string_view field) {
    if (text == "today") return clock.today();
    const std::string expected = " (expected a date as YYYY-MM-DD, such as 2026-04-01, or 'today')";
    const auto fail = [&](const std::string& why) -> Date {
        throw ValidationError(std::string(field), std::string(text),
                              std::string(field) + ": " + quotedValue(text) + " " + why + expected);
    };
    const auto numbers = splitIsoDate(text);
    if (!numbers) return fail("is not a date");
    if (const auto why = whyNoDay(*numbers)) return fail(*why);
    return dateOf(*numbers);
}

std::optional<Date> readStoredDate(std::string_view text) {
    if (const auto numbers = splitIsoDate(text)) {
        // All digits: Boost's checks (year range, month, day of that month) without its tokenizer.
        if (whyNoDay(*numbers)) return std::nullopt;
        return dateOf(*numbers);
    }
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    // Any other character in the ten: what Boost made of it before, so a stored text reads as it did.
    try {
        return boost::gregorian::from_simple_string(std::string(text));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string formatDate(Date date) {
    if (date.is_special()) return "";
    const auto ymd = date.year_month_day();
    std::string out = "0000-00-00";
    writeDigits(out.data(), ymd.year, 4);
    writeDigits(out.data() + 5, ymd.month, 2);
    writeDigits(out.data() + 8, ymd.day, 2);
    return out;
}

std::string formatDate(const std::optional<Date>& date) { return date ? formatDate(*date) : ""; }

std::string formatTimestamp(Timestamp at) {
    return boost::posix_time::to_iso_extended_string(at) + "Z";
}

Timestamp parseTimestamp(std::string_view text) {
    // Stored as YYYY-MM-DDTHH:MM:SS with a trailing Z, always written by formatTimestamp.
    std::string s(text);
    if (!s.empty() && s.back() == 'Z') s.pop_back();
    for (char& c : s)
        if (c == 'T') c = ' ';
    try {
        return boost::posix_time::time_from_string(s);
    } catch (const std::exception&) {
        throw ValidationError("timestamp", std::string(text),
                              quotedValue(text) + " is not a timestamp (expected YYYY-MM-DDTHH:MM:SSZ)");
    }
}

}  // namespace innotrack
