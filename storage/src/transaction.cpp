// Write transactions: BEGIN IMMEDIATE for the outermost, savepoints inside it, rollback by scope.
#include "storage/sqlite_store.hpp"

#include "connection.hpp"

#include <sqlite3.h>

namespace innotrack::storage {

using detail::Connection;

namespace {

std::string savepointName(int level) {
    return "innotrack_" + std::to_string(level);
}

// One level of the nesting. Holds the connection weakly: if the store closes first, SQLite has
// already rolled back whatever was not committed, and there is nothing left to do.
class SqliteWriteTransaction final : public WriteTransaction {
public:
    SqliteWriteTransaction(std::weak_ptr<Connection> connection, int level)
        : connection_(std::move(connection)), level_(level) {}

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
    }

private:
    std::weak_ptr<Connection> connection_;
    int level_;
    bool finished_ = false;
};

}  // namespace

std::unique_ptr<WriteTransaction> SqliteStore::beginWrite() {
    auto& connection = *connection_;
    if (connection.readOnly())
        throw StorageError("Could not change '" + connection.path() +
                           "': it was opened read-only; open it for writing to make changes");
    const int level = connection.writeDepth + 1;
    connection.run("start a change", [&] {
        if (level == 1) connection.db().exec("BEGIN IMMEDIATE");
        else connection.db().exec("SAVEPOINT " + savepointName(level));
    });
    connection.writeDepth = level;
    return std::make_unique<SqliteWriteTransaction>(connection_, level);
}

}  // namespace innotrack::storage
