// ChecklistQueries in SQL: each measure's counts as of a day, by aggregates over indexed columns,
// never by loading the rows. docs/REPORTS.md "Innovation checklist" states each definition; the
// statements are the file backend's (storage/src/checklist_queries.cpp).
#include "pg_store.hpp"

#include "record_rows.hpp"
#include "sql/review_sql.hpp"

#include "board_sql.hpp"
#include "tally_sql.hpp"

#include <string>

namespace innotrack::storage_pg {

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

// One row of counts from a statement that takes only :on.
pq::Result countsOn(pq::Connection& c, const std::string& sql, Date on) {
    pq::Statement query(c, sql);
    query.bind(":on", on);
    return query.run();
}

void countInnovations(pq::Connection& c, Date on, ChecklistCounts& counts) {
    const std::string active = activeStage("stage_on");
    const pq::Result result = countsOn(c, stagedOn() + R"sql(
SELECT count(*) AS innovations,
       count(*) FILTER (WHERE trim(inspired_by) <> '') AS inspired,
       count(*) FILTER (WHERE )sql" + active + R"sql() AS active,
       count(*) FILTER (WHERE )sql" + active + R"sql( AND ambition_id IS NULL) AS without_ambition,
       count(*) FILTER (WHERE )sql" + active + R"sql( AND budget_pence > 0 AND staff_days > 0) AS time_and_money,
       count(*) FILTER (WHERE )sql" + active + R"sql( AND cabinet_lead_id IS NULL) AS without_cabinet_lead
FROM staged
)sql", on);
    const pq::Row row(result, 0);
    counts.innovations = row["innovations"].integer();
    counts.innovationsInspired = row["inspired"].integer();
    counts.activeInnovations = row["active"].integer();
    counts.activeWithoutAmbition = row["without_ambition"].integer();
    counts.activeWithTimeAndMoney = row["time_and_money"].integer();
    counts.activeWithoutCabinetLead = row["without_cabinet_lead"].integer();
}

void countAmbitions(pq::Connection& c, Date on, ChecklistCounts& counts) {
    const pq::Result result = countsOn(c, stagedOn() + R"sql(
SELECT count(*) AS ambitions,
       count(*) FILTER (WHERE trim(a.community_concern) <> '') AS with_concern,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM staged s
                                          WHERE s.ambition_id = a.id AND s.stage_on <> 'stopped'))
           AS without_innovation
FROM ambitions a
)sql", on);
    const pq::Row row(result, 0);
    counts.ambitions = row["ambitions"].integer();
    counts.ambitionsWithConcern = row["with_concern"].integer();
    counts.ambitionsWithoutInnovation = row["without_innovation"].integer();
}

void countCabinet(pq::Connection& c, Date on, ChecklistCounts& counts) {
    const pq::Result result = countsOn(c, stagedOn() + R"sql(
SELECT count(*) AS members,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM staged s WHERE s.cabinet_lead_id = p.id
                                      AND )sql" + activeStage("s.stage_on") + R"sql()) AS leading
FROM people p
WHERE p.role = 'cabinet'
)sql", on);
    const pq::Row row(result, 0);
    counts.cabinetMembers = row["members"].integer();
    counts.cabinetMembersLeading = row["leading"].integer();
}

void countSetbacks(pq::Connection& c, Date on, ChecklistCounts& counts) {
    const pq::Result result = countsOn(c, R"sql(
SELECT count(*) AS setbacks,
       count(*) FILTER (WHERE s.kind = 'intelligent') AS intelligent,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM lessons l
                                      WHERE l.setback_id = s.id AND l.recorded_on <= :on)) AS with_lesson,
       count(DISTINCT s.innovation_id) AS innovations
FROM setbacks s
WHERE s.occurred_on <= :on
)sql", on);
    const pq::Row row(result, 0);
    counts.setbacks = row["setbacks"].integer();
    counts.setbacksIntelligent = row["intelligent"].integer();
    counts.setbacksWithLesson = row["with_lesson"].integer();
    counts.innovationsWithSetback = row["innovations"].integer();
}

// A forward move after any of an innovation's setbacks is a move after its first one.
void countPersistence(pq::Connection& c, Date on, ChecklistCounts& counts) {
    const pq::Result result = countsOn(c, R"sql(
SELECT count(*) AS advanced
FROM (SELECT s.innovation_id, min(s.occurred_on) AS first_setback
      FROM setbacks s WHERE s.occurred_on <= :on GROUP BY s.innovation_id) f
WHERE EXISTS (SELECT 1 FROM stage_changes c
              WHERE c.innovation_id = f.innovation_id AND c.changed_on > f.first_setback
                AND c.changed_on <= :on AND )sql" +
                                           sql::stageRankSql("c.to_stage") + " > " + sql::stageRankSql("c.from_stage") + ")",
                                       on);
    counts.innovationsAdvancedAfterSetback = pq::Row(result, 0)["advanced"].integer();
}

void countMilestones(pq::Connection& c, Date on, ChecklistCounts& counts) {
    const pq::Result result = countsOn(c, R"sql(
SELECT count(*) AS completed, count(*) FILTER (WHERE completed_on <= baseline_due) AS on_time
FROM milestones
WHERE completed_on <= :on
)sql", on);
    const pq::Row row(result, 0);
    counts.milestonesCompleted = row["completed"].integer();
    counts.milestonesOnTime = row["on_time"].integer();
}

// A week is reviewed when a review held in it (Monday to Sunday) was closed on or before :on.
// A date plus a whole number is that many days later.
void countReviewWeeks(pq::Connection& c, Date on, ChecklistCounts& counts) {
    pq::Statement query(c, R"sql(
WITH RECURSIVE weeks (n, monday) AS (
    SELECT 1, :first_monday
    UNION ALL
    SELECT n + 1, monday + 7 FROM weeks WHERE n < :weeks
)
SELECT count(*) AS unreviewed
FROM weeks w
WHERE NOT EXISTS (SELECT 1 FROM reviews r
                  WHERE r.held_on BETWEEN w.monday AND w.monday + 6
                    AND r.closed_on <= :on AND )sql" + std::string(sql::kClosedReviewWasHeld) + R"sql()
)sql");
    query.bind(":first_monday", counts.reviewWindow.from);
    query.bind(":weeks", kChecklistReviewWeeks);
    query.bind(":on", on);
    counts.weeksWithoutClosedReview = pq::Row(query.run(), 0)["unreviewed"].integer();
}

}  // namespace

ChecklistCounts PgStore::checklistCounts(Date on) const {
    auto& s = *session_;
    return s.run("count the checklist's measures", [&] {
        // Seven statements, one moment: the measures are compared with each other.
        const ReadSnapshot snapshot(s);
        auto& c = s.connection();
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

// Question keys in byte order (COLLATE "C"), as the file backend sorts text, whatever the
// server's locale.
std::vector<ChecklistAnswer> PgStore::latestChecklistAnswers(Date on) const {
    auto& s = *session_;
    return s.run("read the checklist answers", [&] {
        pq::Statement query(s.connection(), "SELECT " + sql::columnListOf<ChecklistAnswer>() + R"sql(
FROM (SELECT *, row_number() OVER (PARTITION BY question_key ORDER BY answered_on DESC, id DESC) AS position
      FROM checklist_answers
      WHERE answered_on <= :on) ranked
WHERE position = 1
ORDER BY question_key COLLATE "C"
)sql");
        query.bind(":on", on);
        return readAll(query.run(), readRecord<ChecklistAnswer>);
    });
}

}  // namespace innotrack::storage_pg
