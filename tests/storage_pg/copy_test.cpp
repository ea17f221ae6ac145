// Moving a council from a portfolio file to a shared portfolio on a server and back, exactly:
// every record with its id and the whole audit trail.
#include "files.hpp"
#include "in_process_cli.hpp"
#include "test_server.hpp"

#include <catch2/catch.hpp>

namespace innotrack::testing {
namespace {

constexpr const char* kToday = "2026-03-02";

std::string exported(const std::string& location) {
    const CliRun run = runInnotrack(location, {"export", "--format", "json"}, kToday);
    REQUIRE(run.status == 0);
    return run.out;
}

TEST_CASE("copy moves a whole portfolio from a file to a server and back, exactly", "[server][copy]") {
    TemporaryFolder folder;
    const std::string file = folder.file("council.db");
    REQUIRE(runInnotrack(file, {"demo"}, kToday).status == 0);
    const TestDatabase server(TestDatabase::Holding::Nothing);

    const CliRun there = runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday);
    INFO(there.err);
    REQUIRE(there.status == 0);
    CHECK_THAT(there.out, Catch::Contains("audit entries from " + file) && Catch::Contains(server.location()));
    CHECK(exported(server.location()) == exported(file));

    const std::string back = folder.file("back.db");
    const CliRun home = runCliInProcess({"copy", "--from", server.location(), "--to", back}, kToday);
    INFO(home.err);
    REQUIRE(home.status == 0);
    CHECK(exported(back) == exported(file));
}

TEST_CASE("copy refuses a database that already holds a portfolio, and changes nothing", "[server][copy]") {
    TemporaryFolder folder;
    const std::string file = folder.file("council.db");
    REQUIRE(runInnotrack(file, {"demo"}, kToday).status == 0);
    const TestDatabase server(TestDatabase::Holding::Nothing);
    REQUIRE(runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday).status == 0);
    const std::string before = exported(server.location());

    const CliRun again = runCliInProcess({"copy", "--from", file, "--to", server.location()}, kToday);
    CHECK(again.status != 0);
    CHECK_THAT(again.err, Catch::Contains("not empty"));
    CHECK(exported(server.location()) == before);
}

}  // namespace
}  // namespace innotrack::testing
