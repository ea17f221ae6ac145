// Reliability test helpers: sizes a benchmark can raise through the environment, and direct
// reads of a portfolio file (programs started without waiting are in tests/support/process.hpp).
#pragma once

#include "process.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace innotrack::testing {

// A number from the environment (for the benchmark scripts), else `fallback`.
int sizeFromEnvironment(const char* name, int fallback);

// FNV-1a over the file's bytes and its size: the file is unchanged when both are.
std::string fingerprint(const std::filesystem::path& file);

}  // namespace innotrack::testing
