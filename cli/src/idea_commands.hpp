// idea submit | update | list | show | score | promote | decline | park | gate: the ideas funnel, registered
// in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> ideaSubmit();
std::unique_ptr<Command> ideaUpdate();
std::unique_ptr<Command> ideaList();
std::unique_ptr<Command> ideaShow();
std::unique_ptr<Command> ideaScore();
std::unique_ptr<Command> ideaPromote();
std::unique_ptr<Command> ideaDecline();
std::unique_ptr<Command> ideaPark();
std::unique_ptr<Command> ideaGate();
std::unique_ptr<Command> reportIdeas();

}  // namespace innotrack::cli::commands
