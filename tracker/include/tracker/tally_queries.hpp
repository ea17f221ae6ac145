// The query port: aggregations the reports need that must stay fast at 100,000 innovations.
// A backend answers them in its own query language (SQL for SQLite), not by loading every row.
#pragma once

#include "tracker/calendar.hpp"
#include "tracker/ids.hpp"
#include "tracker/risk.hpp"
#include "tracker/wellbeing.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace innotrack {

// Which innovations a figure covers; empty fields do not narrow it. All set fields must hold.
struct TallyScope {
    OptionalId ambitionId;
    OptionalId cabinetLeadId;
    OptionalId innovationId;
    // Wales: the innovations serving this well-being goal (servesGoal, tracker/wellbeing.hpp).
    std::optional<WellbeingGoal> goal;
};

enum class TallyGrouping { None, Ambition, Cabinet, Innovation, Quarter };

// The raw counts of the risk-versus-success tally (DOMAIN.md) for one period and scope. The
// reports library turns them into ratios and words.
struct TallyCounts {
    // Went right
    std::int64_t milestonesOnTime = 0;  // completed in the period, on or before the baseline due date
    std::int64_t milestonesLate = 0;    // completed in the period, after the baseline due date
    std::int64_t benefitsRealised = 0;  // realised in the period
    std::int64_t stageAdvances = 0;     // forward moves (Idea→…→Mainstreamed) dated in the period
    // Went wrong: setbacks dated in the period (a risk that occurred counts once, through its setback)
    std::int64_t setbacksBasic = 0;
    std::int64_t setbacksComplex = 0;
    std::int64_t setbacksIntelligent = 0;
    std::int64_t setbacksWithLesson = 0;  // of those setbacks, how many have at least one lesson
    // Risks taken: raised in the period, and their outcomes so far
    std::int64_t risksRaised = 0;
    std::int64_t risksRaisedCritical = 0;  // by the score now (residual where set), under the file's bands
    // Their status today, not at the period's end: "outcomes so far".
    std::int64_t risksRaisedOccurred = 0;
    std::int64_t risksRaisedClosed = 0;
    std::int64_t risksRaisedOpen = 0;
    // For the reporting check: risks open on the last day of the period (raised by then, and open
    // now or closed or occurred after it)
    std::int64_t risksOpenAtEnd = 0;

    // Adds another period's counts, as quarters add up to a year. risksOpenAtEnd, a count on one
    // day rather than over a period, is left as it is.
    TallyCounts& addDated(const TallyCounts& other) {
        milestonesOnTime += other.milestonesOnTime;
        milestonesLate += other.milestonesLate;
        benefitsRealised += other.benefitsRealised;
        stageAdvances += other.stageAdvances;
        setbacksBasic += other.setbacksBasic;
        setbacksComplex += other.setbacksComplex;
        setbacksIntelligent += other.setbacksIntelligent;
        setbacksWithLesson += other.setbacksWithLesson;
        risksRaised += other.risksRaised;
        risksRaisedCritical += other.risksRaisedCritical;
        risksRaisedOccurred += other.risksRaisedOccurred;
        risksRaisedClosed += other.risksRaisedClosed;
        risksRaisedOpen += other.risksRaisedOpen;
        return *this;
    }

    std::int64_t wentRight() const { return milestonesOnTime + milestonesLate + benefitsRealised + stageAdvances; }
    std::int64_t wentWrong() const { return setbacksBasic + setbacksComplex + setbacksIntelligent; }
    bool operator==(const TallyCounts&) const = default;
};

// One row of a grouped tally. `key` is stable: "all" (None), an ambition's, person's or
// innovation's id, "none" for the innovations without an ambition or cabinet lead, or a quarter
// ("2026Q3"); `label` is for people. Ambitions (by id), cabinet members and the leader (by name)
// and innovations (by id) in scope are rows even with nothing in the period; with Quarter
// grouping every quarter that overlaps the period is a row, in order. A row's period is the part
// of the query's period it covers. docs/REPORTS.md has the exact definitions.
struct TallyRow {
    std::string key;
    std::string label;
    Period period;
    TallyCounts counts;
};

// The rows of a tally grouped by quarter before anything is counted: every financial quarter
// overlapping the period, in order, each clipped to it, keyed and labelled as TallyRow says.
std::vector<TallyRow> quarterRowsOf(const Period& period);

// Risks in scope open on a day, counted by likelihood (row) and impact (column), 1-based: cell
// [l-1][i-1]. Uses the residual score where set, else the inherent one.
using RiskHeatMap = std::array<std::array<std::int64_t, 5>, 5>;

// The figures of the tally that count records a person can list, one per TallyCounts field of
// the same name: what went right, and the setbacks by kind.
enum class TallyFigure {
    MilestonesOnTime,
    MilestonesLate,
    BenefitsRealised,
    StageAdvances,
    SetbacksBasic,
    SetbacksComplex,
    SetbacksIntelligent
};
inline constexpr std::array<TallyFigure, 7> kTallyFigures = {
    TallyFigure::MilestonesOnTime, TallyFigure::MilestonesLate,  TallyFigure::BenefitsRealised,
    TallyFigure::StageAdvances,    TallyFigure::SetbacksBasic,   TallyFigure::SetbacksComplex,
    TallyFigure::SetbacksIntelligent};

// The figure's count in `counts`.
std::int64_t countOf(const TallyCounts& counts, TallyFigure figure);
// A stable key for the figure ("milestones-late"), for names of things on screen.
std::string_view tallyFigureKey(TallyFigure figure);

// One record a figure or heat-map cell counts.
struct TallyRecord {
    Id id = 0;  // the milestone's, benefit's, stage change's, setback's or risk's own id
    Id innovationId = 0;
    std::string innovation;  // its title
    // The record in words: the milestone's title, the benefit's measure, the move
    // ("Exploring → Piloting"), what happened in the setback, the risk's title.
    std::string what;
    Date on;  // the day that puts it in the figure: completed, realised, moved, happened; a risk's raising

    bool operator==(const TallyRecord&) const = default;
};

// The first records a figure counts, by day then id, and how many it counts in all: a long list
// is cut at the caller's limit rather than read whole.
struct TallyRecords {
    std::vector<TallyRecord> records;
    std::int64_t total = 0;

    std::int64_t more() const { return total - static_cast<std::int64_t>(records.size()); }
};

class TallyQueries {
public:
    virtual ~TallyQueries() = default;

    // Throws ValidationError when the period ends before it starts: checked here once, for every
    // backend, before the backend counts (tallyRows).
    std::vector<TallyRow> tally(const Period& period, const TallyScope& scope, TallyGrouping grouping) const {
        requireOrdered(period);
        return tallyRows(period, scope, grouping);
    }
    virtual RiskHeatMap openRiskHeatMap(Date on, const TallyScope& scope) const = 0;

    // The records `figure` counts for the period and scope, by the same definitions as tally():
    // at most `limit` of them, and the total. Throws ValidationError as tally() does.
    TallyRecords tallyRecords(const Period& period, const TallyScope& scope, TallyFigure figure,
                              std::size_t limit) const {
        requireOrdered(period);
        return tallyRecordRows(period, scope, figure, limit);
    }
    // The risks one cell of openRiskHeatMap(on, scope) counts (likelihood and impact 1 to 5, residual
    // where set): at most `limit` of them, and the total. Throws ValidationError outside 1 to 5.
    TallyRecords openRiskRecords(Date on, const TallyScope& scope, int likelihood, int impact,
                                 std::size_t limit) const;

protected:
    // The rows of tally(), for a period that runs forward.
    virtual std::vector<TallyRow> tallyRows(const Period& period, const TallyScope& scope,
                                            TallyGrouping grouping) const = 0;
    // The records of tallyRecords(), for a period that runs forward.
    virtual TallyRecords tallyRecordRows(const Period& period, const TallyScope& scope, TallyFigure figure,
                                         std::size_t limit) const = 0;
    // The records of openRiskRecords(), for a likelihood and an impact within 1 to 5.
    virtual TallyRecords openRiskCellRows(Date on, const TallyScope& scope, int likelihood, int impact,
                                          std::size_t limit) const = 0;
};

}  // namespace innotrack
