// writeWorkbook: the register sheets, then the tally and the board, written beside the target and
// renamed into place.
#include "exchange/workbook.hpp"

#include "exchange/register_rows.hpp"
#include "workbook_reports.hpp"
#include "workbook_sheet.hpp"

#include "tracker/errors.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace innotrack::exchange {

namespace {

namespace fs = std::filesystem;

double numberIn(const std::string& cell) { return std::strtod(cell.c_str(), nullptr); }

void writeCell(detail::Sheet& sheet, lxw_row_t row, lxw_col_t col, CellKind kind, const std::string& cell) {
    if (cell.empty()) return;
    switch (kind) {
        case CellKind::Number: sheet.integer(row, col, numberIn(cell)); return;
        case CellKind::Decimal: sheet.decimal(row, col, numberIn(cell)); return;
        case CellKind::Money: sheet.money(row, col, numberIn(cell)); return;
        case CellKind::Date: sheet.date(row, col, boost::gregorian::from_simple_string(cell)); return;
        case CellKind::Scale: sheet.text(row, col, scaleLabel(cell)); return;
        case CellKind::ScaleList: sheet.text(row, col, scaleListLabels(cell)); return;
        // A workbook cell written as a string is never run as a formula: no guard needed here.
        case CellKind::Text:
        case CellKind::Name:
        case CellKind::YesNo:
        case CellKind::List: sheet.text(row, col, cell); return;
    }
}

WorkbookSheet writeRegister(detail::Book& book, const PortfolioStore& store, Register reg) {
    const RegisterRows rows = readRegister(store, reg);
    detail::Sheet sheet(book, titleOf(reg));
    std::vector<std::string> headers;
    for (const Column& column : rows.columns) headers.emplace_back(column.header);
    sheet.headerRow(0, headers);
    lxw_row_t row = 0;
    for (const auto& cells : rows.rows) {
        ++row;
        // Past Excel's last row: check() names the limit rather than libxlsxwriter's words.
        if (row >= LXW_ROW_MAX)
            detail::check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, book.file(),
                          "the " + std::string(titleOf(reg)) + " sheet");
        for (std::size_t col = 0; col < cells.size(); ++col)
            writeCell(sheet, row, static_cast<lxw_col_t>(col), rows.columns[col].kind, cells[col]);
    }
    sheet.finish(row, static_cast<lxw_col_t>(rows.columns.size() - 1));
    return {std::string(titleOf(reg)), rows.rows.size()};
}

// "NAME.xlsx.partial.xlsx": beside the target, so the rename stays on one file system.
fs::path partialName(const fs::path& file) {
    fs::path partial = file;
    partial += ".partial.xlsx";
    return partial;
}

}  // namespace

std::vector<std::string> workbookSheetNames() {
    std::vector<std::string> names;
    for (Register reg : allRegisters()) names.emplace_back(titleOf(reg));
    names.emplace_back(detail::kTallySheet);
    names.emplace_back(detail::kBoardSheet);
    return names;
}

WorkbookSummary writeWorkbook(const PortfolioStore& store, const TallyQueries& tallyQueries,
                              const BoardQueries& boardQueries, Date today, const fs::path& file) {
    const fs::path partial = partialName(file);
    // libxlsxwriter only opens the file when closing, and then prints its own complaint on the
    // error stream: find out first, in one line of ours, whether the folder takes a file.
    {
        std::ofstream probe(partial, std::ios::binary | std::ios::trunc);
        if (!probe)
            throw StorageError("Could not write the workbook to '" + file.string() + "': " + std::strerror(errno));
    }
    WorkbookSummary summary;
    try {
        detail::Book book(file, partial);
        for (Register reg : allRegisters()) summary.sheets.push_back(writeRegister(book, store, reg));
        summary.sheets.push_back(detail::writeTallySheet(book, store, tallyQueries, today));
        summary.sheets.push_back(detail::writeBoardSheet(book, store, boardQueries, today));
        book.close();
    } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw;
    }
    std::error_code error;
    fs::rename(partial, file, error);
    if (error) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw StorageError("Could not write the workbook to '" + file.string() + "': " + error.message());
    }
    return summary;
}

}  // namespace innotrack::exchange
