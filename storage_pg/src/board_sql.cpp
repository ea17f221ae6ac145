// The SQL the board paper and the stage board share: one text for each definition, placed over
// each query's own innovations (see board_sql.hpp).
#include "pg_store.hpp"

#include "board_sql.hpp"

#include "sql/goal_scope_sql.hpp"
#include "sql/review_sql.hpp"

namespace innotrack::storage_pg::detail {
namespace {

// `table alias`, joined to `scope` (as `a`) by the record's innovation_id. PostgreSQL's planner
// chooses which to read first (the file backend fixes it with CROSS JOIN).
std::string fromScope(const char* table, const char* alias, const std::string& scope) {
    const std::string records = std::string(table) + " " + alias;
    if (scope.empty()) return records;
    return records + " JOIN " + scope + " a ON " + alias + ".innovation_id = a.id";
}

}  // namespace

std::string activeStage(const std::string& column) {
    return column + " IN (" + sqlKeysWhere<Stage>(isActive) + ")";
}

std::string boardStagesCte() {
    return std::string("board_stages AS (\n    SELECT i.id, i.ambition_id, i.priority, i.cabinet_lead_id, ") +
           kStageOnDay + " AS stage_on FROM innovations i)";
}

// MATERIALIZED: the planner cannot estimate the stage-on-day filter (it guesses a few hundred rows
// of 100,000), and a list that reads board_active once would have it inlined and joined by nested
// loops on that guess (the new setbacks' list took seconds at N = 10,000 once it read from the
// audit trail); worked out once, it is joined by hash.
std::string boardActiveCte(const BoardScope& scope) {
    return "board_active AS MATERIALIZED (\n    SELECT b.id, b.priority, b.stage_on FROM board_stages b WHERE " +
           activeStage("b.stage_on") + " AND (:cabinet IS NULL OR b.cabinet_lead_id = :cabinet)" +
           sql::goalScopeSql(scope.goal, "b.id") + ")";
}

std::string outstandingMilestonesSql(const std::string& scope, bool dueBefore) {
    const std::string from = fromScope("milestones", "m", scope);
    const std::string movedLater = "(SELECT mv.milestone_id FROM milestone_moves mv WHERE mv.moved_on > :on)";
    const std::string due = dueBefore ? " AND m.due < :on" : "";
    // Not completed, or completed after the day; then those moved after the day, whose due date on
    // the day is the from-date of their first move after it.
    return "SELECT m.id, m.innovation_id, m.due AS due_on FROM " + from + " WHERE m.completed_on IS NULL" + due +
           " AND m.id NOT IN " + movedLater +
           "\nUNION ALL\nSELECT m.id, m.innovation_id, m.due AS due_on FROM " + from + " WHERE m.completed_on > :on" +
           due + " AND m.id NOT IN " + movedLater +
           "\nUNION ALL\nSELECT id, innovation_id, due_on FROM ("
           "SELECT m.id, m.innovation_id, (SELECT mv.from_due FROM milestone_moves mv WHERE mv.milestone_id = m.id "
           "AND mv.moved_on > :on ORDER BY mv.moved_on, mv.id LIMIT 1) AS due_on FROM " +
           from + " WHERE m.id IN " + movedLater + " AND (m.completed_on IS NULL OR m.completed_on > :on)) moved" +
           (dueBefore ? " WHERE due_on < :on" : "");
}

std::string openRisksSql(const std::string& scope) {
    const std::string from = fromScope("risks", "r", scope);
    const std::string columns = std::string("SELECT r.id, r.innovation_id, ") + kRiskScore +
                                " AS score, COALESCE(r.residual_likelihood, r.inherent_likelihood) AS likelihood_now, "
                                "COALESCE(r.residual_impact, r.inherent_impact) AS impact_now, "
                                "r.inherent_likelihood * r.inherent_impact AS inherent_score FROM " +
                                from;
    // Open now, and closed (or occurred) after the day: two index ranges.
    return columns + " WHERE r.status = 'open' AND r.raised_on <= :on\nUNION ALL\n" + columns +
           " WHERE r.closed_on > :on AND r.raised_on <= :on AND r.status <> 'open'";
}

// Each innovation's first row by DISTINCT ON rather than ROW_NUMBER() = 1: the planner estimates
// one row per innovation for it, where it guesses a single row for "rank = 1" and then joins every
// card to it by a nested loop (quadratic on the whole council's board).
std::string shownFiguresCtes(const std::string& shown) {
    return "outstanding AS (" + outstandingMilestonesSql(shown, false) + R"sql(),
next_milestone AS (
    SELECT DISTINCT ON (innovation_id) innovation_id, id, due_on FROM outstanding ORDER BY innovation_id, due_on, id),
overdue AS (
    SELECT innovation_id, COUNT(*) AS count FROM outstanding WHERE due_on < :on GROUP BY innovation_id),
open_risks AS ()sql" + openRisksSql(shown) + R"sql(),
new_setbacks AS (
    SELECT x.innovation_id, COUNT(*) AS count FROM )sql" + fromScope("setbacks", "x", shown) +
           " WHERE " + sql::recordedSinceSql("setback", "x", "occurred_on") + " GROUP BY x.innovation_id)";
}

std::optional<BoardReview> readLastClosedReview(pq::Connection& connection, Date on) {
    pq::Statement query(connection, sql::lastClosedReviewSql());
    query.bind(":on", on);
    return readOne(query.run(), [](const pq::Row& row) {
        BoardReview review;
        review.id = row["id"].integer();
        review.heldOn = row["held_on"].date();
        review.closedOn = row["closed_on"].date();
        review.chairId = row["chair_id"].integer();
        review.chair = row["chair"].text();
        review.closingEntry = row["closing_entry"].integer();
        return review;
    });
}

}  // namespace innotrack::storage_pg::detail
