// Boost.Program_options errors reworded for people: which option, which value, what to do.
#pragma once

#include "cli/command.hpp"

#include "tracker/errors.hpp"

#include <boost/program_options/errors.hpp>

#include <string>
#include <vector>

namespace innotrack::cli {

// `command` is null when the error came before a command was found.
std::string reworded(const boost::program_options::error& error, const Command* command,
                     const std::vector<std::string>& arguments);

// What is wrong with `typed` where a record's id belongs ("'-1' is not a record number: ...").
std::string notARecordNumber(const std::string& typed);

// The domain's message with its field named as the command's option ("likelihood: 6 is out of
// range" becomes "--likelihood: 6 is out of range"); unchanged when no option of `command` is that field.
std::string namedAsTyped(const ValidationError& error, const Command* command);

}  // namespace innotrack::cli
