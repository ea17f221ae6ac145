// report tally: the risk-versus-success tally (DOMAIN.md), registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> reportTally();

}  // namespace innotrack::cli::commands
