// The streamed list (reports/table_stream.hpp): the same output as the held table's renderers for a
// list within the text window, the stated rule for rows after it, and JSON valid at any length.
#include "reports/table_stream.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace innotrack;
using namespace innotrack::reports;

namespace {

std::vector<std::string> streamLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Milestone-like rows: an id, free text that must shrink to fit 80 characters, a date, a label, a
// hidden id and a wrapping note.
Table sampleTable(std::size_t rows) {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Title")
        .column("due", "Due")
        .column("status", "Status")
        .hiddenColumn("innovation_id")
        .wrappingColumn("note", "Note");
    for (std::size_t r = 0; r < rows; ++r)
        table.addRow({Cell::integer(static_cast<std::int64_t>(r + 1)),
                      Cell::text("Milestone " + std::to_string(r) + (r % 3 == 0 ? " with a much longer title to cut" : "")),
                      r % 4 == 0 ? Cell::null() : Cell::date(Date(2026, static_cast<unsigned short>(1 + r % 12),
                                                                  static_cast<unsigned short>(1 + r % 28))),
                      Cell::text("open", "Open"), Cell::integer(3),
                      Cell::text(r % 5 == 0 ? "a note long enough to be wrapped onto a second line of the table" : "short")});
    return table;
}

std::string streamed(const Table& table, Format format, std::size_t window = kTextWindow) {
    std::ostringstream out;
    TableStream stream(out, table.columns(), format, kDefaultWidth, window);
    for (const auto& row : table.rows()) stream.add(row);
    stream.finish();
    return out.str();
}

}  // namespace

TEST_CASE("a streamed list within the text window reads exactly as the held table in every format",
          "[reports][table_stream]") {
    for (const std::size_t rows : {std::size_t{0}, std::size_t{1}, std::size_t{7}, kTextWindow}) {
        const Table table = sampleTable(rows);
        INFO(rows << " rows");
        CHECK(streamed(table, Format::Text) == render(table, Format::Text));
        CHECK(streamed(table, Format::Csv) == render(table, Format::Csv));
        CHECK(streamed(table, Format::Json) == render(table, Format::Json));
    }
    // Widths come from the rows, not the header alone: the title column is cut to fit 80 characters.
    const auto lines = streamLines(streamed(sampleTable(7), Format::Text));
    REQUIRE(lines.size() > 2);
    CHECK(lines[0].find("Title") != std::string::npos);
    CHECK(lines[2].find("…") != std::string::npos);
}

TEST_CASE("a streamed text list writes nothing until its window fills or it finishes", "[reports][table_stream]") {
    Table table;
    table.column("id", "ID", Align::Right).column("title", "Title");
    for (int r = 1; r <= 5; ++r) table.addRow({Cell::integer(r), Cell::text("Row " + std::to_string(r))});
    std::ostringstream out;
    TableStream stream(out, table.columns(), Format::Text, kDefaultWidth, 3);
    stream.add(table.rows()[0]);
    stream.add(table.rows()[1]);
    CHECK(out.str().empty());
    stream.add(table.rows()[2]);  // the window is full: header, rule and the three rows
    CHECK(streamLines(out.str()) == std::vector<std::string>{"ID  Title", "--  -----", " 1  Row 1", " 2  Row 2", " 3  Row 3"});
    stream.add(table.rows()[3]);  // after the window, each row is written as it comes
    CHECK(streamLines(out.str()).back() == " 4  Row 4");
    stream.finish();
    CHECK(stream.rows() == 4);
    CHECK_THROWS_AS(stream.add(table.rows()[4]), std::logic_error);
}

TEST_CASE("rows after the text window keep its widths: long free text is cut, numbers are never cut",
          "[reports][table_stream]") {
    Table table;
    table.column("id", "ID", Align::Right).column("title", "Title").column("status", "Status");
    for (int r = 1; r <= 3; ++r) table.addRow({Cell::integer(r), Cell::text("Short"), Cell::text("open", "Open")});
    // After a window of 3: a longer title, a longer id and a longer label.
    table.addRow({Cell::integer(123456), Cell::text("A title far longer than the window's"),
                  Cell::text("done-late", "Done (late)")});
    const auto lines = streamLines(streamed(table, Format::Text, 3));
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "ID  Title  Status");
    CHECK(lines[2] == " 1  Short  Open");
    // The title keeps the window's 5 characters, cut with "…"; the id and the label are whole.
    CHECK(lines[5] == "123456  A ti…  Done (late)");
    // The same rows held whole are laid out from them all, as before.
    CHECK(streamLines(render(table, Format::Text))[5] == "123456  A title far longer than the window's  Done (late)");
}

TEST_CASE("a streamed list with more rows than the window is laid out from the window at the default size",
          "[reports][table_stream]") {
    const Table table = sampleTable(kTextWindow + 50);
    const std::string text = streamed(table, Format::Text);
    const auto held = streamLines(render(sampleTable(kTextWindow), Format::Text));
    const auto lines = streamLines(text);
    // The window's lines are those the held table of the window's rows gives, and the list goes on.
    REQUIRE(lines.size() > held.size());
    CHECK(std::vector<std::string>(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(held.size())) == held);
    CHECK(lines.back().find("250") != std::string::npos);
    // No line is wider than the header's rule: every late title was cut to the window's width.
    const std::size_t widest = held[1].size();
    for (const auto& line : lines) CHECK(line.size() <= widest + 2);  // "…" is 3 bytes, one character
}

TEST_CASE("a streamed JSON list is valid, and nlohmann's own layout, for no, one and many rows",
          "[reports][table_stream]") {
    for (const std::size_t rows : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{1000}}) {
        INFO(rows << " rows");
        const std::string out = streamed(sampleTable(rows), Format::Json);
        const auto parsed = nlohmann::ordered_json::parse(out);
        REQUIRE(parsed.is_array());
        CHECK(parsed.size() == rows);
        CHECK(parsed.dump(2) + "\n" == out);
        if (rows > 0) {
            CHECK(parsed.back()["id"] == rows);
            CHECK(parsed.front()["innovation_id"] == 3);
        }
    }
    CHECK(streamed(sampleTable(0), Format::Json) == "[]\n");
}

TEST_CASE("a streamed CSV list writes its header even with no rows", "[reports][table_stream]") {
    CHECK(streamed(sampleTable(0), Format::Csv) == "id,title,due,status,innovation_id,note\r\n");
    const Table table = sampleTable(1);
    std::ostringstream out;
    TableStream stream(out, table.columns(), Format::Csv);
    CHECK_THROWS_AS(stream.add({Cell::integer(1)}), std::invalid_argument);
}
