// The board: the per-innovation facts, the last closed review, and boardLists, which reads each
// list in turn in one read snapshot. The same answers as the file backend's
// (storage/src/board_queries.cpp).
#include "pg_store.hpp"

#include "board_sql.hpp"

namespace innotrack::storage_pg {

using namespace detail;

namespace {

// The first :limit active innovations by priority, with their facts. Each figure comes from a CTE
// over the shown innovations' own rows, so the work follows what is shown; the latest review
// entries are found through review_entries_by_innovation. top_risk is one row per innovation by
// DISTINCT ON, as next_milestone (board_sql.cpp says why).
std::string innovationFactsSql(const BoardScope& scope) {
    return "WITH " + boardCtes(scope) + R"sql(,
shown AS (
    SELECT a.id, a.priority, a.stage_on, COUNT(*) OVER () AS total FROM board_active a
     ORDER BY a.priority, a.id LIMIT :limit),
)sql" + shownFiguresCtes("shown") + R"sql(,
top_risk AS (
    SELECT DISTINCT ON (innovation_id) innovation_id, id, score FROM open_risks ORDER BY innovation_id, score DESC, id),
new_lessons AS (
    SELECT l.innovation_id, COUNT(*) AS count FROM shown s JOIN lessons l ON l.innovation_id = s.id
     WHERE )sql" + sql::recordedSinceSql("lesson", "l", "recorded_on") + R"sql( GROUP BY l.innovation_id),
facts AS (
    SELECT s.total, i.id, i.title, s.stage_on, i.priority, i.cabinet_lead_id, COALESCE(p.name, '') AS cabinet_lead,
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
      LEFT JOIN people p ON p.id = i.cabinet_lead_id
      LEFT JOIN next_milestone nm ON nm.innovation_id = s.id
      LEFT JOIN milestones mt ON mt.id = nm.id
      LEFT JOIN overdue od ON od.innovation_id = s.id
      LEFT JOIN top_risk tr ON tr.innovation_id = s.id
      LEFT JOIN new_setbacks ns ON ns.innovation_id = s.id
      LEFT JOIN new_lessons nl ON nl.innovation_id = s.id)
SELECT f.*, ce.confidence AS closed_confidence
  FROM facts f
  LEFT JOIN review_entries ce ON ce.review_id = f.closed_review_id AND ce.innovation_id = f.id
 ORDER BY f.priority, f.id)sql";
}

template <typename E>
std::optional<E> optionalKey(const pq::Value& value, const char* column) {
    if (value.isNull()) return std::nullopt;
    return key<E>(value, column);
}

BoardInnovationFacts readFacts(const pq::Row& row) {
    BoardInnovationFacts facts;
    facts.innovationId = row["id"].integer();
    facts.title = row["title"].text();
    facts.stage = key<Stage>(row["stage_on"], "stage");
    facts.priority = static_cast<int>(row["priority"].integer());
    facts.cabinetLeadId = row["cabinet_lead_id"].optionalId();
    facts.cabinetLead = row["cabinet_lead"].text();
    facts.ambitionId = row["ambition_id"].optionalId();
    facts.currentConfidence = key<Confidence>(row["confidence"], "confidence");
    facts.latestReviewedConfidence = optionalKey<Confidence>(row["latest_confidence"], "confidence");
    facts.lastClosedReviewConfidence = optionalKey<Confidence>(row["closed_confidence"], "confidence");
    facts.lastClosedReviewId = row["closed_review_id"].optionalId();
    facts.nextMilestoneId = row["next_id"].optionalId();
    facts.nextMilestone = row["next_title"].text();
    facts.nextMilestoneDue = row["next_due"].optionalDate();
    facts.overdueMilestones = row["overdue_count"].integer();
    facts.topRiskId = row["risk_id"].optionalId();
    facts.topRiskScore = row["risk_score"].optionalInteger();
    facts.setbacksSince = row["setback_count"].integer();
    facts.lessonsSince = row["lesson_count"].integer();
    return facts;
}

}  // namespace

std::optional<BoardReview> PgStore::lastClosedReview(Date on) const {
    auto& s = *session_;
    return s.run("find the last closed weekly review", [&] { return readLastClosedReview(s.connection(), on); });
}

BoardLists PgStore::boardLists(const BoardScope& scope, const std::optional<BoardReview>& since,
                               OptionalId decisionsAt,
                               int criticalFrom, std::optional<std::size_t> limit) const {
    auto& s = *session_;
    return s.run("gather the weekly board report", [&] {
        const ReadSnapshot snapshot(s);
        auto& c = s.connection();
        const std::optional<std::int64_t> rows = sqlLimit(limit);
        BoardLists lists;
        {
            pq::Statement query(c, innovationFactsSql(scope));
            bindBoard(query, scope);
            bindSince(query, since);
            query.bind(":limit", rows);
            lists.innovations = readList<BoardInnovationFacts>(query.run(), readFacts);
        }
        if (decisionsAt) lists.decisions = readBoardDecisions(c, scope, *decisionsAt, rows);
        lists.overdueMilestones = readBoardOverdueMilestones(c, scope, rows);
        lists.criticalRisks = readBoardRisks(c, scope, criticalFrom, rows);
        lists.setbacks = readBoardSetbacks(c, scope, since, rows);
        lists.lessons = readBoardLessons(c, scope, since, rows);
        lists.ambitionsWithoutActiveInnovation = readAmbitionsWithoutActiveInnovation(c, scope);
        return lists;
    });
}

}  // namespace innotrack::storage_pg
