// Counting the checklist's "taking people with you" measures (tracker/taking_people.hpp).
#include "tracker/taking_people.hpp"

#include <algorithm>

namespace innotrack {

Stage stageOn(const std::vector<StageChange>& changes, Stage now, Date day) {
    if (changes.empty()) return now;
    const StageChange* last = nullptr;
    for (const StageChange& change : changes)  // the store lists them in date order
        if (change.changedOn <= day) last = &change;
    return last ? last->to : changes.front().from;
}

TakingPeopleCounts countTakingPeople(const PortfolioStore& store, Date day) {
    const std::vector<Engagement> engagements = store.listEngagements(std::nullopt);
    const std::vector<Engagement> opposition = unansweredOpposition(engagements, day);
    TakingPeopleCounts counts;
    for (Innovation innovation : store.listInnovations({})) {
        innovation.stage = stageOn(store.listStageChanges(innovation.id), innovation.stage, day);
        if (!isActive(innovation.stage)) continue;
        ++counts.active;
        const bool opposed = std::any_of(opposition.begin(), opposition.end(),
                                         [&](const Engagement& e) { return e.innovationId == innovation.id; });
        if (opposed) ++counts.withUnansweredOpposition;
        if (!takingPeopleWithItApplies(innovation)) continue;
        ++counts.pilotingOrBeyond;
        if (groupsNotEngaged(innovation.id, engagements, day).empty()) ++counts.takenPeople;
    }
    return counts;
}

}  // namespace innotrack
