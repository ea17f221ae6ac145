// The demo portfolio for the export tests, the binary run against it, and CSV read back by libcsv.
#include "export_fixture.hpp"

#include "demo/demo.hpp"

#include <catch2/catch.hpp>

namespace innotrack::testing {

ExportDemo::ExportDemo()
    : store_(storage::SqliteStore::open(db(), storage::OpenMode::CreateNew)),
      portfolio_(std::make_unique<Portfolio>(*store_, clock_)) {
    writeDemoPortfolio(*portfolio_);
}

RunResult ExportDemo::run(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), {"--db", db()});
    return runProgram(INNOTRACK_BIN, arguments, {{"INNOTRACK_TODAY", kExportDayText}, {"INNOTRACK_USER", std::nullopt}},
                      dir_.path());
}

}  // namespace innotrack::testing
