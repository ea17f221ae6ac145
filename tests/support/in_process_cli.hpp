// The innotrack command line run inside the test process, exactly as the program's main() runs it
// (the backends library opens the portfolio), with "today" fixed and nothing else from the
// environment: for tests that check a command's words and exit status without spawning a process.
#pragma once

#include <string>
#include <vector>

namespace innotrack::testing {

struct CliRun {
    int status = 0;
    std::string out;
    std::string err;
};

// `today` is YYYY-MM-DD (INNOTRACK_TODAY); every other variable is unset.
CliRun runCliInProcess(const std::vector<std::string>& arguments, const std::string& today);
// The same, as `innotrack --db LOCATION ARGUMENTS...`.
CliRun runInnotrack(const std::string& location, const std::vector<std::string>& arguments, const std::string& today);

}  // namespace innotrack::testing
