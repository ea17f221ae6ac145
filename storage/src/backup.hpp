// Consistent copies of an open portfolio through SQLite's online backup API.
#pragma once

#include <string>

namespace SQLite {
class Database;
}

namespace innotrack::storage::detail {

// Copies the whole of `source` into a new private (0600) file at `destination`, which must not
// exist. Safe while others read or write the source. Removes a half-made copy on failure.
// Throws StorageError.
void copyDatabase(SQLite::Database& source, const std::string& sourcePath, const std::string& destination);

}  // namespace innotrack::storage::detail
