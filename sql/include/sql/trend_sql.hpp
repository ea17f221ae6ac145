// The trend's confidence review by review, in SQL both backends share: what each weekly review
// held on or before :up_to recorded for the innovations the caller names. `innovationsGiven` is
// the backend's own way of reading an array of ids bound as :ids.
#pragma once

#include <string>

namespace innotrack::sql {

// Columns: innovation_id, review_id, held_on, confidence; by innovation, then the day the review
// was held, then review id. An abandoned review recorded nothing, so it never appears.
inline std::string confidenceByReviewSql(const std::string& innovationsGiven) {
    return "SELECT e.innovation_id, e.review_id, r.held_on, e.confidence FROM review_entries e "
           "JOIN reviews r ON r.id = e.review_id WHERE r.held_on <= :up_to AND e.innovation_id " +
           innovationsGiven + " ORDER BY e.innovation_id, r.held_on, e.review_id";
}

}  // namespace innotrack::sql
