// Which closed reviews were held, in SQL both backends share: a closed review `r` with something
// recorded. An abandoned review is closed with nothing recorded (tracker/review.hpp wasAbandoned),
// and "since the last review", the board and the checklist pass over it.
#pragma once

#include "tracker/audit.hpp"

#include <string>

namespace innotrack::sql {

inline constexpr const char* kClosedReviewWasHeld =
    "r.closed_on IS NOT NULL AND EXISTS (SELECT 1 FROM review_entries e WHERE e.review_id = r.id)";

// The weekly review "since the last review" counts from: the latest closing day on or before :on
// of a review that was held; when several closed that day, the one held latest, then the highest
// id. Columns: id, held_on, closed_on, chair_id, chair, and closing_entry, the audit entry that
// closed it (tracker/new_since.hpp).
inline const std::string& lastClosedReviewSql() {
    static const std::string sql =
        "SELECT r.id, r.held_on, r.closed_on, r.chair_id, COALESCE(p.name, '') AS chair, "
        "COALESCE((SELECT MAX(a.id) FROM audit a WHERE a.entity = 'review' AND a.entity_id = r.id AND a.action = '" +
        std::string(kClosedAction) + "'), 0) AS closing_entry FROM reviews r "
        "LEFT JOIN people p ON p.id = r.chair_id WHERE r.closed_on <= :on AND " +
        std::string(kClosedReviewWasHeld) + " ORDER BY r.closed_on DESC, r.held_on DESC, r.id DESC LIMIT 1";
    return sql;
}

// The records `alias` of kind `entity` ("setback", "lesson") new since the last review
// (tracker/new_since.hpp): added after the audit entry :since_entry (newAfterEntry) and dated
// (`dateColumn`) on or before :on. The entries after a review's closing are the last week's, one
// short range of the audit trail's key.
// The ids (column `id`) of the records of kind `entity` added after the audit entry :since_entry,
// as a subquery. A list of them all reads from it (the last week's entries) rather than testing
// every record.
inline std::string addedSinceSql(const char* entity) {
    return std::string("(SELECT DISTINCT a.entity_id AS id FROM audit a WHERE a.id > :since_entry AND a.entity = '") +
           entity + "' AND a.action = '" + kAddedAction + "')";
}

inline std::string recordedSinceSql(const char* entity, const char* alias, const char* dateColumn) {
    return std::string(alias) + ".id IN " + addedSinceSql(entity) + " AND " + alias + "." + dateColumn + " <= :on";
}

}  // namespace innotrack::sql
