// PgStore's answers to tracker's query port (tracker/tally_queries.hpp): the tally, in one row or
// one per ambition, cabinet member, innovation or financial quarter, and the open-risk heat map.
// The same rows as the file backend's (storage/src/tally_queries.cpp).
#include "pg_store.hpp"

#include "tally_sql.hpp"

#include "sql/goal_scope_sql.hpp"

#include "tracker/people.hpp"

namespace innotrack::storage_pg {

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
bool anyWithout(pq::Connection& connection, const char* column, const TallyScope& scope) {
    pq::Statement query(connection, std::string("SELECT EXISTS (SELECT 1 FROM innovations i WHERE ") + column +
                                        " IS NULL" + scopeClause(scope) + ") AS found");
    bindScope(query, scope);
    const pq::Result result = query.run();
    return result.rows() > 0 && pq::Row(result, 0)["found"].flag();
}

std::vector<Group> readGroups(pq::Statement& query, const TallyScope& scope) {
    bindScope(query, scope);
    return readAll(query.run(), [](const pq::Row& row) { return Group{row["group_id"].integer(), row["label"].text()}; });
}

std::vector<Group> ambitionGroups(pq::Connection& connection, const TallyScope& scope) {
    std::string sql = "SELECT a.id AS group_id, a.title AS label FROM ambitions a WHERE 1 = 1";
    if (scope.ambitionId) sql += " AND a.id = :ambition_id";
    if (narrowedBeyond(scope, TallyGrouping::Ambition))
        sql += " AND " + sql::ambitionGroupInScopeSql(scope.goal, !scope.cabinetLeadId && !scope.innovationId,
                                                     "EXISTS (SELECT 1 FROM innovations i WHERE i.ambition_id = a.id" +
                                                         scopeClause(scope) + ")");
    pq::Statement query(connection, sql + " ORDER BY a.id");
    std::vector<Group> groups = readGroups(query, scope);
    if (!scope.ambitionId && anyWithout(connection, "i.ambition_id", scope))
        groups.push_back({std::nullopt, "No ambition"});
    return groups;
}

// Everyone who may be a cabinet lead (mayBeCabinetLead), so the whole council lists all of them,
// with or without innovations; "Name (brief)" reads as a cabinet portfolio. By name as the file
// backend's NOCASE orders it: ASCII letters folded, then the bytes (COLLATE "C"), not the
// server's locale.
std::vector<Group> cabinetGroups(pq::Connection& connection, const TallyScope& scope) {
    std::string sql = "SELECT p.id AS group_id, p.name AS name, p.portfolio AS brief FROM people p WHERE ";
    if (scope.cabinetLeadId) sql += "p.id = :cabinet_lead_id AND ";
    sql += "(";
    if (!narrowedBeyond(scope, TallyGrouping::Cabinet))
        sql += "p.role IN (" + sqlKeysWhere<Role>(mayBeCabinetLead) + ") OR ";
    sql += "EXISTS (SELECT 1 FROM innovations i WHERE i.cabinet_lead_id = p.id" + scopeClause(scope) + "))";
    pq::Statement query(connection, sql + " ORDER BY " + asciiLower("p.name") + " COLLATE \"C\", p.id");
    bindScope(query, scope);
    std::vector<Group> groups = readAll(query.run(), [](const pq::Row& row) {
        const std::string brief = row["brief"].text();
        return Group{row["group_id"].integer(), row["name"].text() + (brief.empty() ? "" : " (" + brief + ")")};
    });
    if (!scope.cabinetLeadId && anyWithout(connection, "i.cabinet_lead_id", scope))
        groups.push_back({std::nullopt, "No cabinet lead"});
    return groups;
}

std::vector<Group> innovationGroups(pq::Connection& connection, const TallyScope& scope) {
    pq::Statement query(connection, "SELECT i.id AS group_id, i.title AS label FROM innovations i WHERE 1 = 1" +
                                        scopeClause(scope) + " ORDER BY i.id");
    return readGroups(query, scope);
}

std::vector<TallyRow> rowsByGroup(pq::Connection& connection, const Period& period, const TallyScope& scope,
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
    // Only a damaged portfolio has counts for a group the listing missed; show them rather than lose them.
    for (const auto& [group, leftover] : counts)
        rows.push_back({group ? std::to_string(*group) : kNoneKey, group ? "#" + std::to_string(*group) : "None",
                        period, leftover});
    return rows;
}

// One row per financial quarter overlapping the period, each clipped to it: the dated events in one
// grouped pass, the risks open at every quarter's end in another.
std::vector<TallyRow> rowsByQuarter(pq::Connection& connection, const Period& period, const TallyScope& scope,
                                    const RiskBands& bands) {
    std::vector<TallyRow> rows = quarterTrend(connection, period, scope, bands);
    std::vector<Date> ends;
    for (const TallyRow& row : rows) ends.push_back(row.period.to);
    std::vector<GroupCounts> open = openAtEnd(connection, ends, scope, TallyGrouping::None);
    for (std::size_t k = 0; k < rows.size(); ++k) rows[k].counts.risksOpenAtEnd = open[k][std::nullopt].risksOpenAtEnd;
    return rows;
}

}  // namespace

std::vector<TallyRow> PgStore::tallyRows(const Period& period, const TallyScope& scope,
                                         TallyGrouping grouping) const {
    auto& s = *session_;
    return s.run("count the risk-versus-success tally", [&]() -> std::vector<TallyRow> {
        // Every statement of the tally, and the bands it counts Critical by, from one moment.
        const ReadSnapshot snapshot(s);
        const RiskBands bands = riskBands();
        auto& connection = s.connection();
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

RiskHeatMap PgStore::openRiskHeatMap(Date on, const TallyScope& scope) const {
    auto& s = *session_;
    return s.run("count the open risks for the heat map", [&] {
        // Two statements (open now; closed since the day) that must see the same risks.
        const ReadSnapshot snapshot(s);
        return heatMapAt(s.connection(), on, scope);
    });
}

}  // namespace innotrack::storage_pg
