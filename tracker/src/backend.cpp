// Telling a file path from a server's address in a location string; see backend.hpp.
#include "tracker/backend.hpp"

#include "tracker/errors.hpp"
#include "tracker/text.hpp"

#include <algorithm>
#include <cctype>

namespace innotrack {

namespace {

// The scheme of "scheme://…" (letters, digits, + - . after a first letter, as RFC 3986 has it),
// or "" when the location does not start like a URI.
std::string schemeOf(const std::string& location) {
    const auto colon = location.find("://");
    if (colon == std::string::npos || colon == 0) return "";
    const std::string scheme = location.substr(0, colon);
    if (!std::isalpha(static_cast<unsigned char>(scheme.front()))) return "";
    const bool schemeLike = std::all_of(scheme.begin(), scheme.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
    if (!schemeLike) return "";
    std::string lower = scheme;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return lower;
}

}  // namespace

LocationKind locationKind(const std::string& location) {
    const std::string scheme = schemeOf(location);
    if (scheme.empty()) return LocationKind::File;
    if (scheme == "postgresql" || scheme == "postgres") return LocationKind::Server;
    throw StorageError("'" + ellipsize(location, 80) +
                       "' is not a portfolio innotrack can open: give a portfolio file's path, or a shared "
                       "portfolio's address starting postgresql://");
}

}  // namespace innotrack
