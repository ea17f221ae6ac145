// Tables and records as text for a terminal: aligned columns that fit the width, cut with "…".
#include "reports/table.hpp"
#include "reports/table_stream.hpp"

#include "tracker/text.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>

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

// `freeText[r][c]`: whether held row r's cell in column c is free text, which may be cut.
Layout layOut(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& cells,
              const std::vector<std::vector<bool>>& freeText, std::size_t width) {
    Layout layout;
    std::vector<bool> shrinkable;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (!columns[c].inText) continue;
        std::size_t natural = length(columns[c].label);
        bool holdsText = false;
        for (std::size_t r = 0; r < cells.size(); ++r) {
            natural = std::max(natural, length(cells[r][c]));
            holdsText = holdsText || freeText[r][c];
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

// `mayCut(c)`: whether column c's value may be cut to its width with "…"; one that may not and is
// longer is written whole.
template <typename MayCut>
void writeLine(std::ostream& out, const std::vector<Column>& columns, const Layout& layout,
               const std::vector<std::string>& values, MayCut mayCut) {
    std::string line;
    for (std::size_t i = 0; i < layout.visible.size(); ++i) {
        const bool last = i + 1 == layout.visible.size();
        const std::size_t c = layout.visible[i];
        const std::string& value = values[c];
        line += pad(mayCut(c) ? ellipsize(value, layout.widths[i]) : value, layout.widths[i], columns[c].align, last);
        if (!last) line += std::string(kGap, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line += '\n';
    out << line;
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

// Holds the first `window` rows, lays the columns out from them, then writes every row in that
// layout (see TableStream).
class TextWriter final : public TableStream::Writer {
public:
    TextWriter(std::ostream& out, const std::vector<Column>& columns, std::size_t width, std::size_t window)
        : out_(out), columns_(columns), width_(width), window_(window) {}

    void add(std::vector<Cell> cells) override {
        if (laidOut_) {
            writeRow(cells, true);
            return;
        }
        held_.push_back(std::move(cells));
        if (held_.size() >= window_) layOutHeld();
    }
    void finish() override {
        if (!laidOut_) layOutHeld();
    }

private:
    void layOutHeld() {
        laidOut_ = true;
        std::vector<std::vector<std::string>> shown;
        std::vector<std::vector<bool>> freeText;
        shown.reserve(held_.size());
        freeText.reserve(held_.size());
        for (const auto& row : held_) {
            std::vector<std::string> line;
            std::vector<bool> free;
            line.reserve(row.size());
            for (const Cell& cell : row) {
                line.push_back(oneLine(cell.display()));
                free.push_back(cell.isFreeText());
            }
            shown.push_back(std::move(line));
            freeText.push_back(std::move(free));
        }
        layout_ = layOut(columns_, shown, freeText, width_);
        if (layout_.visible.empty()) {
            silent_ = true;
            return;
        }
        std::vector<std::string> labels;
        std::vector<std::string> rules;
        for (const Column& column : columns_) labels.push_back(column.label);
        for (std::size_t c = 0, i = 0; c < columns_.size(); ++c)
            rules.push_back(columns_[c].inText ? std::string(layout_.widths[i++], '-') : "");
        const auto cutAny = [](std::size_t) { return true; };
        writeLine(out_, columns_, layout_, labels, cutAny);
        writeLine(out_, columns_, layout_, rules, cutAny);
        for (std::size_t r = 0; r < held_.size(); ++r) writeRow(held_[r], false, &shown[r]);
        held_.clear();
        held_.shrink_to_fit();
    }

    // A row after the window (`late`) may hold values longer than the widths the window gave.
    void writeRow(const std::vector<Cell>& cells, bool late, const std::vector<std::string>* shown = nullptr) {
        if (silent_) return;
        std::vector<std::string> row;
        if (!shown) {
            row.reserve(cells.size());
            for (const Cell& cell : cells) row.push_back(oneLine(cell.display()));
            shown = &row;
        }
        const auto mayCut = [&](std::size_t c) { return !late || cells[c].isFreeText(); };
        // A wrapping column continues on further lines, with the other columns left blank there.
        std::vector<std::vector<std::string>> wrapped(cells.size());
        std::size_t lines = 1;
        for (std::size_t i = 0; i < layout_.visible.size(); ++i) {
            const std::size_t c = layout_.visible[i];
            if (!columns_[c].wraps) continue;
            wrapped[c] = wrap(cells[c].display(), layout_.widths[i]);
            lines = std::max(lines, wrapped[c].size());
        }
        for (std::size_t k = 0; k < lines; ++k) {
            std::vector<std::string> values = k == 0 ? *shown : std::vector<std::string>(cells.size());
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (!wrapped[c].empty()) values[c] = k < wrapped[c].size() ? wrapped[c][k] : "";
            writeLine(out_, columns_, layout_, values, mayCut);
        }
    }

    std::ostream& out_;
    const std::vector<Column>& columns_;
    std::size_t width_;
    std::size_t window_;
    std::vector<std::vector<Cell>> held_;
    Layout layout_;
    bool laidOut_ = false;
    bool silent_ = false;  // no column is shown in text: nothing is written
};

}  // namespace

std::unique_ptr<TableStream::Writer> textWriter(std::ostream& out, const std::vector<Column>& columns,
                                                std::size_t width, std::size_t window) {
    return std::make_unique<TextWriter>(out, columns, width, window);
}

std::string renderText(const Table& table, std::size_t width) {
    std::ostringstream out;
    // Every row is held, so the widths come from them all.
    TableStream stream(out, table.columns(), Format::Text, width, table.rows().size() + 1);
    for (const auto& cells : table.rows()) stream.add(cells);
    stream.finish();
    return out.str();
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
