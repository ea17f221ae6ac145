// Markdown escaping and pipe tables, shared by the reports' Markdown renderers.
#include "reports/markdown.hpp"

namespace innotrack::reports::markdown {

std::string escape(std::string_view text) {
    // Characters that change markup anywhere in a line (CommonMark allows escaping any ASCII
    // punctuation; escaping only these keeps the file readable as plain text).
    constexpr std::string_view kSpecial = "\\`*_[]<>#|~&";
    // A list marker only counts at the start: "- x", "+ x", "12. x", "3) x".
    const auto endsMarker = [&](std::size_t at) { return at + 1 >= text.size() || text[at + 1] == ' '; };
    std::size_t marker = std::string_view::npos;
    if (!text.empty() && (text[0] == '-' || text[0] == '+') && endsMarker(0)) marker = 0;
    const std::size_t digits = text.find_first_not_of("0123456789");
    if (digits != std::string_view::npos && digits > 0 && (text[digits] == '.' || text[digits] == ')') &&
        endsMarker(digits))
        marker = digits;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
            continue;
        }
        if (i == marker || kSpecial.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string table(const Table& table) {
    std::string header = "|";
    std::string rule = "|";
    for (const Column& column : table.columns()) {
        if (!column.inText) continue;
        header += " " + escape(column.label) + " |";
        rule += column.align == Align::Right ? " ---: |" : " --- |";
    }
    std::string out = header + "\n" + rule + "\n";
    for (const auto& cells : table.rows()) {
        std::string line = "|";
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (table.columns()[c].inText) line += " " + escape(cells[c].display()) + " |";
        out += line + "\n";
    }
    return out;
}

}  // namespace innotrack::reports::markdown
