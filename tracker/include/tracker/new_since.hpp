// "New since the last review": the one definition the weekly review, the board, the stage board's
// badges and the board paper share.
//
// A setback or lesson is new when it was recorded after the last closed review was closed: its
// "added" entry comes after the review's "closed" entry in the audit trail, whose order is the
// order the changes were made (on a server, every change takes the audit chain's turn before its
// entries are numbered). The day it is dated does not decide: one logged on the day of the review,
// after the review closed, is new at the next one, and one typed in late, dated before the last
// review, is new too, because that review never saw it. With no closed review, every one is new.
// Either way only those dated on or before the day the board is as of are counted.
#pragma once

#include "tracker/board_queries.hpp"
#include "tracker/store.hpp"

#include <optional>
#include <string_view>

namespace innotrack {

// The audit entry after which records count as new: the review's closing entry, or 0 (before
// every entry) with no closed review.
inline Id newAfterEntry(const std::optional<BoardReview>& lastClosed) {
    return lastClosed ? lastClosed->closingEntry : 0;
}

// Whether record `entity` `id` ("setback", "lesson") was recorded after `lastClosed` closed. A
// record with no "added" entry (only a portfolio assembled outside innotrack lacks one) is not new,
// as in the backends' SQL (sql/review_sql.hpp recordedSinceSql).
bool recordedSince(const PortfolioStore& store, std::string_view entity, Id id,
                   const std::optional<BoardReview>& lastClosed);

}  // namespace innotrack
