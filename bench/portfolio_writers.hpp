// Writes a synthetic portfolio out: into an innotrack file through the storage layer, as CSV, or for Taskwarrior.
#pragma once

#include "synthetic_portfolio.hpp"

#include "tracker/store.hpp"

#include <string>

namespace innotrack::bench {

// Everything in one write transaction, through the store's insert methods. Throws StorageError
// if the store numbers a record differently from the generator (the links would then be wrong).
void writeToStore(const SyntheticPortfolio& portfolio, PortfolioStore& store);

// One CSV file per table in DIRECTORY (which must exist), no header, columns in the order of the
// innotrack schema, an absent value as an empty field: what the sqlite3 shell's .import reads.
void writeCsv(const SyntheticPortfolio& portfolio, const std::string& directory);

// A Taskwarrior import file (a JSON array): one task per innovation (project: its ambition, "A003",
// else the innovation) and one per milestone (project: its innovation, "I0000123"), with tags, due
// dates and status (an innovation mainstreamed or stopped, a milestone completed: completed).
void writeTaskwarrior(const SyntheticPortfolio& portfolio, const std::string& path, Date today);

}  // namespace innotrack::bench
