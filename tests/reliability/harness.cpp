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
    char block[4096];
    while (in.read(block, sizeof block) || in.gcount() > 0) {
        const auto got = static_cast<std::size_t>(in.gcount());
        for (std::size_t i = 0; i < got; ++i) {
            hash ^= static_cast<unsigned char>(block[i]);
            hash *= 1099511628211ULL;
        }
        size += got;
    }
    return std::to_string(size) + " bytes, fnv1a " + std::to_string(hash);
}

}  // namespace innotrack::testing
