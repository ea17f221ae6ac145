// Opening, creating and upgrading portfolio files, and the store's file-level operations.
#include "storage/sqlite_store.hpp"
#include "storage/testing.hpp"

#include "backup.hpp"
#include "connection.hpp"
#include "file_checks.hpp"
#include "schema.hpp"

#include <filesystem>

namespace innotrack::storage {

using detail::Connection;

namespace {

// PATH.before-schema-N.bak, or PATH.before-schema-N.2.bak and so on when an earlier attempt
// (an upgrade that failed and was retried) already left one: never overwrite a backup.
std::string backupPathFor(const std::string& path, int targetVersion) {
    const std::string stem = path + ".before-schema-" + std::to_string(targetVersion);
    std::string candidate = stem + ".bak";
    for (int copy = 2; std::filesystem::exists(std::filesystem::symlink_status(candidate)); ++copy)
        candidate = stem + "." + std::to_string(copy) + ".bak";
    return candidate;
}

// A new file made private first, so SQLite (and its -wal and -shm files, which copy the main
// file's permissions) never create anything readable by others. Nothing half-made is left behind.
std::shared_ptr<Connection> createFile(const std::string& path, int schemaVersion) {
    detail::requireFolder(path);
    detail::requireNothingAt(path, "choose a new file name, or open the existing portfolio instead");
    detail::createPrivateFile(path);
    try {
        auto connection = [&] {
            try {
                return std::make_shared<Connection>(path, SQLite::OPEN_READWRITE, false);
            } catch (const SQLite::Exception& failure) {
                throw detail::storageError(failure, path, "create '" + path + "'");
            }
        }();
        detail::migrate(*connection, schemaVersion);
        return connection;
    } catch (...) {
        detail::removeDatabaseFiles(path);
        throw;
    }
}

std::shared_ptr<Connection> openFile(const std::string& path, OpenMode mode) {
    detail::requireFolder(path);
    detail::requireSqliteFile(path);
    const int version = detail::inspectPortfolio(path);
    const int current = detail::currentSchemaVersion();
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (readOnly && version < current)
        throw StorageError("'" + path + "' uses format version " + std::to_string(version) + " and must be upgraded to " +
                           std::to_string(current) + " before it can be opened read-only: open it once for writing");
    std::shared_ptr<Connection> connection;
    try {
        connection = std::make_shared<Connection>(path, readOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE,
                                                  readOnly);
    } catch (const SQLite::Exception& failure) {
        throw detail::storageError(failure, path, "open '" + path + "'");
    }
    if (version < current) {
        detail::copyDatabase(connection->db(), path, backupPathFor(path, current));
        detail::migrate(*connection, current);
    }
    return connection;
}

}  // namespace

SqliteStore::SqliteStore(Key, std::shared_ptr<Connection> connection) : connection_(std::move(connection)) {}

SqliteStore::~SqliteStore() = default;

std::unique_ptr<SqliteStore> SqliteStore::open(const std::string& path, OpenMode mode) {
    auto connection = mode == OpenMode::CreateNew ? createFile(path, detail::currentSchemaVersion())
                                                  : openFile(path, mode);
    return std::make_unique<SqliteStore>(Key{}, std::move(connection));
}

bool SqliteStore::needsUpgrade(const std::string& path) {
    detail::requireFolder(path);
    detail::requireSqliteFile(path);
    return detail::inspectPortfolio(path) < detail::currentSchemaVersion();
}

std::unique_ptr<SqliteStore> SqliteStore::openInMemory() {
    try {
        auto connection = std::make_shared<Connection>(detail::kInMemoryPath,
                                                       SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, false);
        detail::migrate(*connection, detail::currentSchemaVersion());
        return std::make_unique<SqliteStore>(Key{}, std::move(connection));
    } catch (const SQLite::Exception& failure) {
        throw detail::storageError(failure, detail::kInMemoryPath, "create a portfolio in memory");
    }
}

int SqliteStore::schemaVersion() const {
    return connection_->run("read the portfolio's format version", [&] { return connection_->userVersion(); });
}

int SqliteStore::currentSchemaVersion() {
    return detail::currentSchemaVersion();
}

std::string SqliteStore::path() const {
    return connection_->path();
}

bool SqliteStore::changedSinceLastCall() {
    auto& connection = *connection_;
    const auto version = connection.run("check for changes", [&] { return connection.dataVersion(); });
    const bool changed = version != connection.lastDataVersion;
    connection.lastDataVersion = version;
    return changed;
}

void SqliteStore::backupTo(const std::string& path) const {
    detail::copyDatabase(connection_->db(), connection_->path(), path);
}

namespace testing {

void createAtVersion(const std::string& path, int schemaVersion) {
    if (schemaVersion < 1 || schemaVersion > detail::currentSchemaVersion())
        throw StorageError("Could not create a portfolio at schema " + std::to_string(schemaVersion) +
                           ": this version knows schemas 1 to " + std::to_string(detail::currentSchemaVersion()));
    createFile(path, schemaVersion);
}

}  // namespace testing

}  // namespace innotrack::storage
