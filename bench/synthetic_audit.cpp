// The generated portfolio's audit trail: the entries the app would have written as its setbacks,
// lessons and reviews were recorded, so the board's "new since the last review" (which goes by the
// audit trail's order, tracker/new_since.hpp) counts what it would on a portfolio kept in innotrack.
#include "synthetic_portfolio.hpp"

#include <algorithm>
#include <tuple>

namespace innotrack::bench {

namespace {

// A record written at `hour` on `on`, but never after the portfolio's day: a lesson dated after it
// is one typed in ahead, on the day.
Timestamp writtenAt(Date on, int hour) {
    return Timestamp(std::min(on, syntheticToday()), boost::posix_time::hours(hour));
}

AuditEntry entryFor(Timestamp at, Id actor, const char* entity, Id id, const char* action, std::string field,
                    std::string after) {
    AuditEntry entry;
    entry.at = at;
    entry.actorId = actor;
    entry.entity = entity;
    entry.entityId = id;
    entry.action = action;
    entry.field = std::move(field);
    entry.newValue = std::move(after);
    entry.osUser = "bench";
    entry.host = "bench-generator";
    return entry;
}

}  // namespace

std::vector<AuditEntry> syntheticAuditTrail(const SyntheticPortfolio& portfolio) {
    std::vector<AuditEntry> trail;
    trail.reserve(portfolio.setbacks.size() + portfolio.lessons.size() + 2 * portfolio.reviews.size());
    // A review starts in the morning and closes in the evening of its closing day, so a setback
    // logged at 10:00 on that day was seen by it, as the hand-written SQL's dates say.
    for (const auto& review : portfolio.reviews) {
        trail.push_back(entryFor(writtenAt(review.heldOn, 9), review.chairId, "review", review.id, "started", "held on",
                                 formatDate(review.heldOn)));
        if (review.closedOn)
            trail.push_back(entryFor(writtenAt(*review.closedOn, 17), review.chairId, "review", review.id,
                                     kClosedAction, "closed on", formatDate(*review.closedOn)));
    }
    for (const auto& setback : portfolio.setbacks)
        trail.push_back(entryFor(writtenAt(setback.occurredOn, 10), setback.loggedById, "setback", setback.id,
                                 kAddedAction, "", "what happened: " + setback.whatHappened));
    for (const auto& lesson : portfolio.lessons)
        trail.push_back(entryFor(writtenAt(lesson.recordedOn, 11), lesson.recordedById, "lesson", lesson.id,
                                 kAddedAction, "", "what happened: " + lesson.whatHappened));
    // By time; at the same time, in the order the records were made (their kind, then id).
    std::stable_sort(trail.begin(), trail.end(), [](const AuditEntry& a, const AuditEntry& b) {
        return std::tie(a.at, a.entity, a.entityId) < std::tie(b.at, b.entity, b.entityId);
    });
    return trail;
}

}  // namespace innotrack::bench
