// The financial calendar, worked out by hand from DOMAIN.md's definitions.
#include "tracker/calendar.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using boost::gregorian::date;

TEST_CASE("A financial year runs 1 April to 31 March", "[tracker][calendar]") {
    CHECK(financialYear(2026) == Period{date(2026, 4, 1), date(2027, 3, 31)});
    CHECK(financialYearLabel(2026) == "2026/27");
    CHECK(financialYearLabel(2099) == "2099/00");
    CHECK(financialYearOf(date(2026, 4, 1)) == 2026);
    CHECK(financialYearOf(date(2026, 3, 31)) == 2025);
    CHECK(financialYearOf(date(2027, 1, 15)) == 2026);
}

TEST_CASE("Quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar of the next calendar year",
          "[tracker][calendar]") {
    CHECK(FinancialQuarter{2026, 1}.period() == Period{date(2026, 4, 1), date(2026, 6, 30)});
    CHECK(FinancialQuarter{2026, 2}.period() == Period{date(2026, 7, 1), date(2026, 9, 30)});
    CHECK(FinancialQuarter{2026, 3}.period() == Period{date(2026, 10, 1), date(2026, 12, 31)});
    CHECK(FinancialQuarter{2026, 4}.period() == Period{date(2027, 1, 1), date(2027, 3, 31)});
    CHECK(FinancialQuarter{2027, 4}.period().to == date(2028, 3, 31));
    CHECK(quarterOf(date(2026, 12, 31)) == FinancialQuarter{2026, 3});
    CHECK(quarterOf(date(2027, 1, 1)) == FinancialQuarter{2026, 4});
    CHECK(quarterOf(date(2027, 3, 31)) == FinancialQuarter{2026, 4});
    CHECK(quarterOf(date(2027, 4, 1)) == FinancialQuarter{2027, 1});
    CHECK(FinancialQuarter{2026, 4}.next() == FinancialQuarter{2027, 1});
    CHECK(FinancialQuarter{2026, 3}.label() == "2026Q3");
    CHECK(FinancialQuarter{2026, 4}.words() == "Q4 2026/27 (Jan\xE2\x80\x93Mar 2027)");
}

TEST_CASE("Periods include both ends", "[tracker][calendar]") {
    const Period q3 = FinancialQuarter{2026, 3}.period();
    CHECK(q3.contains(date(2026, 10, 1)));
    CHECK(q3.contains(date(2026, 12, 31)));
    CHECK_FALSE(q3.contains(date(2026, 9, 30)));
    CHECK_FALSE(q3.contains(date(2027, 1, 1)));
}

TEST_CASE("Quarter and year arguments are parsed strictly", "[tracker][calendar]") {
    CHECK(parseQuarter("2026Q3") == FinancialQuarter{2026, 3});
    CHECK(parseQuarter("2026q4") == FinancialQuarter{2026, 4});
    CHECK(parseQuarter("2026-Q1") == FinancialQuarter{2026, 1});
    for (const char* bad : {"2026Q5", "2026Q0", "Q3", "26Q3", "2026", "2026Q3x", ""})
        CHECK_THROWS_AS(parseQuarter(bad), ValidationError);
    CHECK(parseFinancialYear("2026") == 2026);
    CHECK(parseFinancialYear("2026/27") == 2026);
    for (const char* bad : {"2026/28", "26", "2026-27", "year", ""})
        CHECK_THROWS_AS(parseFinancialYear(bad), ValidationError);
}

TEST_CASE("Weeks start on Monday", "[tracker][calendar]") {
    CHECK(weekStart(date(2026, 11, 27)) == date(2026, 11, 23));  // a Friday
    CHECK(weekStart(date(2026, 11, 23)) == date(2026, 11, 23));  // a Monday
    CHECK(weekStart(date(2026, 11, 29)) == date(2026, 11, 23));  // a Sunday
}
