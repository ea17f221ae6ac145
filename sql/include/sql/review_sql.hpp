// Which closed reviews were held, in SQL both backends share: a closed review `r` with something
// recorded. An abandoned review is closed with nothing recorded (tracker/review.hpp wasAbandoned),
// and "since the last review", the board and the checklist pass over it.
#pragma once

#include <string>

namespace innotrack::sql {

inline constexpr const char* kClosedReviewWasHeld =
    "r.closed_on IS NOT NULL AND EXISTS (SELECT 1 FROM review_entries e WHERE e.review_id = r.id)";

// The weekly review whose closing day "since the last review" counts from: the latest closing day
// on or before :on of a review that was held; when several closed that day, the one held latest,
// then the highest id. Columns: id, held_on, closed_on, chair_id, chair.
inline const std::string& lastClosedReviewSql() {
    static const std::string sql =
        "SELECT r.id, r.held_on, r.closed_on, r.chair_id, COALESCE(p.name, '') AS chair FROM reviews r "
        "LEFT JOIN people p ON p.id = r.chair_id WHERE r.closed_on <= :on AND " +
        std::string(kClosedReviewWasHeld) + " ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1";
    return sql;
}

}  // namespace innotrack::sql
