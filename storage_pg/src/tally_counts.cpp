// The counts of the risk-versus-success tally as SQL aggregates, one statement per kind of
// record, each grouped in the database (docs/REPORTS.md has the definitions in words). The same
// statements as the file backend's (storage/src/tally_counts.cpp), in PostgreSQL's words: a
// count of a condition is COUNT(*) FILTER, dates are `date` values.
#include "pg_store.hpp"

#include "tally_sql.hpp"

#include "sql/goal_scope_sql.hpp"
#include "sql/tally_sql.hpp"

#include "tracker/limits.hpp"

#include <string>

namespace innotrack::storage_pg::detail {
namespace {

OptionalId groupOf(const pq::Row& row) { return row["group_id"].optionalId(); }
}  // namespace

Frame frame(const std::string& table, const std::string& alias, const std::string& dateColumn, const TallyScope& scope,
            TallyGrouping grouping, std::size_t quarters) {
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
        case TallyGrouping::Quarter: f.group = sql::quarterIndexSql(alias + "." + dateColumn, quarters); break;
        // A bigint NULL: one group, read back as nullopt.
        case TallyGrouping::None: f.group = "NULL::bigint"; break;
    }
    f.byGroup = grouping != TallyGrouping::None && !(grouping == TallyGrouping::Quarter && quarters < 2);
    return f;
}

Frame frame(const sql::TallyFigureSql& figure, const TallyScope& scope, TallyGrouping grouping, std::size_t quarters) {
    return frame(figure.table, figure.alias, figure.dateColumn, scope, grouping, quarters);
}

std::size_t quartersOf(const Period& period, TallyGrouping grouping) {
    return grouping == TallyGrouping::Quarter ? quarterRowsOf(period).size() : 0;
}

void bindPeriod(pq::Statement& statement, const Period& period, TallyGrouping grouping) {
    statement.bind(":from", period.from);
    statement.bind(":to", period.to);
    if (grouping != TallyGrouping::Quarter) return;
    const std::vector<TallyRow> quarters = quarterRowsOf(period);
    for (std::size_t k = 1; k < quarters.size(); ++k)
        statement.bind(sql::quarterStartParameter(k).c_str(), quarters[k].period.from);
}

namespace {

// How many of the records read hold the figure's condition.
std::string countIf(const sql::TallyFigureSql& figure) { return "COUNT(*) FILTER (WHERE " + figure.condition + ")"; }

// GROUP BY 1, the group's expression: PostgreSQL takes a bare name there for a column of the
// tables read before an output name.
std::string grouped(const Frame& f, const std::string& counts, const std::string& where) {
    return "SELECT " + f.group + " AS group_id, " + counts + " FROM " + f.from + " WHERE " + where + f.scope +
           (f.byGroup ? " GROUP BY 1" : "");
}

template <typename Read>
void eachGroup(pq::Connection& connection, const std::string& sql, const Period& period, const TallyScope& scope,
               TallyGrouping grouping, Read read, GroupCounts& counts) {
    pq::Statement query(connection, sql);
    bindPeriod(query, period, grouping);
    bindScope(query, scope);
    const pq::Result result = query.run();
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        read(row, counts[groupOf(row)]);
    }
}

// Went right: milestones completed in the period, on time when on or before the baseline.
void countMilestones(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                     GroupCounts& counts) {
    const auto onTime = sql::tallyFigureSql(TallyFigure::MilestonesOnTime);
    const auto late = sql::tallyFigureSql(TallyFigure::MilestonesLate);
    const auto sql = grouped(frame(onTime, scope, grouping, quartersOf(period, grouping)),
                             countIf(onTime) + " AS on_time, " + countIf(late) + " AS late", onTime.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const pq::Row& row, TallyCounts& c) {
            c.milestonesOnTime += row["on_time"].integer();
            c.milestonesLate += row["late"].integer();
        },
        counts);
}

void countBenefits(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                   GroupCounts& counts) {
    const auto realised = sql::tallyFigureSql(TallyFigure::BenefitsRealised);
    const Frame f = frame(realised, scope, grouping, quartersOf(period, grouping));
    const auto sql = grouped(f, countIf(realised) + " AS realised", realised.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const pq::Row& row, TallyCounts& c) { c.benefitsRealised += row["realised"].integer(); }, counts);
}

void countStageAdvances(pq::Connection& connection, const Period& period, const TallyScope& scope,
                        TallyGrouping grouping, GroupCounts& counts) {
    const auto advances = sql::tallyFigureSql(TallyFigure::StageAdvances);
    const Frame f = frame(advances, scope, grouping, quartersOf(period, grouping));
    const auto sql = grouped(f, countIf(advances) + " AS advances", advances.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const pq::Row& row, TallyCounts& c) { c.stageAdvances += row["advances"].integer(); }, counts);
}

// Went wrong: the setbacks by kind.
void countSetbacks(pq::Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                   GroupCounts& counts) {
    const auto basic = sql::tallyFigureSql(TallyFigure::SetbacksBasic);
    const auto sql = grouped(frame(basic, scope, grouping, quartersOf(period, grouping)),
                             countIf(basic) + " AS basic, " +
                                 countIf(sql::tallyFigureSql(TallyFigure::SetbacksComplex)) + " AS complex, " +
                                 countIf(sql::tallyFigureSql(TallyFigure::SetbacksIntelligent)) +
                                 " AS intelligent, "
                                 "COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM lessons l WHERE l.setback_id = s.id)) "
                                 "AS with_lesson",
                             basic.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
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
    const auto status = [](RiskStatus s) { return "COUNT(*) FILTER (WHERE r.status = " + sql::quotedKeySql(keyOf(s)) + ")"; };
    const auto sql = grouped(frame("risks", "r", "raised_on", scope, grouping, quartersOf(period, grouping)),
                             "COUNT(*) AS raised, COUNT(*) FILTER (WHERE " + score + " >= :critical_from) AS critical, " +
                                 status(RiskStatus::Occurred) + " AS occurred, " + status(RiskStatus::Closed) +
                                 " AS closed, " + status(RiskStatus::Open) + " AS still_open",
                             "r.raised_on BETWEEN :from AND :to");
    pq::Statement query(connection, sql);
    bindPeriod(query, period, grouping);
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

GroupCounts countTally(pq::Connection& connection, const Period& period, const TallyScope& scope,
                       TallyGrouping grouping, const RiskBands& bands) {
    GroupCounts counts;
    countMilestones(connection, period, scope, grouping, counts);
    countBenefits(connection, period, scope, grouping, counts);
    countStageAdvances(connection, period, scope, grouping, counts);
    countSetbacks(connection, period, scope, grouping, counts);
    countRisksTaken(connection, period, scope, grouping, bands, counts);
    if (grouping != TallyGrouping::Quarter) {
        const std::vector<GroupCounts> atEnd = openAtEnd(connection, {period.to}, scope, grouping);
        for (const auto& [group, open] : atEnd.front()) counts[group].risksOpenAtEnd = open.risksOpenAtEnd;
    }
    return counts;
}

std::vector<TallyRow> quarterTrend(pq::Connection& connection, const Period& period, const TallyScope& scope,
                                   const RiskBands& bands) {
    GroupCounts counts = countTally(connection, period, scope, TallyGrouping::Quarter, bands);
    std::vector<TallyRow> rows = quarterRowsOf(period);
    for (std::size_t k = 0; k < rows.size(); ++k) rows[k].counts = counts[static_cast<Id>(k)];
    return rows;
}

// Open at the end of each day: one statement per condition of sql::openBetweenSql for all the
// days, each day a count of its own, so the risks are read once however many days are asked.
std::vector<GroupCounts> openAtEnd(pq::Connection& connection, const std::vector<Date>& days, const TallyScope& scope,
                                   TallyGrouping grouping) {
    if (grouping == TallyGrouping::Quarter) grouping = TallyGrouping::None;
    const Frame f = frame("risks", "r", "raised_on", scope, grouping);
    std::vector<GroupCounts> counts(days.size());
    if (days.empty()) return counts;
    const auto halves = sql::openBetweenSql(":day_0", ":day_" + std::to_string(days.size() - 1));
    for (std::size_t half = 0; half < halves.size(); ++half) {
        std::string counted;
        for (std::size_t k = 0; k < days.size(); ++k)
            counted += (k ? ", " : "") + std::string("COUNT(*) FILTER (WHERE ") +
                       sql::openOnDaySql(half, ":day_" + std::to_string(k)) + ") AS open_" + std::to_string(k);
        pq::Statement query(connection, grouped(f, counted, halves[half]));
        for (std::size_t k = 0; k < days.size(); ++k) query.bind((":day_" + std::to_string(k)).c_str(), days[k]);
        bindScope(query, scope);
        const pq::Result result = query.run();
        for (int at = 0; at < result.rows(); ++at) {
            const pq::Row row(result, at);
            for (std::size_t k = 0; k < days.size(); ++k)
                counts[k][groupOf(row)].risksOpenAtEnd += row[("open_" + std::to_string(k)).c_str()].integer();
        }
    }
    return counts;
}

RiskHeatMap heatMapAt(pq::Connection& connection, Date day, const TallyScope& scope) {
    const Frame f = frame("risks", "r", "raised_on", scope, TallyGrouping::None);
    const std::string cells = sql::heatMapLikelihoodSql() + " AS likelihood, " + sql::heatMapImpactSql() +
                              " AS impact, COUNT(*) AS risks";
    RiskHeatMap map{};
    for (const std::string& where : sql::openAtEndSql()) {
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
