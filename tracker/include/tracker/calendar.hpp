// The council calendar (DOMAIN.md "Calendar"): UK financial years from 1 April, their quarters,
// weeks from Monday, and inclusive periods.
#pragma once

#include "tracker/dates.hpp"

#include <string>
#include <string_view>

namespace innotrack {

// From and to, both inclusive.
struct Period {
    Date from;
    Date to;

    bool contains(Date day) const { return !(day < from) && !(to < day); }
    bool operator==(const Period&) const = default;
};

// A period ends on or after the day it starts. Throws ValidationError naming `toField`, with
// both ends named as the person typed them: "from" and "to" in a form, "--from" and "--to" on
// the command line.
void requireOrdered(const Period& period, std::string_view fromField = "from", std::string_view toField = "to");

// A financial quarter: the year the financial year starts in, and 1 (Apr–Jun) to 4 (Jan–Mar).
struct FinancialQuarter {
    int year = 0;
    int quarter = 1;

    Period period() const;
    std::string label() const;  // "2026Q3", which parseQuarter reads back
    std::string words() const;  // "Q3 2026/27 (Oct–Dec 2026)"
    FinancialQuarter next() const;
    bool operator==(const FinancialQuarter&) const = default;
};

// The financial year starting 1 April `startYear`: 2026 is 2026/27. 1399/00 and 9999/00 are cut
// short at the first and last days the calendar holds.
Period financialYear(int startYear);
std::string financialYearLabel(int startYear);  // "2026/27"
int financialYearOf(Date day);
FinancialQuarter quarterOf(Date day);

// "2026Q3" (or "2026q3", "2026-Q3"): the financial quarter Q3 of 2026/27, October to December
// 2026. Throws ValidationError naming `field`.
FinancialQuarter parseQuarter(std::string_view text, std::string_view field = "quarter");
// "2026" or "2026/27": the financial year 2026/27. Throws ValidationError naming `field`.
int parseFinancialYear(std::string_view text, std::string_view field = "financial year");

// The first day the calendar holds (Boost's dates run from 1400 to 9999): Wednesday 1 January 1400.
inline const Date kFirstDay{1400, 1, 1};

// The Monday on or before `day`; for 1 to 5 January 1400, which have no Monday before them in the
// calendar, kFirstDay.
Date weekStart(Date day);

}  // namespace innotrack
