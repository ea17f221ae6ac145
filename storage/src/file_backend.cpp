// The backend bundle on a portfolio file, and every check of the file's path before it is opened;
// see file_backend.hpp.
#include "storage/file_backend.hpp"

#include "storage/sqlite_store.hpp"

#include "desk_account.hpp"

#include "tracker/errors.hpp"

#include <filesystem>

namespace innotrack::storage {

namespace {

namespace fs = std::filesystem;

class FileBackend final : public PortfolioBackend {
public:
    FileBackend(std::unique_ptr<SqliteStore> store, std::string location)
        : store_(std::move(store)), location_(std::move(location)) {}

    PortfolioStore& store() override { return *store_; }
    const TallyQueries& tallyQueries() const override { return *store_; }
    const TrendQueries& trendQueries() const override { return *store_; }
    const BoardQueries& boardQueries() const override { return *store_; }
    const StageBoardQueries& stageBoardQueries() const override { return *store_; }
    const ChecklistQueries& checklistQueries() const override { return *store_; }
    // PRAGMA data_version: SQLite's own count of commits made through other connections. It does
    // not say what they changed, so a commit elsewhere may have changed anything.
    Changes changedSinceLastLook() override {
        return store_->changedSinceLastCall() ? Changes::all() : Changes::none();
    }
    bool connected() const override { return true; }
    bool reconnect() override { return true; }
    // A file cannot say who opened it: the acting person is claimed (--as).
    std::optional<ServerLogin> serverLogin() const override { return std::nullopt; }
    std::optional<DeskAccount> deskAccount() const override { return detail::thisComputersAccount(); }
    std::string location() const override { return location_; }
    void backupTo(const std::string& path) const override { store_->backupTo(path); }

private:
    std::unique_ptr<SqliteStore> store_;
    std::string location_;
};

// Settings and messages name a file by where it is, whatever folder the program started in.
std::string absolute(const std::string& path) {
    std::error_code error;
    const fs::path full = fs::absolute(path, error);
    return error ? path : full.lexically_normal().string();
}

bool somethingAt(const std::string& path) {
    std::error_code error;
    return fs::exists(fs::symlink_status(path, error));
}

// Only creating a portfolio makes the folder that holds it (~/.local/share/innotrack).
void makeFolderFor(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    if (parent.empty()) return;
    std::error_code error;
    fs::create_directories(parent, error);
    if (error) throw StorageError("Cannot create the folder " + parent.string() + ": " + error.message());
}

std::unique_ptr<SqliteStore> openStore(const std::string& path, OpenPurpose purpose) {
    const bool exists = somethingAt(path);
    switch (purpose) {
        case OpenPurpose::Read:
            if (!exists) throw NotFound("There is no portfolio at " + path);
            // A file from an earlier innotrack is upgraded (after a backup) on first use, even by
            // a command that only reads, rather than refused.
            return SqliteStore::open(path, SqliteStore::needsUpgrade(path) ? OpenMode::OpenExisting : OpenMode::ReadOnly);
        case OpenPurpose::Write:
            if (!exists) throw NotFound("There is no portfolio at " + path);
            return SqliteStore::open(path, OpenMode::OpenExisting);
        case OpenPurpose::Create:
            if (exists)
                throw ConflictError("There is already a file at " + path +
                                    "; choose a new file name to create a portfolio");
            makeFolderFor(path);
            return SqliteStore::open(path, OpenMode::CreateNew);
        case OpenPurpose::CreateOrFill:
            if (exists) return SqliteStore::open(path, OpenMode::OpenExisting);
            makeFolderFor(path);
            return SqliteStore::open(path, OpenMode::CreateNew);
    }
    throw StorageError("Cannot open " + path + ": unknown purpose");
}

}  // namespace

std::unique_ptr<PortfolioBackend> openFileBackend(const std::string& path, OpenPurpose purpose) {
    if (path.empty()) throw NotFound("No portfolio file was named");
    return std::make_unique<FileBackend>(openStore(path, purpose), absolute(path));
}

std::unique_ptr<PortfolioBackend> openInMemoryBackend() {
    return std::make_unique<FileBackend>(SqliteStore::openInMemory(), "demo portfolio (in memory, not saved)");
}

}  // namespace innotrack::storage
