// checklist answer | checklist list | report checklist: the innovation checklist, registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> checklistAnswer();
std::unique_ptr<Command> checklistList();
std::unique_ptr<Command> reportChecklist();

}  // namespace innotrack::cli::commands
