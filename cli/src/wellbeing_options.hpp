// --goals and --ways on ambition and innovation add and update: the well-being goals and ways of
// working (tracker/wellbeing.hpp) as comma-separated keys, replacing the record's set; "none"
// empties it. The service refuses them in an English portfolio.
#pragma once

#include "cli/context.hpp"
#include "cli/command.hpp"

#include "tracker/wellbeing.hpp"

namespace innotrack::cli::commands {

inline void declareWellbeingTags(Options& options) {
    static const std::string goals =
        "Wales: the well-being goals it serves, comma-separated: " + acceptedKeys<WellbeingGoal>() + " (or none)";
    static const std::string ways =
        "Wales: the ways of working it shows, comma-separated: " + acceptedKeys<WayOfWorking>() + " (or none)";
    options.text("goals", "KEYS", goals.c_str()).text("ways", "KEYS", ways.c_str());
}

template <typename R>
void applyWellbeingTags(const Context& context, R& record) {
    if (auto goals = context.text("goals")) record.goals = WellbeingGoals::parse("goals", *goals == "none" ? "" : *goals);
    if (auto ways = context.text("ways")) record.ways = WaysOfWorking::parse("ways", *ways == "none" ? "" : *ways);
}

}  // namespace innotrack::cli::commands
