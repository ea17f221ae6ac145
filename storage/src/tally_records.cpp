// The records behind a tally figure or a heat-map cell, listed by the very conditions that count
// them (sql/tally_sql.hpp): how many there are, then the first few by day.
#include "storage/sqlite_store.hpp"

#include "columns.hpp"
#include "connection.hpp"
#include "tally_sql.hpp"

#include <functional>

namespace innotrack::storage {

using namespace detail;

namespace {

using BindRows = std::function<void(SQLite::Statement&)>;

// `ids` (sql::tallyRecordIdsSql) counted, and its first `limit` records read; `bind` binds the
// parameters `ids` takes.
TallyRecords recordsOf(Connection& connection, const sql::TallyFigureSql& x, const std::string& ids,
                       const BindRows& bind, std::size_t limit) {
    TallyRecords out;
    Query count(connection, sql::countTallyRecordsSql(ids));
    bind(*count);
    if (count.step()) out.total = count->getColumn("total").getInt64();
    Query first(connection, sql::firstTallyRecordsSql(x, ids));
    bind(*first);
    bindParam(*first, ":limit", static_cast<std::int64_t>(limit));
    while (first.step())
        out.records.push_back({id(*first, "record_id"), id(*first, "innovation_id"), text(*first, "innovation"),
                               text(*first, "what"), date(*first, "on_day")});
    return out;
}

}  // namespace

namespace detail {

TallyRecords figureRecords(Connection& connection, const Period& period, const TallyScope& scope, TallyFigure figure,
                           std::size_t limit) {
    const sql::TallyFigureSql definition = sql::tallyFigureSql(figure);
    const Frame f = frame(definition, scope, TallyGrouping::None);
    const std::string ids =
        sql::tallyRecordIdsSql(definition, f.from, definition.inPeriod() + " AND " + definition.condition + f.scope);
    return recordsOf(
        connection, definition, ids,
        [&](SQLite::Statement& statement) {
            bindParam(statement, ":from", period.from);
            bindParam(statement, ":to", period.to);
            bindScope(statement, scope);
        },
        limit);
}

TallyRecords heatMapCellRecords(Connection& connection, Date day, const TallyScope& scope, int likelihood, int impact,
                                std::size_t limit) {
    const sql::TallyFigureSql risks{"risks", "r", "raised_on", "", "r.title"};
    const Frame f = frame(risks, scope, TallyGrouping::None);
    const std::string inCell = " AND " + sql::heatMapLikelihoodSql() + " = :likelihood AND " +
                               sql::heatMapImpactSql() + " = :impact" + f.scope;
    const auto [openNow, closedSince] = sql::openAtEndSql();
    const std::string ids = sql::tallyRecordIdsSql(risks, f.from, openNow + inCell) + " UNION ALL " +
                            sql::tallyRecordIdsSql(risks, f.from, closedSince + inCell);
    return recordsOf(
        connection, risks, ids,
        [&](SQLite::Statement& statement) {
            bindParam(statement, ":day", day);
            bindParam(statement, ":likelihood", likelihood);
            bindParam(statement, ":impact", impact);
            bindScope(statement, scope);
        },
        limit);
}

}  // namespace detail

TallyRecords SqliteStore::tallyRecordRows(const Period& period, const TallyScope& scope, TallyFigure figure,
                                          std::size_t limit) const {
    auto& connection = *connection_;
    return connection.run("list what the tally counts",
                          [&] { return figureRecords(connection, period, scope, figure, limit); });
}

TallyRecords SqliteStore::openRiskCellRows(Date on, const TallyScope& scope, int likelihood, int impact,
                                           std::size_t limit) const {
    auto& connection = *connection_;
    return connection.run("list the open risks of a heat map cell",
                          [&] { return heatMapCellRecords(connection, on, scope, likelihood, impact, limit); });
}

}  // namespace innotrack::storage
