// The board report's sections, each one SQL query over the innovations active on the day:
// decisions, overdue milestones, Critical risks, new setbacks and lessons, ambitions left without.
#include "storage/sqlite_store.hpp"

#include "board_sql.hpp"
#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

std::vector<BoardDecision> SqliteStore::boardDecisions(const BoardScope& scope, Id reviewId) const {
    auto& c = *connection_;
    return c.run("read the decisions of the last closed review", [&] {
        Query query(c, "WITH " + activeInnovationsCte() + R"sql(
SELECT a.id AS innovation_id, a.title AS innovation, e.confidence, e.comment, e.decision
  FROM review_entries e JOIN active a ON a.id = e.innovation_id
 WHERE e.review_id = :review AND trim(e.decision) <> ''
 ORDER BY a.priority, a.id)sql");
        bindScope(*query, scope);
        bindParam(*query, ":review", reviewId);
        return readAll(query, [](const SQLite::Statement& row) {
            BoardDecision decision;
            decision.innovationId = id(row, "innovation_id");
            decision.innovation = text(row, "innovation");
            decision.confidence = key<Confidence>(row, "confidence");
            decision.comment = text(row, "comment");
            decision.decision = text(row, "decision");
            return decision;
        });
    });
}

std::vector<BoardOverdueMilestone> SqliteStore::boardOverdueMilestones(const BoardScope& scope) const {
    auto& c = *connection_;
    return c.run("list the overdue milestones", [&] {
        Query query(c, "WITH " + activeInnovationsCte() + "," + kOutstandingMilestonesCte + R"sql(
SELECT o.id, o.innovation_id, a.title AS innovation, o.title, o.due_on, o.baseline_due,
       CAST(julianday(:on) - julianday(o.due_on) AS INTEGER) AS days_late
  FROM outstanding o JOIN active a ON a.id = o.innovation_id
 WHERE o.due_on < :on
 ORDER BY o.due_on, o.id)sql");
        bindScope(*query, scope);
        return readAll(query, [](const SQLite::Statement& row) {
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
    });
}

std::vector<BoardRisk> SqliteStore::boardRisksScoring(const BoardScope& scope, int minimumScore) const {
    auto& c = *connection_;
    return c.run("list the Critical risks", [&] {
        Query query(c, "WITH " + activeInnovationsCte() + "," + kOpenRisksCte + R"sql(
SELECT r.id, r.innovation_id, a.title AS innovation, r.title, r.likelihood_now, r.impact_now, r.score,
       r.inherent_likelihood * r.inherent_impact AS inherent_score, r.owner_id,
       COALESCE(p.name, '') AS owner, r.proximity, r.response
  FROM open_risks r JOIN active a ON a.id = r.innovation_id
  LEFT JOIN people p ON p.id = r.owner_id
 WHERE r.score >= :minimum
 ORDER BY r.score DESC, r.id)sql");
        bindScope(*query, scope);
        bindParam(*query, ":minimum", minimumScore);
        return readAll(query, [](const SQLite::Statement& row) {
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
    });
}

std::vector<BoardSetback> SqliteStore::boardSetbacksSince(const BoardScope& scope, std::optional<Date> since) const {
    auto& c = *connection_;
    return c.run("list the setbacks since the last review", [&] {
        Query query(c, "WITH " + activeInnovationsCte() + R"sql(
SELECT s.id, s.innovation_id, a.title AS innovation, s.occurred_on, s.kind, s.what_happened, s.risk_id
  FROM setbacks s JOIN active a ON a.id = s.innovation_id
 WHERE )sql" + sinceClause("s.occurred_on") + R"sql(
 ORDER BY s.occurred_on, s.id)sql");
        bindScope(*query, scope);
        bindParam(*query, ":since", since);
        return readAll(query, [](const SQLite::Statement& row) {
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
    });
}

std::vector<BoardLesson> SqliteStore::boardLessonsSince(const BoardScope& scope, std::optional<Date> since) const {
    auto& c = *connection_;
    return c.run("list the lessons since the last review", [&] {
        Query query(c, "WITH " + activeInnovationsCte() + R"sql(
SELECT l.id, l.innovation_id, a.title AS innovation, l.recorded_on, l.source, l.what_happened, l.recommendation
  FROM lessons l JOIN active a ON a.id = l.innovation_id
 WHERE )sql" + sinceClause("l.recorded_on") + R"sql(
 ORDER BY l.recorded_on, l.id)sql");
        bindScope(*query, scope);
        bindParam(*query, ":since", since);
        return readAll(query, [](const SQLite::Statement& row) {
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
    });
}

std::vector<BoardAmbitionGap> SqliteStore::ambitionsWithoutActiveInnovation(Date on) const {
    auto& c = *connection_;
    return c.run("find the ambitions with no active innovation", [&] {
        Query query(c, std::string("WITH staged AS (SELECT i.ambition_id, ") + kStageOnDay + R"sql( AS stage_on
                      FROM innovations i WHERE i.ambition_id IS NOT NULL)
SELECT am.id, am.title, am.horizon_year,
       COALESCE(SUM(s.stage_on = 'mainstreamed'), 0) AS mainstreamed,
       COALESCE(SUM(s.stage_on = 'stopped'), 0) AS stopped
  FROM ambitions am LEFT JOIN staged s ON s.ambition_id = am.id
 GROUP BY am.id
HAVING COALESCE(SUM(s.stage_on NOT IN ('mainstreamed', 'stopped')), 0) = 0
 ORDER BY am.id)sql");
        bindParam(*query, ":on", on);
        return readAll(query, [](const SQLite::Statement& row) {
            BoardAmbitionGap gap;
            gap.ambitionId = id(row, "id");
            gap.title = text(row, "title");
            gap.horizonYear = integer(row, "horizon_year");
            gap.mainstreamed = id(row, "mainstreamed");
            gap.stopped = id(row, "stopped");
            return gap;
        });
    });
}

}  // namespace innotrack::storage
