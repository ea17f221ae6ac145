// Binding and reading a record on the file backend, and the store methods every record shares, from
// its field list (tracker/record_fields.hpp) and the shared SQL text (sql/record_sql.hpp).
#pragma once

#include "columns.hpp"
#include "queries.hpp"

#include "sql/record_sql.hpp"

#include <string>
#include <vector>

namespace innotrack::storage::detail {

namespace fields = record_fields;
using sql::columnsOf;
using sql::parametersOf;
using sql::selectSql;
using sql::updateSql;
using sql::upsertSet;

// "INSERT INTO table (id, b) VALUES (:id, :b)", made once: a NULL id is numbered by SQLite, one
// above the highest id in the table, unless a higher one was removed (schema 16): then above that,
// so no id is given twice.
template <typename R>
const std::string& insertSql() {
    static const std::string statement = [] {
        const std::string table = fields::kCollection<R>;
        return sql::insertSql<R>("COALESCE(:id, (SELECT highest + 1 FROM removed_ids WHERE collection = '" + table +
                                     "' AND highest >= (SELECT coalesce(max(id), 0) FROM " + table + ")))",
                                 "");
    }();
    return statement;
}

template <typename R>
void bindRecord(SQLite::Statement& statement, const R& record) {
    sql::bindRecord(record, [&](const char* name, const auto& value) { bindParam(statement, name, value); });
}

// Where each of the record's parameters (parametersOf<R>, in order) sits in `statement`: the same
// for every statement prepared from one SQL text, so each insert and update finds them once.
template <typename R>
std::vector<int> parameterPositions(const SQLite::Statement& statement) {
    std::vector<int> positions;
    for (const auto& name : parametersOf<R>()) positions.push_back(statement.getIndex(name.c_str()));
    return positions;
}

// bindRecord by the positions parameterPositions<R> found for this statement's SQL text.
template <typename R>
void bindRecord(SQLite::Statement& statement, const R& record, const std::vector<int>& positions) {
    std::size_t next = 0;
    sql::bindRecord(record,
                    [&](const char*, const auto& value) { bindParam(statement, Parameter(positions[next++]), value); });
}

// Reads a record from the current row by column name, so a SELECT may add columns of its own.
class RecordReader {
public:
    explicit RecordReader(const SQLite::Statement& row) : row_(row) {}

    void id(fields::Field f, Id& out, fields::Table) { out = detail::id(row_, fields::columnOf(f)); }
    void link(fields::Field f, Id& out, fields::Table) { out = detail::id(row_, fields::columnOf(f)); }
    void link(fields::Field f, OptionalId& out, fields::Table) { out = optionalId(row_, fields::columnOf(f)); }
    void text(fields::Field f, std::string& out, fields::TextRule, int /*since*/ = 1) {
        out = detail::text(row_, fields::columnOf(f));
    }
    void integer(fields::Field f, int& out, int = 0, int = 0) { out = detail::integer(row_, fields::columnOf(f)); }
    void integer(fields::Field f, std::optional<int>& out) { out = optionalInteger(row_, fields::columnOf(f)); }
    void pence(fields::Field f, Pence& out) { out = detail::id(row_, fields::columnOf(f)); }
    void count(fields::Field f, Id& out) { out = detail::id(row_, fields::columnOf(f)); }
    void number(fields::Field f, double& out) { out = real(row_, fields::columnOf(f)); }
    void number(fields::Field f, std::optional<double>& out) { out = optionalReal(row_, fields::columnOf(f)); }
    void date(fields::Field f, Date& out) { out = detail::date(row_, fields::columnOf(f)); }
    void date(fields::Field f, std::optional<Date>& out) { out = optionalDate(row_, fields::columnOf(f)); }
    void timestamp(fields::Field f, Timestamp& out) { out = detail::timestamp(row_, fields::columnOf(f)); }
    void flag(fields::Field f, bool& out, int /*since*/ = 1) { out = detail::flag(row_, fields::columnOf(f)); }
    template <typename E>
    void scale(fields::Field f, E& out) {
        out = key<E>(row_, fields::columnOf(f));
    }
    void tags(fields::Field, std::vector<std::string>&) {}
    template <typename E>
    void keys(fields::Field f, ScaleSet<E>& out, int /*since*/) {
        out = ScaleSet<E>::parse(fields::columnOf(f), detail::text(row_, fields::columnOf(f)));
    }

private:
    const SQLite::Statement& row_;
};

template <typename R>
R readRecord(const SQLite::Statement& row) {
    R record{};
    RecordReader reader(row);
    fields::fields(reader, record);
    return record;
}

// The shapes every record's store methods share.
template <typename R>
Id insertRecord(Connection& connection, const R& record) {
    Query query(connection, insertSql<R>());
    static const std::vector<int> positions = parameterPositions<R>(*query);
    bindRecord(*query, record, positions);
    return insertRow(connection, query);
}

// `entity` names the record in the NotFound message when no row has its id.
template <typename R>
void updateRecord(Connection& connection, const R& record, std::string_view entity) {
    Query query(connection, updateSql<R>());
    static const std::vector<int> positions = parameterPositions<R>(*query);
    bindRecord(*query, record, positions);
    updateRow(query, entity, record.id);
}

template <typename R>
std::optional<R> findRecord(Connection& connection, Id id) {
    static const std::string sql = selectSql<R>() + " WHERE id = :id";
    Query query(connection, sql);
    bindParam(*query, ":id", id);
    return readOne(query, readRecord<R>);
}

// Every record, or those whose `column` is `filter` when one is given, in `order` ("due, id"),
// handed to `visit` one at a time.
template <typename R>
void forEachRecord(Connection& connection, const OptionalId& filter, const char* column, const char* order,
                   const RecordVisitor<R>& visit) {
    Query query(connection, selectSql<R>() + optionalIdClause(filter, column) + " ORDER BY " + order);
    if (filter) bindParam(*query, ":filter_id", filter);
    visitAll(query, readRecord<R>, visit);
}

// forEachRecord's records, collected.
template <typename R>
std::vector<R> listRecords(Connection& connection, const OptionalId& filter, const char* column, const char* order) {
    std::vector<R> rows;
    forEachRecord<R>(connection, filter, column, order, [&rows](const R& record) { rows.push_back(record); });
    return rows;
}

}  // namespace innotrack::storage::detail
