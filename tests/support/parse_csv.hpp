// CSV parsed back with libcsv, an independent reader, as a spreadsheet would: the tests read
// what innotrack writes through it, strictly (a stray quote or an unfinished record fails).
#pragma once

#include <catch2/catch.hpp>
#include <csv.h>

#include <string>
#include <vector>

namespace innotrack::testing {

using CsvRows = std::vector<std::vector<std::string>>;

inline CsvRows parseCsv(const std::string& text) {
    struct Rows {
        CsvRows rows{{}};
    } rows;
    csv_parser parser{};
    REQUIRE(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) == 0);
    const auto onField = [](void* data, std::size_t size, void* out) {
        static_cast<Rows*>(out)->rows.back().emplace_back(static_cast<const char*>(data), size);
    };
    const auto onRow = [](int, void* out) { static_cast<Rows*>(out)->rows.emplace_back(); };
    const std::size_t parsed = csv_parse(&parser, text.data(), text.size(), onField, onRow, &rows);
    const int finished = csv_fini(&parser, onField, onRow, &rows);
    csv_free(&parser);
    REQUIRE(parsed == text.size());
    REQUIRE(finished == 0);
    rows.rows.pop_back();  // the empty row opened after the last record
    return rows.rows;
}

}  // namespace innotrack::testing
