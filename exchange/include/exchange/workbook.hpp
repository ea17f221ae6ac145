// The whole portfolio as one Excel workbook: a sheet per register, the tally for the financial
// year to date and this week's board, each with a frozen, filtered header row (docs/EXPORT.md).
#pragma once

#include "tracker/board_queries.hpp"
#include "tracker/dates.hpp"
#include "tracker/tally_queries.hpp"
#include "tracker/store.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace innotrack::exchange {

struct WorkbookSheet {
    std::string name;      // as on the sheet's tab
    std::size_t rows = 0;  // below the header row
};

struct WorkbookSummary {
    std::vector<WorkbookSheet> sheets;  // in the workbook's order
};

// The sheets' names in order: the registers' titles (registers.hpp), then "Tally" and "Board".
std::vector<std::string> workbookSheetNames();

// Writes the workbook to `file` through a temporary file beside it, renamed into place only when
// the workbook is complete, so a failure leaves no half-written workbook (and any earlier file at
// `file` as it was). The tally covers the financial year to `today`; the board is as of `today`.
// Throws StorageError when the file cannot be written and ValidationError when the portfolio does
// not fit in a workbook (a sheet over Excel's 1,048,576 rows), each with one line naming the file.
WorkbookSummary writeWorkbook(const PortfolioStore& store, const TallyQueries& tallyQueries,
                              const BoardQueries& boardQueries, Date today, const std::filesystem::path& file);

}  // namespace innotrack::exchange
