// The export tests' shared ground: the demo portfolio in a file with "today" fixed and a clock
// that can move on; the innotrack binary run against it; CSV parsed by libcsv, an independent reader.
#pragma once

#include "parse_csv.hpp"
#include "process.hpp"

#include "storage/sqlite_store.hpp"
#include "tracker/portfolio.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace innotrack::testing {

inline const Date kExportDay(2026, 3, 2);
inline constexpr const char* kExportDayText = "2026-03-02";

// The demo written through the service into export-demo.db in a temporary folder.
class ExportDemo {
public:
    ExportDemo();

    const std::filesystem::path& dir() const { return dir_.path(); }
    std::string db() const { return (dir_.path() / "export-demo.db").string(); }
    std::string file(const std::string& name) const { return (dir_.path() / name).string(); }

    storage::SqliteStore& store() { return *store_; }
    Portfolio& portfolio() { return *portfolio_; }
    const Clock& clock() const { return clock_; }

    // The innotrack binary with --db set to the demo file and today fixed.
    RunResult run(std::vector<std::string> arguments) const;

private:
    TempDir dir_;
    FixedClock clock_{kExportDay};
    std::unique_ptr<storage::SqliteStore> store_;
    std::unique_ptr<Portfolio> portfolio_;
};



}  // namespace innotrack::testing
