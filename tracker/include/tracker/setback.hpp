// Setbacks (what went wrong, and what kind of failure it was) and the lessons learned.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innotrack {

// The five conditions of an intelligent failure (DOMAIN.md, after Edmondson). A setback may
// only be classed intelligent when all five hold.
struct IntelligentFailureTest {
    bool newTerritory = false;         // it happened in new territory
    bool credibleOpportunity = false;  // pursuing a credible opportunity
    bool informedByKnowledge = false;  // informed by what was already known
    bool smallAsPossible = false;      // the failure was as small as it could be
    bool learnedFrom = false;          // and it has been learned from

    bool allHold() const {
        return newTerritory && credibleOpportunity && informedByKnowledge && smallAsPossible &&
               learnedFrom;
    }

    bool operator==(const IntelligentFailureTest&) const = default;
};

struct Setback {
    Id id = 0;
    Id innovationId = 0;
    Date occurredOn;
    std::string whatHappened;
    FailureKind kind = FailureKind::Basic;
    OptionalId riskId;  // the risk that occurred, if it had been foreseen
    std::string response;
    IntelligentFailureTest test;  // the answers given when it was classed
    Id loggedById = 0;

    bool operator==(const Setback&) const = default;
};

struct Lesson {
    Id id = 0;
    Id innovationId = 0;
    OptionalId setbackId;
    LessonSource source = LessonSource::Other;
    std::string whatHappened;
    std::string effect;
    std::string cause;  // cause or trigger
    std::string earlyWarnings;
    std::string recommendation;
    bool identifiedAsRisk = false;
    std::vector<std::string> tags;  // lower case, for searching across the portfolio
    Id recordedById = 0;
    Date recordedOn;

    bool operator==(const Lesson&) const = default;
};

}  // namespace innotrack
