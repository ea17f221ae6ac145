// Moving a council from a portfolio file to a shared portfolio on a server and back, exactly:
// every record with its id and the whole audit trail.
#include "files.hpp"
#include "in_process_cli.hpp"
#include "test_server.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

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

TEST_CASE("a confirmation names the shared portfolio without the password typed in its address", "[server][copy]") {
    const TestDatabase server(TestDatabase::Holding::Nothing);
    const char* password = std::getenv("PGPASSWORD");
    REQUIRE(password != nullptr);
    const std::string user = std::getenv("PGUSER") ? std::getenv("PGUSER") : "postgres";
    const std::string withPassword = "postgresql://" + user + ":" + password + "@/" + server.name();
    const CliRun made = runInnotrack(withPassword, {"init", "--leader", "Cllr Ann Leader"}, kToday);
    INFO(made.err);
    REQUIRE(made.status == 0);
    CHECK(made.out.find(password) == std::string::npos);
    CHECK_THAT(made.out, Catch::Contains("postgresql://" + user + "@/" + server.name()));
}

}  // namespace
}  // namespace innotrack::testing
