// decision add | list | show | update | notice | exception | urgency | record | threshold | nation:
// decisions on innovations and the Forward Plan's rules; report forward-plan and report decision.
// Registered in registry.cpp.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

std::unique_ptr<Command> decisionAdd();
std::unique_ptr<Command> decisionList();
std::unique_ptr<Command> decisionShow();
std::unique_ptr<Command> decisionUpdate();
std::unique_ptr<Command> decisionNotice();
std::unique_ptr<Command> decisionException();
std::unique_ptr<Command> decisionUrgency();
std::unique_ptr<Command> decisionRecord();
std::unique_ptr<Command> decisionThreshold();
std::unique_ptr<Command> decisionNation();
// report_decisions.cpp
std::unique_ptr<Command> reportForwardPlan();
std::unique_ptr<Command> reportDecision();

}  // namespace innotrack::cli::commands
