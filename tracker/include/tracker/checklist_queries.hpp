// The checklist's query port: the counts behind each measure of the innovation checklist, as of
// a day, which a backend answers in its own query language (SQL for SQLite) so they stay fast at
// 100,000 innovations. docs/REPORTS.md gives each definition in words.
#pragma once

#include "tracker/calendar.hpp"
#include "tracker/checklist.hpp"

#include <cstdint>
#include <vector>

namespace innotrack {

// How many whole weeks (Monday to Sunday) before the week of the day the review measure covers.
inline constexpr int kChecklistReviewWeeks = 13;

// The 13 whole weeks before the week that contains `on`: from the Monday 13 weeks before that
// week's Monday, to the Sunday before it.
Period checklistReviewWindow(Date on);

// Counts as of a day D. "Active on D" is an innovation's stage on D, rebuilt from its stage
// changes: the stage it moved to in its latest change on or before D; before its first change,
// the stage that change moved from; with no changes, its stage now. Fields that the file does
// not date (ambition, cabinet lead, budget, staff days, inspired by) are taken as they are now.
struct ChecklistCounts {
    Date on;

    // Create the climate
    std::int64_t innovations = 0;          // every innovation, whatever its stage
    std::int64_t innovationsInspired = 0;  // of those, with "inspired by" filled in
    std::int64_t setbacks = 0;             // dated on or before D
    std::int64_t setbacksIntelligent = 0;  // of those, classed intelligent
    std::int64_t setbacksWithLesson = 0;   // of those, with a lesson linked to it recorded on or before D

    // Agree clear, long-term ambitions
    std::int64_t activeInnovations = 0;           // active on D
    std::int64_t activeWithoutAmbition = 0;       // of those, serving no ambition
    std::int64_t activeWithTimeAndMoney = 0;      // of those, with budget > 0 and staff days > 0
    std::int64_t ambitions = 0;                   // every ambition
    std::int64_t ambitionsWithoutInnovation = 0;  // no innovation serving it that is not Stopped on D
    std::int64_t ambitionsWithConcern = 0;        // with the community concern it answers filled in

    // Lead united
    std::int64_t cabinetMembers = 0;         // people whose role is cabinet member
    std::int64_t cabinetMembersLeading = 0;  // of those, cabinet lead of an innovation active on D

    // Ensure priority innovations are delivered
    std::int64_t activeWithoutCabinetLead = 0;       // active on D with no cabinet lead
    std::int64_t milestonesCompleted = 0;            // completed on or before D
    std::int64_t milestonesOnTime = 0;               // of those, completed on or before the baseline due date
    std::int64_t innovationsWithSetback = 0;         // with a setback dated on or before D
    std::int64_t innovationsAdvancedAfterSetback = 0;  // of those, with a forward stage change dated after
                                                       // one of its setbacks and on or before D
    // Review
    Period reviewWindow;                    // checklistReviewWindow(D)
    std::int64_t weeksWithoutClosedReview = 0;  // weeks of the window in which no review was held that was
                                                // closed on or before D

    bool operator==(const ChecklistCounts&) const = default;
};

class ChecklistQueries {
public:
    virtual ~ChecklistQueries() = default;

    virtual ChecklistCounts checklistCounts(Date on) const = 0;
    // The answer in force on `on` for each question: the latest answered on or before it (the
    // later id on the same day). Ordered by question key; keys this version does not know are
    // included, and the reports leave them out.
    virtual std::vector<ChecklistAnswer> latestChecklistAnswers(Date on) const = 0;
};

}  // namespace innotrack
