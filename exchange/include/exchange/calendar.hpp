// The portfolio's dates as an iCalendar file (RFC 5545) that calendar programs import: every
// milestone on its current due date and every weekly review, as all-day events whose UIDs stay
// the same from one export to the next, so importing again updates events instead of doubling them.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/store.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace innotrack::exchange {

struct CalendarSummary {
    std::size_t milestones = 0;
    std::size_t reviews = 0;            // weekly reviews held or open
    std::optional<Date> plannedReview;  // the next weekly review, added when none is open
};

struct CalendarFile {
    std::string ics;  // CRLF line ends, lines folded at 75 octets, as RFC 5545 asks
    CalendarSummary summary;
};

// Reads the portfolio once and writes the calendar. `today` only decides the planned review's
// date; nothing else depends on the day of the export, so an unchanged portfolio gives a
// byte-identical file (docs/EXPORT.md says what each property holds).
CalendarFile renderCalendar(const PortfolioStore& store, Date today);

// "milestone-14@3f9a0c1d2e4b5a69.innotrack": the milestone's id and the portfolio key.
std::string milestoneUid(Id milestoneId, std::string_view portfolioKey);
// "review-20260302@3f9a0c1d2e4b5a69.innotrack" for the first review held on a day (and the
// review planned for it), "review-20260302-2@..." for a second one the same day.
std::string reviewUid(Date heldOn, int ofTheDay, std::string_view portfolioKey);

}  // namespace innotrack::exchange
