// Binding and reading a record on the server, and the store methods every record shares, from its
// field list (tracker/record_fields.hpp) and the SQL text both backends share (sql/record_sql.hpp).
#pragma once

#include "session.hpp"

#include "sql/record_sql.hpp"

#include <string>
#include <vector>

namespace innotrack::storage_pg {

namespace fields = record_fields;
using sql::selectSql;
using sql::updateSql;
using sql::upsertSet;

// "INSERT INTO table (id, b) VALUES (COALESCE(:id, nextval(…)), :b) RETURNING id", made once.
template <typename R>
const std::string& insertSql() {
    static const std::string statement = sql::insertSql<R>(nextIdSql(fields::kCollection<R>), " RETURNING id");
    return statement;
}

template <typename R>
void bindRecord(pq::Statement& statement, const R& record) {
    sql::bindRecord(record, [&](const char* name, const auto& value) { statement.bind(name, value); });
}

// Reads a record from a row by column name, so a SELECT may add columns of its own.
class RecordReader {
public:
    explicit RecordReader(const pq::Row& row) : row_(row) {}

    void id(fields::Field f, Id& out, fields::Table) { out = value(f).integer(); }
    void link(fields::Field f, Id& out, fields::Table) { out = value(f).integer(); }
    void link(fields::Field f, OptionalId& out, fields::Table) { out = value(f).optionalId(); }
    void text(fields::Field f, std::string& out, fields::TextRule, int /*since*/ = 1) { out = value(f).text(); }
    void integer(fields::Field f, int& out, int = 0, int = 0) { out = static_cast<int>(value(f).integer()); }
    void integer(fields::Field f, std::optional<int>& out) { out = value(f).optionalInteger(); }
    void pence(fields::Field f, Pence& out) { out = value(f).integer(); }
    void count(fields::Field f, Id& out) { out = value(f).integer(); }
    void number(fields::Field f, double& out) { out = value(f).real(); }
    void number(fields::Field f, std::optional<double>& out) { out = value(f).optionalReal(); }
    void date(fields::Field f, Date& out) { out = value(f).date(); }
    void date(fields::Field f, std::optional<Date>& out) { out = value(f).optionalDate(); }
    void timestamp(fields::Field f, Timestamp& out) { out = value(f).timestamp(); }
    void flag(fields::Field f, bool& out, int /*since*/ = 1) { out = value(f).flag(); }
    template <typename E>
    void scale(fields::Field f, E& out) {
        out = key<E>(value(f), fields::columnOf(f));
    }
    void tags(fields::Field, std::vector<std::string>&) {}
    template <typename E>
    void keys(fields::Field f, ScaleSet<E>& out, int /*since*/) {
        out = ScaleSet<E>::parse(fields::columnOf(f), value(f).text());
    }

private:
    pq::Value value(fields::Field f) const { return row_[fields::columnOf(f)]; }

    const pq::Row& row_;
};

template <typename R>
R readRecord(const pq::Row& row) {
    R record{};
    RecordReader reader(row);
    fields::fields(reader, record);
    return record;
}

// The shapes every record's store methods share.
template <typename R>
Id insertRecord(Session& session, const R& record) {
    pq::Statement insert(session.connection(), insertSql<R>());
    bindRecord(insert, record);
    return insertRow(session, insert, fields::kCollection<R>, record.id);
}

// `entity` names the record in the NotFound message when no row has its id.
template <typename R>
void updateRecord(Session& session, const R& record, std::string_view entity) {
    pq::Statement update(session.connection(), updateSql<R>());
    bindRecord(update, record);
    updateRow(update, entity, record.id);
}

template <typename R>
std::optional<R> findRecord(Session& session, Id id) {
    static const std::string sql = selectSql<R>() + " WHERE id = :id";
    pq::Statement find(session.connection(), sql);
    find.bind(":id", id);
    return readOne(find.run(), readRecord<R>);
}

// Every record, or those whose `column` is `filter` when one is given, in `order` ("due, id"),
// handed to `visit` one at a time as the server sends them.
template <typename R>
void forEachRecord(Session& session, const OptionalId& filter, const char* column, const char* order,
                   const RecordVisitor<R>& visit) {
    const std::string where = filter ? std::string(" WHERE ") + column + " = :filter_id" : std::string();
    pq::Statement list(session.connection(), selectSql<R>() + where + " ORDER BY " + order);
    if (filter) list.bind(":filter_id", filter);
    list.stream([&visit](const pq::Row& row) { visit(readRecord<R>(row)); });
}

// forEachRecord's records, collected.
template <typename R>
std::vector<R> listRecords(Session& session, const OptionalId& filter, const char* column, const char* order) {
    std::vector<R> rows;
    forEachRecord<R>(session, filter, column, order, [&rows](const R& record) { rows.push_back(record); });
    return rows;
}

}  // namespace innotrack::storage_pg
