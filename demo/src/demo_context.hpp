// Private to the demo's files: the records written so far, found by the short keys the data
// tables use, and the choice of a permitted actor for each change.
#pragma once

#include "demo/demo.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::demo {

// The latest weekly review is held and closed this many days from today, each earlier one a week
// before the next (demo_reviews.cpp).
inline constexpr int kLatestReviewIn = -7;

// Records are written as they happened: what is dated after the latest review, after the reviews,
// so that the audit trail has it recorded after that review closed and it is new since the last
// review (tracker/new_since.hpp), as a council's own portfolio would.
enum class Written { BeforeLatestReview, AfterLatestReview };
inline Written writtenWhen(int daysFromToday) {
    return daysFromToday > kLatestReviewIn ? Written::AfterLatestReview : Written::BeforeLatestReview;
}

// The well-being goals and ways of working one record is tagged with (none in England).
struct WellbeingTags {
    WellbeingGoals goals;
    WaysOfWorking ways;
};

// What differs between the English demo council and the Welsh one (demo_nation.cpp); the data
// tables are the same council's otherwise.
struct DemoVariant {
    Nation nation = Nation::England;
    std::string_view town;         // the council's town, in place of "{town}" in the tables
    std::string_view emailDomain;  // its people's email addresses end @ this
    std::string_view copiesFrom;   // where a decision notice's documents can be had
    bool forwardPlan = true;       // the 28 clear days rule applies: a short notice is routed
    std::map<std::string_view, WellbeingTags> ambitionTags;    // by an ambition's key
    std::map<std::string_view, WellbeingTags> innovationTags;  // by an innovation's key

    WellbeingTags ambitionTagsOf(std::string_view key) const { return tagsOf(ambitionTags, key); }
    WellbeingTags innovationTagsOf(std::string_view key) const { return tagsOf(innovationTags, key); }
    // `text` with each "{town}" replaced by the town's name.
    std::string placed(std::string_view text) const;

private:
    static WellbeingTags tagsOf(const std::map<std::string_view, WellbeingTags>& table, std::string_view key);
};

const DemoVariant& demoVariant(Nation nation);

struct DemoContext {
    DemoContext(Portfolio& writeTo, Date writtenOn, Nation nation)
        : portfolio(writeTo), today(writtenOn), variant(demoVariant(nation)) {}

    Portfolio& portfolio;
    Date today;
    const DemoVariant& variant;
    DemoSummary summary;
    Id leader = 0;
    std::map<std::string_view, Id> people;
    std::map<std::string_view, Id> ambitions;
    std::map<std::string_view, Id> innovations;
    std::map<std::string_view, Id> risks;
    std::vector<Id> setbacks;  // in the order of the demo's setback table
    // The innovations promoted from ideas, with the day each was promoted: the weekly reviews
    // record them too from then on.
    std::vector<std::pair<Id, Date>> fromIdeas;

    Date day(int daysFromToday) const;
    // A day this week (Monday to Sunday) no earlier than today: `daysFromToday` pulled back to
    // Sunday, so "due this week" holds whichever weekday the demo is written on.
    Date dayThisWeek(int daysFromToday) const;
    // The first of the innovation's lead officer, its cabinet lead and the leader whom the role
    // table permits to take `action`: each change is made by the person who would really make it.
    Id actorFor(Id innovationId, Action action) const;
};

// A move between stages, `daysFromToday` days from today (negative: in the past).
struct StageStep {
    Stage to = Stage::Idea;
    int daysFromToday = 0;
    std::string_view reason;
};

struct InnovationRow {
    std::string_view key;
    std::string_view title;
    std::string_view summary;
    std::string_view ambition;     // key of an ambition
    std::string_view cabinetLead;  // key of a person
    std::string_view leadOfficer;  // key of a person
    int priority = 3;
    int startIn = 0;               // days from today
    int targetIn = 0;
    Pence budgetPounds = 0;
    int staffDays = 0;
    std::string_view inspiredBy;
    std::string_view expectedBenefits;
    std::vector<StageStep> steps;  // in date order; a final Mainstreamed or Stopped comes last
    Confidence confidenceEightWeeksAgo = Confidence::Amber;
    Confidence confidenceNow = Confidence::Amber;  // what the latest weekly review recorded
    std::string_view latestComment;
    std::string_view latestDecision;
};

// The demo's innovations, in the order they are written.
const std::vector<InnovationRow>& innovationRows();

// The day an innovation stopped being active (mainstreamed or stopped), if it has.
std::optional<int> leftActiveIn(const InnovationRow& row);

void writePeopleAndAmbitions(DemoContext& demo);
// Adds every innovation at Idea and moves it forward, holding back a final move to
// Mainstreamed or Stopped: the weekly reviews before that move still need it active.
void writeInnovations(DemoContext& demo);
void writeMilestones(DemoContext& demo);
void writeBenefits(DemoContext& demo);
void writeEngagements(DemoContext& demo);
// A few active innovations shown in the residents' public summary, with their public descriptions.
void markPublic(DemoContext& demo);
void writeRisks(DemoContext& demo);
// The setbacks and lessons dated `when`: before the weekly reviews, those on or before the latest
// review's day; after them, the rest.
void writeSetbacksAndLessons(DemoContext& demo, Written when);
void writeWeeklyReviews(DemoContext& demo);
void finishInnovations(DemoContext& demo);
// The leader's answers to the innovation checklist.
void writeChecklistAnswers(DemoContext& demo);
// The ideas funnel: ideas in every status from every source, scored, and some promoted to
// innovations that have moved on since. Before the weekly reviews, which record those too.
void writeIdeas(DemoContext& demo);
// Decisions on innovations and the Forward Plan, after the weekly reviews one of them was led from.
void writeDecisions(DemoContext& demo);

}  // namespace innotrack::demo
