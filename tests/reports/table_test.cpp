// The generic table and record renderers: text that fits its width, RFC 4180 CSV, typed JSON.
#include "reports/table.hpp"

#include "tracker/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace innotrack;
using namespace innotrack::reports;

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

Table milestoneTable() {
    Table table;
    table.column("id", "ID", Align::Right).column("title", "Title").column("due", "Due").hiddenColumn("innovation_id");
    table.addRow({Cell::integer(7), Cell::text("Pilot launch"), Cell::date(Date(2026, 12, 1)), Cell::integer(3)});
    table.addRow({Cell::integer(14), Cell::text("Recruit"), Cell::null(), Cell::integer(3)});
    return table;
}

}  // namespace

TEST_CASE("cells write plainly for machines and readably for people", "[reports][table]") {
    CHECK(Cell::null().display().empty());
    CHECK(Cell::null().plain().empty());
    CHECK(Cell::integer(-42).plain() == "-42");
    CHECK(Cell::decimal(12.5).plain() == "12.5");
    CHECK(Cell::decimal(40).plain() == "40");
    CHECK(Cell::boolean(true).display() == "yes");
    CHECK(Cell::boolean(false).plain() == "false");
    CHECK(Cell::date(Date(2026, 2, 28)).plain() == "2026-02-28");
    CHECK(Cell::date(std::optional<Date>()).isNull());
    const Cell money = Cell::integer(125000050, "£1,250,000.50");
    CHECK(money.display() == "£1,250,000.50");
    CHECK(money.plain() == "125000050");
    const Cell confidence = Cell::text("amber-green", "Amber/Green");
    CHECK(confidence.display() == "Amber/Green");
    CHECK(confidence.plain() == "amber-green");
}

TEST_CASE("a row must have one cell per column", "[reports][table]") {
    Table table;
    table.column("a", "A").column("b", "B");
    CHECK_THROWS_AS(table.addRow({Cell::integer(1)}), std::invalid_argument);
    table.addRow({Cell::integer(1), Cell::integer(2)});
    CHECK(table.rows().size() == 1);
}

TEST_CASE("text tables align columns and leave out hidden ones", "[reports][table]") {
    const auto lines = linesOf(renderText(milestoneTable()));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "ID  Title         Due");
    CHECK(lines[1] == "--  ------------  ----------");
    CHECK(lines[2] == " 7  Pilot launch  2026-12-01");
    CHECK(lines[3] == "14  Recruit");
    CHECK(renderText(milestoneTable()).find("innovation_id") == std::string::npos);
}

TEST_CASE("text tables count characters, not bytes", "[reports][table]") {
    Table table;
    table.column("place", "Place").column("n", "N", Align::Right);
    table.addRow({Cell::text("Ynys Môn"), Cell::integer(1)});
    table.addRow({Cell::text("Caerdydd"), Cell::integer(22)});
    const auto lines = linesOf(renderText(table));
    REQUIRE(lines.size() == 4);
    CHECK(lines[2] == "Ynys Môn   1");
    CHECK(lines[3] == "Caerdydd  22");
    CHECK(utf8Length(lines[2]) == utf8Length(lines[3]));
}

TEST_CASE("text tables shrink the widest text column to fit and cut with an ellipsis", "[reports][table]") {
    Table table;
    table.column("id", "ID", Align::Right)
        .column("title", "Title")
        .column("owner", "Owner")
        .column("due", "Due");
    const std::string longTitle(150, 'T');
    table.addRow({Cell::integer(1), Cell::text(longTitle), Cell::text("Cllr Bob Hughes"),
                  Cell::date(Date(2026, 4, 1))});
    table.addRow({Cell::integer(2), Cell::text("Short"), Cell::text("Olly Officer"), Cell::date(Date(2026, 5, 1))});

    for (const std::size_t width : {80u, 60u, 50u}) {
        INFO("width " << width);
        const auto lines = linesOf(renderText(table, width));
        REQUIRE(lines.size() == 4);
        for (const auto& line : lines) CHECK(utf8Length(line) <= width);
        CHECK(lines[2].find("\xE2\x80\xA6") != std::string::npos);  // the cut title ends with "…"
        CHECK(lines[2].find("Cllr Bob Hughes") != std::string::npos);  // the short column is untouched
        CHECK(lines[2].find("2026-04-01") != std::string::npos);       // dates are never cut
        CHECK(lines[3].find("Short") != std::string::npos);
    }
    // Wide enough: nothing is cut.
    const auto wide = renderText(table, 400);
    CHECK(wide.find(longTitle) != std::string::npos);
    CHECK(wide.find("\xE2\x80\xA6") == std::string::npos);
}

TEST_CASE("text tables put line breaks in a value on one line", "[reports][table]") {
    Table table;
    table.column("what", "What");
    table.addRow({Cell::text("first\nsecond")});
    CHECK(linesOf(renderText(table)).at(2) == "first second");
}

TEST_CASE("text tables wrap a wrapping column onto further lines instead of cutting it", "[reports][table]") {
    Table table;
    table.column("who", "Who").wrappingColumn("change", "Change");
    table.addRow({Cell::text("Nia Evans"), Cell::text("moved due date from 2026-12-01 to 2027-01-12")});
    table.addRow({Cell::text("Tom"), Cell::text("short")});
    const auto lines = linesOf(renderText(table, 30));
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "Who        Change");
    CHECK(lines[2] == "Nia Evans  moved due date from");
    CHECK(lines[3] == "           2026-12-01 to");
    CHECK(lines[4] == "           2027-01-12");
    CHECK(lines[5] == "Tom        short");
    for (const auto& line : lines) CHECK(utf8Length(line) <= 30);
}

TEST_CASE("CSV has a header of keys, CRLF rows and RFC 4180 quoting", "[reports][table]") {
    Table table;
    table.column("id", "ID").column("title", "Title").column("done", "Done").hiddenColumn("note");
    table.addRow({Cell::integer(1), Cell::text("Plain"), Cell::boolean(true), Cell::null()});
    table.addRow({Cell::integer(2), Cell::text("Comma, \"quoted\""), Cell::boolean(false), Cell::text("two\nlines")});
    CHECK(renderCsv(table) ==
          "id,title,done,note\r\n"
          "1,Plain,true,\r\n"
          "2,\"Comma, \"\"quoted\"\"\",false,\"two\nlines\"\r\n");
}

TEST_CASE("CSV writes the typed value, not the wording for people", "[reports][table]") {
    Table table;
    table.column("budget_pence", "Budget").column("confidence", "Confidence");
    table.addRow({Cell::integer(25000000, "£250,000.00"), Cell::text("amber-green", "Amber/Green")});
    CHECK(renderCsv(table) == "budget_pence,confidence\r\n25000000,amber-green\r\n");
}

TEST_CASE("JSON is an array of objects with typed values in column order", "[reports][table]") {
    Table table;
    table.column("id", "ID")
        .column("title", "Title")
        .column("baseline", "Baseline")
        .column("due", "Due")
        .column("done", "Done")
        .column("closed_on", "Closed")
        .hiddenColumn("budget_pence");
    table.addRow({Cell::integer(3), Cell::text("Pilot \"A\""), Cell::decimal(12.5), Cell::date(Date(2026, 4, 1)),
                  Cell::boolean(false), Cell::null(), Cell::integer(100, "£1.00")});
    const std::string text = renderJson(table);
    const auto json = nlohmann::json::parse(text);
    REQUIRE(json.is_array());
    REQUIRE(json.size() == 1);
    const auto& row = json[0];
    CHECK(row["id"] == 3);
    CHECK(row["id"].is_number_integer());
    CHECK(row["title"] == "Pilot \"A\"");
    CHECK(row["baseline"] == 12.5);
    CHECK(row["due"] == "2026-04-01");
    CHECK(row["done"] == false);
    CHECK(row["closed_on"].is_null());
    CHECK(row["budget_pence"] == 100);
    // Keys keep the column order, so the output is stable from run to run.
    CHECK(text.find("\"id\"") < text.find("\"title\""));
    CHECK(text.find("\"closed_on\"") < text.find("\"budget_pence\""));
    CHECK(renderJson(Table(milestoneTable().columns())) == "[]\n");
}

TEST_CASE("a record renders as labelled lines, key-value CSV and a JSON object", "[reports][table]") {
    Record record;
    record.field("id", "ID", Cell::integer(14))
        .field("title", "Title", Cell::text("Pilot launch"))
        .hiddenField("owner_id", Cell::integer(3))
        .field("due", "Due date", Cell::date(Date(2026, 12, 1)));
    record.section("moves", "Moves", milestoneTable());

    const auto lines = linesOf(renderText(record));
    REQUIRE(lines.size() >= 5);
    CHECK(lines[0] == "ID:       14");
    CHECK(lines[1] == "Title:    Pilot launch");
    CHECK(lines[2] == "Due date: 2026-12-01");
    CHECK(lines[3].empty());
    CHECK(lines[4] == "Moves (2)");
    CHECK(renderText(record).find("owner_id") == std::string::npos);

    CHECK(renderCsv(record) == "key,value\r\nid,14\r\ntitle,Pilot launch\r\nowner_id,3\r\ndue,2026-12-01\r\n");

    const auto json = nlohmann::json::parse(renderJson(record));
    CHECK(json["id"] == 14);
    CHECK(json["owner_id"] == 3);
    CHECK(json["due"] == "2026-12-01");
    REQUIRE(json["moves"].size() == 2);
    CHECK(json["moves"][1]["id"] == 14);
    CHECK(json["moves"][1]["due"].is_null());
}

TEST_CASE("a long record value wraps under its label", "[reports][table]") {
    Record record;
    std::string summary;
    for (int i = 0; i < 30; ++i) summary += "word" + std::to_string(i) + " ";
    record.field("summary", "Summary", Cell::text(summary));
    const auto lines = linesOf(renderText(record, 60));
    REQUIRE(lines.size() > 1);
    for (const auto& line : lines) CHECK(utf8Length(line) <= 60);
    CHECK(lines[0].rfind("Summary: word0 ", 0) == 0);
    CHECK(lines[1].rfind("         word", 0) == 0);
}

TEST_CASE("formats are named text, csv and json", "[reports][table]") {
    CHECK(parseFormat("text") == Format::Text);
    CHECK(parseFormat("csv") == Format::Csv);
    CHECK(parseFormat("json") == Format::Json);
    CHECK_FALSE(parseFormat("xml").has_value());
    CHECK(render(milestoneTable(), Format::Csv) == renderCsv(milestoneTable()));
}
