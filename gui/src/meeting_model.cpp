// The meeting mode's model; see meeting_model.hpp.
#include "gui/meeting_model.hpp"

#include <algorithm>

namespace innotrack::gui {

MeetingFacts meetingFacts(const PortfolioStore& store, const ReviewItem& item, const ReviewChanges& changes, Date today) {
    MeetingFacts facts;
    facts.now = item.innovation.confidence;
    facts.atLastReview = changes.confidenceAtLastReview;
    facts.overdue = changes.overdue;
    facts.newSetbacks = changes.newSetbacks;
    facts.newLessons = changes.newLessons;
    for (const Milestone& milestone : store.listMilestones(item.innovation.id)) {
        if (milestone.isDone() || milestone.isOverdue(today)) continue;
        if (!facts.nextMilestone || milestone.due < facts.nextMilestone->due) facts.nextMilestone = milestone;
    }
    for (const Risk& risk : store.listRisks(item.innovation.id)) {
        if (risk.status != RiskStatus::Open) continue;
        if (!facts.topRisk || risk.score() > facts.topRisk->score()) facts.topRisk = risk;
    }
    return facts;
}

void MeetingCursor::reset(std::size_t count, std::size_t at) {
    count_ = count;
    index_ = std::min(at, count);
}

std::vector<DecisionTaken> decisionsTaken(const ReviewModel& model) {
    std::vector<DecisionTaken> out;
    for (const ReviewItem& item : model.items())
        if (item.recorded && !item.recorded->decision.empty())
            out.push_back({item.innovation.title, item.recorded->confidence, item.recorded->decision});
    return out;
}

}  // namespace innotrack::gui
