// The Forward Plan and the decision record (DOMAIN.md "Key decisions and the Forward Plan
// (England)"): the plan a council publishes, every key decision still to be made in a period,
// soonest first, with all its notice's contents and a flag on any notice short of 28 clear days;
// and one decision's record (reg. 12). Each in every report format; PDF is the A4 page printed.
#pragma once

#include "reports/report_format.hpp"
#include "reports/table.hpp"
#include "tracker/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innotrack::reports {

// One key decision as its notice states it, and where the notice stands.
struct ForwardPlanEntry {
    Decision decision;
    std::string innovation;  // the innovation's title
    std::string maker;       // describeMaker: name and title, or the body and its members
    std::string keyReasons;  // why it is a key decision, in words
    NoticeCheck notice;
};

struct ForwardPlan {
    Date asOf;                // the day it is printed
    Date from;                // key decisions to be made on or after this day …
    std::optional<Date> to;   // … and on or before this one, where given
    Nation nation = Nation::England;
    Pence threshold = kDefaultKeyDecisionThreshold;
    std::vector<ForwardPlanEntry> entries;  // by the day to be made, then decision number
    int flagged() const;                    // entries whose notice is short of 28 clear days
};

// Every key decision not yet made, to be made from `from` (to `to`, where given).
ForwardPlan buildForwardPlan(const PortfolioStore& store, Date asOf, Date from, std::optional<Date> to);
// One entry's notice as labelled fields, written once for every format.
Record noticeRecord(const ForwardPlanEntry& entry);
std::string renderForwardPlan(const ForwardPlan& plan, ReportFormat format);

// One decision made, with its record.
struct DecisionRecordReport {
    Date asOf;
    ForwardPlanEntry made;  // the decision as the plan shows it, and where its notice stood
    bool isKey = false;
    std::string ledFrom;    // the weekly review's decision that led to it, in words; "" for none
};

// Throws NotFound for no such decision, and ConflictError for one not yet made.
DecisionRecordReport buildDecisionRecord(const PortfolioStore& store, Id decisionId, Date asOf);
Record decisionRecordFields(const DecisionRecordReport& report);
std::string renderDecisionRecord(const DecisionRecordReport& report, ReportFormat format);

}  // namespace innotrack::reports
