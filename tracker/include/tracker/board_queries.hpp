// The board query port: the facts of the weekly board report, each list answered by the backend in
// one query (SQL joins, aggregates, window functions and LIMIT for SQLite) so it stays fast at
// 100,000 innovations.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"
#include "tracker/wellbeing.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innotrack {

// The day the board is "as of", and whose innovations it covers. Every fact is as the dated
// records stood at the end of `on`: a milestone completed after it is outstanding, a risk closed
// after it is open, a review closed after it is still open, a stage change after it has not
// happened. The innovations covered are those active on `on` (by the stage they had that day),
// led by `cabinetLeadId` when it is set (the current cabinet lead: leads keep no history), and
// serving `goal` when it is set (servesGoal, tracker/wellbeing.hpp: by its tags now, as leads).
struct BoardScope {
    Date on;
    OptionalId cabinetLeadId;
    std::optional<WellbeingGoal> goal;
};

// The weekly review that counts as "the last one": closed on or before the day; when several
// closed the same day, the one held latest, then the highest id.
struct BoardReview {
    Id id = 0;
    Date heldOn;
    Date closedOn;
    Id chairId = 0;
    std::string chair;
    // The audit entry that closed it: what was recorded after it is new (tracker/new_since.hpp).
    Id closingEntry = 0;
};

// One active innovation's row of the board, in the order priority, then id.
struct BoardInnovationFacts {
    Id innovationId = 0;
    std::string title;
    Stage stage = Stage::Idea;  // on the day
    int priority = 3;
    OptionalId cabinetLeadId;
    std::string cabinetLead;  // "" when none is set
    OptionalId ambitionId;
    // The innovation's confidence as stored now, and the one recorded for it at the latest weekly
    // review held on or before the day (open or closed), if any. The report chooses between them.
    Confidence currentConfidence = Confidence::Amber;
    std::optional<Confidence> latestReviewedConfidence;
    // What the latest closed review (closed on or before the day) that recorded this innovation
    // said; empty when no closed review has recorded it yet.
    std::optional<Confidence> lastClosedReviewConfidence;
    OptionalId lastClosedReviewId;
    // The outstanding milestone with the earliest due date on the day (then lowest id), even if it
    // is overdue: what the team has to deliver next.
    OptionalId nextMilestoneId;
    std::string nextMilestone;
    std::optional<Date> nextMilestoneDue;
    std::int64_t overdueMilestones = 0;  // outstanding on the day and due before it
    // The open risk with the highest score (residual where set, else inherent; then lowest id).
    OptionalId topRiskId;
    std::optional<int> topRiskScore;
    // New since the last review (tracker/new_since.hpp) and dated on or before the day.
    std::int64_t setbacksSince = 0;
    std::int64_t lessonsSince = 0;
};

// A decision recorded at a review for an innovation in scope (entries with no decision are left out).
struct BoardDecision {
    Id innovationId = 0;
    std::string innovation;
    Confidence confidence = Confidence::Amber;
    std::string comment;
    std::string decision;
};

// A milestone outstanding on the day and due before it, by due date, then id.
struct BoardOverdueMilestone {
    Id milestoneId = 0;
    Id innovationId = 0;
    std::string innovation;
    std::string title;
    Date due;          // the due date on the day (later moves are undone)
    Date baselineDue;  // set when created, never moved
    std::int64_t daysLate = 0;
};

// A risk open on the day, by score (highest first), then id.
struct BoardRisk {
    Id riskId = 0;
    Id innovationId = 0;
    std::string innovation;
    std::string title;
    int likelihood = 0;  // residual where set, else inherent
    int impact = 0;
    int score = 0;
    int inherentScore = 0;
    Id ownerId = 0;
    std::string owner;
    Proximity proximity = Proximity::ThisProject;
    RiskResponse response = RiskResponse::Reduce;
};

// By date, then id.
struct BoardSetback {
    Id setbackId = 0;
    Id innovationId = 0;
    std::string innovation;
    Date occurredOn;
    FailureKind kind = FailureKind::Basic;
    std::string whatHappened;
    OptionalId riskId;  // the risk that occurred, when it had been foreseen
};

// By date, then id.
struct BoardLesson {
    Id lessonId = 0;
    Id innovationId = 0;
    std::string innovation;
    Date recordedOn;
    LessonSource source = LessonSource::Other;
    std::string whatHappened;
    std::string recommendation;
};

// An ambition that no innovation active on the day serves, by id, with how many of its
// innovations had finished (mainstreamed) or stopped by then.
struct BoardAmbitionGap {
    Id ambitionId = 0;
    std::string title;
    int horizonYear = 0;
    std::int64_t mainstreamed = 0;
    std::int64_t stopped = 0;
};

// A list of the board cut to its first rows in its own order (all of them when no limit is given),
// with how many rows it holds in all: "and 1,234 more".
template <typename Row>
struct BoardList {
    std::vector<Row> rows;
    std::int64_t total = 0;
};

// Every list of the board as of one day, read in one snapshot. A limit is applied by the backend
// (SQL LIMIT), so the work and memory follow what is shown, not what is stored.
struct BoardLists {
    BoardList<BoardInnovationFacts> innovations;       // active on the day, by priority then id
    BoardList<BoardDecision> decisions;                 // recorded at the review given, by priority then id
    BoardList<BoardOverdueMilestone> overdueMilestones; // by due date, then id
    BoardList<BoardRisk> criticalRisks;                 // scoring the minimum or more
    BoardList<BoardSetback> setbacks;                   // new since `since`
    BoardList<BoardLesson> lessons;                     // new since `since`
    // Council-wide (an ambition has no cabinet lead, so the cabinet filter does not apply) and
    // never cut: a council has tens of ambitions. Scoped to a goal, only the ambitions tagged with it.
    std::vector<BoardAmbitionGap> ambitionsWithoutActiveInnovation;
};

// Every method throws StorageError when the backend fails. `since` is the last closed review:
// setbacks and lessons recorded after it closed are new (tracker/new_since.hpp); with no closed
// review, every one dated up to the day is.
class BoardQueries {
public:
    virtual ~BoardQueries() = default;

    virtual std::optional<BoardReview> lastClosedReview(Date on) const = 0;
    // `decisionsAt`: the review whose decisions to list (none: no decisions). `criticalFrom`: the
    // lowest score of the Critical risks list. `limit`: at most this many rows of each list.
    virtual BoardLists boardLists(const BoardScope& scope, const std::optional<BoardReview>& since,
                                  OptionalId decisionsAt, int criticalFrom, std::optional<std::size_t> limit) const = 0;
};

}  // namespace innotrack
