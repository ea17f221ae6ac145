// The whole-portfolio JSON tests' shared ground: the demo portfolio in a file with "today" fixed,
// its export, and a store that passes every call through so a test can step in at one.
#pragma once

#include "pass_through_store.hpp"
#include "process.hpp"

#include "storage/sqlite_store.hpp"
#include "tracker/portfolio.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace innotrack::testing {

inline const Date kDemoDay(2026, 3, 2);
inline constexpr const char* kDemoDayText = "2026-03-02";

// The demo portfolio written through the service into demo.db, with risk bands moved off the
// defaults so the settings are exercised too.
class DemoFile {
public:
    DemoFile();

    const std::filesystem::path& dir() const { return dir_.path(); }
    std::string path() const { return (dir_.path() / "demo.db").string(); }
    std::string file(const std::string& name) const { return (dir_.path() / name).string(); }
    std::unique_ptr<storage::SqliteStore> open() const;

private:
    TempDir dir_;
};

// A new, empty portfolio file (the schema and its settings, nobody in it).
void createEmptyPortfolio(const std::string& path);

// writePortfolioJson into a string.
std::string exportJson(const PortfolioStore& store);

// The portfolio's bytes: its file, then what its write-ahead log holds, if anything. (SQLite
// removes an empty log and its index when the last writer closes: that is not a change.)
std::string portfolioBytes(const std::string& path);

// Every file in `dir` with its bytes.
std::map<std::string, std::string> folderContents(const std::filesystem::path& dir);

}  // namespace innotrack::testing
