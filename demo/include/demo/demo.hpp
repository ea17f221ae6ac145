// The demo portfolio: a realistic council's priority innovations, written through the service so
// every record is validated and audited exactly as a user's would be. The council is English
// (Northbrook) or, asked for Wales, Welsh (Glanafon): the same council, with the portfolio set to
// Wales, its ambitions and innovations tagged with the well-being goals and ways of working, and
// no Forward Plan check on its decisions (demo/src/demo_nation.cpp says what differs).
#pragma once

#include "tracker/decision.hpp"
#include "tracker/portfolio.hpp"

namespace innotrack {

// How many records of each kind the demo wrote.
struct DemoSummary {
    int people = 0;
    int ambitions = 0;
    int innovations = 0;
    int stageChanges = 0;
    int milestones = 0;
    int milestonesCompleted = 0;
    int milestoneMoves = 0;
    int risks = 0;
    int risksClosed = 0;
    int risksOccurred = 0;
    int setbacks = 0;
    int lessons = 0;
    int benefits = 0;
    int benefitsRealised = 0;
    int engagements = 0;
    int publicInnovations = 0;
    int reviews = 0;
    int reviewEntries = 0;
    int ideas = 0;
    int decisions = 0;
};

// Writes the demo into an empty portfolio, all in one transaction: a failure leaves nothing
// behind. Dates are relative to portfolio.clock().today(), so the stage board always has
// milestones due this week, overdue ones and recent setbacks. Throws ConflictError when the
// portfolio already has people, because the demo would mix with real records.
DemoSummary writeDemoPortfolio(Portfolio& portfolio, Nation nation = Nation::England);

}  // namespace innotrack
