// A priority innovation and the history of its stage.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/limits.hpp"
#include "tracker/scales.hpp"
#include "tracker/wellbeing.hpp"

#include <optional>
#include <string>

namespace innotrack {

struct Innovation {
    Id id = 0;
    std::string title;
    std::string summary;
    OptionalId ambitionId;
    Stage stage = Stage::Idea;
    int priority = 3;  // 1 (highest) to 5 (lowest)
    Confidence confidence = Confidence::Amber;
    OptionalId cabinetLeadId;  // a cabinet member or the leader
    OptionalId leadOfficerId;  // a project officer
    std::optional<Date> startDate;
    std::optional<Date> targetDate;
    Pence budgetPence = 0;  // earmarked money
    int staffDays = 0;      // earmarked time
    std::string inspiredBy;        // where the idea came from: another council, a case study
    std::string expectedBenefits;
    std::string stopReason;        // set when stage is Stopped
    // The residents' version (DOMAIN.md "public summary"): whether the innovation is shown in it,
    // and how it is described there, for residents and apart from the internal summary.
    bool isPublic = false;
    std::string publicDescription;
    // Wales only (DOMAIN.md "Well-being goals (Wales)"): the goals it serves, the ways of working it shows.
    WellbeingGoals goals;
    WaysOfWorking ways;

    bool operator==(const Innovation&) const = default;
};

// Stopped is final (DOMAIN.md "Scales"): a stopped innovation cannot move to another stage. The
// refusal in words, naming the innovation and why it was stopped; nullopt when it may move.
std::optional<std::string> stageChangeRefusal(const Innovation& innovation);

// One move between stages; the tally counts forward moves in a period.
struct StageChange {
    Id id = 0;
    Id innovationId = 0;
    Stage from = Stage::Idea;
    Stage to = Stage::Idea;
    Date changedOn;
    std::string reason;
    Id actorId = 0;

    bool operator==(const StageChange&) const = default;
};

}  // namespace innotrack
