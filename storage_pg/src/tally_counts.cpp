// The counts of the risk-versus-success tally as SQL aggregates, one statement per kind of
// record, each grouped in the database (docs/REPORTS.md has the definitions in words). The same
// statements as the file backend's (storage/src/tally_counts.cpp), in PostgreSQL's words: a
// count of a condition is COUNT(*) FILTER, dates are `date` values, whose parts EXTRACT reads.
#include "pg_store.hpp"

#include "tally_sql.hpp"

#include "sql/goal_scope_sql.hpp"

#include "tracker/limits.hpp"

#include <string>

namespace innotrack::storage_pg::detail {
namespace {

OptionalId groupOf(const pq::Row& row) { return row["group_id"].optionalId(); }

// year × 10 + quarter of a date column: April to June is quarter 1 of the year it starts.
std::string quarterOfColumn(const std::string& column) {
    const std::string month = "EXTRACT(MONTH FROM " + column + ")::int";
    return "((EXTRACT(YEAR FROM " + column + ")::int - (" + month + " < 4)::int) * 10 + ((" + month +
           " + 8) % 12) / 3 + 1)";
}

// Which records of one table are counted, and in which group. Only fixed fragments are joined
// into SQL text, never input: every value is a bound parameter.
struct Frame {
    std::string from;   // the table, joined to its innovation when needed
    std::string scope;  // " AND …" for the scope's set fields
    std::string group;  // the expression giving each record's group
};

Frame frame(const std::string& table, const std::string& alias, const std::string& dateColumn, const TallyScope& scope,
            TallyGrouping grouping) {
    const bool join = scope.ambitionId || scope.cabinetLeadId || grouping == TallyGrouping::Ambition ||
                      grouping == TallyGrouping::Cabinet;
    Frame f;
    f.from = table + " " + alias + (join ? " JOIN innovations i ON i.id = " + alias + ".innovation_id" : "");
    if (scope.ambitionId) f.scope += " AND i.ambition_id = :ambition_id";
    if (scope.cabinetLeadId) f.scope += " AND i.cabinet_lead_id = :cabinet_lead_id";
    if (scope.innovationId) f.scope += " AND " + alias + ".innovation_id = :innovation_id";
    f.scope += sql::goalScopeSql(scope.goal, alias + ".innovation_id");
    switch (grouping) {
        case TallyGrouping::Ambition: f.group = "i.ambition_id"; break;
        case TallyGrouping::Cabinet: f.group = "i.cabinet_lead_id"; break;
        case TallyGrouping::Innovation: f.group = alias + ".innovation_id"; break;
        case TallyGrouping::Quarter: f.group = quarterOfColumn(alias + "." + dateColumn); break;
        // A bigint NULL: one group, read back as nullopt.
        case TallyGrouping::None: f.group = "NULL::bigint"; break;
    }
    return f;
}

// GROUP BY 1, the group's expression: PostgreSQL takes a bare name there for a column of the
// tables read before an output name.
std::string grouped(const Frame& f, const std::string& counts, const std::string& where) {
    return "SELECT " + f.group + " AS group_id, " + counts + " FROM " + f.from + " WHERE " + where + f.scope +
           " GROUP BY 1";
}

template <typename Read>
void eachGroup(pq::Connection& connection, const std::string& sql, const Period& period, const TallyScope& scope,
               Read read, GroupCounts& counts) {
    pq::Statement query(connection, sql);
    query.bind(":from", period.from);
    query.bind(":to", period.to);
    bindScope(query, scope);
    const pq::Result result = query.run();
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        read(row, counts[groupOf(row)]);
    }
}

std::string quoted(std::string_view key) { return "'" + std::string(key) + "'"; }

// Went right: milestones completed in the period, on time when on or before the baseline.
void countMilestones(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                     GroupCounts& counts) {
    const auto sql = grouped(frame("milestones", "m", "completed_on", scope, grouping),
                             "COUNT(*) FILTER (WHERE m.completed_on <= m.baseline_due) AS on_time, "
                             "COUNT(*) FILTER (WHERE m.completed_on > m.baseline_due) AS late",
                             "m.completed_on BETWEEN :from AND :to");
    eachGroup(
        connection, sql, period, scope,
        [](const pq::Row& row, TallyCounts& c) {
            c.milestonesOnTime += row["on_time"].integer();
            c.milestonesLate += row["late"].integer();
        },
        counts);
}

void countBenefits(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                   GroupCounts& counts) {
    const auto sql = grouped(frame("benefits", "b", "realised_on", scope, grouping), "COUNT(*) AS realised",
                             "b.realised_on BETWEEN :from AND :to");
    eachGroup(
        connection, sql, period, scope,
        [](const pq::Row& row, TallyCounts& c) { c.benefitsRealised += row["realised"].integer(); }, counts);
}

// A move that skips a stage (Idea straight to Piloting) is one advance: one decision, one move.
void countStageAdvances(pq::Connection& connection, const Period& period, const TallyScope& scope,
                        TallyGrouping grouping, GroupCounts& counts) {
    const auto sql = grouped(
        frame("stage_changes", "c", "changed_on", scope, grouping), "COUNT(*) AS advances",
        "c.changed_on BETWEEN :from AND :to AND " + stageRank("c.to_stage") + " > " + stageRank("c.from_stage"));
    eachGroup(
        connection, sql, period, scope,
        [](const pq::Row& row, TallyCounts& c) { c.stageAdvances += row["advances"].integer(); }, counts);
}

// Went wrong. A risk that occurred is a setback linked to it, so counting setbacks counts it once.
void countSetbacks(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                   GroupCounts& counts) {
    const auto ofKind = [](FailureKind kind) {
        return "COUNT(*) FILTER (WHERE s.kind = " + quoted(keyOf(kind)) + ")";
    };
    const auto sql = grouped(frame("setbacks", "s", "occurred_on", scope, grouping),
                             ofKind(FailureKind::Basic) + " AS basic, " + ofKind(FailureKind::Complex) +
                                 " AS complex, " + ofKind(FailureKind::Intelligent) +
                                 " AS intelligent, "
                                 "COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM lessons l WHERE l.setback_id = s.id)) "
                                 "AS with_lesson",
                             "s.occurred_on BETWEEN :from AND :to");
    eachGroup(
        connection, sql, period, scope,
        [](const pq::Row& row, TallyCounts& c) {
            c.setbacksBasic += row["basic"].integer();
            c.setbacksComplex += row["complex"].integer();
            c.setbacksIntelligent += row["intelligent"].integer();
            c.setbacksWithLesson += row["with_lesson"].integer();
        },
        counts);
}

// Risks taken: raised in the period, Critical by Risk::score() (residual where set), and their
// status now.
void countRisksTaken(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                     const RiskBands& bands, GroupCounts& counts) {
    const std::string score =
        "(CASE WHEN r.residual_likelihood IS NOT NULL AND r.residual_impact IS NOT NULL "
        "THEN r.residual_likelihood * r.residual_impact ELSE r.inherent_likelihood * r.inherent_impact END)";
    const auto status = [](RiskStatus s) { return "COUNT(*) FILTER (WHERE r.status = " + quoted(keyOf(s)) + ")"; };
    const auto sql = grouped(frame("risks", "r", "raised_on", scope, grouping),
                             "COUNT(*) AS raised, COUNT(*) FILTER (WHERE " + score + " >= :critical_from) AS critical, " +
                                 status(RiskStatus::Occurred) + " AS occurred, " + status(RiskStatus::Closed) +
                                 " AS closed, " + status(RiskStatus::Open) + " AS still_open",
                             "r.raised_on BETWEEN :from AND :to");
    pq::Statement query(connection, sql);
    query.bind(":from", period.from);
    query.bind(":to", period.to);
    query.bind(":critical_from", bands.criticalFrom);
    bindScope(query, scope);
    const pq::Result result = query.run();
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        TallyCounts& c = counts[groupOf(row)];
        c.risksRaised += row["raised"].integer();
        c.risksRaisedCritical += row["critical"].integer();
        c.risksRaisedOccurred += row["occurred"].integer();
        c.risksRaisedClosed += row["closed"].integer();
        c.risksRaisedOpen += row["still_open"].integer();
    }
}

// Open at the end of a day: raised by then, and either still open or closed (or occurred) after
// it. Two statements rather than one OR, so each reads its own index: the open risks by status,
// and the ones closed since the day by closing date, which are few when the day is recent.
std::vector<std::string> openAtEndWheres() {
    return {"r.status = " + quoted(keyOf(RiskStatus::Open)) + " AND r.raised_on <= :day",
            "r.closed_on > :day AND r.raised_on <= :day AND r.status <> " + quoted(keyOf(RiskStatus::Open))};
}

}  // namespace

std::string scopeClause(const TallyScope& scope) {
    std::string out;
    if (scope.ambitionId) out += " AND i.ambition_id = :ambition_id";
    if (scope.cabinetLeadId) out += " AND i.cabinet_lead_id = :cabinet_lead_id";
    if (scope.innovationId) out += " AND i.id = :innovation_id";
    return out + sql::goalScopeSql(scope.goal, "i.id");
}

void bindScope(pq::Statement& statement, const TallyScope& scope) {
    if (scope.ambitionId) statement.bind(":ambition_id", scope.ambitionId);
    if (scope.cabinetLeadId) statement.bind(":cabinet_lead_id", scope.cabinetLeadId);
    if (scope.innovationId) statement.bind(":innovation_id", scope.innovationId);
}

std::string stageRank(const std::string& column) {
    std::string out = "(CASE " + column;
    int rank = 0;
    for (const auto& entry : Scale<Stage>::entries) {
        if (entry.value == Stage::Stopped) continue;
        out += " WHEN '" + std::string(entry.key) + "' THEN " + std::to_string(++rank);
    }
    return out + " END)";
}

GroupCounts countTally(pq::Connection& connection, const Period& period, const TallyScope& scope,
                       TallyGrouping grouping, const RiskBands& bands) {
    GroupCounts counts;
    countMilestones(connection, period, scope, grouping, counts);
    countBenefits(connection, period, scope, grouping, counts);
    countStageAdvances(connection, period, scope, grouping, counts);
    countSetbacks(connection, period, scope, grouping, counts);
    countRisksTaken(connection, period, scope, grouping, bands, counts);
    if (grouping != TallyGrouping::Quarter)
        for (const auto& [group, open] : openAtEnd(connection, period.to, scope, grouping))
            counts[group].risksOpenAtEnd = open.risksOpenAtEnd;
    return counts;
}

std::vector<TallyRow> quarterTrend(pq::Connection& connection, const Period& period, const TallyScope& scope,
                                   const RiskBands& bands) {
    GroupCounts counts = countTally(connection, period, scope, TallyGrouping::Quarter, bands);
    std::vector<TallyRow> rows = quarterRowsOf(period);
    for (TallyRow& row : rows) row.counts = counts[quarterKey(quarterOf(row.period.from))];
    return rows;
}

GroupCounts openAtEnd(pq::Connection& connection, Date day, const TallyScope& scope, TallyGrouping grouping) {
    if (grouping == TallyGrouping::Quarter) grouping = TallyGrouping::None;
    const Frame f = frame("risks", "r", "raised_on", scope, grouping);
    GroupCounts counts;
    for (const std::string& where : openAtEndWheres()) {
        pq::Statement query(connection, grouped(f, "COUNT(*) AS open_at_end", where));
        query.bind(":day", day);
        bindScope(query, scope);
        const pq::Result result = query.run();
        for (int at = 0; at < result.rows(); ++at) {
            const pq::Row row(result, at);
            counts[groupOf(row)].risksOpenAtEnd += row["open_at_end"].integer();
        }
    }
    return counts;
}

RiskHeatMap heatMapAt(pq::Connection& connection, Date day, const TallyScope& scope) {
    const Frame f = frame("risks", "r", "raised_on", scope, TallyGrouping::None);
    constexpr const char* kResidual = "r.residual_likelihood IS NOT NULL AND r.residual_impact IS NOT NULL";
    const std::string cells = std::string("CASE WHEN ") + kResidual +
                              " THEN r.residual_likelihood ELSE r.inherent_likelihood END AS likelihood, CASE WHEN " +
                              kResidual +
                              " THEN r.residual_impact ELSE r.inherent_impact END AS impact, "
                              "COUNT(*) AS risks";
    RiskHeatMap map{};
    for (const std::string& where : openAtEndWheres()) {
        pq::Statement query(connection,
                            "SELECT " + cells + " FROM " + f.from + " WHERE " + where + f.scope + " GROUP BY 1, 2");
        query.bind(":day", day);
        bindScope(query, scope);
        const pq::Result result = query.run();
        for (int at = 0; at < result.rows(); ++at) {
            const pq::Row row(result, at);
            const std::int64_t likelihood = row["likelihood"].integer();
            const std::int64_t impact = row["impact"].integer();
            // The schema keeps both within 1 to 5; anything else is a damaged portfolio.
            if (likelihood < kMinScale || likelihood > kMaxScale || impact < kMinScale || impact > kMaxScale)
                throw StorageError("The shared portfolio holds '" + std::to_string(likelihood) + "x" +
                                   std::to_string(impact) +
                                   "' as likelihood and impact, where this version of innotrack expects 1 to 5 "
                                   "each: it may be damaged or written by a newer innotrack");
            map[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)] +=
                row["risks"].integer();
        }
    }
    return map;
}

}  // namespace innotrack::storage_pg::detail
