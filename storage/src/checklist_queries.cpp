// ChecklistQueries in SQL: each measure's counts as of a day, by aggregates over indexed columns,
// never by loading the rows. docs/REPORTS.md "Innovation checklist" states each definition.
#include "storage/sqlite_store.hpp"

#include "board_sql.hpp"
#include "record_sql.hpp"

#include "sql/review_sql.hpp"
#include "queries.hpp"

#include <string>

namespace innotrack::storage {

using namespace detail;

namespace {

// Each innovation with its stage on :on: the board's definition (kStageOnDay, board_sql.hpp;
// docs/REPORTS.md "The stage on the day"), so the checklist and the board paper never disagree.
std::string stagedOn() {
    return std::string(R"sql(
WITH staged AS (
    SELECT i.id, i.ambition_id, i.cabinet_lead_id, i.budget_pence, i.staff_days, i.inspired_by,
           )sql") + kStageOnDay + R"sql( AS stage_on
    FROM innovations i
)
)sql";
}

constexpr const char* kActive = "stage_on NOT IN ('mainstreamed', 'stopped')";

// A stage's place on the path Idea → … → Mainstreamed; NULL for Stopped, which is never forward.
std::string pathRank(const std::string& column) {
    return "(CASE " + column +
           " WHEN 'idea' THEN 0 WHEN 'exploring' THEN 1 WHEN 'piloting' THEN 2 WHEN 'scaling' THEN 3"
           " WHEN 'mainstreamed' THEN 4 END)";
}

std::int64_t count(const SQLite::Statement& row, const char* column) {
    return row.getColumn(column).getInt64();
}

void countInnovations(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, stagedOn() + R"sql(
SELECT count(*) AS innovations,
       count(*) FILTER (WHERE trim(inspired_by) <> '') AS inspired,
       count(*) FILTER (WHERE )sql" + kActive + R"sql() AS active,
       count(*) FILTER (WHERE )sql" + kActive + R"sql( AND ambition_id IS NULL) AS without_ambition,
       count(*) FILTER (WHERE )sql" + kActive + R"sql( AND budget_pence > 0 AND staff_days > 0) AS time_and_money,
       count(*) FILTER (WHERE )sql" + kActive + R"sql( AND cabinet_lead_id IS NULL) AS without_cabinet_lead
FROM staged
)sql");
    bindParam(*query, ":on", on);
    query.step();
    counts.innovations = count(*query, "innovations");
    counts.innovationsInspired = count(*query, "inspired");
    counts.activeInnovations = count(*query, "active");
    counts.activeWithoutAmbition = count(*query, "without_ambition");
    counts.activeWithTimeAndMoney = count(*query, "time_and_money");
    counts.activeWithoutCabinetLead = count(*query, "without_cabinet_lead");
}

void countAmbitions(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, stagedOn() + R"sql(
SELECT count(*) AS ambitions,
       count(*) FILTER (WHERE trim(a.community_concern) <> '') AS with_concern,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM staged s
                                          WHERE s.ambition_id = a.id AND s.stage_on <> 'stopped'))
           AS without_innovation
FROM ambitions a
)sql");
    bindParam(*query, ":on", on);
    query.step();
    counts.ambitions = count(*query, "ambitions");
    counts.ambitionsWithConcern = count(*query, "with_concern");
    counts.ambitionsWithoutInnovation = count(*query, "without_innovation");
}

void countCabinet(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, stagedOn() + R"sql(
SELECT count(*) AS members,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM staged s WHERE s.cabinet_lead_id = p.id
                                      AND s.stage_on NOT IN ('mainstreamed', 'stopped'))) AS leading
FROM people p
WHERE p.role = 'cabinet'
)sql");
    bindParam(*query, ":on", on);
    query.step();
    counts.cabinetMembers = count(*query, "members");
    counts.cabinetMembersLeading = count(*query, "leading");
}

void countSetbacks(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, R"sql(
SELECT count(*) AS setbacks,
       count(*) FILTER (WHERE s.kind = 'intelligent') AS intelligent,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM lessons l
                                      WHERE l.setback_id = s.id AND l.recorded_on <= :on)) AS with_lesson,
       count(DISTINCT s.innovation_id) AS innovations
FROM setbacks s
WHERE s.occurred_on <= :on
)sql");
    bindParam(*query, ":on", on);
    query.step();
    counts.setbacks = count(*query, "setbacks");
    counts.setbacksIntelligent = count(*query, "intelligent");
    counts.setbacksWithLesson = count(*query, "with_lesson");
    counts.innovationsWithSetback = count(*query, "innovations");
}

// A forward move after any of an innovation's setbacks is a move after its first one.
void countPersistence(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, R"sql(
SELECT count(*) AS advanced
FROM (SELECT s.innovation_id, min(s.occurred_on) AS first_setback
      FROM setbacks s WHERE s.occurred_on <= :on GROUP BY s.innovation_id) f
WHERE EXISTS (SELECT 1 FROM stage_changes c
              WHERE c.innovation_id = f.innovation_id AND c.changed_on > f.first_setback
                AND c.changed_on <= :on AND )sql" +
                       pathRank("c.to_stage") + " > " + pathRank("c.from_stage") + ")");
    bindParam(*query, ":on", on);
    query.step();
    counts.innovationsAdvancedAfterSetback = count(*query, "advanced");
}

void countMilestones(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, R"sql(
SELECT count(*) AS completed, count(*) FILTER (WHERE completed_on <= baseline_due) AS on_time
FROM milestones
WHERE completed_on <= :on
)sql");
    bindParam(*query, ":on", on);
    query.step();
    counts.milestonesCompleted = count(*query, "completed");
    counts.milestonesOnTime = count(*query, "on_time");
}

// A week is reviewed when a review held in it (Monday to Sunday) was closed on or before :on.
void countReviewWeeks(Connection& c, Date on, ChecklistCounts& counts) {
    Query query(c, R"sql(
WITH RECURSIVE weeks (n, monday) AS (
    SELECT 1, :first_monday
    UNION ALL
    SELECT n + 1, date(monday, '+7 days') FROM weeks WHERE n < :weeks
)
SELECT count(*) AS unreviewed
FROM weeks w
WHERE NOT EXISTS (SELECT 1 FROM reviews r
                  WHERE r.held_on BETWEEN w.monday AND date(w.monday, '+6 days')
                    AND r.closed_on <= :on AND )sql" + std::string(sql::kClosedReviewWasHeld) + R"sql()
)sql");
    bindParam(*query, ":first_monday", counts.reviewWindow.from);
    bindParam(*query, ":weeks", kChecklistReviewWeeks);
    bindParam(*query, ":on", on);
    query.step();
    counts.weeksWithoutClosedReview = count(*query, "unreviewed");
}

}  // namespace

ChecklistCounts SqliteStore::checklistCounts(Date on) const {
    auto& c = *connection_;
    return c.run("count the checklist's measures", [&] {
        ChecklistCounts counts;
        counts.on = on;
        counts.reviewWindow = checklistReviewWindow(on);
        countInnovations(c, on, counts);
        countAmbitions(c, on, counts);
        countCabinet(c, on, counts);
        countSetbacks(c, on, counts);
        countPersistence(c, on, counts);
        countMilestones(c, on, counts);
        countReviewWeeks(c, on, counts);
        return counts;
    });
}

std::vector<ChecklistAnswer> SqliteStore::latestChecklistAnswers(Date on) const {
    auto& c = *connection_;
    return c.run("read the checklist answers", [&] {
        Query query(c, R"sql(
SELECT id, question_key, answer, evidence, answered_by_id, answered_on
FROM (SELECT *, row_number() OVER (PARTITION BY question_key ORDER BY answered_on DESC, id DESC) AS position
      FROM checklist_answers
      WHERE answered_on <= :on)
WHERE position = 1
ORDER BY question_key
)sql");
        bindParam(*query, ":on", on);
        return readAll(query, readRecord<ChecklistAnswer>);
    });
}

}  // namespace innotrack::storage
