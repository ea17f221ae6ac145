// The program's entry point as a function: arguments in, output and an exit status out.
#pragma once

#include "cli/context.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace innotrack::cli {

// Exit statuses (docs/COMMANDS.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitRefused = 1;  // invalid input, not found, conflict, not permitted
inline constexpr int kExitUsage = 2;    // unknown command or option, missing option, bad number
inline constexpr int kExitStorage = 3;  // the file could not be read or written; internal errors

// Runs one command line (without the program name). Errors are one line on `err`.
int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
        const Environment& environment, const PortfolioOpener& opener);

}  // namespace innotrack::cli
