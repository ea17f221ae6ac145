// Dates as the domain uses them: strict ISO 8601 parsing, formatting, and an injectable clock.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace innotrack {

using Date = boost::gregorian::date;
using Timestamp = boost::posix_time::ptime;

// Where "today" comes from. Services take a Clock so tests and demos can fix the date.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
    virtual Timestamp now() const = 0;
};

// The machine's local date and UTC time.
class SystemClock final : public Clock {
public:
    Date today() const override;
    Timestamp now() const override;
};

// A clock stopped at one day; `now()` is midday UTC of that day, plus one second per call so
// audit entries keep their order.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Date day) : day_(day) {}
    Date today() const override { return day_; }
    Timestamp now() const override;

private:
    Date day_;
    mutable long ticks_ = 0;
};

// Parses YYYY-MM-DD (a real calendar day) or the word "today". Anything else throws
// ValidationError naming `field` and saying what was expected.
Date parseDate(std::string_view text, const Clock& clock, std::string_view field = "date");

// The same day of the month `months` calendar months before `day`, or that month's last day where
// the day does not exist there (31 August, 6 months before: 28 or 29 February). Unlike Boost's
// month arithmetic, a month's last day is not carried to the other month's last day (30 April,
// 6 months before, is 30 October, not 31).
Date sameDayMonthsBefore(Date day, int months);

// A date as innotrack stores it, YYYY-MM-DD: the day, or nullopt when `text` is not one. What
// both backends read every stored date with. It accepts and refuses exactly what Boost's
// from_simple_string does for a ten-character text with '-' at 5 and 8 (the backends' check before
// it), but reads the all-digit form itself: Boost's tokenizer and stream cost a list of 100,000
// milestones a sixth of its time (docs/PERFORMANCE.md). Other shapes still go to Boost.
std::optional<Date> readStoredDate(std::string_view text);

// YYYY-MM-DD ("" for Boost's special dates, which innotrack never stores).
std::string formatDate(Date date);
std::string formatDate(const std::optional<Date>& date);  // "" when empty

// YYYY-MM-DDTHH:MM:SSZ.
std::string formatTimestamp(Timestamp at);
Timestamp parseTimestamp(std::string_view text);

}  // namespace innotrack
