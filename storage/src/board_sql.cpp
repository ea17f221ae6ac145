// The SQL the board paper and the stage board share: one text for each definition, placed over
// each query's own innovations (see board_sql.hpp).
#include "board_sql.hpp"

#include "queries.hpp"

#include "sql/review_sql.hpp"

namespace innotrack::storage::detail {
namespace {

// `table alias`, joined to `scope` (as `a`) by the record's innovation_id, in the order `first` says.
std::string fromScope(const char* table, const char* alias, const std::string& scope, ReadFirst first) {
    const std::string records = std::string(table) + " " + alias;
    if (scope.empty()) return records;
    const std::string link = std::string(alias) + ".innovation_id = a.id";
    // CROSS JOIN keeps SQLite's planner to the order given: it has no statistics for temp tables.
    if (first == ReadFirst::Records) return records + " CROSS JOIN " + scope + " a ON " + link;
    return scope + " a CROSS JOIN " + records + " ON " + link;
}

}  // namespace

std::string outstandingMilestonesSql(const std::string& scope, ReadFirst first, bool dueBefore) {
    const std::string from = fromScope("milestones", "m", scope, first);
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
           from + " WHERE m.id IN " + movedLater + " AND (m.completed_on IS NULL OR m.completed_on > :on))" +
           (dueBefore ? " WHERE due_on < :on" : "");
}

std::string openRisksSql(const std::string& scope, ReadFirst first) {
    const std::string from = fromScope("risks", "r", scope, first);
    const std::string columns = std::string("SELECT r.id, r.innovation_id, ") + kRiskScore +
                                " AS score, COALESCE(r.residual_likelihood, r.inherent_likelihood) AS likelihood_now, "
                                "COALESCE(r.residual_impact, r.inherent_impact) AS impact_now, "
                                "r.inherent_likelihood * r.inherent_impact AS inherent_score FROM " +
                                from;
    // Open now, and closed (or occurred) after the day: two ranges of the tally's covering indexes.
    return columns + " WHERE r.status = 'open' AND r.raised_on <= :on\nUNION ALL\n" + columns +
           " WHERE r.closed_on > :on AND r.raised_on <= :on AND r.status <> 'open'";
}

std::string shownFiguresCtes(const std::string& shown) {
    return "outstanding AS (" + outstandingMilestonesSql(shown, ReadFirst::Scope, false) + R"sql(),
next_milestone AS (
    SELECT innovation_id, id, due_on, ROW_NUMBER() OVER (PARTITION BY innovation_id ORDER BY due_on, id) AS rank
      FROM outstanding),
overdue AS (
    SELECT innovation_id, COUNT(*) AS count FROM outstanding WHERE due_on < :on GROUP BY innovation_id),
open_risks AS ()sql" + openRisksSql(shown, ReadFirst::Scope) + R"sql(),
new_setbacks AS (
    SELECT x.innovation_id, COUNT(*) AS count FROM )sql" + fromScope("setbacks", "x", shown, ReadFirst::Scope) +
           " WHERE " + sql::recordedSinceSql("setback", "x", "occurred_on") + " GROUP BY x.innovation_id)";
}

std::optional<BoardReview> readLastClosedReview(Connection& connection, Date on) {
    Query query(connection, sql::lastClosedReviewSql());
    bindParam(*query, ":on", on);
    return readOne(query, [](const SQLite::Statement& row) {
        BoardReview review;
        review.id = id(row, "id");
        review.heldOn = date(row, "held_on");
        review.closedOn = date(row, "closed_on");
        review.chairId = id(row, "chair_id");
        review.chair = text(row, "chair");
        review.closingEntry = id(row, "closing_entry");
        return review;
    });
}

}  // namespace innotrack::storage::detail
