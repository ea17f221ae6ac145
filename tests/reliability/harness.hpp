// Reliability test helpers: writers started without waiting (so they can race or be killed),
// sizes a benchmark can raise through the environment, and direct reads of a portfolio file.
#pragma once

#include "process.hpp"

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace innotrack::testing {

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

// A number from the environment (for the benchmark scripts), else `fallback`.
int sizeFromEnvironment(const char* name, int fallback);

// FNV-1a over the file's bytes and its size: the file is unchanged when both are.
std::string fingerprint(const std::filesystem::path& file);

}  // namespace innotrack::testing
