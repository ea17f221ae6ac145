// report board: the weekly board report (a highlight report for the portfolio), registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> reportBoard();

}  // namespace innotrack::cli::commands
