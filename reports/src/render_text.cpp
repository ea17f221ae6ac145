// Tables and records as text for a terminal: aligned columns that fit the width, cut with "…".
#include "reports/table.hpp"

#include "tracker/text.hpp"

#include <algorithm>
#include <numeric>

namespace innotrack::reports {
namespace {

constexpr std::size_t kGap = 2;           // spaces between columns
constexpr std::size_t kNarrowestCut = 6;  // a shrunk text column keeps at least this many characters

// Characters as a person counts them; bytes only if the text is not valid UTF-8.
std::size_t length(std::string_view text) {
    const std::size_t characters = utf8Length(text);
    return characters == std::string_view::npos ? text.size() : characters;
}

// A table row is one line: line breaks and tabs inside a value become spaces.
std::string oneLine(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return text;
}

std::string pad(const std::string& text, std::size_t width, Align align, bool last) {
    const std::size_t used = length(text);
    if (used >= width) return text;
    const std::string spaces(width - used, ' ');
    if (align == Align::Right) return spaces + text;
    return last ? text : text + spaces;
}

struct Layout {
    std::vector<std::size_t> visible;  // indexes of the columns shown
    std::vector<std::size_t> widths;   // one per visible column
};

Layout layOut(const Table& table, const std::vector<std::vector<std::string>>& cells, std::size_t width) {
    Layout layout;
    std::vector<bool> shrinkable;
    for (std::size_t c = 0; c < table.columns().size(); ++c) {
        if (!table.columns()[c].inText) continue;
        std::size_t natural = length(table.columns()[c].label);
        bool holdsText = false;
        for (std::size_t r = 0; r < cells.size(); ++r) {
            natural = std::max(natural, length(cells[r][c]));
            holdsText = holdsText || table.rows()[r][c].isFreeText();
        }
        layout.visible.push_back(c);
        layout.widths.push_back(natural);
        shrinkable.push_back(holdsText);
    }
    if (layout.widths.empty()) return layout;
    std::size_t total = std::accumulate(layout.widths.begin(), layout.widths.end(), std::size_t{0}) +
                        kGap * (layout.widths.size() - 1);
    // Numbers, dates and labels are never cut; free-text columns give way one character at a time, widest
    // first, so a long title shrinks before a short name does.
    while (total > width) {
        std::size_t widest = layout.widths.size();
        for (std::size_t i = 0; i < layout.widths.size(); ++i) {
            if (!shrinkable[i] || layout.widths[i] <= kNarrowestCut) continue;
            if (widest == layout.widths.size() || layout.widths[i] > layout.widths[widest]) widest = i;
        }
        if (widest == layout.widths.size()) break;  // nothing left to shrink: the line overflows
        --layout.widths[widest];
        --total;
    }
    return layout;
}

void writeLine(std::string& out, const Table& table, const Layout& layout,
               const std::vector<std::string>& values) {
    std::string line;
    for (std::size_t i = 0; i < layout.visible.size(); ++i) {
        const bool last = i + 1 == layout.visible.size();
        const Column& column = table.columns()[layout.visible[i]];
        line += pad(ellipsize(values[layout.visible[i]], layout.widths[i]), layout.widths[i], column.align, last);
        if (!last) line += std::string(kGap, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
}

// Splits a long value into lines of at most `width` characters, breaking at spaces where it can.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        std::string paragraph = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        while (length(paragraph) > width) {
            const std::string head = ellipsize(paragraph, width + 1);  // width characters and "…"
            std::size_t cut = head.size() - 3;                         // drop the "…"
            const std::size_t space = paragraph.rfind(' ', cut);
            if (space != std::string::npos && space > 0) cut = space;
            lines.push_back(paragraph.substr(0, cut));
            paragraph = paragraph.substr(paragraph[cut] == ' ' ? cut + 1 : cut);
        }
        lines.push_back(paragraph);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace

std::string renderText(const Table& table, std::size_t width) {
    std::vector<std::vector<std::string>> cells;
    cells.reserve(table.rows().size());
    for (const auto& row : table.rows()) {
        std::vector<std::string> line;
        line.reserve(row.size());
        for (const Cell& cell : row) line.push_back(oneLine(cell.display()));
        cells.push_back(std::move(line));
    }
    const Layout layout = layOut(table, cells, width);
    if (layout.visible.empty()) return "";

    std::vector<std::string> labels;
    std::vector<std::string> rules;
    for (const Column& column : table.columns()) labels.push_back(column.label);
    for (std::size_t c = 0, i = 0; c < table.columns().size(); ++c)
        rules.push_back(table.columns()[c].inText ? std::string(layout.widths[i++], '-') : "");

    std::string out;
    writeLine(out, table, layout, labels);
    writeLine(out, table, layout, rules);
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const auto& row = cells[r];
        // A wrapping column continues on further lines, with the other columns left blank there.
        std::vector<std::vector<std::string>> wrapped(row.size());
        std::size_t lines = 1;
        for (std::size_t i = 0; i < layout.visible.size(); ++i) {
            const std::size_t c = layout.visible[i];
            if (!table.columns()[c].wraps) continue;
            wrapped[c] = wrap(table.rows()[r][c].display(), layout.widths[i]);
            lines = std::max(lines, wrapped[c].size());
        }
        for (std::size_t k = 0; k < lines; ++k) {
            std::vector<std::string> values = k == 0 ? row : std::vector<std::string>(row.size());
            for (std::size_t c = 0; c < row.size(); ++c)
                if (!wrapped[c].empty()) values[c] = k < wrapped[c].size() ? wrapped[c][k] : "";
            writeLine(out, table, layout, values);
        }
    }
    return out;
}

std::string renderText(const Record& record, std::size_t width) {
    std::size_t labelWidth = 0;
    for (const Field& field : record.fields())
        if (field.inText) labelWidth = std::max(labelWidth, length(field.label) + 1);  // with ':'
    const std::size_t indent = labelWidth + 1;
    // Narrow terminals get unwrapped values rather than a column of single words.
    const std::size_t valueWidth = width > indent + 20 ? width - indent : std::string::npos;

    std::string out;
    for (const Field& field : record.fields()) {
        if (!field.inText) continue;
        const auto lines = wrap(field.value.display(), valueWidth);
        std::string head = field.label + ":";
        head += std::string(indent - length(head), ' ');
        for (std::size_t i = 0; i < lines.size(); ++i) {
            std::string line = (i == 0 ? head : std::string(indent, ' ')) + lines[i];
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + '\n';
        }
    }
    for (const Section& section : record.sections()) {
        out += '\n' + section.label + " (" + std::to_string(section.table.rows().size()) + ")\n";
        if (!section.table.empty()) out += renderText(section.table, width);
    }
    return out;
}

}  // namespace innotrack::reports
