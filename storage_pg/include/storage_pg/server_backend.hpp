// The backend bundle on a PostgreSQL server: a shared portfolio that every desk of a council opens
// by the same libpq URI (postgresql://host/council) or connection string.
#pragma once

#include "tracker/backend.hpp"

#include <functional>
#include <memory>
#include <string>

namespace innotrack::storage_pg {

// Makes a new portfolio file at a path from a store's records (the server backend knows no files;
// backends/ gives it the file backend's way to do this).
using FileCopier = std::function<void(const PortfolioStore& from, const std::string& path)>;

// Opens the portfolio in the database `location` names. Read and Write need an innotrack
// portfolio there (an older schema is upgraded first, in one transaction); Create needs an empty
// database; CreateOrFill takes either. A database holding anything else, or a portfolio from a
// newer innotrack, is refused with StorageError and left untouched; a server that cannot be
// reached, or a login it refuses, is a StorageError in words.
std::unique_ptr<PortfolioBackend> openServerBackend(const std::string& location, OpenPurpose purpose,
                                                    FileCopier copyToFile);

// The location with any password taken out, as messages and settings show it.
std::string withoutPassword(const std::string& location);

}  // namespace innotrack::storage_pg
