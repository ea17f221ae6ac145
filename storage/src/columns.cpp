// Binding and reading domain values; the formats here are the file format, so change them only by migration.
#include "columns.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace innotrack::storage::detail {

void bindParam(SQLite::Statement& statement, Parameter parameter, const std::string& value) {
    statement.bind(parameter.in(statement), value);
}
void bindParam(SQLite::Statement& statement, Parameter parameter, std::int64_t value) {
    statement.bind(parameter.in(statement), value);
}
void bindParam(SQLite::Statement& statement, Parameter parameter, int value) {
    statement.bind(parameter.in(statement), static_cast<std::int32_t>(value));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, bool value) {
    statement.bind(parameter.in(statement), static_cast<std::int32_t>(value ? 1 : 0));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, double value) {
    statement.bind(parameter.in(statement), value);
}
void bindParam(SQLite::Statement& statement, Parameter parameter, Date value) {
    statement.bind(parameter.in(statement), formatDate(value));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, Timestamp value) {
    statement.bind(parameter.in(statement), formatTimestamp(value));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, const OptionalId& value) {
    if (value) statement.bind(parameter.in(statement), *value);
    else statement.bind(parameter.in(statement));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, const std::optional<int>& value) {
    if (value) bindParam(statement, parameter, *value);
    else statement.bind(parameter.in(statement));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, const std::optional<double>& value) {
    if (value) statement.bind(parameter.in(statement), *value);
    else statement.bind(parameter.in(statement));
}
void bindParam(SQLite::Statement& statement, Parameter parameter, const std::optional<Date>& value) {
    if (value) bindParam(statement, parameter, *value);
    else statement.bind(parameter.in(statement));
}

void unreadable(const char* column, std::string_view value, std::string_view expected) {
    throw StorageError("The portfolio file holds '" + std::string(value.substr(0, 40)) + "' as " + column +
                       ", where this version of innotrack expects " + std::string(expected) +
                       ": the file may be damaged or from a newer innotrack");
}

std::string text(const SQLite::Statement& row, const char* column) {
    return row.getColumn(column).getString();
}
Id id(const SQLite::Statement& row, const char* column) {
    return row.getColumn(column).getInt64();
}
int integer(const SQLite::Statement& row, const char* column) {
    return row.getColumn(column).getInt();
}
bool flag(const SQLite::Statement& row, const char* column) {
    return row.getColumn(column).getInt() != 0;
}
double real(const SQLite::Statement& row, const char* column) {
    return row.getColumn(column).getDouble();
}

Date date(const SQLite::Statement& row, const char* column) { return dateFrom(row.getColumn(column), column); }

Date dateFrom(const SQLite::Column& value, const char* column) {
    const char* text = value.getText();  // before getBytes, as SQLite asks
    const std::string_view stored(text, static_cast<std::size_t>(value.getBytes()));
    if (const auto day = readStoredDate(stored)) return *day;
    unreadable(column, stored, "a date written YYYY-MM-DD");
}

Timestamp timestamp(const SQLite::Statement& row, const char* column) {
    const std::string stored = text(row, column);
    try {
        return parseTimestamp(stored);
    } catch (const std::exception&) {
        unreadable(column, stored, "a time written YYYY-MM-DDTHH:MM:SSZ");
    }
}

OptionalId optionalId(const SQLite::Statement& row, const char* column) {
    return optionalIdFrom(row.getColumn(column));
}
OptionalId optionalIdFrom(const SQLite::Column& value) {
    return value.isNull() ? OptionalId{} : OptionalId{value.getInt64()};
}
std::optional<int> optionalInteger(const SQLite::Statement& row, const char* column) {
    const auto value = row.getColumn(column);
    return value.isNull() ? std::optional<int>{} : std::optional<int>{value.getInt()};
}
std::optional<double> optionalReal(const SQLite::Statement& row, const char* column) {
    const auto value = row.getColumn(column);
    return value.isNull() ? std::optional<double>{} : std::optional<double>{value.getDouble()};
}
std::optional<Date> optionalDate(const SQLite::Statement& row, const char* column) {
    return optionalDateFrom(row.getColumn(column), column);
}
std::optional<Date> optionalDateFrom(const SQLite::Column& value, const char* column) {
    if (value.isNull()) return std::nullopt;
    return dateFrom(value, column);
}

std::string idArray(const std::vector<Id>& ids) {
    std::string json = "[";
    for (const Id each : ids) {
        if (json.size() > 1) json += ',';
        json += std::to_string(each);
    }
    return json + "]";
}

std::string containsPattern(std::string_view text) {
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    pattern += '%';
    return pattern;
}

}  // namespace innotrack::storage::detail
