// The weekly review's model (the cabinet member's ritual): the open review, every active innovation
// in it, and for the one being looked at what changed since the last closed review. No ImGui here.
#pragma once

#include "gui/app_state.hpp"
#include "tracker/board_queries.hpp"
#include "tracker/store.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::gui {

struct ReviewItem {
    Innovation innovation;
    std::string cabinetLead;
    std::optional<ReviewEntry> recorded;  // in the open review
};

struct MovedMilestone {
    Milestone milestone;
    MilestoneMove move;
};

// What changed for one innovation since the last closed review (or ever, with none closed yet).
struct ReviewChanges {
    std::optional<Confidence> confidenceAtLastReview;
    std::vector<Milestone> completed;
    std::vector<MovedMilestone> moved;
    std::vector<Milestone> overdue;  // outstanding and due before today, whenever they fell due
    std::vector<Risk> newRisks;
    std::vector<Setback> newSetbacks;
    std::vector<Lesson> newLessons;

    bool nothingNew() const {
        return completed.empty() && moved.empty() && newRisks.empty() && newSetbacks.empty() && newLessons.empty();
    }
};

// A review that has closed, or was abandoned, as the list of past reviews shows it.
struct PastReview {
    Review review;
    std::string chair;
    std::size_t recorded = 0;  // innovations recorded in it
    bool abandoned() const { return wasAbandoned(review, recorded); }
};

// One entry of a past review, with the innovation's title (read-only).
struct PastReviewEntry {
    std::string innovation;
    ReviewEntry entry;
};

class ReviewModel {
public:
    // `board` says which review was the last to close by `today` (the board paper's definition,
    // BoardQueries::lastClosedReview), so the review and the board follow up the same one.
    void load(const PortfolioStore& store, const BoardQueries& board, Date today);

    const std::optional<Review>& openReview() const { return open_; }
    const std::optional<BoardReview>& lastClosed() const { return lastClosed_; }
    // The last closed review's closing day, empty when none has closed yet. Setbacks are new when
    // recorded after it closed (tracker/new_since.hpp); milestones done or moved and risks raised,
    // when dated after this day.
    std::optional<Date> since() const;
    const std::string& chairName() const { return chair_; }
    const std::vector<ReviewItem>& items() const { return items_; }
    std::size_t recordedCount() const;
    // Index of the first item not yet recorded, or 0.
    std::size_t firstUnrecorded() const;

    ReviewChanges changesFor(const PortfolioStore& store, Id innovationId, Date today) const;

    // Every closed or abandoned review, newest first.
    const std::vector<PastReview>& pastReviews() const { return past_; }
    const PastReview* pastReview(Id reviewId) const;
    // A review held on `day` that closed with something recorded: starting another that day asks first.
    const PastReview* closedReviewHeldOn(Date day) const;
    // What a past review recorded, innovation by innovation, in the order of their titles.
    std::vector<PastReviewEntry> entriesOf(const PortfolioStore& store, Id reviewId) const;

private:
    std::optional<Review> open_;
    std::optional<BoardReview> lastClosed_;
    std::vector<ReviewEntry> lastClosedEntries_;
    std::string chair_;
    std::vector<ReviewItem> items_;
    std::vector<PastReview> past_;
};

// What the chair has typed for one innovation and not necessarily recorded yet.
struct ReviewDraft {
    Confidence confidence = Confidence::Amber;
    std::string comment;
    std::string decision;
    FieldErrors errors;
};

// Every draft typed in the open review, kept here (not in ImGui's widgets) so that stepping between
// innovations, switching tab or a reload never loses what was typed. They belong to one review:
// when another review is open (or none), they are dropped.
class ReviewDrafts {
public:
    // Keeps the drafts if they belong to review `reviewId` of the portfolio whose key is
    // `portfolioKey` (PortfolioStore::portfolioKey: ids repeat across files), else starts afresh.
    // True when it started afresh.
    bool follow(const std::string& portfolioKey, OptionalId reviewId);
    OptionalId reviewId() const { return reviewId_; }
    const std::string& portfolioKey() const { return portfolioKey_; }
    // The draft for the item, made from what is recorded (or the innovation's confidence) at first.
    ReviewDraft& draftFor(const ReviewItem& item);
    const ReviewDraft* find(Id innovationId) const;
    // Typed and different from what is recorded for the item (nothing recorded: any comment or
    // decision typed, or a confidence other than the innovation's).
    bool unrecorded(const ReviewItem& item) const;
    void discard() { drafts_.clear(); }

private:
    std::string portfolioKey_;
    OptionalId reviewId_;
    std::map<Id, ReviewDraft> drafts_;
};

// What the chair is shown before a review closes.
struct CloseSummary {
    std::vector<const ReviewItem*> noEntry;          // active innovations with nothing recorded
    std::vector<const ReviewItem*> unrecordedDrafts;  // typed but not recorded
    std::size_t recorded = 0;

    bool hasDrafts() const { return !unrecordedDrafts.empty(); }
    // Closing without the drafts needs something recorded already.
    bool mayCloseWithoutDrafts() const { return recorded > 0; }
};
CloseSummary closeSummary(const ReviewModel& model, const ReviewDrafts& drafts);

// What was typed for an innovation and never recorded because the review closed (or was
// abandoned) at another desk: shown to the chair to copy, never silently dropped.
struct LeftDraft {
    std::string innovation;
    ReviewDraft draft;
};
// One line for a draft: "Title: Amber. Comment: …. Decision: …".
std::string describeDraft(const std::string& innovation, const ReviewDraft& draft);
std::vector<LeftDraft> unrecordedDrafts(const ReviewModel& model, const ReviewDrafts& drafts);

}  // namespace innotrack::gui
