// The innotrack program: chooses the storage backend (SQLite) and runs one command line.
#include "cli/run.hpp"

#include "storage/sqlite_store.hpp"

#include <iostream>

namespace {

std::unique_ptr<innotrack::PortfolioStore> openSqlite(const std::filesystem::path& file,
                                                      innotrack::cli::Access access) {
    using innotrack::cli::Access;
    using innotrack::storage::OpenMode;
    using innotrack::storage::SqliteStore;
    switch (access) {
        case Access::Reads:
            // A file from an earlier innotrack is upgraded (after a backup) on first use, even by
            // a command that only reads, rather than refused.
            return SqliteStore::open(file.string(),
                                     SqliteStore::needsUpgrade(file.string()) ? OpenMode::OpenExisting
                                                                              : OpenMode::ReadOnly);
        case Access::Writes: return SqliteStore::open(file.string(), OpenMode::OpenExisting);
        case Access::Creates: return SqliteStore::open(file.string(), OpenMode::CreateNew);
        case Access::CreatesOrFills: break;
    }
    // demo fills a new file, or an existing portfolio that has nobody in it yet.
    std::error_code error;
    const bool exists = std::filesystem::exists(file, error);
    return SqliteStore::open(file.string(), exists ? OpenMode::OpenExisting : OpenMode::CreateNew);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    const int status = innotrack::cli::run(arguments, std::cout, std::cerr, innotrack::cli::systemEnvironment(),
                                           openSqlite);
    std::cout.flush();
    return status;
}
