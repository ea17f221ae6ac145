// Word wrapping for the text reports (text_wrap.hpp).
#include "text_wrap.hpp"

#include "reports/tally_report.hpp"
#include "tracker/text.hpp"

#include <sstream>

namespace innotrack::reports::detail {
namespace {

std::size_t width(std::string_view text) {
    const std::size_t length = utf8Length(text);
    return length == std::string_view::npos ? text.size() : length;
}

}  // namespace

void wrapped(std::ostream& out, const std::string& text, const std::string& first, const std::string& indent) {
    std::istringstream words(text);
    std::string word;
    std::string line = first;
    bool empty = true;
    while (words >> word) {
        if (!empty && width(line) + 1 + width(word) > kTallyTextWidth) {
            out << line << '\n';
            line = indent;
            empty = true;
        }
        line += (empty ? "" : " ") + word;
        empty = false;
    }
    if (!empty) out << line << '\n';
}

}  // namespace innotrack::reports::detail
