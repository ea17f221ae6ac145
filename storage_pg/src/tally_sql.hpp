// The SQL pieces the tally queries share: which records are in scope, which group each falls in,
// and the counting itself. The same statements as the file backend's (storage/src/tally_sql.hpp).
#pragma once

#include "session.hpp"

#include "sql/tally_sql.hpp"
#include "tracker/risk.hpp"
#include "tracker/tally_queries.hpp"

#include <map>
#include <string>
#include <vector>

namespace innotrack::storage_pg::detail {

// " AND i.ambition_id = :ambition_id ..." for the scope's set fields only, so an unused filter
// never hides an index from the planner. `i` is the innovations table.
std::string scopeClause(const TallyScope& scope);
void bindScope(pq::Statement& statement, const TallyScope& scope);

// Which records of one table are counted, and in which group. Only fixed fragments are joined
// into SQL text, never input: every value is a bound parameter.
struct Frame {
    std::string from;   // the table, joined to its innovation when needed
    std::string scope;  // " AND …" for the scope's set fields
    std::string group;  // the expression giving each record's group
    bool byGroup = true;  // false when every record is in the one group (None, or a single quarter)
};
// With Quarter grouping, `quarters` is how many quarters the period spans (quartersOf), each
// record's group its quarter's place among them (sql::quarterIndexSql).
Frame frame(const std::string& table, const std::string& alias, const std::string& dateColumn, const TallyScope& scope,
            TallyGrouping grouping, std::size_t quarters = 0);
Frame frame(const sql::TallyFigureSql& figure, const TallyScope& scope, TallyGrouping grouping,
            std::size_t quarters = 0);
std::size_t quartersOf(const Period& period, TallyGrouping grouping);
// Binds :from and :to, and with Quarter grouping the first day of each quarter after the first.
void bindPeriod(pq::Statement& statement, const Period& period, TallyGrouping grouping);

// Counts per group, keyed by the group's id (nullopt: the innovations without one, or the
// single group of None). With Quarter grouping the key is the quarter's place in
// quarterRowsOf(period), from 0, for the dated events, and risksOpenAtEnd is left at zero: the
// caller asks openAtEnd() for the quarters' last days. Groups with nothing in the period are absent.
using GroupCounts = std::map<OptionalId, TallyCounts>;
GroupCounts countTally(pq::Connection& connection, const Period& period, const TallyScope& scope,
                       TallyGrouping grouping, const RiskBands& bands);

// The rows of every financial quarter overlapping the period (quarterRowsOf), holding what
// countTally counts grouped by quarter, one statement per kind of record for all the quarters;
// risksOpenAtEnd is left at zero. The trend's rows, and the tally's before it adds open risks.
std::vector<TallyRow> quarterTrend(pq::Connection& connection, const Period& period, const TallyScope& scope,
                                   const RiskBands& bands);

// Risks in scope open at the end of each of `days` (earliest first), per group (Quarter is
// treated as None): element k counts days[k].
std::vector<GroupCounts> openAtEnd(pq::Connection& connection, const std::vector<Date>& days, const TallyScope& scope,
                                   TallyGrouping grouping);

// Risks in scope open at the end of `day`, by likelihood and impact (residual where set).
RiskHeatMap heatMapAt(pq::Connection& connection, Date day, const TallyScope& scope);

// The records of one figure, or of one heat-map cell, as TallyQueries lists them.
TallyRecords figureRecords(pq::Connection& connection, const Period& period, const TallyScope& scope,
                           TallyFigure figure, std::size_t limit);
TallyRecords heatMapCellRecords(pq::Connection& connection, Date day, const TallyScope& scope, int likelihood,
                                int impact, std::size_t limit);

}  // namespace innotrack::storage_pg::detail
