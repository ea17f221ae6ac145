// The checks every undoing of an addition makes first (portfolio_undo_additions.cpp,
// portfolio_undo_more.cpp), so a removal never fails half-way on a link the storage keeps.
#pragma once

#include "tracker/errors.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace innotrack::undo_checks {

// The audit entry of every undone addition: the record's "added" entry stays before it.
inline constexpr const char* kAdditionUndone = "addition undone";

inline std::string inQuotes(const std::string& text) { return "'" + text + "'"; }

// Refused unless the record is still as its addition left it.
template <typename R>
void requireAsAdded(const std::optional<R>& current, const R& added, const std::string& named) {
    if (!current) throw NotFound(named + " is no longer in the portfolio, so there is nothing to undo");
    if (!(*current == added)) throw ConflictError(named + " has been changed since it was added; undo that first");
}

inline void refuseIf(bool refers, const std::string& named, const std::string& hasNow, const std::string& undoFirst) {
    if (refers) throw ConflictError(named + " " + hasNow + "; undo " + undoFirst + " first");
}

template <typename List, typename Pred>
bool anyOf(const List& list, Pred pred) {
    return std::any_of(list.begin(), list.end(), pred);
}

}  // namespace innotrack::undo_checks
