// The board report's lists after the innovations, each one SQL query over board_active (see
// board_sql.hpp): decisions, overdue milestones, Critical risks, new setbacks and lessons, and the
// ambitions left without an active innovation. Each counts its whole list with a window and
// returns only its first :limit rows; only the rows shown read their text. The same lists as the
// file backend's (storage/src/board_sections.cpp).
#include "pg_store.hpp"

#include "board_sql.hpp"

#include "sql/goal_scope_sql.hpp"

namespace innotrack::storage_pg::detail {

BoardList<BoardDecision> readBoardDecisions(pq::Connection& connection, const BoardScope& scope, Id reviewId,
                                            std::optional<std::int64_t> limit) {
    pq::Statement query(connection, "WITH " + boardCtes(scope) + R"sql(
SELECT COUNT(*) OVER () AS total, i.id AS innovation_id, i.title AS innovation, e.confidence, e.comment, e.decision
  FROM review_entries e
  JOIN board_active a ON a.id = e.innovation_id
  JOIN innovations i ON i.id = e.innovation_id
 WHERE e.review_id = :review AND trim(e.decision) <> ''
 ORDER BY a.priority, a.id LIMIT :limit)sql");
    bindBoard(query, scope);
    query.bind(":review", reviewId);
    query.bind(":limit", limit);
    return readList<BoardDecision>(query.run(), [](const pq::Row& row) {
        BoardDecision decision;
        decision.innovationId = row["innovation_id"].integer();
        decision.innovation = row["innovation"].text();
        decision.confidence = key<Confidence>(row["confidence"], "confidence");
        decision.comment = row["comment"].text();
        decision.decision = row["decision"].text();
        return decision;
    });
}

// Overdue on :on: outstanding then, and the due date it had that day is before it
// (outstandingMilestonesSql). Only the rows shown read the milestone's text. A date less a date
// is the whole days between them.
BoardList<BoardOverdueMilestone> readBoardOverdueMilestones(pq::Connection& connection, const BoardScope& scope,
                                                            std::optional<std::int64_t> limit) {
    pq::Statement query(connection, "WITH " + boardCtes(scope) + ",\noverdue AS (" +
                                        outstandingMilestonesSql("board_active", true) + R"sql(),
shown AS (
    SELECT id, innovation_id, due_on, COUNT(*) OVER () AS total FROM overdue ORDER BY due_on, id LIMIT :limit)
SELECT s.total, s.id, s.innovation_id, i.title AS innovation, m.title, s.due_on, m.baseline_due,
       :on - s.due_on AS days_late
  FROM shown s JOIN milestones m ON m.id = s.id JOIN innovations i ON i.id = s.innovation_id
 ORDER BY s.due_on, s.id)sql");
    bindBoard(query, scope);
    query.bind(":limit", limit);
    return readList<BoardOverdueMilestone>(query.run(), [](const pq::Row& row) {
        BoardOverdueMilestone milestone;
        milestone.milestoneId = row["id"].integer();
        milestone.innovationId = row["innovation_id"].integer();
        milestone.innovation = row["innovation"].text();
        milestone.title = row["title"].text();
        milestone.due = row["due_on"].date();
        milestone.baselineDue = row["baseline_due"].date();
        milestone.daysLate = row["days_late"].integer();
        return milestone;
    });
}

// Open on :on and scoring at least :minimum (openRisksSql), highest score first.
BoardList<BoardRisk> readBoardRisks(pq::Connection& connection, const BoardScope& scope, int minimumScore,
                                    std::optional<std::int64_t> limit) {
    pq::Statement query(connection, "WITH " + boardCtes(scope) + ",\nscored AS (" + openRisksSql("board_active") +
                                        R"sql(),
shown AS (
    SELECT *, COUNT(*) OVER () AS total FROM scored WHERE score >= :minimum ORDER BY score DESC, id LIMIT :limit)
SELECT s.total, s.id, s.innovation_id, i.title AS innovation, r.title, s.likelihood_now, s.impact_now, s.score,
       s.inherent_score, r.owner_id, COALESCE(p.name, '') AS owner, r.proximity, r.response
  FROM shown s JOIN risks r ON r.id = s.id JOIN innovations i ON i.id = s.innovation_id
  LEFT JOIN people p ON p.id = r.owner_id
 ORDER BY s.score DESC, s.id)sql");
    bindBoard(query, scope);
    query.bind(":minimum", minimumScore);
    query.bind(":limit", limit);
    return readList<BoardRisk>(query.run(), [](const pq::Row& row) {
        BoardRisk risk;
        risk.riskId = row["id"].integer();
        risk.innovationId = row["innovation_id"].integer();
        risk.innovation = row["innovation"].text();
        risk.title = row["title"].text();
        risk.likelihood = static_cast<int>(row["likelihood_now"].integer());
        risk.impact = static_cast<int>(row["impact_now"].integer());
        risk.score = static_cast<int>(row["score"].integer());
        risk.inherentScore = static_cast<int>(row["inherent_score"].integer());
        risk.ownerId = row["owner_id"].integer();
        risk.owner = row["owner"].text();
        risk.proximity = key<Proximity>(row["proximity"], "proximity");
        risk.response = key<RiskResponse>(row["response"], "response");
        return risk;
    });
}

BoardList<BoardSetback> readBoardSetbacks(pq::Connection& connection, const BoardScope& scope,
                                          const std::optional<BoardReview>& since,
                                          std::optional<std::int64_t> limit) {
    pq::Statement query(connection, "WITH " + boardCtes(scope) + R"sql(,
shown AS (
    SELECT x.id, COUNT(*) OVER () AS total
      FROM )sql" + sql::addedSinceSql("setback") + R"sql( added
      JOIN setbacks x ON x.id = added.id JOIN board_active a ON a.id = x.innovation_id
     WHERE x.occurred_on <= :on
     ORDER BY x.occurred_on, x.id LIMIT :limit)
SELECT s.total, x.id, x.innovation_id, i.title AS innovation, x.occurred_on, x.kind, x.what_happened, x.risk_id
  FROM shown s JOIN setbacks x ON x.id = s.id JOIN innovations i ON i.id = x.innovation_id
 ORDER BY x.occurred_on, x.id)sql");
    bindBoard(query, scope);
    bindSince(query, since);
    query.bind(":limit", limit);
    return readList<BoardSetback>(query.run(), [](const pq::Row& row) {
        BoardSetback setback;
        setback.setbackId = row["id"].integer();
        setback.innovationId = row["innovation_id"].integer();
        setback.innovation = row["innovation"].text();
        setback.occurredOn = row["occurred_on"].date();
        setback.kind = key<FailureKind>(row["kind"], "kind");
        setback.whatHappened = row["what_happened"].text();
        setback.riskId = row["risk_id"].optionalId();
        return setback;
    });
}

BoardList<BoardLesson> readBoardLessons(pq::Connection& connection, const BoardScope& scope,
                                        const std::optional<BoardReview>& since,
                                        std::optional<std::int64_t> limit) {
    pq::Statement query(connection, "WITH " + boardCtes(scope) + R"sql(,
shown AS (
    SELECT l.id, COUNT(*) OVER () AS total
      FROM )sql" + sql::addedSinceSql("lesson") + R"sql( added
      JOIN lessons l ON l.id = added.id JOIN board_active a ON a.id = l.innovation_id
     WHERE l.recorded_on <= :on
     ORDER BY l.recorded_on, l.id LIMIT :limit)
SELECT s.total, l.id, l.innovation_id, i.title AS innovation, l.recorded_on, l.source, l.what_happened,
       l.recommendation
  FROM shown s JOIN lessons l ON l.id = s.id JOIN innovations i ON i.id = l.innovation_id
 ORDER BY l.recorded_on, l.id)sql");
    bindBoard(query, scope);
    bindSince(query, since);
    query.bind(":limit", limit);
    return readList<BoardLesson>(query.run(), [](const pq::Row& row) {
        BoardLesson lesson;
        lesson.lessonId = row["id"].integer();
        lesson.innovationId = row["innovation_id"].integer();
        lesson.innovation = row["innovation"].text();
        lesson.recordedOn = row["recorded_on"].date();
        lesson.source = key<LessonSource>(row["source"], "source");
        lesson.whatHappened = row["what_happened"].text();
        lesson.recommendation = row["recommendation"].text();
        return lesson;
    });
}

// Council-wide: an ambition has no cabinet lead, so only the stages are read, not the scope's lead;
// scoped to a goal, only the ambitions tagged with it.
std::vector<BoardAmbitionGap> readAmbitionsWithoutActiveInnovation(pq::Connection& connection,
                                                                   const BoardScope& scope) {
    pq::Statement query(connection, "WITH " + boardStagesCte() + R"sql(,
staged AS (
    SELECT ambition_id,
           COUNT(*) FILTER (WHERE stage_on = 'mainstreamed') AS mainstreamed,
           COUNT(*) FILTER (WHERE stage_on = 'stopped') AS stopped,
           COUNT(*) FILTER (WHERE )sql" + activeStage("stage_on") + R"sql() AS active
      FROM board_stages WHERE ambition_id IS NOT NULL GROUP BY ambition_id)
SELECT am.id, am.title, am.horizon_year, COALESCE(s.mainstreamed, 0) AS mainstreamed,
       COALESCE(s.stopped, 0) AS stopped
  FROM ambitions am LEFT JOIN staged s ON s.ambition_id = am.id
 WHERE COALESCE(s.active, 0) = 0)sql" + sql::goalTagScopeSql(scope.goal, "am.wellbeing_goals") +
                                        " ORDER BY am.id");
    query.bind(":on", scope.on);
    return readAll(query.run(), [](const pq::Row& row) {
        BoardAmbitionGap gap;
        gap.ambitionId = row["id"].integer();
        gap.title = row["title"].text();
        gap.horizonYear = static_cast<int>(row["horizon_year"].integer());
        gap.mainstreamed = row["mainstreamed"].integer();
        gap.stopped = row["stopped"].integer();
        return gap;
    });
}

}  // namespace innotrack::storage_pg::detail
