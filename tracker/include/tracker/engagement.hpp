// Engagements and "taken people with it" (DOMAIN.md "Taking people with you (leading united)"):
// who an innovation's people have engaged, how, and what they heard; and the rules the board paper
// and the checklist's leadership measures read from them, written once here.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/innovation.hpp"
#include "tracker/scales.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innotrack {

struct Engagement {
    Id id = 0;
    Id innovationId = 0;
    Date heldOn;
    Audience audience = Audience::Cabinet;
    EngagementForm form = EngagementForm::Briefing;
    Id ledById = 0;                   // the person who led it
    std::optional<int> participants;  // how many took part, where counted
    Stance stance = Stance::Support;  // the stance heard
    std::string concerns;             // concerns raised
    std::string response;             // the response to them

    bool operator==(const Engagement&) const = default;
};

// The four groups an innovation must have engaged to have taken people with it. Members beyond
// the cabinet are reached through the ruling group, all members or a scrutiny committee; trade
// unions and partners count towards none of them.
enum class EngagedGroup { Cabinet, Members, Staff, Residents };
inline constexpr EngagedGroup kEngagedGroups[] = {EngagedGroup::Cabinet, EngagedGroup::Members, EngagedGroup::Staff,
                                                  EngagedGroup::Residents};
std::optional<EngagedGroup> groupOf(Audience audience);
// "the cabinet", "members beyond the cabinet", "staff", "residents".
const char* describe(EngagedGroup group);

// "In the last 6 months" of a day: the window's length in calendar months.
inline constexpr int kEngagementWindowMonths = 6;
// The first day of the window that ends on `day` (DOMAIN.md): the same day of the month
// kEngagementWindowMonths before, or that month's last day where the day does not exist.
Date engagementWindowStart(Date day);
// On or after engagementWindowStart(day) and not after `day`.
bool inEngagementWindow(Date heldOn, Date day);

// Whether "taken people with it" is asked of an innovation: active and at Piloting or beyond.
bool takingPeopleWithItApplies(const Innovation& innovation);

// The groups `engagements` (any innovation's; only `innovationId`'s count) have not reached in the
// window ending on `day`, in kEngagedGroups' order. Empty means it has taken people with it.
std::vector<EngagedGroup> groupsNotEngaged(Id innovationId, const std::vector<Engagement>& engagements, Date day);

// Opposition heard and not yet answered by `day`: each engagement on or before `day` that heard
// opposition, with no engagement of the same innovation and audience dated after it (on or before
// `day`). Going back to the same audience is answering it; what they said then is that engagement's
// own stance. Oldest first.
std::vector<Engagement> unansweredOpposition(const std::vector<Engagement>& engagements, Date day);

}  // namespace innotrack
