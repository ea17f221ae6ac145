// The checklist's measures: which counts make each one, the line past which it shows a gap, and
// how it reads. docs/REPORTS.md "Innovation checklist" says the same in a table; keep them in step.
#include "reports/checklist_report.hpp"

#include "reports/report_period.hpp"
#include "reports/tally_report.hpp"  // thousands()

#include <utility>

namespace innotrack::reports {
namespace {

struct Noun {
    const char* one;
    const char* many;
};

std::string counted(std::int64_t n, Noun noun) { return thousands(n) + " " + (n == 1 ? noun.one : noun.many); }

// "3 of 12 innovations": the noun agrees with the whole.
std::string partOf(std::int64_t count, std::int64_t outOf, Noun noun) {
    return thousands(count) + " of " + counted(outOf, noun);
}

// A verb that agrees with the count: 1 "has", 3 "have".
const char* agree(std::int64_t count, const char* one, const char* many) { return count == 1 ? one : many; }

ChecklistMeasure base(std::string key, std::string label, ChecklistArea area, std::vector<std::string> questions,
                      MeasureKind kind, std::int64_t count, std::int64_t outOf) {
    ChecklistMeasure measure;
    measure.key = std::move(key);
    measure.label = std::move(label);
    measure.area = area;
    measure.questionKeys = std::move(questions);
    measure.kind = kind;
    measure.count = count;
    measure.outOf = outOf;
    measure.measured = outOf > 0;
    return measure;
}

// A share that shows a gap below `weakBelow` percent, compared exactly (24.6% is below 25%
// though it rounds to 25%).
// Reads "`head` (25%)`tail`": the percentage follows the "3 of 12 innovations" it is of.
ChecklistMeasure share(ChecklistMeasure measure, int weakBelow, const std::string& head, const std::string& tail,
                       const std::string& whenEmpty) {
    measure.threshold = "below " + std::to_string(weakBelow) + "%";
    if (!measure.measured) {
        measure.reading = whenEmpty;
        return measure;
    }
    const std::int64_t n = measure.outOf;
    measure.percent = static_cast<int>((measure.count * 200 + n) / (2 * n));
    measure.weak = measure.count * 100 < weakBelow * n;
    measure.reading = head + " (" + std::to_string(*measure.percent) + "%)" + tail;
    return measure;
}

// A count that shows a gap when it is more than `weakAbove`.
ChecklistMeasure count(ChecklistMeasure measure, std::int64_t weakAbove, const std::string& reading,
                       const std::string& whenNone, const std::string& whenEmpty) {
    measure.threshold = "more than " + std::to_string(weakAbove);
    if (!measure.measured) {
        measure.reading = whenEmpty;
        return measure;
    }
    measure.weak = measure.count > weakAbove;
    measure.reading = measure.count == 0 ? whenNone : reading;
    return measure;
}

}  // namespace

std::vector<ChecklistMeasure> checklistMeasures(const ChecklistCounts& c, const TakingPeopleCounts& t) {
    using enum ChecklistArea;
    using enum MeasureKind;
    const Noun innovations{"innovation", "innovations"};
    const Noun active{"active innovation", "active innovations"};
    const Noun setbacks{"setback", "setbacks"};
    const Noun ambitions{"ambition", "ambitions"};
    std::vector<ChecklistMeasure> out;

    // ---- Create the climate
    std::int64_t n = c.innovationsInspired;
    out.push_back(share(base("inspired_elsewhere", "Inspired by elsewhere", Climate, {"look-outside"}, Share, n,
                             c.innovations),
                        kInspiredWeakBelowPercent,
                        partOf(n, c.innovations, innovations), std::string(agree(n, " names", " name")) +
                            " where the idea came from, such as another council or a case study.",
                        "No innovations yet."));
    n = c.setbacksIntelligent;
    out.push_back(share(base("intelligent_failures", "Intelligent failures", Climate,
                             {"calculated-risks", "learn-from-failure"}, Share, n, c.setbacks),
                        kIntelligentWeakBelowPercent,
                        partOf(n, c.setbacks, setbacks),
                        std::string(agree(n, " was an intelligent failure", " were intelligent failures")) +
                            ": in new territory, worth the risk, and learned from.",
                        "No setbacks yet, so no failures to class."));
    n = c.setbacksWithLesson;
    out.push_back(share(base("lessons_coverage", "Lessons from setbacks", Climate, {"learn-from-failure"}, Share, n,
                             c.setbacks),
                        kLessonsWeakBelowPercent,
                        partOf(n, c.setbacks, setbacks), std::string(agree(n, " has", " have")) +
                            " at least one lesson recorded.",
                        "No setbacks yet, so no lessons to draw from them."));

    // ---- Agree clear, long-term ambitions
    n = c.activeWithoutAmbition;
    out.push_back(count(base("active_without_ambition", "Active innovations without an ambition", Ambitions,
                             {"long-term-ambitions"}, Count, n, c.activeInnovations),
                        0,
                        partOf(n, c.activeInnovations, active) + agree(n, " serves", " serve") + " no ambition.",
                        "Every active innovation serves an ambition (" + counted(c.activeInnovations, active) + ").",
                        "No active innovations."));
    n = c.ambitionsWithoutInnovation;
    out.push_back(count(base("ambitions_without_innovation", "Ambitions without an innovation", Ambitions,
                             {"long-term-ambitions"}, Count, n, c.ambitions),
                        0,
                        partOf(n, c.ambitions, ambitions) + agree(n, " has", " have") + " no innovation serving " +
                            agree(n, "it", "them") + " other than stopped ones.",
                        "Every ambition has an innovation serving it (" + counted(c.ambitions, ambitions) + ").",
                        "No ambitions recorded yet."));
    n = c.ambitionsWithConcern;
    out.push_back(share(base("ambitions_with_concern", "Ambitions rooted in a community concern", Ambitions,
                             {"community-concerns"}, Share, n, c.ambitions),
                        kConcernWeakBelowPercent,
                        partOf(n, c.ambitions, ambitions), std::string(agree(n, " records", " record")) +
                            " the community concern " + agree(n, "it answers.", "they answer."),
                        "No ambitions recorded yet."));
    n = c.activeWithTimeAndMoney;
    out.push_back(share(base("time_and_money_earmarked", "Time and money earmarked", Ambitions, {"time-and-money"},
                             Share, n, c.activeInnovations),
                        kEarmarkedWeakBelowPercent,
                        partOf(n, c.activeInnovations, active), std::string(agree(n, " has", " have")) +
                            " both money and staff days earmarked.",
                        "No active innovations."));

    // ---- Lead united
    n = c.cabinetMembersLeading;
    out.push_back(share(base("cabinet_members_leading", "Cabinet members leading an innovation", Leadership,
                             {"lead-united"}, Share, n, c.cabinetMembers),
                        kCabinetLeadingWeakBelowPercent,
                        partOf(n, c.cabinetMembers, {"cabinet member", "cabinet members"}),
                        std::string(agree(n, " leads", " lead")) + " at least one active innovation.",
                        "No cabinet members recorded yet."));
    n = t.takenPeople;
    out.push_back(share(base("taken_people_with_them", "Taken people with them", Leadership, {"take-people-with-you"},
                             Share, n, t.pilotingOrBeyond),
                        kTakenPeopleWeakBelowPercent,
                        partOf(n, t.pilotingOrBeyond, {"innovation at Piloting or beyond", "innovations at Piloting or beyond"}),
                        std::string(agree(n, " has", " have")) +
                            " engaged the cabinet, members beyond it, staff and residents in the last six months.",
                        "No active innovations at Piloting or beyond."));
    n = t.withUnansweredOpposition;
    out.push_back(count(base("opposition_unanswered", "Opposition not answered", Leadership, {"take-people-with-you"},
                             Count, n, t.active),
                        kUnansweredOppositionWeakAbove,
                        partOf(n, t.active, active) + agree(n, " has", " have") +
                            " heard opposition and not gone back to that audience since.",
                        "No active innovation has opposition left unanswered (" + counted(t.active, active) + ").",
                        "No active innovations."));

    // ---- Ensure priority innovations are delivered
    n = c.activeWithoutCabinetLead;
    out.push_back(count(base("active_without_cabinet_lead", "Active innovations without a cabinet lead", Delivery,
                             {"cabinet-led"}, Count, n, c.activeInnovations),
                        0, partOf(n, c.activeInnovations, active) + agree(n, " has", " have") + " no cabinet lead.",
                        "Every active innovation has a cabinet lead (" + counted(c.activeInnovations, active) + ").",
                        "No active innovations."));
    n = c.milestonesOnTime;
    out.push_back(share(base("milestones_on_time", "Milestones on time", Delivery, {"programme-management"}, Share, n,
                             c.milestonesCompleted),
                        kOnTimeWeakBelowPercent,
                        partOf(n, c.milestonesCompleted, {"completed milestone", "completed milestones"}),
                        std::string(agree(n, " was", " were")) + " completed on or before the baseline due date.",
                        "No milestones completed yet."));
    n = c.innovationsAdvancedAfterSetback;
    out.push_back(share(base("advanced_after_setback", "Moved forward after a setback", Delivery, {"persistence"},
                             Share, n, c.innovationsWithSetback),
                        kPersistenceWeakBelowPercent,
                        partOf(n, c.innovationsWithSetback, {"innovation with a setback", "innovations with a setback"}),
                        std::string(agree(n, " has", " have")) + " moved forward a stage since.",
                        "No setbacks yet, so nothing to persist through."));

    // ---- Review
    n = c.weeksWithoutClosedReview;
    const std::string window = "the " + std::to_string(kChecklistReviewWeeks) + " weeks from " +
                               rangeWords(c.reviewWindow);
    out.push_back(count(base("weeks_without_review", "Weeks without a closed review", Review, {"regular-review"},
                             Count, n, kChecklistReviewWeeks),
                        kUnreviewedWeeksWeakAbove,
                        thousands(n) + " of " + window + " had no weekly review held and closed.",
                        "Each of " + window + " had a weekly review held and closed.", ""));
    return out;
}

std::vector<ChecklistMeasure> ideasClimateMeasures(const IdeasClimateCounts& c) {
    using enum ChecklistArea;
    using enum MeasureKind;
    const std::string window = " (" + rangeWords(c.window) + ")";
    std::vector<ChecklistMeasure> out;
    std::int64_t n = c.quartersWithoutIdea;
    out.push_back(count(base("quarters_without_idea", "Quarters without a new idea", Climate, {"new-ideas"}, Count, n,
                             c.quarters),
                        kQuartersWithoutIdeaWeakAbove,
                        thousands(n) + " of the last " + std::to_string(c.quarters) + " quarters" + window +
                            " had no idea submitted (" + counted(c.submitted, {"idea", "ideas"}) +
                            " in all).",
                        "Every one of the last " + std::to_string(c.quarters) + " quarters" + window +
                            " had an idea submitted (" + counted(c.submitted, {"idea", "ideas"}) + ").",
                        "No whole quarter before this one in the calendar."));
    n = c.fromElsewhere;
    out.push_back(share(base("ideas_from_elsewhere", "Ideas from elsewhere", Climate, {"look-outside"}, Share, n,
                             c.submitted),
                        kIdeasFromElsewhereWeakBelowPercent,
                        thousands(n) + " of " + counted(c.submitted, {"idea", "ideas"}) + " submitted" + window,
                        std::string(agree(n, " came", " came")) +
                            " from another council, a case study, a resident or a partner.",
                        "No ideas submitted in the last " + std::to_string(kIdeaQuarters) + " quarters" + window + "."));
    n = c.decidedPromptly;
    out.push_back(share(base("ideas_decided_promptly", "Ideas decided promptly", Climate, {"new-ideas"}, Share, n,
                             c.decisions),
                        kIdeasDecidedPromptlyWeakBelowPercent,
                        thousands(n) + " of " + counted(c.decisions, {"decision", "decisions"}) + " on ideas" + window,
                        std::string(agree(n, " was", " were")) + " made within " +
                            std::to_string(kIdeaDecidedPromptlyWithinDays) + " days of submission.",
                        "No ideas promoted or declined in the last " + std::to_string(kIdeaQuarters) + " quarters" +
                            window + "."));
    return out;
}

}  // namespace innotrack::reports
