// What goes in the calendar: milestones on their current due date, weekly reviews on the day they
// were held, and the next review when none is open. docs/EXPORT.md explains each choice.
#include "calendar_events.hpp"

#include "exchange/calendar.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace innotrack::exchange::detail {

namespace {

namespace greg = boost::gregorian;

std::string timesWords(std::size_t count) {
    if (count == 1) return "once";
    if (count == 2) return "twice";
    return std::to_string(count) + " times";
}

// A reason as typed, ended as a sentence.
std::string sentence(const std::string& text) {
    if (text.empty() || text.back() == '.' || text.back() == '!' || text.back() == '?') return text;
    return text + ".";
}

std::string nameOr(const std::map<Id, std::string>& names, OptionalId id) {
    if (!id) return {};
    const auto found = names.find(*id);
    return found != names.end() ? found->second : std::string();
}

// DTSTAMP says when the calendar's data was made. The latest audit entry is the moment the
// portfolio last changed: the same for every export of an unchanged file, later after any change.
Timestamp lastChange(const PortfolioStore& store, Date today) {
    AuditFilter newest;
    newest.limit = 1;
    const auto entries = store.listAudit(newest);
    if (entries.empty()) return Timestamp(today);
    return entries.back().at;
}

CalendarEvent milestoneEvent(const PortfolioStore& store, const Milestone& milestone, const Innovation* innovation,
                             const std::map<Id, std::string>& people, const std::string& key) {
    CalendarEvent event;
    event.uid = milestoneUid(milestone.id, key);
    event.day = milestone.due;
    event.category = "Milestone";
    const std::string innovationTitle =
        innovation != nullptr ? innovation->title : "#" + std::to_string(milestone.innovationId);
    event.summary = innovationTitle + ": " + milestone.title;

    std::vector<std::string> lines;
    const auto moves = store.listMilestoneMoves(milestone.id);
    if (!moves.empty() || milestone.due != milestone.baselineDue) {
        std::string line = "Baseline due " + formatDate(milestone.baselineDue) + ".";
        if (!moves.empty())
            line += " Moved " + timesWords(moves.size()) + ", last on " + formatDate(moves.back().movedOn) + ": " +
                    sentence(moves.back().reason);
        lines.push_back(line);
    }
    if (milestone.completedOn)
        lines.push_back("Done on " + formatDate(*milestone.completedOn) +
                        (milestone.onTime() ? ", on time." : ", after the baseline due date."));
    if (innovation != nullptr) {
        std::string leads = "Stage: " + std::string(labelOf(innovation->stage)) + ".";
        if (const auto officer = nameOr(people, innovation->leadOfficerId); !officer.empty())
            leads += " Lead officer: " + officer + ".";
        if (const auto cabinet = nameOr(people, innovation->cabinetLeadId); !cabinet.empty())
            leads += " Cabinet lead: " + cabinet + ".";
        lines.push_back(leads);
    }
    for (const std::string& line : lines) event.description += (event.description.empty() ? "" : "\n") + line;

    // Each move and the completion change what a calendar shows, so each counts once.
    event.sequence = static_cast<int>(moves.size()) + (milestone.completedOn ? 1 : 0);
    // What a stopped innovation had still to do will not happen.
    const bool stopped = innovation != nullptr && innovation->stage == Stage::Stopped;
    event.status = stopped && !milestone.completedOn ? EventStatus::Cancelled : EventStatus::Confirmed;
    return event;
}

CalendarEvent reviewEvent(const PortfolioStore& store, const Review& review, int ofTheDay,
                          const std::map<Id, std::string>& people, const std::string& key) {
    CalendarEvent event;
    event.uid = reviewUid(review.heldOn, ofTheDay, key);
    event.day = review.heldOn;
    event.category = "Weekly review";
    event.summary = "Weekly review of priority innovations";
    const std::size_t entries = store.listReviewEntries(review.id).size();
    event.description = "Chaired by " + nameOr(people, review.chairId) + ". " + std::to_string(entries) +
                        (entries == 1 ? " innovation" : " innovations") + " reviewed. " +
                        (review.closedOn ? "Closed on " + formatDate(*review.closedOn) + "." : "Still open.");
    // A held review replaces the planned event with the same UID.
    event.sequence = 1;
    return event;
}

CalendarEvent plannedReviewEvent(Date day, const std::string& key) {
    CalendarEvent event;
    event.uid = reviewUid(day, 1, key);
    event.day = day;
    event.category = "Weekly review";
    event.summary = "Weekly review of priority innovations";
    event.description = "Planned: a week after the last review. Start it with innotrack review start.";
    event.status = EventStatus::Tentative;
    return event;
}

}  // namespace

CalendarEvents calendarEvents(const PortfolioStore& store, Date today) {
    CalendarEvents out;
    const std::string key = store.portfolioKey();
    out.stamp = lastChange(store, today);

    std::map<Id, std::string> people;
    for (const Person& person : store.listPeople()) people.emplace(person.id, person.name);
    std::map<Id, Innovation> innovations;
    for (Innovation& innovation : store.listInnovations({})) innovations.emplace(innovation.id, std::move(innovation));

    for (const Milestone& milestone : store.listMilestones(std::nullopt)) {
        const auto found = innovations.find(milestone.innovationId);
        out.events.push_back(milestoneEvent(store, milestone, found != innovations.end() ? &found->second : nullptr,
                                            people, key));
        ++out.milestones;
    }

    // Oldest first, and by id within a day, so the same review keeps the same place in its day. An
    // abandoned review (started by mistake) was never held: it is no event.
    auto reviews = store.listReviews();
    std::erase_if(reviews, [&](const Review& review) {
        return wasAbandoned(review, store.listReviewEntries(review.id).size());
    });
    std::sort(reviews.begin(), reviews.end(),
              [](const Review& a, const Review& b) { return std::tie(a.heldOn, a.id) < std::tie(b.heldOn, b.id); });
    std::map<Date, int> perDay;
    bool anyOpen = false;
    for (const Review& review : reviews) {
        out.events.push_back(reviewEvent(store, review, ++perDay[review.heldOn], people, key));
        anyOpen = anyOpen || review.isOpen();
        ++out.reviews;
    }
    // The next review, a week after the latest, kept on the same weekday but never in the past.
    if (!reviews.empty() && !anyOpen) {
        Date next = reviews.back().heldOn + greg::days(7);
        while (next < today) next += greg::days(7);
        if (perDay.count(next) == 0) {
            out.events.push_back(plannedReviewEvent(next, key));
            out.plannedReview = next;
        }
    }
    return out;
}

}  // namespace innotrack::exchange::detail
