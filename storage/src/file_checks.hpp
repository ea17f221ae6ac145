// Checks on a path before SQLite touches it, so a file that is not ours is refused unchanged.
#pragma once

#include <string>

namespace innotrack::storage::detail {

// Throws StorageError unless the folder that would hold `path` exists.
void requireFolder(const std::string& path);

// Throws StorageError if anything (file, folder, link) is at `path`.
void requireNothingAt(const std::string& path, const std::string& why);

// Throws StorageError unless `path` is a non-empty file that starts like a whole SQLite database.
void requireSqliteFile(const std::string& path);

// Opens `path` read-only and throws StorageError unless it is an innotrack portfolio that this
// version can read. Returns its schema version.
int inspectPortfolio(const std::string& path);

// Creates an empty file readable by its owner only (0600): a portfolio holds people's names.
void createPrivateFile(const std::string& path);

// Removes `path` and the -wal and -shm files SQLite keeps beside it; never throws.
void removeDatabaseFiles(const std::string& path) noexcept;

}  // namespace innotrack::storage::detail
