// The board: the snapshot and temporary tables every list reads, the per-innovation facts, the last
// closed review, and boardLists, which reads each list in turn.
#include "storage/sqlite_store.hpp"

#include "board_sql.hpp"
#include "queries.hpp"

#include "sql/goal_scope_sql.hpp"

#include <sqlite3.h>

namespace innotrack::storage {

using namespace detail;

namespace detail {

ReadSnapshot::ReadSnapshot(Connection& connection) : connection_(connection) {
    if (sqlite3_get_autocommit(connection.db().getHandle()) != 0) {
        connection.db().exec("BEGIN");
        ownsTransaction_ = true;
    }
}

ReadSnapshot::~ReadSnapshot() {
    if (!ownsTransaction_) return;
    try {
        connection_.db().exec("COMMIT");
    } catch (const SQLite::Exception&) {
        rollBack();
    }
}

void ReadSnapshot::rollBack() {
    if (ownsTransaction_) sqlite3_exec(connection_.db().getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
    ownsTransaction_ = false;
}

BoardSnapshot::BoardSnapshot(Connection& connection, const BoardScope& scope)
    : connection_(connection), snapshot_(connection) {
    SQLite::Database& db = connection.db();
    try {
        db.exec("DROP TABLE IF EXISTS temp.board_stages; DROP TABLE IF EXISTS temp.board_active;"
                "CREATE TEMP TABLE board_stages (id INTEGER PRIMARY KEY, ambition_id INTEGER, stage_on TEXT NOT NULL);"
                "CREATE TEMP TABLE board_active (id INTEGER PRIMARY KEY, priority INTEGER NOT NULL);");
        Query stages(connection, std::string("INSERT INTO temp.board_stages (id, ambition_id, stage_on) "
                                             "SELECT i.id, i.ambition_id, ") +
                                     kStageOnDay + " FROM innovations i");
        bindParam(*stages, ":on", scope.on);
        stages.exec();
        Query active(connection, "INSERT INTO temp.board_active (id, priority) "
                                 "SELECT i.id, i.priority FROM temp.board_stages b JOIN innovations i ON i.id = b.id "
                                 "WHERE b.stage_on NOT IN ('mainstreamed', 'stopped') "
                                 "AND (:cabinet IS NULL OR i.cabinet_lead_id = :cabinet)" +
                                     sql::goalScopeSql(scope.goal, "i.id"));
        bindParam(*active, ":cabinet", scope.cabinetLeadId);
        active.exec();
    } catch (...) {
        snapshot_.rollBack();
        throw;
    }
}

BoardSnapshot::~BoardSnapshot() {
    // A failure here leaves only temporary tables, which the next board drops first.
    try {
        connection_.db().exec("DROP TABLE IF EXISTS temp.board_stages; DROP TABLE IF EXISTS temp.board_active;");
    } catch (const SQLite::Exception&) {
        snapshot_.rollBack();
    }
}

}  // namespace detail

namespace {

// The first :limit active innovations by priority, with their facts. Each figure comes from a CTE
// over the shown innovations' own rows (index look-ups by innovation, ReadFirst::Scope), so the
// work follows what is shown; the latest review entries are found through the
// review_entries_by_innovation index.
std::string innovationFactsSql() {
    return R"sql(WITH shown AS (
    SELECT a.id, a.priority, COUNT(*) OVER () AS total FROM temp.board_active a ORDER BY a.priority, a.id LIMIT :limit),
)sql" + shownFiguresCtes("shown") + R"sql(,
top_risk AS (
    SELECT innovation_id, id, score, ROW_NUMBER() OVER (PARTITION BY innovation_id ORDER BY score DESC, id) AS rank
      FROM open_risks),
new_lessons AS (
    SELECT l.innovation_id, COUNT(*) AS count FROM shown s JOIN lessons l ON l.innovation_id = s.id
     WHERE )sql" + sql::recordedSinceSql("lesson", "l", "recorded_on") + R"sql( GROUP BY l.innovation_id),
facts AS (
    SELECT s.total, i.id, i.title, b.stage_on, i.priority, i.cabinet_lead_id, COALESCE(p.name, '') AS cabinet_lead,
           i.ambition_id,
           i.confidence,
           (SELECT e.confidence FROM review_entries e JOIN reviews r ON r.id = e.review_id
             WHERE e.innovation_id = i.id AND r.held_on <= :on
             ORDER BY r.held_on DESC, r.id DESC LIMIT 1) AS latest_confidence,
           (SELECT r.id FROM review_entries e JOIN reviews r ON r.id = e.review_id
             WHERE e.innovation_id = i.id AND r.closed_on IS NOT NULL AND r.closed_on <= :on
             ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1) AS closed_review_id,
           nm.id AS next_id, COALESCE(mt.title, '') AS next_title, nm.due_on AS next_due,
           COALESCE(od.count, 0) AS overdue_count,
           tr.id AS risk_id, tr.score AS risk_score,
           COALESCE(ns.count, 0) AS setback_count,
           COALESCE(nl.count, 0) AS lesson_count
      FROM shown s
      JOIN innovations i ON i.id = s.id
      JOIN temp.board_stages b ON b.id = s.id
      LEFT JOIN people p ON p.id = i.cabinet_lead_id
      LEFT JOIN next_milestone nm ON nm.innovation_id = s.id AND nm.rank = 1
      LEFT JOIN milestones mt ON mt.id = nm.id
      LEFT JOIN overdue od ON od.innovation_id = s.id
      LEFT JOIN top_risk tr ON tr.innovation_id = s.id AND tr.rank = 1
      LEFT JOIN new_setbacks ns ON ns.innovation_id = s.id
      LEFT JOIN new_lessons nl ON nl.innovation_id = s.id)
SELECT f.*, ce.confidence AS closed_confidence
  FROM facts f
  LEFT JOIN review_entries ce ON ce.review_id = f.closed_review_id AND ce.innovation_id = f.id
 ORDER BY f.priority, f.id)sql";
}

template <typename E>
std::optional<E> optionalKey(const SQLite::Statement& row, const char* column) {
    if (row.getColumn(column).isNull()) return std::nullopt;
    return key<E>(row, column);
}

BoardInnovationFacts readFacts(const SQLite::Statement& row) {
    BoardInnovationFacts facts;
    facts.innovationId = id(row, "id");
    facts.title = text(row, "title");
    facts.stage = key<Stage>(row, "stage_on");
    facts.priority = integer(row, "priority");
    facts.cabinetLeadId = optionalId(row, "cabinet_lead_id");
    facts.cabinetLead = text(row, "cabinet_lead");
    facts.ambitionId = optionalId(row, "ambition_id");
    facts.currentConfidence = key<Confidence>(row, "confidence");
    facts.latestReviewedConfidence = optionalKey<Confidence>(row, "latest_confidence");
    facts.lastClosedReviewConfidence = optionalKey<Confidence>(row, "closed_confidence");
    facts.lastClosedReviewId = optionalId(row, "closed_review_id");
    facts.nextMilestoneId = optionalId(row, "next_id");
    facts.nextMilestone = text(row, "next_title");
    facts.nextMilestoneDue = optionalDate(row, "next_due");
    facts.overdueMilestones = id(row, "overdue_count");
    facts.topRiskId = optionalId(row, "risk_id");
    facts.topRiskScore = optionalInteger(row, "risk_score");
    facts.setbacksSince = id(row, "setback_count");
    facts.lessonsSince = id(row, "lesson_count");
    return facts;
}

}  // namespace

std::optional<BoardReview> SqliteStore::lastClosedReview(Date on) const {
    auto& c = *connection_;
    return c.run("find the last closed weekly review", [&] { return readLastClosedReview(c, on); });
}

BoardLists SqliteStore::boardLists(const BoardScope& scope, const std::optional<BoardReview>& since,
                                    OptionalId decisionsAt,
                                  int criticalFrom, std::optional<std::size_t> limit) const {
    auto& c = *connection_;
    return c.run("gather the weekly board report", [&] {
        const BoardSnapshot snapshot(c, scope);
        const std::int64_t rows = sqlLimit(limit);
        BoardLists lists;
        {
            Query query(c, innovationFactsSql());
            bindParam(*query, ":on", scope.on);
            bindSince(*query, since);
            bindParam(*query, ":limit", rows);
            lists.innovations = readList<BoardInnovationFacts>(query, readFacts);
        }
        if (decisionsAt) lists.decisions = readBoardDecisions(c, *decisionsAt, rows);
        lists.overdueMilestones = readBoardOverdueMilestones(c, scope.on, rows);
        lists.criticalRisks = readBoardRisks(c, scope.on, criticalFrom, rows);
        lists.setbacks = readBoardSetbacks(c, scope.on, since, rows);
        lists.lessons = readBoardLessons(c, scope.on, since, rows);
        lists.ambitionsWithoutActiveInnovation = readAmbitionsWithoutActiveInnovation(c, scope.goal);
        return lists;
    });
}

}  // namespace innotrack::storage
