// Looking at a path before opening it: SQLite itself would happily create, convert or adopt a
// file that is not ours, so everything that would be refused is refused here first.
#include "file_checks.hpp"

#include "connection.hpp"
#include "errors.hpp"
#include "migrations/migrations.hpp"
#include "schema.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

namespace innotrack::storage::detail {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kHeaderSize = 100;
constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

std::string quoted(const std::string& path) {
    return "'" + path + "'";
}

std::uint32_t bigEndian(const std::array<unsigned char, kHeaderSize>& header, std::size_t at, std::size_t bytes) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < bytes; ++i) value = (value << 8) | header[at + i];
    return value;
}

[[noreturn]] void cutShort(const std::string& path) {
    throw StorageError(quoted(path) +
                       " is damaged: it is shorter than the database it holds, so it may have been cut short;"
                       " restore it from a backup");
}

// The header says how big the database is; a file shorter than that was truncated. Pages
// still in the -wal file are not in the main file yet, so only judge when there is no WAL.
// Returns false when the file looks cut short.
bool isWholeDatabase(const std::string& path, const std::array<unsigned char, kHeaderSize>& header,
                     std::uintmax_t size) {
    std::uint32_t pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw StorageError(quoted(path) + " is damaged or not an innotrack portfolio: its header is not valid");
    if (size % pageSize != 0) return false;
    const std::uint32_t changeCounter = bigEndian(header, 24, 4);
    const std::uint32_t pages = bigEndian(header, 28, 4);
    const std::uint32_t validFor = bigEndian(header, 92, 4);
    std::error_code ignored;
    const bool walHasPages = fs::file_size(path + "-wal", ignored) > 0 && !ignored;
    return !(validFor == changeCounter && !walHasPages && static_cast<std::uintmax_t>(pages) * pageSize > size);
}

}  // namespace

void requireFolder(const std::string& path) {
    const fs::path folder = fs::path(path).parent_path();
    if (folder.empty()) return;  // the current folder
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw StorageError("The folder " + quoted(folder.string()) +
                           " does not exist: create it first or choose another place for the portfolio");
}

void requireNothingAt(const std::string& path, const std::string& why) {
    std::error_code error;
    if (fs::exists(fs::symlink_status(path, error)))
        throw StorageError(quoted(path) + " already exists: " + why);
}

void requireSqliteFile(const std::string& path) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) throw StorageError("No portfolio file at " + quoted(path));
    if (fs::is_directory(status)) throw StorageError(quoted(path) + " is a folder, not an innotrack portfolio");
    if (!fs::is_regular_file(status))
        throw StorageError(quoted(path) + " is not a regular file, so not an innotrack portfolio");
    // Another innotrack checkpointing this file writes the header (with the new page count)
    // before the pages that make the file that long, and may delete its WAL before we look:
    // a file that looks cut short is judged again, and only one that stays short is refused.
    // Found by tests/reliability (3 concurrent writers, about 1 change in 1,000 refused).
    constexpr int kLooks = 40;
    constexpr auto kBetweenLooks = std::chrono::milliseconds(25);
    for (int look = 1;; ++look) {
        const std::uintmax_t size = fs::file_size(path, error);
        if (error) throw StorageError(quoted(path) + " could not be read: " + error.message());
        if (size == 0) throw StorageError(quoted(path) + " is empty, not an innotrack portfolio");

        std::ifstream file(path, std::ios::binary);
        if (!file) throw StorageError(quoted(path) + " could not be read: check its permissions");
        std::array<unsigned char, kHeaderSize> header{};
        file.read(reinterpret_cast<char*>(header.data()), static_cast<std::streamsize>(header.size()));
        const bool wholeHeader = file.gcount() == static_cast<std::streamsize>(header.size());
        if (!wholeHeader || std::memcmp(header.data(), kSqliteMagic.data(), kSqliteMagic.size()) != 0)
            throw StorageError(quoted(path) + " is not an innotrack portfolio: it is some other kind of file");
        if (isWholeDatabase(path, header, size)) return;
        if (look == kLooks) cutShort(path);
        std::this_thread::sleep_for(kBetweenLooks);
    }
}

int inspectPortfolio(const std::string& path) {
    int applicationId = 0;
    int version = 0;
    int tables = 0;
    try {
        SQLite::Database db(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
        applicationId = db.execAndGet("PRAGMA application_id").getInt();
        version = db.execAndGet("PRAGMA user_version").getInt();
        tables = db.execAndGet("SELECT count(*) FROM sqlite_master WHERE type = 'table'").getInt();
    } catch (const SQLite::Exception& failure) {
        throw storageError(failure, path, "open " + quoted(path));
    }
    if (applicationId != kApplicationId) {
        if (applicationId != 0) {
            std::array<char, 16> hex{};
            std::snprintf(hex.data(), hex.size(), "0x%08X", static_cast<unsigned>(applicationId));
            throw StorageError(quoted(path) + " belongs to another application (application id " +
                               hex.data() + "), not innotrack");
        }
        if (tables > 0)
            throw StorageError(quoted(path) + " is another application's database, not an innotrack portfolio");
        throw StorageError(quoted(path) + " is an empty database, not an innotrack portfolio");
    }
    const int current = currentSchemaVersion();
    if (version > current)
        throw StorageError(quoted(path) + " was written by a newer version of innotrack (format version " +
                           std::to_string(version) + "; this version reads up to " + std::to_string(current) +
                           "): install the newer innotrack to open it");
    if (version < 1)
        throw StorageError(quoted(path) + " is an unfinished innotrack portfolio (format version 0): it may have been"
                           " damaged while being created; create it again");
    return version;
}

void createPrivateFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int reason = errno;
        if (reason == EEXIST) throw StorageError(quoted(path) + " already exists: choose a new file name");
        throw StorageError("Could not create " + quoted(path) + ": " + std::strerror(reason));
    }
    // The mode given to open() is reduced by the umask; set it outright.
    const int changed = ::fchmod(fd, S_IRUSR | S_IWUSR);
    const int reason = errno;
    ::close(fd);
    if (changed != 0) {
        removeDatabaseFiles(path);
        throw StorageError("Could not make " + quoted(path) + " private to its owner: " + std::strerror(reason));
    }
}

void removeDatabaseFiles(const std::string& path) noexcept {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
}

}  // namespace innotrack::storage::detail
