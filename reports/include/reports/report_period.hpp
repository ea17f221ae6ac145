// The period a report covers and how it reads: "2026/27 to date (1 April to 27 November 2026)".
#pragma once

#include "tracker/calendar.hpp"

#include <string>

namespace innotrack::reports {

struct ReportPeriod {
    Period period;
    std::string words;
};

// A report covers at most this many years, so a typing slip (from 1026-04-01) cannot start a
// tally of a thousand years of quarters.
inline constexpr int kMaxReportYears = 25;

// The financial year that contains `today`, from 1 April to today.
ReportPeriod financialYearToDate(Date today);
// The financial year starting 1 April `startYear`; to date when `today` falls inside it, since a
// year under way has nothing recorded after today.
ReportPeriod financialYearPeriod(int startYear, Date today);
// A financial quarter; to date when `today` falls inside it.
ReportPeriod quarterPeriod(FinancialQuarter quarter, Date today);
// From and to as given. Throws ValidationError naming the field "to" when `to` is before `from`,
// or when the period is longer than kMaxReportYears; the words name the ends "from" and "to", as
// the desktop app's fields are labelled, and a caller with other names checks the order first.
ReportPeriod customPeriod(Date from, Date to);

// "27 November 2026".
std::string dayWords(Date day);
// "1 April to 27 November 2026"; "1 April 2026 to 31 March 2027"; "3 March 2026" for one day.
std::string rangeWords(const Period& period);
// "Q2 2026/27".
std::string quarterName(const FinancialQuarter& quarter);

}  // namespace innotrack::reports
