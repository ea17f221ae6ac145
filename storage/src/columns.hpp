// How domain values sit in SQLite: dates as YYYY-MM-DD text, enums as their keys, optionals as NULL.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/errors.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace innotrack::storage::detail {

// A statement's parameter, by :name, so every SQL statement and its C++ read the same words, or by
// its position, for the statements bound once a row (a bulk load), where finding each name again
// was a tenth of the work: the positions are looked up by name once per SQL text.
class Parameter {
public:
    Parameter(const char* name) : name_(name) {}  // implicit, so that bindParam(statement, ":id", value) reads as SQL
    explicit Parameter(int position) : position_(position) {}
    int in(const SQLite::Statement& statement) const { return name_ ? statement.getIndex(name_) : position_; }

private:
    const char* name_ = nullptr;
    int position_ = 0;
};

void bindParam(SQLite::Statement& statement, Parameter parameter, const std::string& value);
void bindParam(SQLite::Statement& statement, Parameter parameter, std::int64_t value);
void bindParam(SQLite::Statement& statement, Parameter parameter, int value);
void bindParam(SQLite::Statement& statement, Parameter parameter, bool value);
// A string literal would otherwise bind as bool: pass std::string.
void bindParam(SQLite::Statement& statement, Parameter parameter, const char* value) = delete;
void bindParam(SQLite::Statement& statement, Parameter parameter, double value);
void bindParam(SQLite::Statement& statement, Parameter parameter, Date value);
void bindParam(SQLite::Statement& statement, Parameter parameter, Timestamp value);
void bindParam(SQLite::Statement& statement, Parameter parameter, const OptionalId& value);
void bindParam(SQLite::Statement& statement, Parameter parameter, const std::optional<int>& value);
void bindParam(SQLite::Statement& statement, Parameter parameter, const std::optional<double>& value);
void bindParam(SQLite::Statement& statement, Parameter parameter, const std::optional<Date>& value);

template <typename E>
    requires std::is_enum_v<E>
void bindParam(SQLite::Statement& statement, Parameter parameter, E value) {
    bindParam(statement, parameter, std::string(keyOf(value)));
}

// The keys of the scale's values for which `holds` is true, as an SQL list: "'cabinet', 'leader'".
// Keys are the scales' own words, never a person's, so they are written into the SQL as they are.
template <typename E, typename Predicate>
std::string sqlKeysWhere(Predicate holds) {
    std::string out;
    for (const auto& entry : Scale<E>::entries)
        if (holds(entry.value)) out += (out.empty() ? "'" : ", '") + std::string(entry.key) + "'";
    return out;
}

// Reading the current row by column name.
std::string text(const SQLite::Statement& row, const char* column);
Id id(const SQLite::Statement& row, const char* column);
int integer(const SQLite::Statement& row, const char* column);
bool flag(const SQLite::Statement& row, const char* column);
double real(const SQLite::Statement& row, const char* column);
Date date(const SQLite::Statement& row, const char* column);
Timestamp timestamp(const SQLite::Statement& row, const char* column);
OptionalId optionalId(const SQLite::Statement& row, const char* column);
std::optional<int> optionalInteger(const SQLite::Statement& row, const char* column);
std::optional<double> optionalReal(const SQLite::Statement& row, const char* column);
std::optional<Date> optionalDate(const SQLite::Statement& row, const char* column);

// A stored value this version cannot read: the file is damaged or was written by a newer innotrack.
[[noreturn]] void unreadable(const char* column, std::string_view value, std::string_view expected);

// The same from a value already found, for statements that read many rows and look each column's
// position up once (`column` names it in the message when the value is unreadable).
Date dateFrom(const SQLite::Column& value, const char* column);
std::optional<Date> optionalDateFrom(const SQLite::Column& value, const char* column);
OptionalId optionalIdFrom(const SQLite::Column& value);

template <typename E>
E keyFromText(std::string_view stored, const char* column) {
    for (const auto& entry : Scale<E>::entries)
        if (entry.key == stored) return entry.value;
    unreadable(column, stored, acceptedKeys<E>());
}

template <typename E>
E keyFrom(const SQLite::Column& value, const char* column) {
    return keyFromText<E>(value.getText(), column);
}

template <typename E>
E key(const SQLite::Statement& row, const char* column) {
    return keyFrom<E>(row.getColumn(column), column);
}

// Ids as SQL reads an array of them: a JSON array for json_each(:ids), so one statement serves
// any number of ids.
std::string idArray(const std::vector<Id>& ids);

// A LIKE pattern matching `text` anywhere, with '%', '_' and '\' taken literally; use with
// ESCAPE '\'.
std::string containsPattern(std::string_view text);

}  // namespace innotrack::storage::detail
