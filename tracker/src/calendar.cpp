// UK financial years and quarters. Quarter 4 of 2026/27 is January to March 2027, so quarter
// arithmetic works on the financial year, never the calendar year.
#include "tracker/calendar.hpp"

#include "tracker/errors.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>

namespace innotrack {
namespace {

constexpr int kMinYear = 1400;
constexpr int kMaxYear = 9998;  // 9998/99 ends in 9999

const char* const kQuarterMonths[] = {"Apr\xE2\x80\x93Jun", "Jul\xE2\x80\x93Sep", "Oct\xE2\x80\x93" "Dec",
                                      "Jan\xE2\x80\x93Mar"};

int readYear(std::string_view digits) {
    int year = 0;
    for (char c : digits) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
        year = year * 10 + (c - '0');
    }
    return digits.size() == 4 ? year : -1;
}

Date monthStart(int year, int month) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
}

}  // namespace

void requireOrdered(const Period& period, std::string_view fromField, std::string_view toField) {
    if (!(period.to < period.from)) return;
    throw ValidationError(std::string(toField), formatDate(period.to),
                          std::string(toField) + ": " + formatDate(period.to) + " is before " + std::string(fromField) +
                              " " + formatDate(period.from) + "; a period must end on or after the day it starts");
}

Period financialYear(int startYear) {
    // 1399/00 and 9999/00 reach past the calendar's days; they are cut at its first and last day
    // (an internal error once `report tally` ran on 1400-01-01 or 9999-12-31).
    const Date from = startYear < kMinYear ? kFirstDay : Date(static_cast<unsigned short>(startYear), 4, 1);
    const Date to = startYear >= 9999 ? Date(9999, 12, 31) : Date(static_cast<unsigned short>(startYear + 1), 3, 31);
    return {from, to};
}

std::string financialYearLabel(int startYear) {
    const int next = (startYear + 1) % 100;
    return std::to_string(startYear) + "/" + (next < 10 ? "0" : "") + std::to_string(next);
}

int financialYearOf(Date day) {
    const int year = day.year();
    return day.month() >= 4 ? year : year - 1;
}

FinancialQuarter quarterOf(Date day) {
    const int month = day.month();
    return {financialYearOf(day), month >= 4 ? (month - 4) / 3 + 1 : 4};
}

Period FinancialQuarter::period() const {
    const int firstMonth = quarter == 4 ? 1 : 4 + (quarter - 1) * 3;
    const int calendarYear = quarter == 4 ? year + 1 : year;
    const Date from = monthStart(calendarYear, firstMonth);
    const Date to = boost::gregorian::date(from.year(), static_cast<unsigned short>(firstMonth + 2), 1).end_of_month();
    return {from, to};
}

std::string FinancialQuarter::label() const { return std::to_string(year) + "Q" + std::to_string(quarter); }

std::string FinancialQuarter::words() const {
    const int calendarYear = quarter == 4 ? year + 1 : year;
    return "Q" + std::to_string(quarter) + " " + financialYearLabel(year) + " (" + kQuarterMonths[quarter - 1] + " " +
           std::to_string(calendarYear) + ")";
}

FinancialQuarter FinancialQuarter::next() const {
    return quarter == 4 ? FinancialQuarter{year + 1, 1} : FinancialQuarter{year, quarter + 1};
}

FinancialQuarter parseQuarter(std::string_view text, std::string_view field) {
    const auto fail = [&]() -> FinancialQuarter {
        throw ValidationError(std::string(field), std::string(text),
                              std::string(field) + ": '" + std::string(text.substr(0, 40)) +
                                  "' is not a financial quarter (expected a year and Q1 to Q4, such as 2026Q3 "
                                  "for October to December 2026)");
    };
    std::string compact;
    for (char c : text)
        if (c != '-' && c != ' ') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (compact.size() != 6 || compact[4] != 'Q') return fail();
    const int year = readYear(std::string_view(compact).substr(0, 4));
    const int quarter = compact[5] - '0';
    if (year < kMinYear || year > kMaxYear || quarter < 1 || quarter > 4) return fail();
    return {year, quarter};
}

int parseFinancialYear(std::string_view text, std::string_view field) {
    const auto fail = [&]() -> int {
        throw ValidationError(std::string(field), std::string(text),
                              std::string(field) + ": '" + std::string(text.substr(0, 40)) +
                                  "' is not a financial year (expected the year it starts, such as 2026 for "
                                  "2026/27, which runs 1 April 2026 to 31 March 2027)");
    };
    const int year = readYear(text.substr(0, 4));
    if (year < kMinYear || year > kMaxYear) return fail();
    if (text.size() == 4) return year;
    if (text.size() == 7 && text[4] == '/' && text.substr(5) == financialYearLabel(year).substr(5)) return year;
    return fail();
}

Date weekStart(Date day) {
    const int daysSinceMonday = (day.day_of_week().as_number() + 6) % 7;  // Sunday is 0 in Boost
    // Going back past the first day would throw Boost's bad_year (found by fuzz/date_fuzz.cpp).
    if ((day - kFirstDay).days() < daysSinceMonday) return kFirstDay;
    return day - boost::gregorian::days(daysSinceMonday);
}

}  // namespace innotrack
