// The calendar's events as plain data, built from the portfolio; calendar.cpp turns them into
// iCalendar with libical.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innotrack::exchange::detail {

enum class EventStatus { Confirmed, Tentative, Cancelled };

// An all-day event on `day`.
struct CalendarEvent {
    std::string uid;
    Date day;
    std::string summary;
    std::string description;
    std::string category;
    EventStatus status = EventStatus::Confirmed;
    int sequence = 0;  // RFC 5545: goes up with each change a calendar must take over the copy it has
};

struct CalendarEvents {
    std::vector<CalendarEvent> events;  // milestones by due date, then reviews by date
    Timestamp stamp;                    // DTSTAMP of every event: when the portfolio last changed
    std::size_t milestones = 0;
    std::size_t reviews = 0;
    std::optional<Date> plannedReview;
};

CalendarEvents calendarEvents(const PortfolioStore& store, Date today);

}  // namespace innotrack::exchange::detail
