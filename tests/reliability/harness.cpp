// Sizes from the environment and fingerprints of files, for the reliability tests.
#include "harness.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace innotrack::testing {

int sizeFromEnvironment(const char* name, int fallback) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return fallback;
    return std::atoi(value);
}

std::string fingerprint(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return "(unreadable)";
    std::uint64_t hash = 14695981039346656037ULL;
    std::uint64_t size = 0;
    for (std::istreambuf_iterator<char> it(in), end; it != end; ++it) {
        hash ^= static_cast<unsigned char>(*it);
        hash *= 1099511628211ULL;
        ++size;
    }
    return std::to_string(size) + " bytes, fnv1a " + std::to_string(hash);
}

}  // namespace innotrack::testing
