// Helpers for confirmation lines.
#include "output.hpp"

#include "tracker/text.hpp"

namespace innotrack::cli {

std::string quoted(const std::string& text) {
    std::string line = ellipsize(text, 60);
    for (char& c : line)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return "'" + line + "'";
}

std::string counted(long long count, const std::string& singular, const std::string& plural) {
    const std::string& word = count == 1 ? singular : (plural.empty() ? singular + "s" : plural);
    return std::to_string(count) + " " + word;
}

}  // namespace innotrack::cli
