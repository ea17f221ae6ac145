// The audit chain end to end: `audit verify` on an untouched trail and after one row was edited,
// removed, added or moved with a raw SQL tool (the append-only guard lifted first), the head the
// board and the tally print, and a paper's head confirmed later.
#include "cli_fixture.hpp"
#include "tamper.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <pwd.h>
#include <unistd.h>

using namespace innotrack::testing;
using nlohmann::json;

namespace {

struct Head {
    long long entries = 0;
    std::string hash;
};

Head headOf(const CliFixture& cli) {
    const json verified = cli.json({"audit", "verify"});
    REQUIRE(verified["intact"] == "yes");
    return {verified["entries"].get<long long>(), verified["head"].get<std::string>()};
}

}  // namespace

TEST_CASE("audit verify finds an untouched trail intact, and the papers carry its head",
          "[cli][e2e][backend][location][audit-chain]") {
    CliFixture cli;
    cli.setUpInnovation();
    const Head head = headOf(cli);
    REQUIRE(head.entries >= 6);
    REQUIRE(head.hash.size() == 12);

    RunResult verified = cli.run({"audit", "verify"});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out == "The audit trail holds " + std::to_string(head.entries) + " entries, head " + head.hash +
                              ", intact.\n");

    const std::string printed = "Audit trail: " + std::to_string(head.entries) + " entries, head " + head.hash + ".";
    const RunResult board = cli.run({"report", "board"});
    requireOk(board);
    CHECK(has(board.out, printed));
    const RunResult markdown = cli.run({"report", "board", "--format", "markdown"});
    CHECK(has(markdown.out, printed));
    const json tally = cli.json({"report", "tally"});
    CHECK(tally["audit_chain"]["entries"] == head.entries);
    CHECK(tally["audit_chain"]["head"] == head.hash);
    CHECK(cli.json({"report", "board"})["audit_chain"]["head"] == head.hash);
    CHECK_FALSE(has(cli.run({"report", "board", "--format", "csv"}).out, head.hash));

    // Later, the paper's head is confirmed against a trail that has grown since.
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "2026-06-01"}));
    verified = cli.run({"audit", "verify", "--head", head.hash, "--count", std::to_string(head.entries)});
    CHECK(verified.exitCode == 0);
    CHECK(has(verified.out, "it still holds the " + std::to_string(head.entries) + " entries the paper was made from (" +
                                head.hash + "), and 1 entry added since."));
    // In capitals, as someone might copy it.
    std::string upper = head.hash;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(cli.run({"audit", "verify", "--head", upper, "--count", std::to_string(head.entries)}).exitCode == 0);

    const RunResult wrongCount = cli.run({"audit", "verify", "--head", head.hash, "--count", "2"});
    CHECK(wrongCount.exitCode == 1);
    CHECK(has(wrongCount.out, "Entry 2 of today's audit trail has the hash"));
    const RunResult notHex = cli.run({"audit", "verify", "--head", "3f9a-c1", "--count", "2"});
    CHECK(notHex.exitCode == 1);
    CHECK(has(notHex.err, "--head: '3f9a-c1' is not the start of an audit trail's hash"));
    const RunResult alone = cli.run({"audit", "verify", "--head", head.hash});
    CHECK(alone.exitCode == 2);
    CHECK(has(alone.err, "give --head and --count together"));
}

TEST_CASE("audit verify and check name the first entry a raw SQL tool touched",
          "[cli][e2e][backend][location][audit-chain]") {
    CliFixture cli;
    cli.setUpInnovation();
    const Head before = headOf(cli);
    std::string named;
    SECTION("a value edited") {
        tamperWithAuditTrail(cli.db(), "UPDATE audit SET new_value = 'name: Cllr Someone Else' WHERE id = 2");
        named = "entry 2 of the trail (#2,";
    }
    SECTION("an entry removed") {
        tamperWithAuditTrail(cli.db(), "DELETE FROM audit WHERE id = 2");
        named = "entry 2 of the trail (#3,";
    }
    SECTION("an entry added between two") {
        tamperWithAuditTrail(cli.db(), "UPDATE audit SET id = id + 1000 WHERE id >= 3; "
                                       "INSERT INTO audit (id, at, actor_id, entity, entity_id, action, new_value) "
                                       "VALUES (3, '2026-03-02T12:00:00Z', 1, 'person', 2, 'added', 'name: Nobody')");
        named = "entry 3 of the trail (#3, added person 2, at 2026-03-02T12:00:00Z)";
    }
    SECTION("two entries put in each other's place") {
        tamperWithAuditTrail(cli.db(), "UPDATE audit SET id = -1 WHERE id = 2; UPDATE audit SET id = 2 WHERE id = 3; "
                                       "UPDATE audit SET id = 3 WHERE id = -1");
        named = "entry 2 of the trail (#2,";
    }
    const RunResult verified = cli.run({"audit", "verify"});
    CHECK(verified.exitCode == 1);
    CHECK(has(verified.out, "The audit trail has been altered: " + named));
    const RunResult checked = cli.run({"check"});
    CHECK(checked.exitCode == 1);
    CHECK(has(checked.out, "The audit trail has been altered: " + named));
    const RunResult paper =
        cli.run({"audit", "verify", "--head", before.hash, "--count", std::to_string(before.entries)});
    CHECK(paper.exitCode == 1);
}

TEST_CASE("entries removed from the end are caught by the head a paper printed",
          "[cli][e2e][backend][location][audit-chain]") {
    CliFixture cli;
    cli.setUpInnovation();
    const Head printed = headOf(cli);
    tamperWithAuditTrail(cli.db(), "DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)");
    CHECK(cli.run({"audit", "verify"}).exitCode == 0);  // what is left is consistent on its own
    const RunResult paper =
        cli.run({"audit", "verify", "--head", printed.hash, "--count", std::to_string(printed.entries)});
    CHECK(paper.exitCode == 1);
    CHECK(has(paper.out, "Today's audit trail has " + std::to_string(printed.entries - 1) + " entries"));
}

namespace {

std::string thisAccount() {
    const passwd* entry = getpwuid(geteuid());
    REQUIRE(entry != nullptr);
    return entry->pw_name;
}

std::string thisHost() {
    char name[256] = {};
    REQUIRE(gethostname(name, sizeof name - 1) == 0);
    return name;
}

}  // namespace

TEST_CASE("on a file, each change records the computer's account, which vouches for its person",
          "[cli][e2e][acting]") {
    CliFixture cli;  // a file: on a server the login decides (tests/storage_pg/permissions_test.cpp)
    cli.setUpInnovation();
    const json history = cli.json({"history"});
    REQUIRE_FALSE(history.empty());
    CHECK(history.back()["os_user"] == thisAccount());
    CHECK(history.back()["host"] == thisHost());

    // The leader's account may record a change for someone else; history says whose account it was.
    requireOk(cli.as("1", {"person", "update", "3", "--login", "olly.officer"}));
    requireOk(cli.as("1", {"person", "update", "1", "--login", thisAccount()}));
    requireOk(cli.as("Olly Officer", {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "2026-06-01"}));
    const RunResult shown = cli.run({"history", "--limit", "1"});
    requireOk(shown);
    CHECK(shown.out.find("Made from") != std::string::npos);
    CHECK(shown.out.find(thisAccount() + " on " + thisHost()) != std::string::npos);
    CHECK(cli.run({"history", "--limit", "2"}).out.find("Olly Officer") != std::string::npos);

    // Now the account is the officer's login: it acts as the officer, and as nobody else.
    requireOk(cli.as("1", {"person", "update", "1", "--login", ""}));
    requireOk(cli.as("1", {"person", "update", "3", "--login", thisAccount()}));
    const RunResult asSomeoneElse =
        cli.as("Cllr Bob Hughes", {"milestone", "add", "--innovation", "1", "--title", "Trial", "--due", "2026-06-01"});
    CHECK(asSomeoneElse.exitCode == 1);
    CHECK(asSomeoneElse.err == "innotrack: This computer's account '" + thisAccount() +
                                   "' is Olly Officer's login, so changes made from it are Olly Officer's, not Cllr "
                                   "Bob Hughes's; only the leader's account may record changes for someone else\n");
    requireOk(cli.run({"milestone", "add", "--innovation", "1", "--title", "Trial", "--due", "2026-06-01"}));
    CHECK(cli.json({"history", "--limit", "1"}).at(0)["actor_id"] == 3);
    // History shows no account where it is the acting person's own login.
    CHECK(cli.run({"history", "--limit", "1"}).out.find("Made from") == std::string::npos);
}

namespace {

// The verifier docs/AUDIT_CHAIN.md shows, taken from the page itself, so the page cannot drift.
std::filesystem::path documentedVerifier(const std::filesystem::path& folder) {
    std::ifstream page(std::string(INNOTRACK_DOCS_DIR) + "/AUDIT_CHAIN.md");
    REQUIRE(page);
    std::stringstream text;
    text << page.rdbuf();
    const std::string all = text.str();
    const std::string opening = "```python\n";
    const auto start = all.find(opening);
    REQUIRE(start != std::string::npos);
    const auto end = all.find("```", start + opening.size());
    REQUIRE(end != std::string::npos);
    const auto script = folder / "verify_chain.py";
    std::ofstream(script) << all.substr(start + opening.size(), end - start - opening.size());
    return script;
}

}  // namespace

TEST_CASE("the documented Python verifier agrees with audit verify, and catches an edit",
          "[cli][e2e][backend][location][audit-chain]") {
    CliFixture cli;
    requireOk(cli.run({"demo"}));
    const Head head = headOf(cli);
    const auto script = documentedVerifier(cli.dir());
    const std::string expected =
        std::to_string(head.entries) + " entries, head " + head.hash + ", intact\n";
    const std::string exported = (cli.dir() / "portfolio.json").string();
    requireOk(cli.run({"export", "--format", "json", "--out", exported}));
    // The JSON export works for every backend; a file can be read directly too.
    std::vector<std::string> sources{exported};
    if (cli.db().rfind("postgresql:", 0) != 0) sources.push_back(cli.db());
    for (const std::string& source : sources) {
        INFO(source);
        const RunResult python = runProgram("/usr/bin/python3", {script.string(), source}, {}, cli.dir());
        CHECK(python.exitCode == 0);
        CHECK(python.err.empty());
        CHECK(python.out == expected);
    }

    tamperWithAuditTrail(cli.db(), "UPDATE audit SET old_value = 'amber' WHERE id = 40");
    requireOk(cli.run({"export", "--format", "json", "--out", exported}));
    const RunResult python = runProgram("/usr/bin/python3", {script.string(), exported}, {}, cli.dir());
    CHECK(python.exitCode == 1);
    CHECK(python.err == "entry 40 (#40) does not match the chain\n");
}
