// The board report's lists after the innovations, each one SQL query over temp.board_active (see
// board_sql.hpp): decisions, overdue milestones, Critical risks, new setbacks and lessons, and the
// ambitions left without an active innovation. Each counts its whole list with a window and
// returns only its first :limit rows; the candidates are found through covering indexes and only
// the rows shown read their text.
#include "board_sql.hpp"
#include "queries.hpp"

#include "sql/goal_scope_sql.hpp"

namespace innotrack::storage::detail {

BoardList<BoardDecision> readBoardDecisions(Connection& connection, Id reviewId, std::int64_t limit) {
    Query query(connection, R"sql(
SELECT COUNT(*) OVER () AS total, i.id AS innovation_id, i.title AS innovation, e.confidence, e.comment, e.decision
  FROM review_entries e
  JOIN temp.board_active a ON a.id = e.innovation_id
  JOIN innovations i ON i.id = e.innovation_id
 WHERE e.review_id = :review AND trim(e.decision) <> ''
 ORDER BY a.priority, a.id LIMIT :limit)sql");
    bindParam(*query, ":review", reviewId);
    bindParam(*query, ":limit", limit);
    return readList<BoardDecision>(query, [](const SQLite::Statement& row) {
        BoardDecision decision;
        decision.innovationId = id(row, "innovation_id");
        decision.innovation = text(row, "innovation");
        decision.confidence = key<Confidence>(row, "confidence");
        decision.comment = text(row, "comment");
        decision.decision = text(row, "decision");
        return decision;
    });
}

// Overdue on :on: outstanding then, and the due date it had that day is before it
// (outstandingMilestonesSql: ranges of milestones_outstanding, checked against the few milestones
// moved after the day). Only the rows shown read the milestone's text.
BoardList<BoardOverdueMilestone> readBoardOverdueMilestones(Connection& connection, Date on, std::int64_t limit) {
    Query query(connection, "WITH overdue AS (" +
                                outstandingMilestonesSql("temp.board_active", ReadFirst::Records, true) + R"sql(),
shown AS (
    SELECT id, innovation_id, due_on, COUNT(*) OVER () AS total FROM overdue ORDER BY due_on, id LIMIT :limit)
SELECT s.total, s.id, s.innovation_id, i.title AS innovation, m.title, s.due_on, m.baseline_due,
       CAST(julianday(:on) - julianday(s.due_on) AS INTEGER) AS days_late
  FROM shown s JOIN milestones m ON m.id = s.id JOIN innovations i ON i.id = s.innovation_id
 ORDER BY s.due_on, s.id)sql");
    bindParam(*query, ":on", on);
    bindParam(*query, ":limit", limit);
    return readList<BoardOverdueMilestone>(query, [](const SQLite::Statement& row) {
        BoardOverdueMilestone milestone;
        milestone.milestoneId = id(row, "id");
        milestone.innovationId = id(row, "innovation_id");
        milestone.innovation = text(row, "innovation");
        milestone.title = text(row, "title");
        milestone.due = date(row, "due_on");
        milestone.baselineDue = date(row, "baseline_due");
        milestone.daysLate = id(row, "days_late");
        return milestone;
    });
}

// Open on :on and scoring at least :minimum (openRisksSql), highest score first.
BoardList<BoardRisk> readBoardRisks(Connection& connection, Date on, int minimumScore, std::int64_t limit) {
    Query query(connection, "WITH scored AS (" + openRisksSql("temp.board_active", ReadFirst::Records) + R"sql(),
shown AS (
    SELECT *, COUNT(*) OVER () AS total FROM scored WHERE score >= :minimum ORDER BY score DESC, id LIMIT :limit)
SELECT s.total, s.id, s.innovation_id, i.title AS innovation, r.title, s.likelihood_now, s.impact_now, s.score,
       s.inherent_score, r.owner_id, COALESCE(p.name, '') AS owner, r.proximity, r.response
  FROM shown s JOIN risks r ON r.id = s.id JOIN innovations i ON i.id = s.innovation_id
  LEFT JOIN people p ON p.id = r.owner_id
 ORDER BY s.score DESC, s.id)sql");
    bindParam(*query, ":on", on);
    bindParam(*query, ":minimum", minimumScore);
    bindParam(*query, ":limit", limit);
    return readList<BoardRisk>(query, [](const SQLite::Statement& row) {
        BoardRisk risk;
        risk.riskId = id(row, "id");
        risk.innovationId = id(row, "innovation_id");
        risk.innovation = text(row, "innovation");
        risk.title = text(row, "title");
        risk.likelihood = integer(row, "likelihood_now");
        risk.impact = integer(row, "impact_now");
        risk.score = integer(row, "score");
        risk.inherentScore = integer(row, "inherent_score");
        risk.ownerId = id(row, "owner_id");
        risk.owner = text(row, "owner");
        risk.proximity = key<Proximity>(row, "proximity");
        risk.response = key<RiskResponse>(row, "response");
        return risk;
    });
}

BoardList<BoardSetback> readBoardSetbacks(Connection& connection, Date on, const std::optional<BoardReview>& since,
                                          std::int64_t limit) {
    Query query(connection, R"sql(
WITH shown AS (
    SELECT x.id, COUNT(*) OVER () AS total
      FROM setbacks x CROSS JOIN temp.board_active a ON a.id = x.innovation_id
     WHERE )sql" + sql::recordedSinceSql("setback", "x", "occurred_on") + R"sql(
     ORDER BY x.occurred_on, x.id LIMIT :limit)
SELECT s.total, x.id, x.innovation_id, i.title AS innovation, x.occurred_on, x.kind, x.what_happened, x.risk_id
  FROM shown s JOIN setbacks x ON x.id = s.id JOIN innovations i ON i.id = x.innovation_id
 ORDER BY x.occurred_on, x.id)sql");
    bindParam(*query, ":on", on);
    bindSince(*query, since);
    bindParam(*query, ":limit", limit);
    return readList<BoardSetback>(query, [](const SQLite::Statement& row) {
        BoardSetback setback;
        setback.setbackId = id(row, "id");
        setback.innovationId = id(row, "innovation_id");
        setback.innovation = text(row, "innovation");
        setback.occurredOn = date(row, "occurred_on");
        setback.kind = key<FailureKind>(row, "kind");
        setback.whatHappened = text(row, "what_happened");
        setback.riskId = optionalId(row, "risk_id");
        return setback;
    });
}

BoardList<BoardLesson> readBoardLessons(Connection& connection, Date on, const std::optional<BoardReview>& since,
                                        std::int64_t limit) {
    Query query(connection, R"sql(
WITH shown AS (
    SELECT l.id, COUNT(*) OVER () AS total
      FROM lessons l CROSS JOIN temp.board_active a ON a.id = l.innovation_id
     WHERE )sql" + sql::recordedSinceSql("lesson", "l", "recorded_on") + R"sql(
     ORDER BY l.recorded_on, l.id LIMIT :limit)
SELECT s.total, l.id, l.innovation_id, i.title AS innovation, l.recorded_on, l.source, l.what_happened,
       l.recommendation
  FROM shown s JOIN lessons l ON l.id = s.id JOIN innovations i ON i.id = l.innovation_id
 ORDER BY l.recorded_on, l.id)sql");
    bindParam(*query, ":on", on);
    bindSince(*query, since);
    bindParam(*query, ":limit", limit);
    return readList<BoardLesson>(query, [](const SQLite::Statement& row) {
        BoardLesson lesson;
        lesson.lessonId = id(row, "id");
        lesson.innovationId = id(row, "innovation_id");
        lesson.innovation = text(row, "innovation");
        lesson.recordedOn = date(row, "recorded_on");
        lesson.source = key<LessonSource>(row, "source");
        lesson.whatHappened = text(row, "what_happened");
        lesson.recommendation = text(row, "recommendation");
        return lesson;
    });
}

std::vector<BoardAmbitionGap> readAmbitionsWithoutActiveInnovation(Connection& connection,
                                                                   const std::optional<WellbeingGoal>& goal) {
    Query query(connection, R"sql(
WITH staged AS (
    SELECT ambition_id,
           SUM(stage_on = 'mainstreamed') AS mainstreamed,
           SUM(stage_on = 'stopped') AS stopped,
           SUM(stage_on NOT IN ('mainstreamed', 'stopped')) AS active
      FROM temp.board_stages WHERE ambition_id IS NOT NULL GROUP BY ambition_id)
SELECT am.id, am.title, am.horizon_year, COALESCE(s.mainstreamed, 0) AS mainstreamed,
       COALESCE(s.stopped, 0) AS stopped
  FROM ambitions am LEFT JOIN staged s ON s.ambition_id = am.id
 WHERE COALESCE(s.active, 0) = 0)sql" + sql::goalTagScopeSql(goal, "am.wellbeing_goals") +
                                " ORDER BY am.id");
    return readAll(query, [](const SQLite::Statement& row) {
        BoardAmbitionGap gap;
        gap.ambitionId = id(row, "id");
        gap.title = text(row, "title");
        gap.horizonYear = integer(row, "horizon_year");
        gap.mainstreamed = id(row, "mainstreamed");
        gap.stopped = id(row, "stopped");
        return gap;
    });
}

}  // namespace innotrack::storage::detail
