// Eight weeks of weekly reviews, the latest closed a week ago, each recording every innovation
// that was active on the day with its confidence, a comment and a decision.
#include "demo_context.hpp"

#include <array>
#include <cmath>

namespace innotrack::demo {
namespace {

constexpr int kWeeksOfHistory = 8;

// Who chaired each review, oldest first: the leader and the two cabinet members take turns.
constexpr std::array<std::string_view, 3> kChairs = {"leader", "priya", "tom"};

int heldInWeek(int weeksAgo) { return kLatestReviewIn - 7 * (weeksAgo - 1); }

bool activeOn(const InnovationRow& row, int daysFromToday) {
    const std::optional<int> left = leftActiveIn(row);
    return row.startIn <= daysFromToday && (!left || daysFromToday < *left);
}

// Confidence moves evenly from eight weeks ago to now across the reviews that recorded it.
Confidence confidenceAt(const InnovationRow& row, int review, int reviews) {
    const double from = static_cast<double>(row.confidenceEightWeeksAgo);
    const double to = static_cast<double>(row.confidenceNow);
    const double share = reviews > 1 ? static_cast<double>(review) / (reviews - 1) : 1.0;
    return static_cast<Confidence>(static_cast<int>(std::lround(from + (to - from) * share)));
}

std::string commentOn(Confidence previous, Confidence now) {
    const std::string label(labelOf(now));
    if (now == previous) return "Confidence held at " + label + "; milestones and risks reviewed.";
    const std::string direction = now < previous ? "up" : "down";
    return "Confidence " + direction + " from " + std::string(labelOf(previous)) + " to " + label + ".";
}

std::string decisionOn(Confidence previous, Confidence now) {
    if (now > previous) return "Cabinet lead and lead officer to agree recovery actions by next week.";
    return "Carry on as planned.";
}

}  // namespace

void writeWeeklyReviews(DemoContext& demo) {
    const std::vector<InnovationRow>& rows = innovationRows();
    // How many reviews each innovation appears in, so its confidence ends where it is now.
    std::vector<int> appearances(rows.size(), 0);
    for (int week = kWeeksOfHistory; week >= 1; --week)
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (activeOn(rows[i], heldInWeek(week))) ++appearances[i];

    std::vector<int> recorded(rows.size(), 0);
    std::vector<Confidence> previous(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) previous[i] = rows[i].confidenceEightWeeksAgo;

    for (int week = kWeeksOfHistory; week >= 1; --week) {
        const int heldIn = heldInWeek(week);
        const auto chairKey = kChairs[static_cast<std::size_t>(kWeeksOfHistory - week) % kChairs.size()];
        const Id chair = demo.people.at(chairKey);
        const Review review = demo.portfolio.startReview(chair, demo.day(heldIn));
        ++demo.summary.reviews;

        for (std::size_t i = 0; i < rows.size(); ++i) {
            const InnovationRow& row = rows[i];
            if (!activeOn(row, heldIn)) continue;
            const Confidence confidence = confidenceAt(row, recorded[i], appearances[i]);
            const bool latest = recorded[i] + 1 == appearances[i] && !row.latestComment.empty();
            ReviewEntry entry;
            entry.reviewId = review.id;
            entry.innovationId = demo.innovations.at(row.key);
            entry.confidence = confidence;
            entry.comment = latest ? std::string(row.latestComment) : commentOn(previous[i], confidence);
            entry.decision = latest ? std::string(row.latestDecision) : decisionOn(previous[i], confidence);
            // The chair records every innovation's entry: the service lets only the chair (or the
            // leader) change a review.
            demo.portfolio.recordReview(chair, entry);
            ++demo.summary.reviewEntries;
            ++recorded[i];
            previous[i] = confidence;
        }
        // The innovations promoted from ideas, from the day they were promoted.
        for (const auto& [innovationId, promotedOn] : demo.fromIdeas) {
            if (demo.day(heldIn) < promotedOn) continue;
            ReviewEntry entry;
            entry.reviewId = review.id;
            entry.innovationId = innovationId;
            entry.confidence = Confidence::AmberGreen;
            entry.comment = commentOn(Confidence::AmberGreen, Confidence::AmberGreen);
            entry.decision = decisionOn(Confidence::AmberGreen, Confidence::AmberGreen);
            demo.portfolio.recordReview(chair, entry);
            ++demo.summary.reviewEntries;
        }
        demo.portfolio.closeReview(chair, review.id, demo.day(heldIn));
    }
}

}  // namespace innotrack::demo
