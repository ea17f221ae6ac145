// A list written as its rows arrive, so that memory follows the screen, not the portfolio: the
// columns first, then one row at a time, then finish().
#pragma once

#include "reports/table.hpp"

#include <cstddef>
#include <memory>
#include <ostream>
#include <vector>

namespace innotrack::reports {

// How many rows a text table sizes its columns from before it writes its first line.
inline constexpr std::size_t kTextWindow = 200;

// CSV writes each row as it comes; JSON too, as the elements of one array (`[]` for none). Text
// needs its column widths before its first line, so it holds the first `window` rows and lays
// the columns out from them exactly as renderText does: a list of up to `window` rows reads the
// same as renderText's. Every later row is written in those widths: free text longer than its
// column is cut with "…" (a wrapping column wraps); a number, date or label is never cut, so a
// longer one pushes the rest of its line to the right.
// Nothing is written before the first row (text: before the window fills or finish()), so a
// caller may still print "No milestones match." instead when no row came.
class TableStream {
public:
    TableStream(std::ostream& out, std::vector<Column> columns, Format format, std::size_t width = kDefaultWidth,
                std::size_t window = kTextWindow);
    ~TableStream();
    TableStream(const TableStream&) = delete;
    TableStream& operator=(const TableStream&) = delete;

    // Throws std::invalid_argument unless the row has one cell per column: a programming error.
    void add(std::vector<Cell> cells);
    // Writes the rows still held and closes the list (JSON's closing bracket). Once only.
    void finish();

    const std::vector<Column>& columns() const { return columns_; }
    std::size_t rows() const { return rows_; }

    // Writes one format's rows; TableStream checks the rows and counts them.
    class Writer {
    public:
        virtual ~Writer() = default;
        virtual void add(std::vector<Cell> cells) = 0;
        virtual void finish() = 0;
    };

private:
    std::vector<Column> columns_;
    std::unique_ptr<Writer> writer_;
    std::size_t rows_ = 0;
    bool finished_ = false;
};

// The text writer, in render_text.cpp beside renderText's layout.
std::unique_ptr<TableStream::Writer> textWriter(std::ostream& out, const std::vector<Column>& columns,
                                                std::size_t width, std::size_t window);
// The CSV and JSON writers, beside renderCsv and renderJson.
std::unique_ptr<TableStream::Writer> csvWriter(std::ostream& out, const std::vector<Column>& columns);
std::unique_ptr<TableStream::Writer> jsonWriter(std::ostream& out, const std::vector<Column>& columns);

}  // namespace innotrack::reports
