// The iCalendar file written with libical, which does RFC 5545's escaping and line folding.
#include "exchange/calendar.hpp"

#include "calendar_events.hpp"
#include "tracker/errors.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace innotrack::exchange {

namespace {

struct ComponentFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
    void operator()(char* text) const { icalmemory_free_buffer(text); }
};

// An all-day date (VALUE=DATE): no time and no time zone, so it falls on the same day everywhere.
icaltimetype dayOf(Date day) {
    icaltimetype out = icaltime_null_date();
    out.year = static_cast<int>(day.year());
    out.month = static_cast<int>(day.month().as_number());
    out.day = static_cast<int>(day.day());
    return out;
}

icaltimetype utcTime(Timestamp at) {
    icaltimetype out = icaltime_null_time();
    const Date day = at.date();
    const auto time = at.time_of_day();
    out.year = static_cast<int>(day.year());
    out.month = static_cast<int>(day.month().as_number());
    out.day = static_cast<int>(day.day());
    out.hour = static_cast<int>(time.hours());
    out.minute = static_cast<int>(time.minutes());
    out.second = static_cast<int>(time.seconds());
    out.zone = icaltimezone_get_utc_timezone();
    return out;
}

icalproperty_status statusOf(detail::EventStatus status) {
    switch (status) {
        case detail::EventStatus::Tentative: return ICAL_STATUS_TENTATIVE;
        case detail::EventStatus::Cancelled: return ICAL_STATUS_CANCELLED;
        case detail::EventStatus::Confirmed: break;
    }
    return ICAL_STATUS_CONFIRMED;
}

// libical reports a failure by returning null; the only likely cause is running out of memory.
template <typename T>
T* made(T* made, const char* what) {
    if (made == nullptr)
        throw StorageError(std::string("Could not make the calendar file: libical failed on ") + what + " (" +
                           icalerror_strerror(icalerrno) + ")");
    return made;
}

void add(icalcomponent* component, icalproperty* property, const char* what) {
    icalcomponent_add_property(component, made(property, what));
}

icalproperty* extension(const char* name, const std::string& value) {
    icalproperty* property = made(icalproperty_new_x(value.c_str()), name);
    icalproperty_set_x_name(property, name);
    return property;
}

Component eventOf(const detail::CalendarEvent& event, Timestamp stamp) {
    Component vevent(made(icalcomponent_new_vevent(), "VEVENT"));
    icalcomponent* e = vevent.get();
    add(e, icalproperty_new_uid(event.uid.c_str()), "UID");
    add(e, icalproperty_new_dtstamp(utcTime(stamp)), "DTSTAMP");
    add(e, icalproperty_new_dtstart(dayOf(event.day)), "DTSTART");
    // DTEND is the day after: the event lasts the whole day, as Outlook and Google expect it written.
    add(e, icalproperty_new_dtend(dayOf(event.day + boost::gregorian::days(1))), "DTEND");
    add(e, icalproperty_new_summary(event.summary.c_str()), "SUMMARY");
    if (!event.description.empty()) add(e, icalproperty_new_description(event.description.c_str()), "DESCRIPTION");
    add(e, icalproperty_new_categories(event.category.c_str()), "CATEGORIES");
    add(e, icalproperty_new_status(statusOf(event.status)), "STATUS");
    add(e, icalproperty_new_sequence(event.sequence), "SEQUENCE");
    // A milestone's day should not show the people as busy.
    add(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT), "TRANSP");
    return vevent;
}

std::string textOf(icalcomponent* component) {
    const std::unique_ptr<char, BufferFree> text(made(icalcomponent_as_ical_string_r(component), "the text"));
    return text.get();
}

}  // namespace

std::string milestoneUid(Id milestoneId, std::string_view portfolioKey) {
    return "milestone-" + std::to_string(milestoneId) + "@" + std::string(portfolioKey) + ".innotrack";
}

std::string reviewUid(Date heldOn, int ofTheDay, std::string_view portfolioKey) {
    std::string day = formatDate(heldOn);
    day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
    return "review-" + day + (ofTheDay > 1 ? "-" + std::to_string(ofTheDay) : "") + "@" + std::string(portfolioKey) +
           ".innotrack";
}

CalendarFile renderCalendar(const PortfolioStore& store, Date today) {
    const detail::CalendarEvents events = detail::calendarEvents(store, today);

    Component calendar(made(icalcomponent_new_vcalendar(), "VCALENDAR"));
    add(calendar.get(), icalproperty_new_prodid("-//innotrack//Priority innovations//EN"), "PRODID");
    add(calendar.get(), icalproperty_new_version("2.0"), "VERSION");
    add(calendar.get(), icalproperty_new_calscale("GREGORIAN"), "CALSCALE");
    add(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH), "METHOD");
    add(calendar.get(), extension("X-WR-CALNAME", "Priority innovations"), "X-WR-CALNAME");
    add(calendar.get(), extension("X-WR-CALDESC", "Milestones and weekly reviews from innotrack"), "X-WR-CALDESC");

    // Each event is made, written and freed in turn, between the calendar's own first and last
    // lines, so 100,000 milestones are never all held as libical components at once.
    constexpr std::string_view kEnd = "END:VCALENDAR\r\n";
    const std::string head = textOf(calendar.get());
    if (head.size() < kEnd.size() || head.compare(head.size() - kEnd.size(), kEnd.size(), kEnd) != 0)
        throw StorageError("Could not make the calendar file: libical wrote an unexpected calendar");
    CalendarFile out;
    out.ics = head.substr(0, head.size() - kEnd.size());
    for (const detail::CalendarEvent& event : events.events) out.ics += textOf(eventOf(event, events.stamp).get());
    out.ics += kEnd;
    out.summary.milestones = events.milestones;
    out.summary.reviews = events.reviews;
    out.summary.plannedReview = events.plannedReview;
    return out;
}

}  // namespace innotrack::exchange
