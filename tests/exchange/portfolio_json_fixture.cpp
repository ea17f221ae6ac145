// The demo portfolio in a file, its export, and the contents of a folder, for the JSON tests.
#include "portfolio_json_fixture.hpp"

#include "exchange/portfolio_json.hpp"
#include "demo/demo.hpp"

#include <sstream>

namespace innotrack::testing {

DemoFile::DemoFile() {
    auto store = storage::SqliteStore::open(path(), storage::OpenMode::CreateNew);
    FixedClock clock(kDemoDay);
    Portfolio portfolio(*store, clock);
    writeDemoPortfolio(portfolio);
    const Person leader = portfolio.person("1");
    portfolio.setRiskBands(leader.id, RiskBands{4, 9, 16});
}

std::unique_ptr<storage::SqliteStore> DemoFile::open() const {
    return storage::SqliteStore::open(path(), storage::OpenMode::OpenExisting);
}

void createEmptyPortfolio(const std::string& path) {
    storage::SqliteStore::open(path, storage::OpenMode::CreateNew);
}

std::string exportJson(const PortfolioStore& store) {
    std::ostringstream out;
    exchange::writePortfolioJson(store, out);
    return out.str();
}

std::string portfolioBytes(const std::string& path) {
    std::string bytes = readFile(path);
    if (std::filesystem::exists(path + "-wal")) bytes += readFile(path + "-wal");
    return bytes;
}

std::map<std::string, std::string> folderContents(const std::filesystem::path& dir) {
    std::map<std::string, std::string> contents;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file()) contents[entry.path().filename().string()] = readFile(entry.path());
    return contents;
}

}  // namespace innotrack::testing
