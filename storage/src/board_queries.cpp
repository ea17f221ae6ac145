// The board report's per-innovation facts and the last closed review, each in one SQL query.
#include "storage/sqlite_store.hpp"

#include "board_sql.hpp"
#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

// One row per active innovation. Each figure comes from a CTE that reads only the rows of active
// innovations; the latest review entries are found through the review_entries_by_innovation index
// rather than by ranking every entry in the file.
std::string innovationFactsSql() {
    return "WITH " + activeInnovationsCte() + "," + kOutstandingMilestonesCte + "," + kOpenRisksCte + R"sql(,
next_milestone AS (
    SELECT innovation_id, id, title, due_on,
           ROW_NUMBER() OVER (PARTITION BY innovation_id ORDER BY due_on, id) AS rank
      FROM outstanding),
overdue AS (
    SELECT innovation_id, COUNT(*) AS count FROM outstanding WHERE due_on < :on GROUP BY innovation_id),
top_risk AS (
    SELECT innovation_id, id, score,
           ROW_NUMBER() OVER (PARTITION BY innovation_id ORDER BY score DESC, id) AS rank
      FROM open_risks),
new_setbacks AS (
    SELECT s.innovation_id, COUNT(*) AS count FROM setbacks s JOIN active a ON a.id = s.innovation_id
     WHERE )sql" + sinceClause("s.occurred_on") + R"sql( GROUP BY s.innovation_id),
new_lessons AS (
    SELECT l.innovation_id, COUNT(*) AS count FROM lessons l JOIN active a ON a.id = l.innovation_id
     WHERE )sql" + sinceClause("l.recorded_on") + R"sql( GROUP BY l.innovation_id),
facts AS (
    SELECT a.id, a.title, a.stage_on, a.priority, a.cabinet_lead_id, COALESCE(p.name, '') AS cabinet_lead,
           a.ambition_id,
           a.confidence,
           (SELECT e.confidence FROM review_entries e JOIN reviews r ON r.id = e.review_id
             WHERE e.innovation_id = a.id AND r.held_on <= :on
             ORDER BY r.held_on DESC, r.id DESC LIMIT 1) AS latest_confidence,
           (SELECT r.id FROM review_entries e JOIN reviews r ON r.id = e.review_id
             WHERE e.innovation_id = a.id AND r.closed_on IS NOT NULL AND r.closed_on <= :on
             ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1) AS closed_review_id,
           nm.id AS next_id, COALESCE(nm.title, '') AS next_title, nm.due_on AS next_due,
           COALESCE(od.count, 0) AS overdue_count,
           tr.id AS risk_id, tr.score AS risk_score,
           COALESCE(ns.count, 0) AS setback_count,
           COALESCE(nl.count, 0) AS lesson_count
      FROM active a
      LEFT JOIN people p ON p.id = a.cabinet_lead_id
      LEFT JOIN next_milestone nm ON nm.innovation_id = a.id AND nm.rank = 1
      LEFT JOIN overdue od ON od.innovation_id = a.id
      LEFT JOIN top_risk tr ON tr.innovation_id = a.id AND tr.rank = 1
      LEFT JOIN new_setbacks ns ON ns.innovation_id = a.id
      LEFT JOIN new_lessons nl ON nl.innovation_id = a.id)
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
    return c.run("find the last closed weekly review", [&] {
        Query query(c, "SELECT r.id, r.held_on, r.closed_on, r.chair_id, COALESCE(p.name, '') AS chair FROM reviews r "
                       "LEFT JOIN people p ON p.id = r.chair_id "
                       "WHERE r.closed_on IS NOT NULL AND r.closed_on <= :on "
                       "ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1");
        bindParam(*query, ":on", on);
        return readOne(query, [](const SQLite::Statement& row) {
            BoardReview review;
            review.id = id(row, "id");
            review.heldOn = date(row, "held_on");
            review.closedOn = date(row, "closed_on");
            review.chairId = id(row, "chair_id");
            review.chair = text(row, "chair");
            return review;
        });
    });
}

std::vector<BoardInnovationFacts> SqliteStore::boardInnovations(const BoardScope& scope,
                                                                std::optional<Date> since) const {
    auto& c = *connection_;
    return c.run("gather the board's facts for each active innovation", [&] {
        Query query(c, innovationFactsSql());
        bindScope(*query, scope);
        bindParam(*query, ":since", since);
        return readAll(query, readFacts);
    });
}

}  // namespace innotrack::storage
