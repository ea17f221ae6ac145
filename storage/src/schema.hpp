// The migration runner: brings a file's schema up to a version, one transaction per step.
#pragma once

#include <string_view>

namespace SQLite {
class Database;
}

namespace innotrack::storage::detail {

class Connection;

struct Migration {
    int version;
    std::string_view name;
    void (*apply)(SQLite::Database&);
};

int currentSchemaVersion();

// Applies every step after the file's PRAGMA user_version up to `targetVersion`. Each step, its
// foreign-key check and its version bump commit together, so a failed step leaves the file at
// the previous version. Throws StorageError.
void migrate(Connection& connection, int targetVersion);

}  // namespace innotrack::storage::detail
