// "Taken people with it" and opposition answered (tracker/engagement.hpp), worked by hand: each
// case says which day the window starts and why each engagement counts or not.
#include "tracker/engagement.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using boost::gregorian::date;

namespace {

constexpr Id kMine = 1;
constexpr Id kOther = 2;

Engagement held(Audience audience, Date on, Stance stance = Stance::Support, Id innovation = kMine) {
    Engagement e;
    e.innovationId = innovation;
    e.heldOn = on;
    e.audience = audience;
    e.stance = stance;
    return e;
}

// All four groups, each reached on `on`.
std::vector<Engagement> everyone(Date on) {
    return {held(Audience::Cabinet, on), held(Audience::Scrutiny, on), held(Audience::Staff, on),
            held(Audience::Residents, on)};
}

}  // namespace

TEST_CASE("six calendar months before: the same day, or the month's last day where it does not exist",
          "[tracker][engagement]") {
    CHECK(sameDayMonthsBefore(date(2027, 3, 15), 6) == date(2026, 9, 15));
    CHECK(sameDayMonthsBefore(date(2027, 1, 10), 6) == date(2026, 7, 10));  // back across the year
    CHECK(sameDayMonthsBefore(date(2027, 8, 31), 6) == date(2027, 2, 28));  // no 31 February
    CHECK(sameDayMonthsBefore(date(2028, 8, 31), 6) == date(2028, 2, 29));  // a leap year
    CHECK(sameDayMonthsBefore(date(2027, 4, 30), 6) == date(2026, 10, 30));  // not carried to the 31st
    CHECK(sameDayMonthsBefore(date(2026, 12, 31), 6) == date(2026, 6, 30));
    CHECK(engagementWindowStart(date(2027, 3, 15)) == date(2026, 9, 15));
}

TEST_CASE("an engagement exactly six months before counts, one day more does not, none after the day",
          "[tracker][engagement]") {
    const Date day(2027, 3, 15);
    CHECK(inEngagementWindow(date(2026, 9, 15), day));
    CHECK_FALSE(inEngagementWindow(date(2026, 9, 14), day));
    CHECK(inEngagementWindow(day, day));
    CHECK_FALSE(inEngagementWindow(date(2027, 3, 16), day));

    CHECK(groupsNotEngaged(kMine, everyone(date(2026, 9, 15)), day).empty());
    CHECK(groupsNotEngaged(kMine, everyone(date(2026, 9, 14)), day) ==
          std::vector<EngagedGroup>{EngagedGroup::Cabinet, EngagedGroup::Members, EngagedGroup::Staff,
                                    EngagedGroup::Residents});
}

TEST_CASE("on 31 August the window opens on the last day of February", "[tracker][engagement]") {
    // 2027 is not a leap year: 28 February counts, 27 February does not.
    CHECK(groupsNotEngaged(kMine, everyone(date(2027, 2, 28)), date(2027, 8, 31)).empty());
    CHECK(groupsNotEngaged(kMine, everyone(date(2027, 2, 27)), date(2027, 8, 31)).size() == 4);
    // 2028 is: 29 February counts, 28 February does not.
    CHECK(groupsNotEngaged(kMine, everyone(date(2028, 2, 29)), date(2028, 8, 31)).empty());
    CHECK(groupsNotEngaged(kMine, everyone(date(2028, 2, 28)), date(2028, 8, 31)).size() == 4);
}

TEST_CASE("members beyond the cabinet are the group, all members or scrutiny, unions and partners count for none",
          "[tracker][engagement]") {
    const Date day(2027, 3, 15), on(2027, 1, 5);
    for (const Audience members : {Audience::RulingGroup, Audience::AllMembers, Audience::Scrutiny}) {
        const std::vector<Engagement> e{held(Audience::Cabinet, on), held(members, on), held(Audience::Staff, on),
                                        held(Audience::Residents, on)};
        CHECK(groupsNotEngaged(kMine, e, day).empty());
    }
    const std::vector<Engagement> others{held(Audience::TradeUnions, on), held(Audience::Partners, on),
                                         held(Audience::Cabinet, on)};
    CHECK(groupsNotEngaged(kMine, others, day) ==
          std::vector<EngagedGroup>{EngagedGroup::Members, EngagedGroup::Staff, EngagedGroup::Residents});
    // Another innovation's engagements are not this one's.
    CHECK(groupsNotEngaged(kMine, {held(Audience::Residents, on, Stance::Support, kOther)}, day).size() == 4);
    CHECK(std::string(describe(EngagedGroup::Members)) == "members beyond the cabinet");
}

TEST_CASE("the measure is asked of active innovations at Piloting or beyond", "[tracker][engagement]") {
    Innovation innovation;
    for (const auto& [stage, applies] : std::vector<std::pair<Stage, bool>>{{Stage::Idea, false},
                                                                            {Stage::Exploring, false},
                                                                            {Stage::Piloting, true},
                                                                            {Stage::Scaling, true},
                                                                            {Stage::Mainstreamed, false},
                                                                            {Stage::Stopped, false}}) {
        innovation.stage = stage;
        INFO(labelOf(stage));
        CHECK(takingPeopleWithItApplies(innovation) == applies);
    }
}

TEST_CASE("opposition is answered by a later engagement with the same audience, on or before the day",
          "[tracker][engagement]") {
    const Engagement opposed = held(Audience::Residents, date(2027, 1, 10), Stance::Opposed);
    const Date day(2027, 3, 1);
    CHECK(unansweredOpposition({opposed}, day).size() == 1);
    // The same day is not later; another audience does not answer residents; nor does another innovation.
    CHECK(unansweredOpposition({opposed, held(Audience::Residents, date(2027, 1, 10))}, day).size() == 1);
    CHECK(unansweredOpposition({opposed, held(Audience::Staff, date(2027, 2, 1))}, day).size() == 1);
    CHECK(unansweredOpposition({opposed, held(Audience::Residents, date(2027, 2, 1), Stance::Support, kOther)}, day)
              .size() == 1);
    // Going back to residents a day later answers it, but not when that is after the day asked about.
    CHECK(unansweredOpposition({opposed, held(Audience::Residents, date(2027, 1, 11), Stance::Mixed)}, day).empty());
    CHECK(unansweredOpposition({opposed, held(Audience::Residents, date(2027, 3, 2))}, day).size() == 1);
    // Opposition heard after the day is not yet heard; opposed again when going back is unanswered in turn.
    CHECK(unansweredOpposition({opposed}, date(2027, 1, 9)).empty());
    const Engagement again = held(Audience::Residents, date(2027, 2, 1), Stance::Opposed);
    const auto left = unansweredOpposition({opposed, again}, day);
    REQUIRE(left.size() == 1);
    CHECK(left.front().heldOn == date(2027, 2, 1));
}
