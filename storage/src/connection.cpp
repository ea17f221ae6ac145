// Opening a SQLite connection with innotrack's settings, and the prepared-statement cache.
#include "connection.hpp"

#include <sqlite3.h>

namespace innotrack::storage::detail {

// A Connection, like its statement cache, belongs to one thread at a time, so SQLite's own lock on
// every call (its default, "serialized") only costs: a tenth of reading the stage board's 100,000
// cards. Other connections to the same file are unaffected.
Connection::Connection(const std::string& path, int sqliteFlags, bool readOnly)
    : path_(path), readOnly_(readOnly), db_(path, sqliteFlags | SQLITE_OPEN_NOMUTEX, kBusyTimeoutMs) {
    // SQLite quietly opens a write-protected file read-only; say so now rather than at the first save.
    if (!readOnly_ && sqlite3_db_readonly(db_.getHandle(), "main") == 1)
        throw SQLite::Exception("attempt to write a readonly database", SQLITE_READONLY);
    db_.exec("PRAGMA foreign_keys = ON");
    // Every service call inside a bulk import is a savepoint, whose statement journal SQLite
    // otherwise keeps in a temporary file on disk: in memory, an import runs about 30 % faster.
    // Not for a connection that only reads, which keeps no journal: there the default lets
    // SQLite sort a large GROUP BY in one buffer rather than a memory allocation per row, a
    // third of the tally's time at 100,000 innovations (docs/PERFORMANCE.md).
    if (!readOnly_) db_.exec("PRAGMA temp_store = MEMORY");
    // WAL lets the desktop app read while the command line writes; NORMAL is safe under WAL
    // (a power cut can lose the last commit, never corrupt the file).
    if (!readOnly_ && !inMemory()) {
        db_.exec("PRAGMA journal_mode = WAL");
        db_.exec("PRAGMA synchronous = NORMAL");
    }
    // Reads map the file's pages rather than copying each through the kernel into SQLite's 2 MB
    // cache (pread was a fifth of listing 100,000 milestones). SQLite writes with write() either
    // way and reads the WAL as before; it maps no more than the file holds.
    if (!inMemory()) db_.exec("PRAGMA mmap_size = " + std::to_string(kMapBytes));
    lastDataVersion = dataVersion();
}

Connection::~Connection() = default;

int Connection::userVersion() {
    Query query(*this, "PRAGMA user_version");
    query.step();
    return query->getColumn(0).getInt();
}

std::int64_t Connection::dataVersion() {
    Query query(*this, "PRAGMA data_version");
    query.step();
    return query->getColumn(0).getInt64();
}

Query::Query(Connection& connection, const std::string& sql) {
    auto found = connection.statements_.find(sql);
    if (found == connection.statements_.end()) {
        Connection::CachedStatement fresh;
        fresh.statement = std::make_unique<SQLite::Statement>(connection.db_, sql);
        found = connection.statements_.emplace(sql, std::move(fresh)).first;
    }
    if (found->second.inUse) {
        own_ = std::make_unique<SQLite::Statement>(connection.db_, sql);
        statement_ = own_.get();
        return;
    }
    cached_ = &found->second;
    cached_->inUse = true;
    statement_ = cached_->statement.get();
}

Query::~Query() {
    statement_->tryReset();
    try {
        statement_->clearBindings();
    } catch (...) {
        // Nothing to do: every use binds all its parameters again.
    }
    if (cached_) cached_->inUse = false;
}

}  // namespace innotrack::storage::detail
