// Running a program with arguments passed as a list (never through a shell), capturing its
// output and exit status.
#pragma once

#include "files.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace innotrack::testing {

// The name the end-to-end tests use for a temporary folder.
using TempDir = TemporaryFolder;

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Environment changes for the child: a value sets the variable, nullopt removes it.
using EnvironmentChanges = std::map<std::string, std::optional<std::string>>;

// Runs `program` with `arguments` via posix_spawn; stdout and stderr go to files in `scratch`.
RunResult runProgram(const std::string& program, const std::vector<std::string>& arguments,
                     const EnvironmentChanges& environment, const std::filesystem::path& scratch);


}  // namespace innotrack::testing
