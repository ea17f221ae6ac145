// report wellbeing: the well-being goals report, registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> reportWellbeing();

}  // namespace innotrack::cli::commands
