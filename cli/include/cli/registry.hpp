// The one list of every command, and the help text generated from it.
#pragma once

#include "cli/command.hpp"

#include <memory>
#include <string>
#include <vector>

namespace innotrack::cli {

using CommandList = std::vector<std::unique_ptr<Command>>;

// Every command, in the order help lists them.
const CommandList& allCommands();

// The command with exactly these words, or nullptr.
const Command* findCommand(const std::vector<std::string>& words);

// Entity groups ("person", "milestone", …) in the order of the list.
std::vector<std::string> groups();
bool isGroup(const std::string& word);
// "add, list, show, update, done or move": a group's commands in words.
std::string commandsOf(const std::string& group);

// --db, --as, --format, --help and --version: accepted before or after a command's words.
const boost::program_options::options_description& globalOptions();

std::string programHelp();
std::string groupHelp(const std::string& group);
std::string commandHelp(const Command& command);

// "innotrack 0.1.0".
std::string versionLine();

// A bash completion script for every command and option in the list: what the hidden
// `innotrack --completion bash` prints and the Debian package installs (completion.cpp).
std::string bashCompletion();

}  // namespace innotrack::cli
