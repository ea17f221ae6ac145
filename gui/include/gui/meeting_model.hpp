// The weekly review's meeting mode, for the screen in the cabinet room: one innovation at a time,
// then an end page with the decisions taken. Another view of the same open review (ReviewModel,
// ReviewDrafts): nothing is recorded here that the review view would not record. No ImGui here.
#pragma once

#include "gui/review_model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::gui {

// What the room sees for one innovation. New means what ReviewModel::changesFor counts as new.
struct MeetingFacts {
    Confidence now = Confidence::Amber;
    std::optional<Confidence> atLastReview;
    std::optional<Milestone> nextMilestone;  // the outstanding one due soonest, not yet overdue
    std::vector<Milestone> overdue;
    std::optional<Risk> topRisk;  // the open risk with the highest score
    std::vector<Setback> newSetbacks;
    std::vector<Lesson> newLessons;
};
MeetingFacts meetingFacts(const PortfolioStore& store, const ReviewItem& item, const ReviewChanges& changes, Date today);

// Where the meeting is: on one of `count` innovations, or on the end page after the last.
class MeetingCursor {
public:
    void reset(std::size_t count, std::size_t at);
    std::size_t index() const { return index_; }
    bool atEnd() const { return index_ >= count_; }
    void next() { if (index_ < count_) ++index_; }
    void previous() { if (index_ > 0) --index_; }

private:
    std::size_t count_ = 0;
    std::size_t index_ = 0;  // == count_: the end page
};

// One decision recorded in the open review, as the end page lists it.
struct DecisionTaken {
    std::string innovation;
    Confidence confidence = Confidence::Amber;
    std::string decision;
};
// In the review's order; innovations recorded without a decision are left out.
std::vector<DecisionTaken> decisionsTaken(const ReviewModel& model);

}  // namespace innotrack::gui
