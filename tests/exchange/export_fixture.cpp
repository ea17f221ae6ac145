// The demo portfolio for the export tests, the binary run against it, and CSV read back by libcsv.
#include "export_fixture.hpp"

#include "tracker/demo.hpp"

#include <catch2/catch.hpp>
#include <csv.h>

namespace innotrack::testing {

ExportDemo::ExportDemo()
    : store_(storage::SqliteStore::open(db(), storage::OpenMode::CreateNew)),
      portfolio_(std::make_unique<Portfolio>(*store_, clock_)) {
    writeDemoPortfolio(*portfolio_);
}

RunResult ExportDemo::run(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), {"--db", db()});
    return runProgram(INNOTRACK_BIN, arguments, {{"INNOTRACK_TODAY", kExportDayText}, {"INNOTRACK_USER", std::nullopt}},
                      dir_.path());
}

CsvRows parseCsv(const std::string& text) {
    struct Rows {
        CsvRows rows{{}};
    } rows;
    csv_parser parser{};
    REQUIRE(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) == 0);
    const auto onField = [](void* data, std::size_t size, void* out) {
        static_cast<Rows*>(out)->rows.back().emplace_back(static_cast<const char*>(data), size);
    };
    const auto onRow = [](int, void* out) { static_cast<Rows*>(out)->rows.emplace_back(); };
    CHECK(csv_parse(&parser, text.data(), text.size(), onField, onRow, &rows) == text.size());
    CHECK(csv_fini(&parser, onField, onRow, &rows) == 0);
    csv_free(&parser);
    rows.rows.pop_back();  // the empty row opened after the last line
    return rows.rows;
}

}  // namespace innotrack::testing
