// SQL shared by the board queries and the stage board: one text for each definition (the stage of
// an innovation on the day, the outstanding milestones, the open risks, the last closed review),
// placed over each query's own innovations. The same definitions as the file backend's
// (storage/src/board_sql.hpp). The file backend reads the stages once per board into temporary
// tables; a report here reads in a read-only transaction, where PostgreSQL creates no table, so
// each list's statement starts from the same CTEs (boardCtes) instead.
#pragma once

#include "session.hpp"

#include "sql/review_sql.hpp"
#include "tracker/board_queries.hpp"
#include "tracker/new_since.hpp"
#include "tracker/dates.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace innotrack::storage_pg::detail {

// The stage an innovation `i` had at the end of :on (docs/REPORTS.md "The stage on the day"; the
// board paper, the stage board and the checklist all read it): its stage now, unless it changed
// stage after the day, when it is the stage its first change after the day moved from (by date,
// then id). On every portfolio innotrack writes, whose stage changes chain from one stage to the
// next and end at the stage now, that is the stage it moved to by its latest change on or before
// the day; a history that stops short of the stage now is a data problem `innotrack check`
// reports. The
// EXISTS does not depend on the row, so it is worked out once per statement: when nothing changed
// stage after the day (a board as of today), no innovation takes a look-up.
inline constexpr const char* kStageOnDay = R"sql(
    CASE WHEN EXISTS (SELECT 1 FROM stage_changes sc WHERE sc.changed_on > :on)
              AND i.id IN (SELECT sc.innovation_id FROM stage_changes sc WHERE sc.changed_on > :on)
         THEN (SELECT sc.from_stage FROM stage_changes sc
                WHERE sc.innovation_id = i.id AND sc.changed_on > :on
                ORDER BY sc.changed_on, sc.id LIMIT 1)
         ELSE i.stage END)sql";

// "`column` IN ('idea', …)": the stage is one of the active ones (isActive).
std::string activeStage(const std::string& column);

// A risk's score now: residual likelihood × impact where both are set, else inherent (DOMAIN.md).
inline constexpr const char* kRiskScore =
    "COALESCE(r.residual_likelihood * r.residual_impact, r.inherent_likelihood * r.inherent_impact)";

// The board's CTEs, for a statement's WITH:
//   board_stages: every innovation's id, ambition, priority, cabinet lead and `stage_on`, its stage
//     on the day (council-wide; bind :on);
//   board_active: the innovations in scope active on the day, with their priority and stage
//     (follows board_stages; bind :cabinet, or both with bindBoard).
//     Scoped to a goal, only the innovations serving it (sql/goal_scope_sql.hpp).
std::string boardStagesCte();
std::string boardActiveCte(const BoardScope& scope);
inline std::string boardCtes(const BoardScope& scope) { return boardStagesCte() + ",\n" + boardActiveCte(scope); }

// Milestones outstanding at the end of :on (not completed, or completed after it), with the due
// date each had that day (`due_on`: its due date, unless it was moved after the day, when its first
// such move's from-date), their `id` and `innovation_id`. `scope` is a table or CTE with an `id`
// column (board_active, the innovations shown), or empty for every innovation. With `dueBefore`,
// only those whose due date on the day is before it: the overdue ones.
std::string outstandingMilestonesSql(const std::string& scope, bool dueBefore);

// Risks open at the end of :on (raised by then, and open now or closed or occurred after it), with
// `id`, `innovation_id`, their `score` (kRiskScore), `likelihood_now` and `impact_now` (residual
// where set), and `inherent_score`.
std::string openRisksSql(const std::string& scope);

// The figures the board paper's rows and the stage board's cards share, as CTEs over `shown` (a
// short table or CTE of innovation ids): outstanding (outstandingMilestonesSql), next_milestone
// (each one's first outstanding milestone by due date on the day, then id: one row per innovation),
// overdue (count per innovation), open_risks (openRisksSql) and new_setbacks (new since the last
// review, sql::recordedSinceSql; count per innovation). Bind :on and :since_entry (bindSince).
std::string shownFiguresCtes(const std::string& shown);

// The weekly review whose closing day "since the last review" counts from: the latest closing day
// on or before :on; when several closed that day, the one held latest, then the highest id.
std::optional<BoardReview> readLastClosedReview(pq::Connection& connection, Date on);

// Binds :since_entry of sql::recordedSinceSql: new since `since` (tracker/new_since.hpp).
inline void bindSince(pq::Statement& statement, const std::optional<BoardReview>& since) {
    statement.bind(":since_entry", newAfterEntry(since));
}

// LIMIT NULL is no limit.
inline std::optional<std::int64_t> sqlLimit(std::optional<std::size_t> limit) {
    if (!limit) return std::nullopt;
    return static_cast<std::int64_t>(*limit);
}

// The lists after the innovations (board_sections.cpp), each one query over board_active that
// returns at most :limit rows with the list's total counted by a window.
BoardList<BoardDecision> readBoardDecisions(pq::Connection& connection, const BoardScope& scope, Id reviewId,
                                            std::optional<std::int64_t> limit);
BoardList<BoardOverdueMilestone> readBoardOverdueMilestones(pq::Connection& connection, const BoardScope& scope,
                                                            std::optional<std::int64_t> limit);
BoardList<BoardRisk> readBoardRisks(pq::Connection& connection, const BoardScope& scope, int minimumScore,
                                    std::optional<std::int64_t> limit);
BoardList<BoardSetback> readBoardSetbacks(pq::Connection& connection, const BoardScope& scope,
                                          const std::optional<BoardReview>& since,
                                          std::optional<std::int64_t> limit);
BoardList<BoardLesson> readBoardLessons(pq::Connection& connection, const BoardScope& scope,
                                        const std::optional<BoardReview>& since,
                                        std::optional<std::int64_t> limit);
std::vector<BoardAmbitionGap> readAmbitionsWithoutActiveInnovation(pq::Connection& connection,
                                                                   const BoardScope& scope);

// Binds what boardCtes() read.
inline void bindBoard(pq::Statement& statement, const BoardScope& scope) {
    statement.bind(":on", scope.on);
    statement.bind(":cabinet", scope.cabinetLeadId);
}

// Reads every row of `result`, taking the list's total from its `total` column.
template <typename Row, typename Read>
BoardList<Row> readList(const pq::Result& result, Read read) {
    BoardList<Row> list;
    list.rows.reserve(static_cast<std::size_t>(result.rows()));
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        list.total = row["total"].integer();
        list.rows.push_back(read(row));
    }
    return list;
}

}  // namespace innotrack::storage_pg::detail
