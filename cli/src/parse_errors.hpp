// Boost.Program_options errors reworded for people: which option, which value, what to do.
#pragma once

#include "cli/command.hpp"

#include <boost/program_options/errors.hpp>

#include <string>
#include <vector>

namespace innotrack::cli {

// `command` is null when the error came before a command was found.
std::string reworded(const boost::program_options::error& error, const Command* command,
                     const std::vector<std::string>& arguments);

}  // namespace innotrack::cli
