// The workbook's plumbing over libxlsxwriter: the book with its shared formats, and a sheet that
// writes typed cells, remembers how wide each column's content is, and turns every lxw_error into
// one of innotrack's errors.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::exchange::detail {

// Throws StorageError (the file could not be written) or ValidationError (the data does not fit
// a workbook) naming `file` and what was being done, unless `error` is LXW_NO_ERROR.
void check(lxw_error error, const std::filesystem::path& file, std::string_view doing);

class Book {
public:
    // The workbook is written to `writeTo` when closed; messages name `file`, the name the person gave.
    Book(const std::filesystem::path& file, const std::filesystem::path& writeTo);
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    lxw_worksheet* addSheet(std::string_view name);
    // Writes the file. The book cannot be used afterwards.
    void close();
    const std::filesystem::path& file() const { return file_; }

    // Shared formats: every cell aligns to the top, so a wrapped cell's row reads from its first line.
    lxw_format* header = nullptr;  // bold on a blue-grey fill, bottom border, wrapped
    lxw_format* section = nullptr; // bold, for a heading above a table lower down a sheet
    lxw_format* text = nullptr;    // wrapped
    lxw_format* strong = nullptr;  // bold and wrapped, for a total's label
    lxw_format* note = nullptr;    // not wrapped
    lxw_format* centred = nullptr; // a word in a column of figures
    lxw_format* integer = nullptr; // centred: counts and 1-5 scales read apart from the text beside them
    lxw_format* decimal = nullptr;
    lxw_format* oneDecimal = nullptr;  // centred, like the counts above it
    lxw_format* money = nullptr;   // £#,##0.00
    lxw_format* date = nullptr;    // dd/mm/yyyy, as UK councils write dates

private:
    lxw_format* format();

    std::filesystem::path file_;
    lxw_workbook* workbook_ = nullptr;  // owned until close()
};

class Sheet {
public:
    Sheet(Book& book, std::string_view name);

    lxw_worksheet* raw() { return sheet_; }
    Book& book() { return book_; }

    void headerRow(lxw_row_t row, const std::vector<std::string>& titles);
    void section(lxw_row_t row, std::string_view title);
    // A sentence below a table: not wrapped and not counted in the column's width, so it runs on
    // across the empty cells to its right.
    void note(lxw_row_t row, std::string_view sentence);
    void text(lxw_row_t row, lxw_col_t col, std::string_view value, lxw_format* format = nullptr);
    void integer(lxw_row_t row, lxw_col_t col, double value);
    void decimal(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr);
    void money(lxw_row_t row, lxw_col_t col, double pounds);
    void date(lxw_row_t row, lxw_col_t col, Date value);

    // Freezes row 0, filters the table in rows 0..lastRow, sizes every column from its content
    // (between a minimum and a cap beyond which text wraps instead) and makes each row with wrapped
    // text tall enough to show it: neither Excel nor LibreOffice does that when opening a file.
    void finish(lxw_row_t lastTableRow, lxw_col_t lastCol, bool filter = true);

private:
    // A wrapped cell's words, by length in characters: once the column widths are known, they say
    // how tall its row must be.
    struct WrappedCell {
        lxw_row_t row;
        lxw_col_t col;
        std::vector<std::size_t> words;
    };

    void widen(lxw_col_t col, std::size_t characters);
    void remember(lxw_row_t row, lxw_col_t col, std::string_view text);
    void setRowHeights(const std::vector<std::size_t>& widths);

    Book& book_;
    std::string name_;
    lxw_worksheet* sheet_;
    std::vector<std::size_t> widths_;
    std::vector<WrappedCell> wrapped_;
};

}  // namespace innotrack::exchange::detail
