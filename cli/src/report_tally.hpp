// report tally: the risk-versus-success tally (DOMAIN.md), registered in registry.cpp; and the
// scope options it shares with report trend.
#pragma once

#include "cli/command.hpp"
#include "cli/context.hpp"
#include "tracker/errors.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/wellbeing.hpp"

#include <memory>
#include <optional>
#include <string>

namespace innotrack::cli::commands {

std::unique_ptr<Command> reportTally();

// --ambition ID, --cabinet PERSON and --innovation ID: which innovations a tally or trend covers.
void declareTallyScope(Options& options);
// Checked here as well as in the report so a message names the option the person typed.
TallyScope tallyScope(Context& context);

// --goal GOAL (Wales): only the innovations serving this well-being goal, on report board and report
// tally. The goal read from it, refused in an English portfolio and for a key not of the Act, each
// in one line; none when the option is not given.
void declareGoalScope(Options& options);
std::optional<WellbeingGoal> goalScope(Context& context);

// Builds a report over a tally scope: the report names the scope's field ("cabinet: …"), the
// person typed the option, so a refusal of the cabinet lead names --cabinet.
template <typename Build>
auto namingCabinetOption(Build build) -> decltype(build()) {
    try {
        return build();
    } catch (const ValidationError& invalid) {
        if (invalid.field() != "cabinet") throw;
        throw ValidationError("--cabinet", invalid.value(), std::string("--") + invalid.what());
    }
}

}  // namespace innotrack::cli::commands
