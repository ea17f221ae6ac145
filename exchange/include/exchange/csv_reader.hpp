// A streaming CSV reader over libcsv for files as Excel and LibreOffice write them: UTF-8 with
// or without a byte-order mark, quoted cells holding commas and new lines, CRLF, LF or CR line
// ends, and ';' between cells where a European Excel puts it. Each record knows the physical line
// it starts on, so a problem can be reported where a person will find it in the file.
#pragma once

#include "tracker/errors.hpp"

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::exchange {

// The largest cell the reader takes, in bytes. Far above any text innotrack keeps (4,000
// characters), so only a missing closing quote or a file that is not a register reaches it; it
// keeps the memory a bad file can take small.
inline constexpr std::size_t kMaxCellBytes = 100'000;

// The file cannot be read as CSV from `line` on: a quote never closed, a stray quote, text that
// is not UTF-8, a cell past kMaxCellBytes. Reading stops there.
class CsvError : public Error {
public:
    CsvError(std::size_t line, std::optional<std::size_t> cell, const std::string& message)
        : Error(message), line_(line), cell_(cell) {}
    std::size_t line() const noexcept { return line_; }
    // The cell's position in its record (0 = first), when the problem is in one cell.
    std::optional<std::size_t> cell() const noexcept { return cell_; }

private:
    std::size_t line_;
    std::optional<std::size_t> cell_;
};

// One record. Its cells are reused from record to record, so reading allocates nothing once the
// longest row has been seen.
class CsvRecord {
public:
    std::size_t line() const { return line_; }  // the physical line it starts on, from 1
    std::size_t size() const { return count_; }
    std::string_view operator[](std::size_t i) const { return cells_[i]; }
    // True when every cell is empty or spaces: a row Excel leaves behind.
    bool blank() const;

private:
    friend class CsvReader;
    std::size_t line_ = 0;
    std::size_t count_ = 0;
    std::vector<std::string> cells_;
};

enum class CsvDelimiter {
    // Excel's "sep=;" (or "sep=,") line when the file starts with one; else ';' when the first
    // row has more semicolons than commas; else ','
    Detect,
    Comma,
    Semicolon,
};

class CsvReader {
public:
    explicit CsvReader(std::istream& in, CsvDelimiter delimiter = CsvDelimiter::Detect);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Fills `record` with the next record and returns true, or returns false at the end. Blank
    // lines are skipped. Throws CsvError naming the line.
    bool next(CsvRecord& record);

    // ',' or ';': what the file uses (known once next() has been called).
    char delimiter() const;

private:
    class Parser;
    std::unique_ptr<Parser> parser_;
};

}  // namespace innotrack::exchange
