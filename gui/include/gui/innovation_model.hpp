// The Innovation view's model: one innovation with its milestones (and their moves), risk register
// and heat map, setbacks, lessons, benefits and audit history, read in one go. No ImGui here.
#pragma once

#include "tracker/audit.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/trend_queries.hpp"
#include "tracker/store.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace innotrack::gui {

enum class MilestoneState { DoneOnTime, DoneLate, Overdue, Due };

struct MilestoneRow {
    Milestone milestone;
    std::vector<MilestoneMove> moves;
    MilestoneState state = MilestoneState::Due;
};

struct RiskRow {
    Risk risk;
    std::string owner;
    RiskBand band = RiskBand::Low;
};

struct InnovationDetail {
    Innovation innovation;
    std::string ambition;
    std::string cabinetLead;
    std::string leadOfficer;
    std::vector<StageChange> stageChanges;
    std::vector<MilestoneRow> milestones;
    std::vector<RiskRow> risks;
    RiskBands bands;
    RiskHeatMap heatMap{};  // open risks, by likelihood and impact (residual where set)
    int openRisks = 0;
    std::vector<Setback> setbacks;
    std::vector<Lesson> lessons;
    std::vector<Benefit> benefits;
    std::vector<Engagement> engagements;  // by date, then id
    // As of the day read (tracker/engagement.hpp): whether it is asked to have taken people with
    // it, the groups it has not reached, and the opposition heard and not yet answered.
    bool takingPeopleApplies = false;
    std::vector<EngagedGroup> notEngaged;
    std::vector<Engagement> unansweredOpposition;
    // The confidence every weekly review held by the day gave it, in the order held (trend port).
    std::vector<ConfidencePoint> confidenceByReview;
    std::vector<AuditEntry> history;  // the innovation and everything on it, oldest first
    std::map<Id, std::string> names;  // people by id, for the history's "who"
    // The timeline's span: every baseline, current and completion date, and today, with a margin.
    Date timelineFrom;
    Date timelineTo;

    const std::string& nameOf(Id person) const;
};

// Throws NotFound when there is no such innovation.
InnovationDetail loadInnovationDetail(const PortfolioStore& store, const TrendQueries& trend, Id innovationId,
                                      Date today);

std::string_view milestoneStateWords(MilestoneState state);  // "Done on time", "Overdue", …
// "Moved 2 times, 19 days later than first planned", or "" when it never moved.
std::string slipWords(const MilestoneRow& row);

}  // namespace innotrack::gui
