// The service's weekly review: start, record each innovation's confidence and decision, close.
#include "portfolio_change.hpp"

#include <algorithm>

namespace innotrack {
namespace {

void requireOpen(const Review& review) {
    if (!review.isOpen())
        throw ConflictError("Review " + std::to_string(review.id) + " was closed on " + formatDate(review.closedOn) +
                            "; a closed review is never edited");
}

}  // namespace

Review Portfolio::startReview(Id actor, std::optional<Date> heldOn) {
    Change change(*this, actor);
    require(change.actor(), Action::RunReview);
    if (const auto open = store_.findOpenReview())
        throw ConflictError("Review " + std::to_string(open->id) + " of " + formatDate(open->heldOn) +
                            " is still open; close it before starting another");
    Review created;
    created.heldOn = heldOn.value_or(change.today());
    rules::requireNotFuture("held on", created.heldOn, change.today());
    created.chairId = change.actor().id;
    created.id = store_.insertReview(created);
    change.record("review", created.id, "started", "held on", "", formatDate(created.heldOn));
    change.commit();
    return created;
}

ReviewEntry Portfolio::recordReview(Id actor, const ReviewEntry& entry) {
    Change change(*this, actor);
    require(change.actor(), Action::RunReview);
    const Review current = review(entry.reviewId);
    requireOpen(current);
    require(permitsChairing(change.actor(), current, person(current.chairId).name));
    Innovation reviewed = innovation(entry.innovationId);
    if (!isActive(reviewed.stage))
        throw ConflictError("'" + reviewed.title + "' is " + std::string(labelOf(reviewed.stage)) +
                            "; only active innovations are reviewed");
    ReviewEntry saved = entry;
    saved.comment = optionalText("comment", saved.comment, kMaxLongText);
    saved.decision = optionalText("decision", saved.decision, kMaxLongText);

    FieldValues before;
    for (const auto& existing : store_.listReviewEntries(current.id))
        if (existing.innovationId == saved.innovationId) before = audit::fieldsOf(existing);
    store_.saveReviewEntry(saved);
    for (const auto& difference : audit::differences(before, audit::fieldsOf(saved)))
        change.record("review", current.id, "recorded", "innovation " + std::to_string(saved.innovationId) + " " +
                      difference.field, difference.before, difference.after);

    // The review's assessment is the innovation's confidence from now on.
    if (reviewed.confidence != saved.confidence) {
        const Confidence old = reviewed.confidence;
        reviewed.confidence = saved.confidence;
        store_.updateInnovation(reviewed);
        change.record("innovation", reviewed.id, "changed", "confidence", std::string(labelOf(old)),
                      std::string(labelOf(saved.confidence)) + " (review " + std::to_string(current.id) + ")");
    }
    change.commit();
    return saved;
}

Review Portfolio::closeReview(Id actor, Id reviewId, std::optional<Date> on) {
    Change change(*this, actor);
    require(change.actor(), Action::RunReview);
    Review current = review(reviewId);
    requireOpen(current);
    require(permitsChairing(change.actor(), current, person(current.chairId).name));
    if (store_.listReviewEntries(reviewId).empty())
        throw ConflictError("Review " + std::to_string(reviewId) +
                            " has nothing recorded; record at least one innovation before closing it");
    const Date day = on.value_or(change.today());
    rules::requireNotFuture("closed on", day, change.today());
    current.closedOn = day;
    requireNoProblems(problemsOf(current));
    store_.updateReview(current);
    change.record("review", reviewId, kClosedAction, "closed on", "", formatDate(day));
    change.commit();
    return current;
}

Review Portfolio::abandonReview(Id actor, Id reviewId) {
    Change change(*this, actor);
    require(change.actor(), Action::RunReview);
    Review current = review(reviewId);
    if (!current.isOpen())
        throw ConflictError("The review of " + formatDate(current.heldOn) +
                            " is already closed; only an open review can be abandoned");
    require(permitsChairing(change.actor(), current, person(current.chairId).name));
    if (const auto entries = store_.listReviewEntries(reviewId).size(); entries > 0)
        throw ConflictError("The review of " + formatDate(current.heldOn) + " already has " +
                            (entries == 1 ? std::string("one innovation") : std::to_string(entries) + " innovations") +
                            " recorded, so it cannot be abandoned; close it instead");
    // Held today or earlier, so closing today is never before it was held.
    current.closedOn = std::max(current.heldOn, change.today());
    requireNoProblems(problemsOf(current));
    store_.updateReview(current);
    change.record("review", reviewId, "abandoned", "closed on", "", formatDate(*current.closedOn));
    change.commit();
    return current;
}

}  // namespace innotrack
