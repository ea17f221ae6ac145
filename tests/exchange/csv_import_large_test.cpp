// A 50 MB risk register with one bad row at the very end: every other row is read and added in
// the one transaction, the bad row's line is named, and nothing lands. Long but valid text keeps
// the row count, and so the time in a Debug build, small.
#include "csv_import_fixture.hpp"
#include "process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

constexpr std::size_t kFileBytes = 50 * 1000 * 1000;

// Writes risks of about 7.6 KB each until the file passes 50 MB; returns the rows written and the
// line the next row would start on. Each row's cause spans two lines, as a cell with a line break
// typed in Excel does.
std::size_t writeRegister(const std::string& path, std::size_t& nextLine) {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF" "Innovation,Title,Cause,Event,Effect,Mitigation,Likelihood,Impact,Owner,Raised on\r\n";
    const std::string cause = std::string(1000, 'c') + "\r\n" + std::string(990, 'c');
    const std::string text(1900, 't');
    std::size_t rows = 0;
    nextLine = 2;
    for (std::size_t bytes = 0; bytes < kFileBytes; ++rows) {
        const std::string row = "Home care by video,\"Risk " + std::to_string(rows) + ", with a comma\",\"" + cause +
                                "\"," + text + "," + text + "," + text + ",3,4,Dev Officer,01/05/2026\r\n";
        out << row;
        bytes += row.size();
        nextLine += 2;
    }
    return rows;
}

}  // namespace

TEST_CASE("import: a 50 MB register with one bad row at the end has every other row added, then that line named "
          "and nothing kept",
          "[exchange][import][large]") {
    TempDir dir;
    const std::string csv = (dir.path() / "risks.csv").string();
    std::size_t badLine = 0;
    const std::size_t rows = writeRegister(csv, badLine);
    REQUIRE(std::filesystem::file_size(csv) >= kFileBytes);

    // The fixture's portfolio, in memory: the disk is the CSV file's, not the store's, here.
    ImportFixture f;
    Portfolio& portfolio = f.portfolio;
    const auto& store = f.store;
    const Person officer = f.officer;

    std::ofstream(csv, std::ios::binary | std::ios::app) << "Home care by video,Last,3,4,5,6,7,8,Dev Officer,\r\n";
    std::ifstream in(csv, std::ios::binary);
    // The last progress call comes once every row has been added, before the transaction ends:
    // the store then holds every good row, uncommitted.
    std::size_t progressCalls = 0;
    std::size_t addedBeforeRollback = 0;
    Risk last;
    exchange::ImportOptions options;
    options.progress = [&](std::size_t done) {
        ++progressCalls;
        if (done != rows + 1) return;
        const auto added = store->listRisks(std::nullopt);
        addedBeforeRollback = added.size();
        if (!added.empty()) last = added.back();
    };
    const auto result = exchange::importRegister(exchange::Register::Risks, in, portfolio, officer.id, options);
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == std::to_string(badLine) + ": Likelihood: 7 is out of range; it must be 1 to 5");
    CHECK(lines[1] == std::to_string(badLine) + ": Impact: 8 is out of range; it must be 1 to 5");
    CHECK(result.rows == rows + 1);
    CHECK(progressCalls > rows / 1000);
    CHECK(addedBeforeRollback == rows);
    CHECK(last.title == "Risk " + std::to_string(rows - 1) + ", with a comma");
    CHECK(last.cause.size() == 1992);
    CHECK(last.raisedOn == Date(2026, 5, 1));
    CHECK_FALSE(result.written);
    CHECK(store->listRisks(std::nullopt).empty());
}
