// Shapes every entity file repeats: one row by id, all rows of a query, an update that must hit a row.
#pragma once

#include "columns.hpp"
#include "connection.hpp"

#include "tracker/errors.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::storage::detail {

template <typename Read>
auto readAll(Query& query, Read read) {
    std::vector<decltype(read(*query))> rows;
    while (query.step()) rows.push_back(read(*query));
    return rows;
}

// Hands each row to `visit` as the statement steps onto it: no more than one row is held.
template <typename Read, typename Visit>
void visitAll(Query& query, Read read, const Visit& visit) {
    while (query.step()) visit(read(*query));
}

template <typename Read>
auto readOne(Query& query, Read read) -> std::optional<decltype(read(*query))> {
    if (!query.step()) return std::nullopt;
    return read(*query);
}

// The id an INSERT writes: the record's own when it has one (a restore keeps every id), else
// NULL, for which SQLite picks the next.
inline OptionalId givenId(Id id) { return id == 0 ? OptionalId() : OptionalId(id); }

// Runs `query` (an INSERT) and returns the new record's id.
inline Id insertRow(Connection& connection, Query& query) {
    query.exec();
    return connection.db().getLastInsertRowid();
}

// Runs `query` (an UPDATE ... WHERE id = :id); an id that matches nothing is NotFound.
inline void updateRow(Query& query, std::string_view entity, Id id) {
    if (query.exec() == 0) throw NotFound("There is no " + std::string(entity) + " " + std::to_string(id));
}

inline std::string optionalIdClause(const OptionalId& id, const char* column) {
    return id ? std::string(" WHERE ") + column + " = :filter_id" : std::string();
}

}  // namespace innotrack::storage::detail
