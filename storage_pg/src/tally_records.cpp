// The records behind a tally figure or a heat-map cell, listed by the very conditions that count
// them (sql/tally_sql.hpp): how many there are, then the first few by day, both from one moment.
// The same statements as the file backend's (storage/src/tally_records.cpp).
#include "pg_store.hpp"

#include "tally_sql.hpp"

#include <functional>

namespace innotrack::storage_pg {

using namespace detail;

namespace {

using BindRows = std::function<void(pq::Statement&)>;

// `ids` (sql::tallyRecordIdsSql) counted, and its first `limit` records read; `bind` binds the
// parameters `ids` takes.
TallyRecords recordsOf(pq::Connection& connection, const sql::TallyFigureSql& x, const std::string& ids,
                       const BindRows& bind, std::size_t limit) {
    TallyRecords out;
    pq::Statement count(connection, sql::countTallyRecordsSql(ids));
    bind(count);
    const pq::Result counted = count.run();
    if (counted.rows() > 0) out.total = pq::Row(counted, 0)["total"].integer();
    pq::Statement first(connection, sql::firstTallyRecordsSql(x, ids));
    bind(first);
    first.bind(":limit", static_cast<std::int64_t>(limit));
    const pq::Result result = first.run();
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        out.records.push_back({row["record_id"].integer(), row["innovation_id"].integer(), row["innovation"].text(),
                               row["what"].text(), row["on_day"].date()});
    }
    return out;
}

}  // namespace

namespace detail {

TallyRecords figureRecords(pq::Connection& connection, const Period& period, const TallyScope& scope,
                           TallyFigure figure, std::size_t limit) {
    const sql::TallyFigureSql definition = sql::tallyFigureSql(figure);
    const Frame f = frame(definition, scope, TallyGrouping::None);
    const std::string ids =
        sql::tallyRecordIdsSql(definition, f.from, definition.inPeriod() + " AND " + definition.condition + f.scope);
    return recordsOf(
        connection, definition, ids,
        [&](pq::Statement& statement) {
            statement.bind(":from", period.from);
            statement.bind(":to", period.to);
            bindScope(statement, scope);
        },
        limit);
}

TallyRecords heatMapCellRecords(pq::Connection& connection, Date day, const TallyScope& scope, int likelihood,
                                int impact, std::size_t limit) {
    const sql::TallyFigureSql risks{"risks", "r", "raised_on", "", "r.title"};
    const Frame f = frame(risks, scope, TallyGrouping::None);
    const std::string inCell = " AND " + sql::heatMapLikelihoodSql() + " = :likelihood AND " +
                               sql::heatMapImpactSql() + " = :impact" + f.scope;
    const auto [openNow, closedSince] = sql::openAtEndSql();
    const std::string ids = sql::tallyRecordIdsSql(risks, f.from, openNow + inCell) + " UNION ALL " +
                            sql::tallyRecordIdsSql(risks, f.from, closedSince + inCell);
    return recordsOf(
        connection, risks, ids,
        [&](pq::Statement& statement) {
            statement.bind(":day", day);
            statement.bind(":likelihood", likelihood);
            statement.bind(":impact", impact);
            bindScope(statement, scope);
        },
        limit);
}

}  // namespace detail

TallyRecords PgStore::tallyRecordRows(const Period& period, const TallyScope& scope, TallyFigure figure,
                                      std::size_t limit) const {
    auto& s = *session_;
    return s.run("list what the tally counts", [&] {
        // The count and the list, two statements, of the same records.
        const ReadSnapshot snapshot(s);
        return figureRecords(s.connection(), period, scope, figure, limit);
    });
}

TallyRecords PgStore::openRiskCellRows(Date on, const TallyScope& scope, int likelihood, int impact,
                                       std::size_t limit) const {
    auto& s = *session_;
    return s.run("list the open risks of a heat map cell", [&] {
        const ReadSnapshot snapshot(s);
        return heatMapCellRecords(s.connection(), on, scope, likelihood, impact, limit);
    });
}

}  // namespace innotrack::storage_pg
