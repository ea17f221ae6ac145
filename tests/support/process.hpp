// Running a program with arguments passed as a list (never through a shell), capturing its
// output and exit status: waited for, or started to race or be killed.
#pragma once

#include "files.hpp"

#include <sys/types.h>

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

// A program started with posix_spawn that the caller waits for, or kills, itself.
struct Started {
    pid_t pid = -1;
    std::filesystem::path out;
    std::filesystem::path err;
};

Started startProgram(const std::string& program, const std::vector<std::string>& arguments,
                     const EnvironmentChanges& environment, const std::filesystem::path& scratch);

// How a started program ended: its exit status, or the signal that ended it.
struct Ended {
    bool exited = false;
    int exitCode = -1;
    int signal = 0;
};

// Waits for the program to end.
Ended waitFor(pid_t pid);

// Runs `program` with `arguments` via posix_spawn and waits for it; stdout and stderr go to files in `scratch`.
RunResult runProgram(const std::string& program, const std::vector<std::string>& arguments,
                     const EnvironmentChanges& environment, const std::filesystem::path& scratch);


}  // namespace innotrack::testing
