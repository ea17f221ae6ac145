// One open portfolio file: the SQLite connection, its prepared statements and its transaction depth.
#pragma once

#include "errors.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace innotrack::storage::detail {

inline constexpr int kBusyTimeoutMs = 5000;
// The most of a file read through a memory map (PRAGMA mmap_size): a 100,000-innovation portfolio
// is about 300 MB; past this SQLite reads the rest as before.
inline constexpr long long kMapBytes = 1LL << 30;
inline constexpr const char* kInMemoryPath = ":memory:";

class Connection {
public:
    // Opens with SQLite's flags and applies the connection settings (foreign keys, busy timeout,
    // and for a writable file WAL with synchronous=NORMAL). Throws SQLite::Exception.
    Connection(const std::string& path, int sqliteFlags, bool readOnly);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    const std::string& path() const { return path_; }
    bool readOnly() const { return readOnly_; }
    bool inMemory() const { return path_ == kInMemoryPath; }
    SQLite::Database& db() { return db_; }

    int userVersion();
    std::int64_t dataVersion();

    // Runs `work`, turning any SQLite failure into a StorageError that says what we were doing.
    template <typename Work>
    auto run(std::string_view doing, Work&& work) -> decltype(work()) {
        try {
            return work();
        } catch (const SQLite::Exception& failure) {
            throw storageError(failure, path_, doing, readOnly_);
        }
    }

    // Write transactions nest: the outermost is BEGIN IMMEDIATE, the others savepoints.
    int writeDepth = 0;
    std::int64_t lastDataVersion = 0;

private:
    friend class Query;
    struct CachedStatement {
        std::unique_ptr<SQLite::Statement> statement;
        bool inUse = false;
    };

    std::string path_;
    bool readOnly_;
    SQLite::Database db_;
    // Declared after db_ so every statement is finalised before the connection closes.
    std::unordered_map<std::string, CachedStatement> statements_;
};

// A prepared statement borrowed from the connection's cache for one use. It is reset when the
// Query ends, so no half-read SELECT keeps a read snapshot open (which would hide other
// connections' writes and stop PRAGMA data_version from moving).
class Query {
public:
    Query(Connection& connection, const std::string& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    SQLite::Statement& operator*() { return *statement_; }
    SQLite::Statement* operator->() { return statement_; }
    bool step() { return statement_->executeStep(); }
    int exec() { return statement_->exec(); }

private:
    Connection::CachedStatement* cached_ = nullptr;
    std::unique_ptr<SQLite::Statement> own_;  // when the cached one is already in use (re-entry)
    SQLite::Statement* statement_ = nullptr;
};

}  // namespace innotrack::storage::detail
