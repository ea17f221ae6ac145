// Portfolio files: tracker's backend bundle on one SQLite file, opened from a file path. The
// programs reach it only through the backends library's opener, which picks it for file paths.
#pragma once

#include "tracker/backend.hpp"

#include <memory>
#include <string>

namespace innotrack::storage {

// Opens the portfolio file at `path` for `purpose`: Read and Write need a portfolio there
// (NotFound otherwise); Create needs nothing there (ConflictError otherwise) and makes the folder
// that will hold it; CreateOrFill opens what is there or creates a new file. Read opens the file
// read-only unless it is from an earlier innotrack, which is upgraded first (after a backup).
std::unique_ptr<PortfolioBackend> openFileBackend(const std::string& path, OpenPurpose purpose);

// A portfolio in memory that lives as long as the bundle.
std::unique_ptr<PortfolioBackend> openInMemoryBackend();

}  // namespace innotrack::storage
