// The program run in-process on a portfolio file, as the report tests need it: the file opened
// read-only for commands that read, and today fixed by INNOTRACK_TODAY.
#pragma once

#include <string>
#include <vector>

namespace innotrack::testing {

struct CliRun {
    int status = 0;
    std::string out;
    std::string err;
};

// Runs `innotrack --db DB ARGUMENTS...` with INNOTRACK_TODAY set to `today` (YYYY-MM-DD).
CliRun runInnotrack(const std::string& db, const std::vector<std::string>& arguments, const std::string& today);

}  // namespace innotrack::testing
