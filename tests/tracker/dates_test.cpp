// Strict date parsing and formatting, and pounds to pence.
#include "tracker/dates.hpp"
#include "tracker/errors.hpp"
#include "tracker/money.hpp"

#include <catch2/catch.hpp>

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
