// The online backup: page by page through SQLite, so the copy is consistent even while in use.
#include "backup.hpp"

#include "connection.hpp"
#include "file_checks.hpp"

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace innotrack::storage::detail {

namespace {

void copyAllPages(SQLite::Database& source, const std::string& destination) {
    SQLite::Database target(destination, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
    SQLite::Backup backup(target, source);
    // A writer on another connection can hold the source briefly; wait as long as the busy timeout.
    constexpr auto kPause = std::chrono::milliseconds(50);
    for (int waited = 0;; waited += static_cast<int>(kPause.count())) {
        const int result = backup.executeStep(-1);
        if (result == SQLITE_DONE) return;
        if (waited >= kBusyTimeoutMs) throw SQLite::Exception("the source stayed busy", result);
        std::this_thread::sleep_for(kPause);
    }
}

}  // namespace

void copyDatabase(SQLite::Database& source, const std::string& sourcePath, const std::string& destination) {
    requireFolder(destination);
    requireNothingAt(destination, "choose a new name for the copy");
    createPrivateFile(destination);
    try {
        copyAllPages(source, destination);
    } catch (const SQLite::Exception& failure) {
        removeDatabaseFiles(destination);
        throw storageError(failure, sourcePath, "copy the portfolio to '" + destination + "'");
    } catch (...) {
        removeDatabaseFiles(destination);
        throw;
    }
}

}  // namespace innotrack::storage::detail
