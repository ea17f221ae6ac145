// A record's stored columns and the text of its SELECT, INSERT, UPDATE and upsert, made from its
// field list (tracker/record_fields.hpp), for both backends: a column is added to a record there
// and in each backend's migration, not here.
#pragma once

#include "tracker/record_fields.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::sql {

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
    template <typename... A> void keys(fields::Field f, A&&...) { add(f); }

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

// "a, b, c", made once.
template <typename R>
const std::string& columnListOf() {
    static const std::string list = [] {
        std::string columns;
        for (const auto& column : columnsOf<R>()) columns += (columns.empty() ? "" : ", ") + column;
        return columns;
    }();
    return list;
}

// "SELECT a, b, c FROM table", made once.
template <typename R>
const std::string& selectSql() {
    static const std::string sql = "SELECT " + columnListOf<R>() + " FROM " + fields::kCollection<R>;
    return sql;
}

// "INSERT INTO table (id, b) VALUES (<idValue>, :b)<suffix>": each backend says how a new record's
// id is found (`idValue`, for the id column) and what the statement returns (`suffix`).
template <typename R>
std::string insertSql(std::string_view idValue, std::string_view suffix) {
    std::string columns;
    std::string values;
    for (std::size_t i = 0; i < columnsOf<R>().size(); ++i) {
        const bool isId = columnsOf<R>()[i] == "id";
        columns += (i ? ", " : "") + columnsOf<R>()[i];
        values += (i ? ", " : "") + (isId ? std::string(idValue) : parametersOf<R>()[i]);
    }
    return std::string("INSERT INTO ") + fields::kCollection<R> + " (" + columns + ") VALUES (" + values + ")" +
           std::string(suffix);
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

// Gives every column of a record to `bind(":column", value)` in the field list's order; an id of 0
// is given as no value, so that an INSERT numbers a new record and keeps one it is given. Each
// backend's `bind` puts the value into its own statement.
template <typename Bind>
class RecordBinder {
public:
    RecordBinder(const std::vector<std::string>& parameters, Bind bind) : parameters_(parameters), bind_(bind) {}

    void id(fields::Field, Id value, fields::Table) { give(value == 0 ? OptionalId() : OptionalId(value)); }
    template <typename T> void link(fields::Field, const T& value, fields::Table) { give(value); }
    void text(fields::Field, const std::string& value, fields::TextRule, int /*since*/ = 1) { give(value); }
    template <typename T> void integer(fields::Field, const T& value, int = 0, int = 0) { give(value); }
    void pence(fields::Field, Pence value) { give(value); }
    void count(fields::Field, Id value) { give(value); }
    template <typename T> void number(fields::Field, const T& value) { give(value); }
    template <typename T> void date(fields::Field, const T& value) { give(value); }
    void timestamp(fields::Field, Timestamp value) { give(value); }
    void flag(fields::Field, bool value, int /*since*/ = 1) { give(value); }
    template <typename E> void scale(fields::Field, E value) { give(value); }
    void tags(fields::Field, const std::vector<std::string>&) {}
    template <typename E> void keys(fields::Field, const ScaleSet<E>& value, int /*since*/) { give(value.keys()); }

private:
    template <typename T>
    void give(const T& value) {
        bind_(parameters_[next_++].c_str(), value);
    }

    const std::vector<std::string>& parameters_;
    Bind bind_;
    std::size_t next_ = 0;
};

template <typename R, typename Bind>
void bindRecord(const R& record, Bind bind) {
    RecordBinder<Bind> binder(parametersOf<R>(), bind);
    fields::fields(binder, record);
}

}  // namespace innotrack::sql
