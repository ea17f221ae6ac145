// report public: the residents' public summary, registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> reportPublic();

}  // namespace innotrack::cli::commands
