// SQLite behind the app's PortfolioFiles port; see sqlite_files.hpp.
#include "gui/sqlite_files.hpp"

#include "storage/sqlite_store.hpp"

#include <filesystem>

namespace innotrack::gui {
namespace {

class SqliteConnection final : public PortfolioConnection {
public:
    SqliteConnection(std::unique_ptr<storage::SqliteStore> store, std::string location)
        : store_(std::move(store)), location_(std::move(location)) {}

    PortfolioStore& store() override { return *store_; }
    const PortfolioQueries& tallyQueries() const override { return *store_; }
    const ChecklistQueries& checklistQueries() const override { return *store_; }
    const BoardQueries& boardQueries() const override { return *store_; }
    const StageBoardQueries& stageBoardQueries() const override { return *store_; }
    // PRAGMA data_version: SQLite's own counter of commits made by other connections.
    bool changedOutside() override { return store_->changedSinceLastCall(); }
    std::string location() const override { return location_; }

private:
    std::unique_ptr<storage::SqliteStore> store_;
    std::string location_;
};

// The settings remember files by where they are, whatever folder the app was started in.
std::string absolute(const std::string& path) {
    std::error_code error;
    const std::filesystem::path full = std::filesystem::absolute(path, error);
    return error ? path : full.lexically_normal().string();
}

}  // namespace

std::unique_ptr<PortfolioConnection> SqlitePortfolioFiles::open(const std::string& path) {
    return std::make_unique<SqliteConnection>(storage::SqliteStore::open(path, storage::OpenMode::OpenExisting), absolute(path));
}

std::unique_ptr<PortfolioConnection> SqlitePortfolioFiles::create(const std::string& path) {
    return std::make_unique<SqliteConnection>(storage::SqliteStore::open(path, storage::OpenMode::CreateNew), absolute(path));
}

std::unique_ptr<PortfolioConnection> SqlitePortfolioFiles::createInMemory() {
    return std::make_unique<SqliteConnection>(storage::SqliteStore::openInMemory(), "demo portfolio (in memory, not saved)");
}

}  // namespace innotrack::gui
