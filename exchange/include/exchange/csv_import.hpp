// Importing a register from a CSV file (issue 5): every row is read, checked and added through
// the Portfolio service inside one transaction, so permissions, validation and the audit trail
// apply as if each row had been typed in; all rows land, or, when any row is wrong, none do and
// every problem is listed by line and column so the spreadsheet can be fixed in one pass.
#pragma once

#include "exchange/registers.hpp"
#include "tracker/portfolio.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace innotrack::exchange {

// Problems kept in full; any beyond are only counted, so a file in the wrong shape cannot fill
// memory with a million copies of the same complaint.
inline constexpr std::size_t kMaxListedProblems = 10'000;

struct ImportProblem {
    std::size_t line = 0;  // the physical line the row starts on (the header is line 1)
    std::string column;    // the header as registers.hpp spells it; "" for the row or the file
    std::string reason;    // plain English, without the column's name
};

struct ImportOptions {
    // Check every row, through the service, then roll back: nothing is written.
    bool dryRun = false;
    // Called with the number of rows read so far, every `progressEvery` rows and once at the end.
    std::function<void(std::size_t rows)> progress;
    std::size_t progressEvery = 1000;
};

struct ImportResult {
    std::size_t rows = 0;                 // rows read, not counting entirely empty ones
    std::vector<ImportProblem> problems;  // by line, then in the order found
    std::size_t unlistedProblems = 0;     // found beyond kMaxListedProblems
    bool written = false;                 // the rows were committed
    // Risks whose Status was "occurred": imported open, since a risk occurs through the setback
    // it became (import the setbacks register with the risk in its Risk column).
    std::size_t occurredRisksLeftOpen = 0;

    bool ok() const { return problems.empty() && unlistedProblems == 0; }
    std::size_t problemCount() const { return problems.size() + unlistedProblems; }
};

// Reads `csv` (the bytes of a CSV file, as Excel, LibreOffice or `innotrack export` write it) as
// register `reg` and adds its rows to `portfolio` as `actor`. Problems in the file, including
// the service's refusals of a row, are returned, never thrown. Throws PermissionDenied when the
// actor may not add to this register at all, and StorageError when the file cannot be written;
// in both cases nothing has been written.
ImportResult importRegister(Register reg, std::istream& csv, Portfolio& portfolio, Id actor,
                            const ImportOptions& options = {});

}  // namespace innotrack::exchange
