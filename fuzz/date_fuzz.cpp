// Fuzz target: dates and the council calendar. Text either parses to a real day that is written
// back exactly as it was typed, or is refused with ValidationError naming the field; the same for
// financial quarters and years. Any other exception escapes and is reported as a crash.
#include "property.hpp"

#include "tracker/calendar.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/dates.hpp"
#include "tracker/errors.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace innotrack;
using innotrack::fuzz::require;

const FixedClock& clock() {
    static const FixedClock fixed(Date(2026, 3, 2));
    return fixed;
}

// The calendar facts every day the parser accepts must satisfy.
void checkCalendarOf(Date day) {
    const FinancialQuarter quarter = quarterOf(day);
    require(quarter.quarter >= 1 && quarter.quarter <= 4, "a quarter is 1 to 4");
    require(quarter.period().contains(day), "a day lies in its own quarter");
    require(financialYearOf(quarter.period().from) == quarter.year, "a quarter lies in its financial year");
    require(financialYear(quarter.year).contains(day), "a day lies in its financial year");
    // 1400/01 and 9998/99 are the first and last financial years wholly within the dates the
    // parser accepts, so quarters and years of 1399/00 and 9999/00 are (and must be) refused.
    if (quarter.year >= 1400 && quarter.year <= 9998) {
        require(parseQuarter(quarter.label()) == quarter, "a quarter's label reads back as itself");
        require(parseFinancialYear(financialYearLabel(quarter.year)) == quarter.year,
                "a financial year's label reads back as itself");
    }
    const Date monday = weekStart(day);
    require(monday.day_of_week() == boost::date_time::Monday || monday == kFirstDay,
            "a week starts on a Monday, or on the calendar's first day");
    require((day - monday).days() >= 0 && (day - monday).days() < 7, "a day lies in its own week");
    const Period window = checklistReviewWindow(day);
    const bool empty = window.to < window.from;
    require((window.to < monday || empty) && !(window.from < kFirstDay),
            "the checklist's window ends before the week and starts no earlier than the calendar");
}

void checkDate(std::string_view text) {
    Date day;
    try {
        day = parseDate(text, clock(), "--due");
    } catch (const ValidationError& error) {
        require(error.field() == "--due", "a refused date names its field");
        require(std::string_view(error.what()).rfind("--due: ", 0) == 0, "the message starts with the field");
        return;
    }
    require(!day.is_special(), "a parsed date is a real day");
    const std::string written = formatDate(day);
    require(text == "today" || text == written, "only YYYY-MM-DD is accepted, so it is written back unchanged");
    require(parseDate(written, clock()) == day, "a written date reads back as itself");
    checkCalendarOf(day);
}

void checkQuarter(std::string_view text) {
    try {
        const FinancialQuarter quarter = parseQuarter(text, "--quarter");
        require(parseQuarter(quarter.label()) == quarter, "a quarter's label reads back as itself");
        const Period period = quarter.period();
        require(quarterOf(period.from) == quarter && quarterOf(period.to) == quarter,
                "a quarter's first and last days lie in it");
        require(!quarter.words().empty(), "a quarter has words");
    } catch (const ValidationError& error) {
        require(error.field() == "--quarter", "a refused quarter names its field");
    }
}

void checkFinancialYear(std::string_view text) {
    try {
        const int year = parseFinancialYear(text, "--fy");
        const Period period = financialYear(year);
        require(financialYearOf(period.from) == year && financialYearOf(period.to) == year,
                "a financial year's first and last days lie in it");
        require(parseFinancialYear(financialYearLabel(year)) == year, "a financial year's label reads back");
    } catch (const ValidationError& error) {
        require(error.field() == "--fy", "a refused financial year names its field");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = innotrack::fuzz::asText(data, size);
    checkDate(text);
    checkQuarter(text);
    checkFinancialYear(text);
    return 0;
}
