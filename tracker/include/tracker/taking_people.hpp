// The checklist's leadership measures of "taking people with you" (DOMAIN.md), counted from the
// store on a day with the rules of tracker/engagement.hpp.
#pragma once

#include "tracker/store.hpp"

#include <cstdint>

namespace innotrack {

struct TakingPeopleCounts {
    std::int64_t pilotingOrBeyond = 0;  // active on the day at Piloting or Scaling
    std::int64_t takenPeople = 0;       // of those, that have taken people with them
    std::int64_t active = 0;            // active on the day, at any stage
    std::int64_t withUnansweredOpposition = 0;  // of those, with opposition heard and not answered by the day

    bool operator==(const TakingPeopleCounts&) const = default;
};

// An innovation's stage on `day`: where its last stage change on or before the day took it; before
// its first change, where that change started from; with no changes at all, its stage now.
Stage stageOn(const std::vector<StageChange>& changes, Stage now, Date day);

TakingPeopleCounts countTakingPeople(const PortfolioStore& store, Date day);

}  // namespace innotrack
