// The rules of "taken people with it" and of opposition answered (tracker/engagement.hpp).
#include "tracker/engagement.hpp"

#include <algorithm>

namespace innotrack {

std::optional<EngagedGroup> groupOf(Audience audience) {
    switch (audience) {
        case Audience::Cabinet: return EngagedGroup::Cabinet;
        case Audience::RulingGroup:
        case Audience::AllMembers:
        case Audience::Scrutiny: return EngagedGroup::Members;
        case Audience::Staff: return EngagedGroup::Staff;
        case Audience::Residents: return EngagedGroup::Residents;
        case Audience::TradeUnions:
        case Audience::Partners: return std::nullopt;
    }
    return std::nullopt;
}

const char* describe(EngagedGroup group) {
    switch (group) {
        case EngagedGroup::Cabinet: return "the cabinet";
        case EngagedGroup::Members: return "members beyond the cabinet";
        case EngagedGroup::Staff: return "staff";
        case EngagedGroup::Residents: return "residents";
    }
    return "?";
}

Date engagementWindowStart(Date day) { return sameDayMonthsBefore(day, kEngagementWindowMonths); }

bool inEngagementWindow(Date heldOn, Date day) { return heldOn <= day && heldOn >= engagementWindowStart(day); }

bool takingPeopleWithItApplies(const Innovation& innovation) {
    return isActive(innovation.stage) && innovation.stage >= Stage::Piloting;
}

std::vector<EngagedGroup> groupsNotEngaged(Id innovationId, const std::vector<Engagement>& engagements, Date day) {
    std::vector<EngagedGroup> missing;
    for (const EngagedGroup group : kEngagedGroups) {
        const bool reached = std::any_of(engagements.begin(), engagements.end(), [&](const Engagement& e) {
            return e.innovationId == innovationId && groupOf(e.audience) == group && inEngagementWindow(e.heldOn, day);
        });
        if (!reached) missing.push_back(group);
    }
    return missing;
}

std::vector<Engagement> unansweredOpposition(const std::vector<Engagement>& engagements, Date day) {
    std::vector<Engagement> unanswered;
    for (const Engagement& opposed : engagements) {
        if (opposed.stance != Stance::Opposed || opposed.heldOn > day) continue;
        const bool answered = std::any_of(engagements.begin(), engagements.end(), [&](const Engagement& later) {
            return later.innovationId == opposed.innovationId && later.audience == opposed.audience &&
                   later.heldOn > opposed.heldOn && later.heldOn <= day;
        });
        if (!answered) unanswered.push_back(opposed);
    }
    std::stable_sort(unanswered.begin(), unanswered.end(),
                     [](const Engagement& a, const Engagement& b) { return a.heldOn < b.heldOn; });
    return unanswered;
}

}  // namespace innotrack
