// The weekly review's model (the cabinet member's ritual): the open review, every active innovation
// in it, and for the one being looked at what changed since the last closed review. No ImGui here.
#pragma once

#include "tracker/store.hpp"

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

    bool nothingNew() const { return completed.empty() && moved.empty() && newRisks.empty() && newSetbacks.empty(); }
};

class ReviewModel {
public:
    void load(const PortfolioStore& store);

    const std::optional<Review>& openReview() const { return open_; }
    const std::optional<Review>& lastClosed() const { return lastClosed_; }
    // Records dated after this day are new; empty when no review has closed yet.
    std::optional<Date> since() const;
    const std::string& chairName() const { return chair_; }
    const std::vector<ReviewItem>& items() const { return items_; }
    std::size_t recordedCount() const;
    // Index of the first item not yet recorded, or 0.
    std::size_t firstUnrecorded() const;

    ReviewChanges changesFor(const PortfolioStore& store, Id innovationId, Date today) const;

private:
    std::optional<Review> open_;
    std::optional<Review> lastClosed_;
    std::vector<ReviewEntry> lastClosedEntries_;
    std::string chair_;
    std::vector<ReviewItem> items_;
};

}  // namespace innotrack::gui
