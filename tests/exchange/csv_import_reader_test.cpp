// The CSV reader on the files Excel and LibreOffice really write, and on broken ones: each
// record with the line it starts on, and each problem with the line it is on.
#include "exchange/csv_reader.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace innotrack::exchange;

namespace {

struct Read {
    std::size_t line;
    std::vector<std::string> cells;
};

std::vector<Read> readAll(const std::string& text, char* delimiter = nullptr) {
    std::istringstream in(text);
    CsvReader reader(in);
    CsvRecord record;
    std::vector<Read> out;
    while (reader.next(record)) {
        Read read{record.line(), {}};
        for (std::size_t i = 0; i < record.size(); ++i) read.cells.emplace_back(record[i]);
        out.push_back(read);
    }
    if (delimiter != nullptr) *delimiter = reader.delimiter();
    return out;
}

// The error reading `text` throws, with its line.
CsvError errorReading(const std::string& text, std::size_t* recordsBefore = nullptr) {
    std::istringstream in(text);
    CsvReader reader(in);
    CsvRecord record;
    std::size_t records = 0;
    try {
        while (reader.next(record)) ++records;
    } catch (const CsvError& error) {
        if (recordsBefore != nullptr) *recordsBefore = records;
        return error;
    }
    FAIL("no CsvError reading the text");
    return CsvError(0, std::nullopt, "");
}

}  // namespace

TEST_CASE("csv: a byte-order mark is dropped and CRLF, LF and CR all end lines", "[exchange][csv]") {
    const auto crlf = readAll("\xEF\xBB\xBFTitle,Due\r\nPilot,2026-04-01\r\n");
    REQUIRE(crlf.size() == 2);
    CHECK(crlf[0].cells == std::vector<std::string>{"Title", "Due"});
    CHECK(crlf[1].cells == std::vector<std::string>{"Pilot", "2026-04-01"});
    CHECK(crlf[1].line == 2);

    const auto lf = readAll("a,b\nc,d\n\ne,f");
    REQUIRE(lf.size() == 3);
    CHECK(lf[2].line == 4);  // the blank line 3 is skipped but counted
    CHECK(lf[2].cells == std::vector<std::string>{"e", "f"});

    const auto cr = readAll("a\rb\r\rc\r");
    REQUIRE(cr.size() == 3);
    CHECK(cr[0].line == 1);
    CHECK(cr[1].line == 2);
    CHECK(cr[2].line == 4);
}

TEST_CASE("csv: quoted cells keep commas, semicolons, quotes and new lines, and lines are counted through them",
          "[exchange][csv]") {
    const auto records = readAll(
        "Title,Cause\r\n"
        "\"Staff, agency; and bank\",\"He said \"\"no\"\"\"\r\n"
        "Two lines,\"first\r\nsecond\"\r\n"
        "Three lines,\"one\ntwo\rthree\"\r\n"
        "After,them\r\n");
    REQUIRE(records.size() == 5);
    CHECK(records[1].cells == std::vector<std::string>{"Staff, agency; and bank", "He said \"no\""});
    CHECK(records[2].line == 3);
    CHECK(records[2].cells[1] == "first\r\nsecond");
    CHECK(records[3].line == 5);
    CHECK(records[3].cells[1] == "one\ntwo\rthree");
    CHECK(records[4].line == 8);
}

TEST_CASE("csv: a file with semicolons between cells, as a European Excel writes it, is read by its header row",
          "[exchange][csv]") {
    char delimiter = 0;
    const auto records = readAll("Title;Budget;Summary\r\nPilot;\"1250,50\";\"a, b; c\"\r\n", &delimiter);
    CHECK(delimiter == ';');
    REQUIRE(records.size() == 2);
    CHECK(records[1].cells == std::vector<std::string>{"Pilot", "1250,50", "a, b; c"});

    const auto commas = readAll("Title,Tags\r\nPilot,\"digital; care\"\r\n", &delimiter);
    CHECK(delimiter == ',');
    CHECK(commas[1].cells[1] == "digital; care");

    // Excel's own "sep=" line names the delimiter and is not a record; lines still count it.
    const auto declared = readAll("sep=;\r\nTitle;Tags\r\nPilot;a,b,c\r\n", &delimiter);
    CHECK(delimiter == ';');
    REQUIRE(declared.size() == 2);
    CHECK(declared[0].line == 2);
    CHECK(declared[1].cells == std::vector<std::string>{"Pilot", "a,b,c"});
}

TEST_CASE("csv: rows that are only commas are handed out and known to be blank", "[exchange][csv]") {
    std::istringstream in("a,b\r\n,,\r\n \t, \r\nx,\r\n");
    CsvReader reader(in);
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK_FALSE(record.blank());
    REQUIRE(reader.next(record));
    CHECK(record.blank());
    CHECK(record.line() == 2);
    REQUIRE(reader.next(record));
    CHECK(record.blank());
    REQUIRE(reader.next(record));
    CHECK_FALSE(record.blank());
    CHECK(record.line() == 4);
    CHECK_FALSE(reader.next(record));
}

TEST_CASE("csv: a quote never closed is reported on the line its row starts", "[exchange][csv]") {
    std::size_t before = 0;
    const CsvError error = errorReading("a,b\r\nc,d\r\ne,\"never closed\r\nf,g\r\nh,i\r\n", &before);
    CHECK(error.line() == 3);
    CHECK(std::string(error.what()).find("never closed") != std::string::npos);
    CHECK(before == 2);  // the rows before it are still read
}

TEST_CASE("csv: a stray quote inside a cell is reported on its own line", "[exchange][csv]") {
    const CsvError inside = errorReading("a,b\r\nc,\"two\r\nlines\"\r\n12\" pipe,x\r\n");
    CHECK(inside.line() == 4);
    CHECK(std::string(inside.what()).find("double quote") != std::string::npos);
    const CsvError after = errorReading("a,b\r\nc,\"closed\"then more\r\n");
    CHECK(after.line() == 2);
}

TEST_CASE("csv: text that is not UTF-8 is refused with its line and cell", "[exchange][csv]") {
    // "£" as Windows-1252 writes it: the byte 0xA3 alone.
    const CsvError error = errorReading("Title,Budget\r\nPilot,\"\xA3\x35\x30\"\r\nNext,1\r\n");
    CHECK(error.line() == 2);
    REQUIRE(error.cell().has_value());
    CHECK(*error.cell() == 1);
    CHECK(std::string(error.what()).find("0xA3") != std::string::npos);
    // On the second line of a quoted cell, the line is that line.
    const CsvError later = errorReading("a,b\r\nc,\"fine\r\nbad \xC3\x28\"\r\n");
    CHECK(later.line() == 3);
    // An overlong form and a UTF-16 surrogate are not UTF-8 either.
    CHECK(errorReading("a\r\n\xC0\xAF\r\n").line() == 2);
    CHECK(errorReading("a\r\n\xED\xA0\x80\r\n").line() == 2);
}

TEST_CASE("csv: UTF-16 text and Excel workbooks are named for what they are", "[exchange][csv]") {
    CHECK(std::string(errorReading(std::string("\xFF\xFET\0i\0", 6)).what()).find("UTF-16") != std::string::npos);
    CHECK(std::string(errorReading(std::string("PK\x03\x04rest", 8)).what()).find("workbook") != std::string::npos);
}

TEST_CASE("csv: a cell past the limit is refused, naming the limit, without reading it all", "[exchange][csv]") {
    const std::string huge(kMaxCellBytes + 10, 'x');
    const CsvError unquoted = errorReading("a,b\r\nc," + huge + "\r\n");
    CHECK(unquoted.line() == 2);
    CHECK(std::string(unquoted.what()).find("100,000 bytes") != std::string::npos);
    // A quote opened and never closed swallows the rest of a large file into one cell.
    std::string runaway = "a,b\r\nc,\"open\r\n";
    for (int i = 0; i < 20'000; ++i) runaway += "more,rows\r\n";
    const CsvError open = errorReading(runaway);
    CHECK(open.line() == 2);
}

TEST_CASE("csv: records across the reader's 64 KB chunks keep their cells and lines", "[exchange][csv]") {
    std::string text = "Title,Cause\r\n";
    const std::string cause(700, 'c');
    for (int i = 0; i < 300; ++i) text += "Risk " + std::to_string(i) + ",\"" + cause + "\r\n" + cause + "\"\r\n";
    const auto records = readAll(text);
    REQUIRE(records.size() == 301);
    for (std::size_t i = 1; i < records.size(); ++i) {
        CHECK(records[i].line == 2 * i);
        CHECK(records[i].cells[0] == "Risk " + std::to_string(i - 1));
        CHECK(records[i].cells[1].size() == 1402);
    }
}

TEST_CASE("csv: an empty file and a file of blank lines have no records", "[exchange][csv]") {
    CHECK(readAll("").empty());
    CHECK(readAll("\xEF\xBB\xBF").empty());
    CHECK(readAll("\r\n\r\n\n").empty());
}
