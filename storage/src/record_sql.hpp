// A record's columns, its SELECT, INSERT and UPDATE, and its binding and reading, all from its
// field list (tracker/record_fields.hpp): a column is added to a record there and in a migration.
#pragma once

#include "columns.hpp"
#include "queries.hpp"

#include "tracker/record_fields.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::storage::detail {

namespace fields = record_fields;

// The stored columns in the field list's order; a lesson's tags live in a table of their own.
class ColumnNames {
public:
    template <typename... A> void id(fields::Field f, A&&...) { add(f); }
    template <typename... A> void link(fields::Field f, A&&...) { add(f); }
    template <typename... A> void text(fields::Field f, A&&...) { add(f); }
    template <typename... A> void integer(fields::Field f, A&&...) { add(f); }
    template <typename... A> void pence(fields::Field f, A&&...) { add(f); }
    template <typename... A> void count(fields::Field f, A&&...) { add(f); }
    template <typename... A> void number(fields::Field f, A&&...) { add(f); }
    template <typename... A> void date(fields::Field f, A&&...) { add(f); }
    template <typename... A> void timestamp(fields::Field f, A&&...) { add(f); }
    template <typename... A> void flag(fields::Field f, A&&...) { add(f); }
    template <typename... A> void scale(fields::Field f, A&&...) { add(f); }
    template <typename... A> void tags(fields::Field, A&&...) {}

    std::vector<std::string> names;

private:
    void add(fields::Field f) { names.emplace_back(fields::columnOf(f)); }
};

template <typename R>
const std::vector<std::string>& columnsOf() {
    static const std::vector<std::string> names = [] {
        ColumnNames columns;
        R record{};
        fields::fields(columns, record);
        return std::move(columns.names);
    }();
    return names;
}

// Each column's parameter name, ":column", made once rather than at every bind.
template <typename R>
const std::vector<std::string>& parametersOf() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& column : columnsOf<R>()) out.push_back(":" + column);
        return out;
    }();
    return names;
}

// "SELECT a, b, c FROM table", made once.
template <typename R>
const std::string& selectSql() {
    static const std::string sql = [] {
        std::string columns;
        for (const auto& column : columnsOf<R>()) columns += (columns.empty() ? "" : ", ") + column;
        return "SELECT " + columns + " FROM " + fields::kCollection<R>;
    }();
    return sql;
}

// "INSERT INTO table (a, b) VALUES (:a, :b)", made once.
template <typename R>
const std::string& insertSql() {
    static const std::string sql = [] {
        std::string columns;
        std::string values;
        for (std::size_t i = 0; i < columnsOf<R>().size(); ++i) {
            columns += (i ? ", " : "") + columnsOf<R>()[i];
            values += (i ? ", " : "") + parametersOf<R>()[i];
        }
        return std::string("INSERT INTO ") + fields::kCollection<R> + " (" + columns + ") VALUES (" + values + ")";
    }();
    return sql;
}

// "UPDATE table SET b = :b, c = :c WHERE id = :id": every column but the id, made once.
template <typename R>
const std::string& updateSql() {
    static const std::string sql = [] {
        std::string set;
        for (std::size_t i = 0; i < columnsOf<R>().size(); ++i) {
            if (columnsOf<R>()[i] == "id") continue;
            set += (set.empty() ? "" : ", ") + columnsOf<R>()[i] + " = " + parametersOf<R>()[i];
        }
        return std::string("UPDATE ") + fields::kCollection<R> + " SET " + set + " WHERE id = :id";
    }();
    return sql;
}

// "b = excluded.b, c = excluded.c" for an upsert: every column but the conflict's `keys`.
template <typename R>
std::string upsertSet(std::initializer_list<std::string_view> keys) {
    std::string set;
    for (const auto& column : columnsOf<R>()) {
        if (std::find(keys.begin(), keys.end(), column) != keys.end()) continue;
        set += (set.empty() ? "" : ", ") + column + " = excluded." + column;
    }
    return set;
}

// Binds every column of a record to its ":column" parameter; an id of 0 binds NULL, so that an
// INSERT numbers a new record and keeps one it is given.
class RecordBinder {
public:
    RecordBinder(SQLite::Statement& statement, const std::vector<std::string>& parameters)
        : statement_(statement), parameters_(parameters) {}

    void id(fields::Field, Id value, fields::Table) { bind(givenId(value)); }
    template <typename T> void link(fields::Field, const T& value, fields::Table) { bind(value); }
    void text(fields::Field, const std::string& value, fields::TextRule, int /*since*/ = 1) { bind(value); }
    template <typename T> void integer(fields::Field, const T& value, int = 0, int = 0) { bind(value); }
    void pence(fields::Field, Pence value) { bind(value); }
    void count(fields::Field, Id value) { bind(value); }
    template <typename T> void number(fields::Field, const T& value) { bind(value); }
    template <typename T> void date(fields::Field, const T& value) { bind(value); }
    void timestamp(fields::Field, Timestamp value) { bind(value); }
    void flag(fields::Field, bool value) { bind(value); }
    template <typename E> void scale(fields::Field, E value) { bind(value); }
    void tags(fields::Field, const std::vector<std::string>&) {}

private:
    template <typename T>
    void bind(const T& value) {
        bindParam(statement_, parameters_[next_++].c_str(), value);
    }

    SQLite::Statement& statement_;
    const std::vector<std::string>& parameters_;
    std::size_t next_ = 0;
};

template <typename R>
void bindRecord(SQLite::Statement& statement, const R& record) {
    RecordBinder binder(statement, parametersOf<R>());
    fields::fields(binder, record);
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
    void flag(fields::Field f, bool& out) { out = detail::flag(row_, fields::columnOf(f)); }
    template <typename E>
    void scale(fields::Field f, E& out) {
        out = key<E>(row_, fields::columnOf(f));
    }
    void tags(fields::Field, std::vector<std::string>&) {}

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
    bindRecord(*query, record);
    return insertRow(connection, query);
}

// `entity` names the record in the NotFound message when no row has its id.
template <typename R>
void updateRecord(Connection& connection, const R& record, std::string_view entity) {
    Query query(connection, updateSql<R>());
    bindRecord(*query, record);
    updateRow(query, entity, record.id);
}

template <typename R>
std::optional<R> findRecord(Connection& connection, Id id) {
    static const std::string sql = selectSql<R>() + " WHERE id = :id";
    Query query(connection, sql);
    bindParam(*query, ":id", id);
    return readOne(query, readRecord<R>);
}

// Every record, or those whose `column` is `filter` when one is given, in `order` ("due, id").
template <typename R>
std::vector<R> listRecords(Connection& connection, const OptionalId& filter, const char* column, const char* order) {
    Query query(connection, selectSql<R>() + optionalIdClause(filter, column) + " ORDER BY " + order);
    if (filter) bindParam(*query, ":filter_id", filter);
    return readAll(query, readRecord<R>);
}

}  // namespace innotrack::storage::detail
