// Write transactions: BEGIN IMMEDIATE for the outermost, savepoints inside it, rollback by scope.
#include "storage/sqlite_store.hpp"

#include "connection.hpp"

#include <sqlite3.h>

#include <optional>

namespace innotrack::storage {

using detail::Connection;

namespace {

std::string savepointName(int level) {
    return "innotrack_" + std::to_string(level);
}

// A bulk write's page cache, in KiB (SQLite's negative cache_size). With the default 2 MiB the
// index pages of a large load spill to the WAL and are read back for the next row; a third of a
// 10,000-innovation load went to the kernel copying them. The cache only grows as pages are
// used, and goes back to its usual size when the write ends.
constexpr int kBulkCacheKiB = 256 * 1024;

// One level of the nesting. Holds the connection weakly: if the store closes first, SQLite has
// already rolled back whatever was not committed, and there is nothing left to do.
class SqliteWriteTransaction final : public WriteTransaction {
public:
    // `usualCacheSize`: the cache_size to put back when a bulk write ends; nullopt for any other.
    SqliteWriteTransaction(std::weak_ptr<Connection> connection, int level, std::optional<int> usualCacheSize)
        : connection_(std::move(connection)), level_(level), usualCacheSize_(usualCacheSize) {}

    SqliteWriteTransaction(const SqliteWriteTransaction&) = delete;
    SqliteWriteTransaction& operator=(const SqliteWriteTransaction&) = delete;

    ~SqliteWriteTransaction() override {
        if (finished_) return;
        const auto connection = connection_.lock();
        // Below our level means an outer transaction already ended and took this one with it.
        if (!connection || connection->writeDepth < level_) return;
        auto& db = connection->db();
        if (level_ == 1) {
            db.tryExec("ROLLBACK");
            restoreCacheSize(db);
        } else {
            const std::string name = savepointName(level_);
            db.tryExec(("ROLLBACK TO " + name).c_str());
            db.tryExec(("RELEASE " + name).c_str());
        }
        connection->writeDepth = level_ - 1;
    }

    void commit() override {
        const auto connection = connection_.lock();
        if (!connection) throw StorageError("Could not save the change: the portfolio was closed first");
        if (finished_) throw StorageError("Could not save the change: it was already saved");
        if (connection->writeDepth != level_)
            throw StorageError("Could not save the change: a change started inside it is still open");
        auto& db = connection->db();
        // SQLite rolls a transaction back by itself after some failures (a full disk, an I/O
        // error); committing after that would quietly save only part of the change.
        if (sqlite3_get_autocommit(db.getHandle()) != 0)
            throw StorageError("Could not save the change: an earlier error already undid it; try again");
        connection->run("save the change", [&] {
            if (level_ == 1) db.exec("COMMIT");
            else db.exec("RELEASE " + savepointName(level_));
        });
        finished_ = true;
        connection->writeDepth = level_ - 1;
        if (level_ == 1) restoreCacheSize(db);
    }

private:
    // Gives the memory of a bulk write's cache back; failing to only leaves the cache large.
    void restoreCacheSize(SQLite::Database& db) const {
        if (usualCacheSize_) db.tryExec(("PRAGMA cache_size = " + std::to_string(*usualCacheSize_)).c_str());
    }

    std::weak_ptr<Connection> connection_;
    int level_;
    std::optional<int> usualCacheSize_;
    bool finished_ = false;
};

std::unique_ptr<WriteTransaction> beginLevel(const std::shared_ptr<Connection>& shared, bool bulk) {
    auto& connection = *shared;
    if (connection.readOnly())
        throw StorageError("Could not change '" + connection.path() +
                           "': it was opened read-only; open it for writing to make changes");
    const int level = connection.writeDepth + 1;
    auto& db = connection.db();
    // Read before BEGIN so that, if BEGIN fails, nothing is left to put back.
    const std::optional<int> usualCacheSize = bulk && level == 1 ? std::optional<int>(connection.run(
        "start a change", [&] { return db.execAndGet("PRAGMA cache_size").getInt(); })) : std::nullopt;
    connection.run("start a change", [&] {
        if (level == 1) db.exec("BEGIN IMMEDIATE");
        else db.exec("SAVEPOINT " + savepointName(level));
    });
    connection.writeDepth = level;
    auto transaction = std::make_unique<SqliteWriteTransaction>(shared, level, usualCacheSize);
    // Once the transaction is owned, so that a failure here rolls it back and restores the cache.
    if (usualCacheSize)
        connection.run("start a change", [&] { db.exec("PRAGMA cache_size = " + std::to_string(-kBulkCacheKiB)); });
    return transaction;
}

}  // namespace

std::unique_ptr<WriteTransaction> SqliteStore::beginWrite() {
    return beginLevel(connection_, false);
}

std::unique_ptr<WriteTransaction> SqliteStore::beginBulkWrite() {
    return beginLevel(connection_, true);
}

}  // namespace innotrack::storage
