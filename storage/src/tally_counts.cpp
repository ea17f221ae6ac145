// The counts of the risk-versus-success tally as SQL aggregates, one statement per kind of
// record, each grouped in the database (docs/REPORTS.md has the definitions in words).
//
// Speed at 100,000 innovations: each statement reads one date range through an index on that
// date (migration 0003 makes those indexes covering), and joins the innovations only when the
// scope or the grouping needs an innovation's ambition or cabinet lead.
#include "tally_sql.hpp"

#include "sql/goal_scope_sql.hpp"
#include "sql/tally_sql.hpp"

#include "columns.hpp"

#include <string>

namespace innotrack::storage::detail {
namespace {

// A SUM over no rows is NULL: that is a count of zero.
std::int64_t count(const SQLite::Statement& row, const char* column) {
    const auto value = row.getColumn(column);
    return value.isNull() ? 0 : value.getInt64();
}

OptionalId groupOf(const SQLite::Statement& row) { return optionalId(row, "group_id"); }

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
        case TallyGrouping::None: f.group = "NULL"; break;
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

void bindPeriod(SQLite::Statement& statement, const Period& period, TallyGrouping grouping) {
    bindParam(statement, ":from", period.from);
    bindParam(statement, ":to", period.to);
    if (grouping != TallyGrouping::Quarter) return;
    const std::vector<TallyRow> quarters = quarterRowsOf(period);
    for (std::size_t k = 1; k < quarters.size(); ++k)
        bindParam(statement, sql::quarterStartParameter(k).c_str(), quarters[k].period.from);
}

namespace {

// How many of the records read hold the figure's condition: SQLite adds up the 1s a true
// comparison gives.
std::string countIf(const sql::TallyFigureSql& figure) { return "SUM(" + figure.condition + ")"; }

std::string grouped(const Frame& f, const std::string& sums, const std::string& where) {
    return "SELECT " + f.group + " AS group_id, " + sums + " FROM " + f.from + " WHERE " + where + f.scope +
           (f.byGroup ? " GROUP BY group_id" : "");
}

template <typename Read>
void eachGroup(Connection& connection, const std::string& sql, const Period& period, const TallyScope& scope,
               TallyGrouping grouping, Read read, GroupCounts& counts) {
    Query query(connection, sql);
    bindPeriod(*query, period, grouping);
    bindScope(*query, scope);
    while (query.step()) read(*query, counts[groupOf(*query)]);
}

// Went right: milestones completed in the period, on time when on or before the baseline.
void countMilestones(Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                     GroupCounts& counts) {
    const auto onTime = sql::tallyFigureSql(TallyFigure::MilestonesOnTime);
    const auto late = sql::tallyFigureSql(TallyFigure::MilestonesLate);
    const auto sql = grouped(frame(onTime, scope, grouping, quartersOf(period, grouping)),
                             countIf(onTime) + " AS on_time, " + countIf(late) + " AS late", onTime.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const SQLite::Statement& row, TallyCounts& c) {
            c.milestonesOnTime += count(row, "on_time");
            c.milestonesLate += count(row, "late");
        },
        counts);
}

void countBenefits(Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                   GroupCounts& counts) {
    const auto realised = sql::tallyFigureSql(TallyFigure::BenefitsRealised);
    const Frame f = frame(realised, scope, grouping, quartersOf(period, grouping));
    const auto sql = grouped(f, countIf(realised) + " AS realised", realised.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const SQLite::Statement& row, TallyCounts& c) { c.benefitsRealised += count(row, "realised"); }, counts);
}

void countStageAdvances(Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                        GroupCounts& counts) {
    const auto advances = sql::tallyFigureSql(TallyFigure::StageAdvances);
    const Frame f = frame(advances, scope, grouping, quartersOf(period, grouping));
    const auto sql = grouped(f, countIf(advances) + " AS advances", advances.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const SQLite::Statement& row, TallyCounts& c) { c.stageAdvances += count(row, "advances"); }, counts);
}

// Went wrong: the setbacks by kind.
void countSetbacks(Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                   GroupCounts& counts) {
    const auto basic = sql::tallyFigureSql(TallyFigure::SetbacksBasic);
    const auto sql = grouped(frame(basic, scope, grouping, quartersOf(period, grouping)),
                             countIf(basic) + " AS basic, " +
                                 countIf(sql::tallyFigureSql(TallyFigure::SetbacksComplex)) + " AS complex, " +
                                 countIf(sql::tallyFigureSql(TallyFigure::SetbacksIntelligent)) +
                                 " AS intelligent, "
                                 "SUM(EXISTS (SELECT 1 FROM lessons l WHERE l.setback_id = s.id)) AS with_lesson",
                             basic.inPeriod());
    eachGroup(
        connection, sql, period, scope, grouping,
        [](const SQLite::Statement& row, TallyCounts& c) {
            c.setbacksBasic += count(row, "basic");
            c.setbacksComplex += count(row, "complex");
            c.setbacksIntelligent += count(row, "intelligent");
            c.setbacksWithLesson += count(row, "with_lesson");
        },
        counts);
}

// Risks taken: raised in the period, Critical by Risk::score() (residual where set), and their
// status now.
void countRisksTaken(Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                     const RiskBands& bands, GroupCounts& counts) {
    const std::string score =
        "(CASE WHEN r.residual_likelihood IS NOT NULL AND r.residual_impact IS NOT NULL "
        "THEN r.residual_likelihood * r.residual_impact ELSE r.inherent_likelihood * r.inherent_impact END)";
    const auto status = [](RiskStatus s) { return "SUM(r.status = " + sql::quotedKeySql(keyOf(s)) + ")"; };
    const auto sql = grouped(frame("risks", "r", "raised_on", scope, grouping, quartersOf(period, grouping)),
                             "COUNT(*) AS raised, SUM(" + score + " >= :critical_from) AS critical, " +
                                 status(RiskStatus::Occurred) + " AS occurred, " + status(RiskStatus::Closed) +
                                 " AS closed, " + status(RiskStatus::Open) + " AS still_open",
                             "r.raised_on BETWEEN :from AND :to");
    Query query(connection, sql);
    bindPeriod(*query, period, grouping);
    bindParam(*query, ":critical_from", bands.criticalFrom);
    bindScope(*query, scope);
    while (query.step()) {
        TallyCounts& c = counts[groupOf(*query)];
        c.risksRaised += count(*query, "raised");
        c.risksRaisedCritical += count(*query, "critical");
        c.risksRaisedOccurred += count(*query, "occurred");
        c.risksRaisedClosed += count(*query, "closed");
        c.risksRaisedOpen += count(*query, "still_open");
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

void bindScope(SQLite::Statement& statement, const TallyScope& scope) {
    if (scope.ambitionId) bindParam(statement, ":ambition_id", scope.ambitionId);
    if (scope.cabinetLeadId) bindParam(statement, ":cabinet_lead_id", scope.cabinetLeadId);
    if (scope.innovationId) bindParam(statement, ":innovation_id", scope.innovationId);
}

GroupCounts countTally(Connection& connection, const Period& period, const TallyScope& scope, TallyGrouping grouping,
                       const RiskBands& bands) {
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

std::vector<TallyRow> quarterTrend(Connection& connection, const Period& period, const TallyScope& scope,
                                   const RiskBands& bands) {
    GroupCounts counts = countTally(connection, period, scope, TallyGrouping::Quarter, bands);
    std::vector<TallyRow> rows = quarterRowsOf(period);
    for (std::size_t k = 0; k < rows.size(); ++k) rows[k].counts = counts[static_cast<Id>(k)];
    return rows;
}

// Open at the end of each day: one statement per condition of sql::openBetweenSql for all the
// days, each day a sum of its own, so the risks are read once however many days are asked.
std::vector<GroupCounts> openAtEnd(Connection& connection, const std::vector<Date>& days, const TallyScope& scope,
                                   TallyGrouping grouping) {
    if (grouping == TallyGrouping::Quarter) grouping = TallyGrouping::None;
    const Frame f = frame("risks", "r", "raised_on", scope, grouping);
    std::vector<GroupCounts> counts(days.size());
    if (days.empty()) return counts;
    const auto halves = sql::openBetweenSql(":day_0", ":day_" + std::to_string(days.size() - 1));
    for (std::size_t half = 0; half < halves.size(); ++half) {
        std::string sums;
        for (std::size_t k = 0; k < days.size(); ++k)
            sums += (k ? ", SUM(" : "SUM(") + sql::openOnDaySql(half, ":day_" + std::to_string(k)) + ") AS open_" +
                    std::to_string(k);
        Query query(connection, grouped(f, sums, halves[half]));
        for (std::size_t k = 0; k < days.size(); ++k) bindParam(*query, (":day_" + std::to_string(k)).c_str(), days[k]);
        bindScope(*query, scope);
        while (query.step())
            for (std::size_t k = 0; k < days.size(); ++k)
                counts[k][groupOf(*query)].risksOpenAtEnd += count(*query, ("open_" + std::to_string(k)).c_str());
    }
    return counts;
}

RiskHeatMap heatMapAt(Connection& connection, Date day, const TallyScope& scope) {
    const Frame f = frame("risks", "r", "raised_on", scope, TallyGrouping::None);
    const std::string cells = sql::heatMapLikelihoodSql() + " AS likelihood, " + sql::heatMapImpactSql() +
                              " AS impact, COUNT(*) AS risks";
    RiskHeatMap map{};
    for (const std::string& where : sql::openAtEndSql()) {
        Query query(connection, "SELECT " + cells + " FROM " + f.from + " WHERE " + where + f.scope +
                                    " GROUP BY likelihood, impact");
        bindParam(*query, ":day", day);
        bindScope(*query, scope);
        while (query.step()) {
            const int likelihood = integer(*query, "likelihood");
            const int impact = integer(*query, "impact");
            // The schema keeps both within 1 to 5; anything else is a damaged file.
            if (likelihood < kMinScale || likelihood > kMaxScale || impact < kMinScale || impact > kMaxScale)
                unreadable("likelihood and impact", std::to_string(likelihood) + "x" + std::to_string(impact),
                           "1 to 5 each");
            map[static_cast<std::size_t>(likelihood - 1)][static_cast<std::size_t>(impact - 1)] +=
                count(*query, "risks");
        }
    }
    return map;
}

}  // namespace innotrack::storage::detail
