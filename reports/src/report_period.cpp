// Report periods in words a councillor reads without thinking: financial years, quarters, dates.
#include "reports/report_period.hpp"

#include "tracker/errors.hpp"

#include <array>

namespace innotrack::reports {
namespace {

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

std::string dayMonth(Date day) {
    return std::to_string(day.day()) + " " + kMonths[static_cast<std::size_t>(day.month() - 1)];
}

// The part of `whole` up to today when today falls inside it, with words saying so.
ReportPeriod toDate(const Period& whole, const std::string& name, Date today) {
    if (whole.contains(today) && today < whole.to) {
        const Period part{whole.from, today};
        return {part, name + " to date (" + rangeWords(part) + ")"};
    }
    return {whole, name + " (" + rangeWords(whole) + ")"};
}

}  // namespace

std::string dayWords(Date day) { return dayMonth(day) + " " + std::to_string(day.year()); }

std::string rangeWords(const Period& period) {
    if (period.from == period.to) return dayWords(period.from);
    const std::string start = period.from.year() == period.to.year() ? dayMonth(period.from) : dayWords(period.from);
    return start + " to " + dayWords(period.to);
}

std::string quarterName(const FinancialQuarter& quarter) {
    return "Q" + std::to_string(quarter.quarter) + " " + financialYearLabel(quarter.year);
}

ReportPeriod financialYearToDate(Date today) {
    const int year = financialYearOf(today);
    const Period part{financialYear(year).from, today};
    return {part, financialYearLabel(year) + " to date (" + rangeWords(part) + ")"};
}

ReportPeriod financialYearPeriod(int startYear, Date today) {
    return toDate(financialYear(startYear), financialYearLabel(startYear), today);
}

ReportPeriod quarterPeriod(FinancialQuarter quarter, Date today) {
    return toDate(quarter.period(), quarterName(quarter), today);
}

ReportPeriod customPeriod(Date from, Date to) {
    const std::string given = formatDate(from) + " to " + formatDate(to);
    requireOrdered({from, to});
    // Within the last 25 years of the calendar every end date is near enough (capping the limit's
    // year at 9999 once refused 9999-01-01 to 9999-12-31 as longer than 25 years).
    const int limitYear = from.year() + kMaxReportYears;
    const bool limited = limitYear <= 9999;
    const Date limit = limited ? Date(static_cast<unsigned short>(limitYear), from.month(),
                                      std::min<unsigned short>(from.day(), 28))
                               : to;
    if (limited && limit < to)
        throw ValidationError("to", formatDate(to),
                              "to: " + given + " is longer than the " + std::to_string(kMaxReportYears) +
                                  " years a report covers; choose a shorter period");
    return {{from, to}, rangeWords({from, to})};
}

}  // namespace innotrack::reports
