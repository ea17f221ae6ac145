// The records behind a tally figure or a heat-map cell, listed by the very conditions that count
// them (sql/tally_sql.hpp): the first few by day, and the total, in one statement each. The same
// statements as the file backend's (storage/src/tally_records.cpp).
#include "pg_store.hpp"

#include "tally_sql.hpp"

namespace innotrack::storage_pg {

using namespace detail;

namespace {

// The figure's records in scope: always joined to the innovation, whose title the list shows.
std::string recordRowsSql(const sql::TallyFigureSql& figure, const Frame& f, const std::string& where) {
    return "SELECT " + sql::tallyRecordColumnsSql(figure.alias, figure.what, figure.day()) + " FROM " + figure.table +
           " " + figure.alias + " JOIN innovations i ON i.id = " + figure.alias + ".innovation_id WHERE " + where +
           f.scope;
}

TallyRecords readRecords(pq::Statement& query, std::size_t limit) {
    query.bind(":limit", static_cast<std::int64_t>(limit));
    const pq::Result result = query.run();
    TallyRecords out;
    for (int at = 0; at < result.rows(); ++at) {
        const pq::Row row(result, at);
        out.records.push_back({row["record_id"].integer(), row["innovation_id"].integer(), row["innovation"].text(),
                               row["what"].text(), row["on_day"].date()});
        out.total = row["total"].integer();
    }
    return out;
}

}  // namespace

namespace detail {

TallyRecords figureRecords(pq::Connection& connection, const Period& period, const TallyScope& scope,
                           TallyFigure figure, std::size_t limit) {
    const sql::TallyFigureSql definition = sql::tallyFigureSql(figure);
    const Frame f = frame(definition, scope, TallyGrouping::None);
    pq::Statement query(connection, sql::firstTallyRecordsSql(recordRowsSql(
                                        definition, f, definition.inPeriod() + " AND " + definition.condition)));
    query.bind(":from", period.from);
    query.bind(":to", period.to);
    bindScope(query, scope);
    return readRecords(query, limit);
}

TallyRecords heatMapCellRecords(pq::Connection& connection, Date day, const TallyScope& scope, int likelihood,
                                int impact, std::size_t limit) {
    const sql::TallyFigureSql risks{"risks", "r", "raised_on", "", "r.title"};
    const Frame f = frame(risks, scope, TallyGrouping::None);
    const std::string inCell = " AND " + sql::heatMapLikelihoodSql() + " = :likelihood AND " +
                               sql::heatMapImpactSql() + " = :impact";
    const auto [openNow, closedSince] = sql::openAtEndSql();
    pq::Statement query(connection, sql::firstTallyRecordsSql(recordRowsSql(risks, f, openNow + inCell) +
                                                              " UNION ALL " +
                                                              recordRowsSql(risks, f, closedSince + inCell)));
    query.bind(":day", day);
    query.bind(":likelihood", likelihood);
    query.bind(":impact", impact);
    bindScope(query, scope);
    return readRecords(query, limit);
}

}  // namespace detail

TallyRecords PgStore::tallyRecordRows(const Period& period, const TallyScope& scope, TallyFigure figure,
                                      std::size_t limit) const {
    auto& s = *session_;
    return s.run("list what the tally counts",
                 [&] { return figureRecords(s.connection(), period, scope, figure, limit); });
}

TallyRecords PgStore::openRiskCellRows(Date on, const TallyScope& scope, int likelihood, int impact,
                                       std::size_t limit) const {
    auto& s = *session_;
    return s.run("list the open risks of a heat map cell",
                 [&] { return heatMapCellRecords(s.connection(), on, scope, likelihood, impact, limit); });
}

}  // namespace innotrack::storage_pg
