// The records behind a tally figure or a heat-map cell, listed by the very conditions that count
// them (sql/tally_sql.hpp): the first few by day, and the total, in one statement each.
#include "storage/sqlite_store.hpp"

#include "columns.hpp"
#include "connection.hpp"
#include "tally_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

// The figure's records in scope: always joined to the innovation, whose title the list shows.
std::string recordRowsSql(const sql::TallyFigureSql& figure, const Frame& f, const std::string& where) {
    return "SELECT " + sql::tallyRecordColumnsSql(figure.alias, figure.what, figure.day()) + " FROM " + figure.table +
           " " + figure.alias + " JOIN innovations i ON i.id = " + figure.alias + ".innovation_id WHERE " + where +
           f.scope;
}

TallyRecords readRecords(Query& query, std::size_t limit) {
    bindParam(*query, ":limit", static_cast<std::int64_t>(limit));
    TallyRecords out;
    while (query.step()) {
        out.records.push_back({id(*query, "record_id"), id(*query, "innovation_id"), text(*query, "innovation"),
                               text(*query, "what"), date(*query, "on_day")});
        out.total = query->getColumn("total").getInt64();
    }
    return out;
}

}  // namespace

namespace detail {

TallyRecords figureRecords(Connection& connection, const Period& period, const TallyScope& scope, TallyFigure figure,
                           std::size_t limit) {
    const sql::TallyFigureSql definition = sql::tallyFigureSql(figure);
    const Frame f = frame(definition, scope, TallyGrouping::None);
    Query query(connection, sql::firstTallyRecordsSql(recordRowsSql(
                                definition, f, definition.inPeriod() + " AND " + definition.condition)));
    bindParam(*query, ":from", period.from);
    bindParam(*query, ":to", period.to);
    bindScope(*query, scope);
    return readRecords(query, limit);
}

TallyRecords heatMapCellRecords(Connection& connection, Date day, const TallyScope& scope, int likelihood, int impact,
                                std::size_t limit) {
    const sql::TallyFigureSql risks{"risks", "r", "raised_on", "", "r.title"};
    const Frame f = frame(risks, scope, TallyGrouping::None);
    const std::string inCell = " AND " + sql::heatMapLikelihoodSql() + " = :likelihood AND " +
                               sql::heatMapImpactSql() + " = :impact";
    const auto [openNow, closedSince] = sql::openAtEndSql();
    Query query(connection, sql::firstTallyRecordsSql(recordRowsSql(risks, f, openNow + inCell) + " UNION ALL " +
                                                      recordRowsSql(risks, f, closedSince + inCell)));
    bindParam(*query, ":day", day);
    bindParam(*query, ":likelihood", likelihood);
    bindParam(*query, ":impact", impact);
    bindScope(*query, scope);
    return readRecords(query, limit);
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
