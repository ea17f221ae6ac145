// report trend: the tally quarter by quarter (DOMAIN.md "Trends"), registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> reportTrend();

}  // namespace innotrack::cli::commands
