// Writes the demo portfolio in one transaction, part by part; the data tables are in the
// demo_*.cpp files beside this one.
#include "demo/demo.hpp"

#include "demo_context.hpp"
#include "tracker/errors.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace innotrack {
namespace demo {

Date DemoContext::day(int daysFromToday) const {
    return today + boost::gregorian::days(daysFromToday);
}

Date DemoContext::dayThisWeek(int daysFromToday) const {
    // Weeks start on Monday (DOMAIN.md "Calendar").
    const int daysSinceMonday = (today.day_of_week().as_number() + 6) % 7;
    const int daysLeftThisWeek = 6 - daysSinceMonday;
    return day(daysFromToday < daysLeftThisWeek ? daysFromToday : daysLeftThisWeek);
}

Id DemoContext::actorFor(Id innovationId, Action action) const {
    const Innovation innovation = portfolio.innovation(innovationId);
    const std::array<OptionalId, 3> candidates = {innovation.leadOfficerId, innovation.cabinetLeadId,
                                                  OptionalId(leader)};
    for (const OptionalId& candidate : candidates) {
        if (!candidate) continue;
        if (permits(portfolio.person(*candidate), action, &innovation)) return *candidate;
    }
    return leader;  // permitted everything; if not, the service says why
}

std::optional<int> leftActiveIn(const InnovationRow& row) {
    for (const StageStep& step : row.steps)
        if (!isActive(step.to)) return step.daysFromToday;
    return std::nullopt;
}

}  // namespace demo

DemoSummary writeDemoPortfolio(Portfolio& portfolio, Nation nation) {
    const std::size_t existing = portfolio.store().listPeople().size();
    if (existing > 0)
        throw ConflictError("The demo can only be written into a new, empty portfolio file; this one already has " +
                            std::to_string(existing) + " people. Create a new file for the demo.");

    // One outer transaction: each service call nests inside it, so a failure part-way leaves
    // the file as empty as it was.
    const auto transaction = portfolio.store().beginWrite();
    demo::DemoContext demo(portfolio, portfolio.clock().today(), nation);
    demo::writePeopleAndAmbitions(demo);
    demo::writeInnovations(demo);
    demo::writeMilestones(demo);
    demo::writeBenefits(demo);
    demo::writeEngagements(demo);
    demo::writeRisks(demo);
    demo::writeSetbacksAndLessons(demo, demo::Written::BeforeLatestReview);
    demo::writeIdeas(demo);
    demo::writeWeeklyReviews(demo);
    demo::writeSetbacksAndLessons(demo, demo::Written::AfterLatestReview);
    demo::writeDecisions(demo);
    demo::finishInnovations(demo);
    demo::writeChecklistAnswers(demo);
    demo::markPublic(demo);
    transaction->commit();
    return demo.summary;
}

}  // namespace innotrack
