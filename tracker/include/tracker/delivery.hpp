// Milestones (with their baseline and moves) and benefits: what going right looks like.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"

#include <optional>
#include <string>

namespace innotrack {

struct Milestone {
    Id id = 0;
    Id innovationId = 0;
    std::string title;
    Date baselineDue;  // set when created, never changes
    Date due;          // current due date
    std::optional<Date> completedOn;

    bool isDone() const { return completedOn.has_value(); }
    // Completed on or before the baseline due date.
    bool onTime() const { return completedOn && *completedOn <= baselineDue; }
    bool isOverdue(Date today) const { return !completedOn && due < today; }

    bool operator==(const Milestone&) const = default;
};

// A change of a milestone's due date, with the reason given.
struct MilestoneMove {
    Id id = 0;
    Id milestoneId = 0;
    Date from;
    Date to;
    std::string reason;
    Date movedOn;
    Id actorId = 0;

    bool operator==(const MilestoneMove&) const = default;
};

struct Benefit {
    Id id = 0;
    Id innovationId = 0;
    std::string measure;  // e.g. "Delayed hospital discharges per month"
    std::string unit;     // e.g. "people", "£", "%"
    double baseline = 0;
    double target = 0;
    std::optional<double> actual;
    std::optional<Date> realisedOn;

    bool isRealised() const { return realisedOn.has_value(); }

    bool operator==(const Benefit&) const = default;
};

}  // namespace innotrack
