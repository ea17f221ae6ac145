// Strict date parsing and formatting, and pounds to pence.
#include "tracker/dates.hpp"
#include "tracker/errors.hpp"
#include "tracker/money.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace innotrack;
using boost::gregorian::date;

namespace {
const FixedClock kClock(date(2026, 11, 27));
}

TEST_CASE("ISO dates and 'today' are accepted", "[tracker][dates]") {
    CHECK(parseDate("2026-04-01", kClock) == date(2026, 4, 1));
    CHECK(parseDate("today", kClock) == date(2026, 11, 27));
    CHECK(parseDate("2028-02-29", kClock) == date(2028, 2, 29));
    CHECK(parseDate("1400-01-01", kClock) == date(1400, 1, 1));
    CHECK(parseDate("9999-12-31", kClock) == date(9999, 12, 31));
}

TEST_CASE("Anything but YYYY-MM-DD is rejected with what was expected", "[tracker][dates]") {
    const char* bad[] = {"2026-02-30", "2027-02-29", "31/12/2026", "2026-2-3", "2026-13-01", "2026-00-10",
                         "1399-12-31", "", "Today", "2026-04-01 ", "20260401", "2026-04-01T10:00", "２０２６-04-01"};
    for (const char* text : bad) {
        INFO("input: '" << text << "'");
        try {
            parseDate(text, kClock, "due date");
            FAIL("accepted");
        } catch (const ValidationError& error) {
            CHECK(error.field() == "due date");
            CHECK(error.value() == text);
            CHECK_THAT(error.what(), Catch::Contains("expected a date as YYYY-MM-DD"));
            CHECK_THAT(error.what(), Catch::StartsWith("due date: '"));
        }
    }
}

TEST_CASE("A very long date argument is cut short in the message", "[tracker][dates]") {
    const std::string huge(10000, '9');
    try {
        parseDate(huge, kClock);
        FAIL("accepted");
    } catch (const ValidationError& error) {
        CHECK(std::string(error.what()).size() < 200);
    }
}

TEST_CASE("Dates and timestamps format as ISO 8601 and read back", "[tracker][dates]") {
    CHECK(formatDate(date(2026, 4, 1)) == "2026-04-01");
    CHECK(formatDate(std::optional<Date>{}).empty());
    const Timestamp at = kClock.now();
    CHECK(formatTimestamp(at) == "2026-11-27T12:00:00Z");
    CHECK(parseTimestamp(formatTimestamp(at)) == at);
    CHECK(kClock.now() > at);  // each call moves on, so audit rows keep their order
}

namespace {

// What both backends did before readStoredDate: the shape, then Boost.
std::optional<Date> boostStoredDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    try {
        return boost::gregorian::from_simple_string(text);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string parseDateMessage(const std::string& text) {
    try {
        parseDate(text, kClock, "due date");
    } catch (const ValidationError& error) {
        return error.what();
    }
    return "accepted";
}

}  // namespace

TEST_CASE("Every day from 1900 to 2100 is written and read back as Boost wrote and read it", "[tracker][dates]") {
    int days = 0;
    for (Date day(1900, 1, 1); day <= Date(2100, 12, 31); day += boost::gregorian::days(1)) {
        const std::string written = formatDate(day);
        const std::string boostWritten = boost::gregorian::to_iso_extended_string(day);
        if (written != boostWritten) FAIL_CHECK(written << " written for " << boostWritten);
        const auto read = readStoredDate(written);
        if (!read || *read != day) FAIL_CHECK(written << " does not read back");
        if (parseDate(written, kClock) != day) FAIL_CHECK(written << " does not parse back");
        ++days;
    }
    CHECK(days == 73414);  // 201 years, 49 of them leap years (1900 and 2100 are not)
    CHECK(formatDate(Date(1400, 1, 1)) == "1400-01-01");
    CHECK(formatDate(Date(9999, 12, 31)) == "9999-12-31");
    CHECK(readStoredDate("1400-01-01") == Date(1400, 1, 1));
    CHECK(readStoredDate("9999-12-31") == Date(9999, 12, 31));
    CHECK(formatDate(Date(boost::date_time::not_a_date_time)).empty());
}

TEST_CASE("A stored date is refused exactly where Boost refused it", "[tracker][dates]") {
    std::vector<std::string> texts = {"2026-02-30", "2027-02-29", "2028-02-29", "1900-02-29", "2000-02-29",
                                      "1399-12-31", "0000-01-01", "2026-13-01", "2026-00-10", "2026-01-00",
                                      "2026-01-32", "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31",
                                      "",           "2026-04-1",  "2026-04-011", "2026/04/01", "2026-Apr-01",
                                      "20260401",   "today",      "2026-04-01T", " 2026-04-01"};
    // Every character of a few good and bad dates changed to each of these, at each place.
    const std::string replacements = std::string("0123456789 +-/.,:aZT\x7f") + '\0' + "\xc2";
    for (const std::string base : {"2026-04-01", "2028-02-29", "2026-12-31", "1400-01-01", "9999-12-31"}) {
        for (std::size_t at = 0; at < base.size(); ++at)
            for (char c : replacements) {
                std::string changed = base;
                changed[at] = c;
                texts.push_back(changed);
            }
    }
    int accepted = 0;
    for (const auto& text : texts) {
        INFO("stored: '" << text << "'");
        const auto ours = readStoredDate(text);
        CHECK(ours == boostStoredDate(text));
        if (ours) ++accepted;
    }
    CHECK(accepted > 100);  // the mutations that are still days (a digit for a digit, mostly)
    CHECK_FALSE(readStoredDate("2026-02-30"));
    CHECK_FALSE(readStoredDate("1399-12-31"));
}

TEST_CASE("A typed date that is not one says why, in the same words as before", "[tracker][dates]") {
    const std::string expected = " (expected a date as YYYY-MM-DD, such as 2026-04-01, or 'today')";
    CHECK(parseDateMessage("2026-02-30") == "due date: '2026-02-30' is not a day of the calendar" + expected);
    CHECK(parseDateMessage("2026-13-01") == "due date: '2026-13-01' has no month 13" + expected);
    CHECK(parseDateMessage("1399-12-31") == "due date: '1399-12-31' is outside the years 1400 to 9999" + expected);
    CHECK(parseDateMessage("2026-4-01") == "due date: '2026-4-01' is not a date" + expected);
    CHECK(parseDateMessage("2026-04-01") == "accepted");
}

TEST_CASE("Pounds become whole pence exactly", "[tracker][money]") {
    CHECK(parsePounds("budget", "250000") == 25'000'000);
    CHECK(parsePounds("budget", "250000.5") == 25'000'050);
    CHECK(parsePounds("budget", "0.07") == 7);
    CHECK(parsePounds("budget", "\xC2\xA3" "1,250,000.75") == 125'000'075);
    CHECK(parsePounds("budget", " 12 ") == 1200);
    CHECK(formatPounds(125'000'075) == "\xC2\xA3" "1,250,000.75");
    CHECK(formatPounds(0) == "\xC2\xA3" "0.00");
    CHECK(formatPounds(100) == "\xC2\xA3" "1.00");
}

TEST_CASE("Amounts that are not money are refused", "[tracker][money]") {
    const char* bad[] = {"-5", "12.345", "1,00", "12,0000", ",100", "abc", "", "1e6", "12.", "100000000001",
                         "1.2.3"};
    for (const char* text : bad) {
        INFO("input: '" << text << "'");
        CHECK_THROWS_AS(parsePounds("budget", text), ValidationError);
    }
    CHECK_THROWS_WITH(parsePounds("budget", "-5"), Catch::Contains("budget: '-5' is negative"));
}
