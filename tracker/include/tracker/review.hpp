// The weekly review a cabinet member or the leader chairs, and what it records per innovation.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace innotrack {

struct Review {
    Id id = 0;
    Date heldOn;
    Id chairId = 0;
    std::optional<Date> closedOn;  // a closed review is never edited

    bool isOpen() const { return !closedOn.has_value(); }

    bool operator==(const Review&) const = default;
};

// A review abandoned (started by mistake, Portfolio::abandonReview) is kept closed with nothing
// recorded in it: closeReview never closes an empty review, so nothing else looks like that. It is
// not a review that was held: "since the last review", the board and the checklist pass over it.
inline bool wasAbandoned(const Review& review, std::size_t entriesRecorded) {
    return review.closedOn.has_value() && entriesRecorded == 0;
}

struct ReviewEntry {
    Id reviewId = 0;
    Id innovationId = 0;
    Confidence confidence = Confidence::Amber;
    std::string comment;
    std::string decision;

    bool operator==(const ReviewEntry&) const = default;
};

}  // namespace innotrack
