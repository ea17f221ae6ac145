// SqliteStore's answers to tracker's query port (tracker/tally_queries.hpp): the tally, in one row or
// one per ambition, cabinet member, innovation or financial quarter, and the open-risk heat map.
#include "storage/sqlite_store.hpp"

#include "columns.hpp"
#include "connection.hpp"
#include "tally_sql.hpp"

#include "sql/goal_scope_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

constexpr const char* kNoneKey = "none";

struct Group {
    OptionalId id;
    std::string label;
};

// Whether the scope narrows the innovations by something other than the grouping's own field:
// then only groups holding an innovation in scope are listed, else every group of that kind.
bool narrowedBeyond(const TallyScope& scope, TallyGrouping grouping) {
    const bool byAmbitionOrInnovation = scope.ambitionId || scope.innovationId || scope.goal;
    const bool byCabinetOrInnovation = scope.cabinetLeadId || scope.innovationId || scope.goal;
    return grouping == TallyGrouping::Ambition ? byCabinetOrInnovation : byAmbitionOrInnovation;
}

// Whether some innovation in scope has no ambition (or no cabinet lead): they get a row "none".
bool anyWithout(Connection& connection, const char* column, const TallyScope& scope) {
    Query query(connection, std::string("SELECT EXISTS (SELECT 1 FROM innovations i WHERE ") + column + " IS NULL" +
                                scopeClause(scope) + ") AS found");
    bindScope(*query, scope);
    return query.step() && flag(*query, "found");
}

std::vector<Group> ambitionGroups(Connection& connection, const TallyScope& scope) {
    std::string sql = "SELECT a.id AS group_id, a.title AS label FROM ambitions a WHERE 1 = 1";
    if (scope.ambitionId) sql += " AND a.id = :ambition_id";
    if (narrowedBeyond(scope, TallyGrouping::Ambition))
        sql += " AND " + sql::ambitionGroupInScopeSql(scope.goal, !scope.cabinetLeadId && !scope.innovationId,
                                                     "EXISTS (SELECT 1 FROM innovations i WHERE i.ambition_id = a.id" +
                                                         scopeClause(scope) + ")");
    Query query(connection, sql + " ORDER BY a.id");
    bindScope(*query, scope);
    std::vector<Group> groups;
    while (query.step()) groups.push_back({id(*query, "group_id"), text(*query, "label")});
    if (!scope.ambitionId && anyWithout(connection, "i.ambition_id", scope))
        groups.push_back({std::nullopt, "No ambition"});
    return groups;
}

// Everyone who may be a cabinet lead (mayBeCabinetLead), so the whole council lists all of them,
// with or without innovations; "Name (brief)" reads as a cabinet portfolio.
std::vector<Group> cabinetGroups(Connection& connection, const TallyScope& scope) {
    std::string sql = "SELECT p.id AS group_id, p.name AS name, p.portfolio AS brief FROM people p WHERE ";
    if (scope.cabinetLeadId) sql += "p.id = :cabinet_lead_id AND ";
    sql += "(";
    if (!narrowedBeyond(scope, TallyGrouping::Cabinet))
        sql += "p.role IN (" + sqlKeysWhere<Role>(mayBeCabinetLead) + ") OR ";
    sql += "EXISTS (SELECT 1 FROM innovations i WHERE i.cabinet_lead_id = p.id" + scopeClause(scope) + "))";
    Query query(connection, sql + " ORDER BY p.name COLLATE NOCASE, p.id");
    bindScope(*query, scope);
    std::vector<Group> groups;
    while (query.step()) {
        const std::string brief = text(*query, "brief");
        groups.push_back({id(*query, "group_id"), text(*query, "name") + (brief.empty() ? "" : " (" + brief + ")")});
    }
    if (!scope.cabinetLeadId && anyWithout(connection, "i.cabinet_lead_id", scope))
        groups.push_back({std::nullopt, "No cabinet lead"});
    return groups;
}

std::vector<Group> innovationGroups(Connection& connection, const TallyScope& scope) {
    Query query(connection, "SELECT i.id AS group_id, i.title AS label FROM innovations i WHERE 1 = 1" +
                                scopeClause(scope) + " ORDER BY i.id");
    bindScope(*query, scope);
    std::vector<Group> groups;
    while (query.step()) groups.push_back({id(*query, "group_id"), text(*query, "label")});
    return groups;
}

std::vector<TallyRow> rowsByGroup(Connection& connection, const Period& period, const TallyScope& scope,
                                  TallyGrouping grouping, const RiskBands& bands) {
    const auto groups = grouping == TallyGrouping::Ambition  ? ambitionGroups(connection, scope)
                        : grouping == TallyGrouping::Cabinet ? cabinetGroups(connection, scope)
                                                             : innovationGroups(connection, scope);
    GroupCounts counts = countTally(connection, period, scope, grouping, bands);
    std::vector<TallyRow> rows;
    rows.reserve(groups.size());
    for (const Group& group : groups) {
        const auto found = counts.find(group.id);
        const std::string key = group.id ? std::to_string(*group.id) : kNoneKey;
        rows.push_back({key, group.label, period, found == counts.end() ? TallyCounts{} : found->second});
        if (found != counts.end()) counts.erase(found);
    }
    // Only a damaged file has counts for a group the listing missed; show them rather than lose them.
    for (const auto& [group, leftover] : counts)
        rows.push_back({group ? std::to_string(*group) : kNoneKey, group ? "#" + std::to_string(*group) : "None",
                        period, leftover});
    return rows;
}

// One row per financial quarter overlapping the period, each clipped to it: the dated events in one
// grouped pass, the risks open at every quarter's end in another.
std::vector<TallyRow> rowsByQuarter(Connection& connection, const Period& period, const TallyScope& scope,
                                    const RiskBands& bands) {
    std::vector<TallyRow> rows = quarterTrend(connection, period, scope, bands);
    std::vector<Date> ends;
    for (const TallyRow& row : rows) ends.push_back(row.period.to);
    std::vector<GroupCounts> open = openAtEnd(connection, ends, scope, TallyGrouping::None);
    for (std::size_t k = 0; k < rows.size(); ++k) rows[k].counts.risksOpenAtEnd = open[k][std::nullopt].risksOpenAtEnd;
    return rows;
}

}  // namespace

std::vector<TallyRow> SqliteStore::tallyRows(const Period& period, const TallyScope& scope,
                                             TallyGrouping grouping) const {
    const RiskBands bands = riskBands();
    auto& connection = *connection_;
    return connection.run("count the risk-versus-success tally", [&]() -> std::vector<TallyRow> {
        switch (grouping) {
            case TallyGrouping::None: {
                auto counts = countTally(connection, period, scope, grouping, bands);
                return {TallyRow{"all", "All innovations in scope", period, counts[std::nullopt]}};
            }
            case TallyGrouping::Quarter: return rowsByQuarter(connection, period, scope, bands);
            case TallyGrouping::Ambition:
            case TallyGrouping::Cabinet:
            case TallyGrouping::Innovation: break;
        }
        return rowsByGroup(connection, period, scope, grouping, bands);
    });
}

RiskHeatMap SqliteStore::openRiskHeatMap(Date on, const TallyScope& scope) const {
    auto& connection = *connection_;
    return connection.run("count the open risks for the heat map", [&] { return heatMapAt(connection, on, scope); });
}

}  // namespace innotrack::storage
