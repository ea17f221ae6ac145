// The innovation checklist as a report: for each of the five areas, the measures computed from
// the portfolio beside the leader's own answers, and where the council could do more
// (docs/REPORTS.md "Innovation checklist" gives every definition and threshold).
#pragma once

#include "reports/report_format.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/store.hpp"
#include "tracker/taking_people.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::reports {

// The lines below which (or above which, for counts) a measure shows a gap. They are the
// research's spirit in numbers, not a standard: docs/REPORTS.md gives the reason for each.
inline constexpr int kInspiredWeakBelowPercent = 25;
inline constexpr int kIntelligentWeakBelowPercent = 50;
inline constexpr int kLessonsWeakBelowPercent = 80;
inline constexpr int kConcernWeakBelowPercent = 100;
inline constexpr int kEarmarkedWeakBelowPercent = 100;
inline constexpr int kCabinetLeadingWeakBelowPercent = 50;
inline constexpr int kOnTimeWeakBelowPercent = 70;
inline constexpr int kPersistenceWeakBelowPercent = 50;
inline constexpr std::int64_t kUnreviewedWeeksWeakAbove = 2;
// The ideas funnel's climate measures (checklist_ideas.cpp): over the four whole financial quarters
// before the quarter of the day. A decision within this many days of submission is a prompt one.
inline constexpr int kIdeasFromElsewhereWeakBelowPercent = kInspiredWeakBelowPercent;
inline constexpr int kIdeaDecidedPromptlyWithinDays = 90;
inline constexpr int kIdeasDecidedPromptlyWeakBelowPercent = 50;
inline constexpr std::int64_t kQuartersWithoutIdeaWeakAbove = 0;
inline constexpr int kIdeaQuarters = 4;
inline constexpr int kTakenPeopleWeakBelowPercent = 75;
inline constexpr std::int64_t kUnansweredOppositionWeakAbove = 0;
// An answer older than this is listed as due for another look.
inline constexpr int kAnswerStaleAfterDays = 365;

// A share is better high (inspired innovations of all innovations); a count is better low
// (active innovations with no cabinet lead).
enum class MeasureKind { Share, Count };

struct ChecklistMeasure {
    std::string key;    // stable, snake_case: the JSON and CSV name
    std::string label;  // for people: "Inspired by elsewhere"
    ChecklistArea area = ChecklistArea::Climate;
    std::vector<std::string> questionKeys;  // the questions whose answers it can confirm or contradict
    MeasureKind kind = MeasureKind::Share;
    std::int64_t count = 0;
    std::int64_t outOf = 0;
    // False when there is nothing to measure yet (no setbacks, no active innovations): then the
    // measure is neither weak nor strong, and it never divides by zero.
    bool measured = false;
    std::optional<int> percent;  // count of outOf, rounded half up; shares only, when measured
    bool weak = false;           // measured, and past its line
    std::string threshold;       // the line in words: "below 25%", "more than 0"
    std::string reading;         // the measure in plain English
};

// One question with the answer in force on the report's day.
struct ChecklistLine {
    std::string key;
    std::string text;
    ChecklistArea area = ChecklistArea::Climate;
    std::optional<ChecklistAnswer> answer;
    std::string answeredBy;  // the person's name, when answered
    bool stale = false;      // answered more than kAnswerStaleAfterDays before the day
    std::vector<std::string> measureKeys;
};

struct ChecklistSection {
    ChecklistArea area = ChecklistArea::Climate;
    std::vector<ChecklistMeasure> measures;
    std::vector<ChecklistLine> questions;
};

// Why a question is listed under "where the council could do more", most telling first.
enum class GapKind { Contradicted, No, Partly, Unanswered, Stale };

struct ChecklistGap {
    GapKind kind = GapKind::Unanswered;
    std::string questionKey;
    std::vector<std::string> measureKeys;  // the measures that show the gap (weak ones), if any
    std::string words;                     // the finding, said plainly
};

struct ChecklistReport {
    Date on;
    Period reviewWindow;
    ChecklistCounts counts;
    TakingPeopleCounts takingPeople;  // counted from the engagements (tracker/taking_people.hpp)
    std::array<ChecklistSection, 5> sections;  // in the order of ChecklistArea
    std::vector<ChecklistGap> gaps;

    int answeredYes = 0;
    int answeredPartly = 0;
    int answeredNo = 0;
    int unanswered = 0;
    int measures = 0;
    int measured = 0;
    int weak = 0;
    std::string summaryWords;  // "The leader has answered 13 of 16 questions: …"

    const ChecklistMeasure* measure(std::string_view key) const;
    const ChecklistLine* question(std::string_view key) const;
};

// Reads the counts and answers through the query port and people's names through the store.
ChecklistReport buildChecklistReport(const PortfolioStore& store, const ChecklistQueries& queries, Date on);

// The measures alone, from counts: the rules of docs/REPORTS.md in one place.
std::vector<ChecklistMeasure> checklistMeasures(const ChecklistCounts& counts, const TakingPeopleCounts& takingPeople = {});

// What the ideas funnel says about the climate, over the kIdeaQuarters whole quarters before the
// quarter of `on`: ideas submitted and how many from elsewhere, decisions and how many came within
// kIdeaDecidedPromptlyWithinDays of submission, and the quarters in which no idea was submitted.
struct IdeasClimateCounts {
    Period window;
    std::int64_t submitted = 0;
    std::int64_t fromElsewhere = 0;
    std::int64_t decisions = 0;
    std::int64_t decidedPromptly = 0;
    std::int64_t quartersWithoutIdea = 0;
    std::int64_t quarters = 0;  // kIdeaQuarters, but for a day in the calendar's first year
};
IdeasClimateCounts ideasClimateCounts(const PortfolioStore& store, Date on);
std::vector<ChecklistMeasure> ideasClimateMeasures(const IdeasClimateCounts& counts);

// "contradicted", "no", "partly", "unanswered" or "stale": stable, for CSV and JSON.
std::string_view gapKey(GapKind kind);

// ---- renderers (one file each) -----------------------------------------------------------------
inline constexpr std::size_t kChecklistTextWidth = 100;
std::string renderChecklistText(const ChecklistReport& report);      // at most 100 columns
std::string renderChecklistMarkdown(const ChecklistReport& report);  // headings, pipe tables, a list
std::string renderChecklistCsv(const ChecklistReport& report);       // a row per measure and per question
std::string renderChecklistJson(const ChecklistReport& report);      // the schema in docs/REPORTS.md
std::string renderChecklistHtml(const ChecklistReport& report);      // one A4 paper
std::string renderChecklist(const ChecklistReport& report, ReportFormat format);

}  // namespace innotrack::reports
