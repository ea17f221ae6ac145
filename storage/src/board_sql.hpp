// SQL shared by the board queries: the stage of every innovation on the day and which are active,
// read once per board into temporary tables that every list then joins by primary key.
#pragma once

#include "columns.hpp"
#include "connection.hpp"

#include "sql/review_sql.hpp"
#include "tracker/board_queries.hpp"
#include "tracker/new_since.hpp"
#include "tracker/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace innotrack::storage::detail {

// The stage an innovation `i` had at the end of :on (docs/REPORTS.md "The stage on the day"; the
// board paper, the stage board and the checklist all read it): its stage now, unless it changed
// stage after the day, when it is the stage its first change after the day moved from (by date,
// then id). On every file innotrack writes, whose stage changes chain from one stage to the next and
// end at the stage now, that is the stage it moved to by its latest change on or before the day; a
// history that stops short of the stage now is a data problem `innotrack check` reports. Only the few
// innovations changed after the day take a look-up (the IN list is one range of
// stage_changes_for_tally; the look-up, of stage_changes_by_innovation), so reading the stage of
// every innovation costs a scan of the innovations, not a search per innovation; and when nothing
// changed stage after the day (a board as of today), the EXISTS, worked out once per statement,
// spares every innovation even the IN list's probe.
inline constexpr const char* kStageOnDay = R"sql(
    CASE WHEN EXISTS (SELECT 1 FROM stage_changes sc WHERE sc.changed_on > :on)
              AND i.id IN (SELECT sc.innovation_id FROM stage_changes sc WHERE sc.changed_on > :on)
         THEN (SELECT sc.from_stage FROM stage_changes sc
                WHERE sc.innovation_id = i.id AND sc.changed_on > :on
                ORDER BY sc.changed_on, sc.id LIMIT 1)
         ELSE i.stage END)sql";

// One definition of each figure the board paper and the stage board share (docs/REPORTS.md), as SQL
// text that each query places over its own innovations: `scope` is a table with an `id` column
// (temp.board_active, a CTE of the innovations shown), or empty for every innovation.

// A risk's score now: residual likelihood × impact where both are set, else inherent (DOMAIN.md).
inline constexpr const char* kRiskScore =
    "COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact)";

// Which table SQLite reads first: the records (milestones, risks) in index order, checking each
// against the scope by primary key, for a long scope; the scope's rows, looking up each one's
// records by innovation, for a short one (the 20 innovations a board paper shows).
enum class ReadFirst { Records, Scope };

// Milestones outstanding at the end of :on (not completed, or completed after it), with the due date
// each had that day (`due_on`: its due date, unless it was moved after the day, when its first such
// move's from-date), their `id` and `innovation_id` (callers read the titles of the rows they
// show). With `dueBefore`, only those whose
// due date on the day is before it: the overdue ones. The cases are read apart, so the common one
// (not moved since the day) is index ranges with no look-up per milestone.
std::string outstandingMilestonesSql(const std::string& scope, ReadFirst first, bool dueBefore);

// Risks open at the end of :on (raised by then, and open now or closed or occurred after it), with
// `id`, `innovation_id`, their `score` (kRiskScore), `likelihood_now` and `impact_now` (residual
// where set), and `inherent_score`.
std::string openRisksSql(const std::string& scope, ReadFirst first);

// The figures the board paper's rows and the stage board's cards share, as CTEs over `shown` (a
// short table or CTE of innovation ids, read first): outstanding (outstandingMilestonesSql),
// next_milestone (each one's outstanding milestones ranked by due date on the day, then id: rank 1
// is the next), overdue (count per innovation), open_risks (openRisksSql) and new_setbacks (new since
// the last review, sql::recordedSinceSql; count per innovation). Bind :on and :since_entry (bindSince).
std::string shownFiguresCtes(const std::string& shown);

// The weekly review "since the last review" counts from (sql::lastClosedReviewSql).
std::optional<BoardReview> readLastClosedReview(Connection& connection, Date on);

// Binds :since_entry of sql::recordedSinceSql: new since `since` (tracker/new_since.hpp).
inline void bindSince(SQLite::Statement& statement, const std::optional<BoardReview>& since) {
    bindParam(statement, ":since_entry", newAfterEntry(since));
}

// SQLite's LIMIT: a negative number means no limit.
inline std::int64_t sqlLimit(std::optional<std::size_t> limit) {
    return limit ? static_cast<std::int64_t>(*limit) : -1;
}

// One read snapshot for the life of one board (unless a transaction is already open, which already
// is one), so every list of it sees the same records.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Connection& connection);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    // Ends the snapshot early after a failure.
    void rollBack();

private:
    Connection& connection_;
    bool ownsTransaction_ = false;
};

// For the life of one board paper: a read snapshot and two temporary tables, dropped at the end, so
// nothing outlives the board that could go stale.
//   temp.board_stages: every innovation's stage on the day and its ambition (council-wide);
//   temp.board_active: the innovations in scope active on the day, with their priority.
class BoardSnapshot {
public:
    BoardSnapshot(Connection& connection, const BoardScope& scope);
    ~BoardSnapshot();
    BoardSnapshot(const BoardSnapshot&) = delete;
    BoardSnapshot& operator=(const BoardSnapshot&) = delete;

private:
    Connection& connection_;
    ReadSnapshot snapshot_;
};

// The lists after the innovations (board_sections.cpp), each one query over temp.board_active that
// returns at most :limit rows with the list's total counted by a window.
BoardList<BoardDecision> readBoardDecisions(Connection& connection, Id reviewId, std::int64_t limit);
BoardList<BoardOverdueMilestone> readBoardOverdueMilestones(Connection& connection, Date on, std::int64_t limit);
BoardList<BoardRisk> readBoardRisks(Connection& connection, Date on, int minimumScore, std::int64_t limit);
BoardList<BoardSetback> readBoardSetbacks(Connection& connection, Date on, const std::optional<BoardReview>& since,
                                          std::int64_t limit);
BoardList<BoardLesson> readBoardLessons(Connection& connection, Date on, const std::optional<BoardReview>& since,
                                        std::int64_t limit);
// Scoped to a goal, only the ambitions tagged with it.
std::vector<BoardAmbitionGap> readAmbitionsWithoutActiveInnovation(Connection& connection,
                                                                   const std::optional<WellbeingGoal>& goal);

// Reads every row of `query`, taking the list's total from its `total` column.
template <typename Row, typename Read>
BoardList<Row> readList(Query& query, Read read) {
    BoardList<Row> list;
    while (query.step()) {
        list.total = (*query).getColumn("total").getInt64();
        list.rows.push_back(read(*query));
    }
    return list;
}

}  // namespace innotrack::storage::detail
