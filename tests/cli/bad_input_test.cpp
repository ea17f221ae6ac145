// End to end: wrong input is refused with one line naming the field and value, the right exit
// status, and nothing stored changes.
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace innotrack::testing;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Runs a command that must be refused, and checks the message, the status and that the list
// and the history read the same before and after.
RunResult refused(const CliFixture& cli, const std::vector<std::string>& listCommand, const std::string& actor,
                  const std::vector<std::string>& arguments, int exitCode) {
    const std::string before = cli.snapshot(listCommand);
    const RunResult result = actor.empty() ? cli.run(arguments) : cli.as(actor, arguments);
    INFO("stdout: " << result.out);
    INFO("stderr: " << result.err);
    requirePlainRefusal(result, exitCode);
    CHECK(result.out.empty());
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(result.err.rfind("innotrack", 0) == 0);
    CHECK(cli.snapshot(listCommand) == before);
    return result;
}

const std::vector<std::string> kMilestones = {"milestone", "list"};

}  // namespace

TEST_CASE("a date that is not on the calendar is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, kMilestones, "3",
                                {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "2026-02-30"},
                                1);
    CHECK(result.err.rfind("innotrack: ", 0) == 0);
    CHECK(contains(result.err, "--due"));
    CHECK(contains(result.err, "'2026-02-30' is not a day of the calendar"));
}

TEST_CASE("a date written day first is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, kMilestones, "3",
                                {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "31/12/2026"},
                                1);
    CHECK(contains(result.err, "--due"));
    CHECK(contains(result.err, "'31/12/2026'"));
    CHECK(contains(result.err, "YYYY-MM-DD"));
}

TEST_CASE("an empty title is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result =
        refused(cli, kMilestones, "3", {"milestone", "add", "--innovation", "1", "--title", "  ", "--due", "2026-06-01"}, 1);
    CHECK(contains(result.err, "title must not be empty"));
}

TEST_CASE("a title of 10000 characters is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const std::string title(10000, 'x');
    const auto result = refused(cli, {"innovation", "list"}, "2", {"innovation", "add", "--title", title}, 1);
    CHECK(contains(result.err, "title"));
    CHECK(contains(result.err, "10000 characters"));
    CHECK(result.err.size() < 300);  // the message quotes the start of the value, not all of it
}

TEST_CASE("a likelihood of 6 is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, {"risk", "list"}, "3",
                                {"risk", "add", "--innovation", "1", "--title", "Supplier fails", "--likelihood", "6",
                                 "--impact", "3", "--owner", "Olly Officer"},
                                1);
    CHECK(contains(result.err, "innotrack: --likelihood: 6 is out of range"));
    CHECK(contains(result.err, "1 to 5"));
}

TEST_CASE("a cabinet lead who is a project officer is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, {"innovation", "list"}, "2",
                                {"innovation", "add", "--title", "Fix potholes", "--cabinet-lead", "Olly Officer"}, 1);
    CHECK(contains(result.err, "cabinet lead"));
    CHECK(contains(result.err, "Olly Officer"));
}

TEST_CASE("an unknown person in --as is refused", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, kMilestones, "Nobody Known",
                                {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "2026-06-01"},
                                1);
    CHECK(contains(result.err, "--as"));
    CHECK(contains(result.err, "'Nobody Known'"));
}

TEST_CASE("a write without --as is wrong usage", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result =
        refused(cli, kMilestones, "", {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "2026-06-01"}, 2);
    CHECK(contains(result.err, "--as PERSON"));
}

TEST_CASE("a --db file that does not exist is reported, not created", "[cli][e2e][bad-input]") {
    CliFixture cli;
    const std::string missing = (cli.dir() / "no-such.db").string();
    const RunResult result = cli.run({"--db", missing, "innovation", "list"}, false);
    requirePlainRefusal(result, 3);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("innotrack: ", 0) == 0);
    CHECK(contains(result.err, missing));
    CHECK(contains(result.err, "innotrack init"));
    CHECK_FALSE(std::filesystem::exists(missing));
}

TEST_CASE("a negative id is said to be no record number, not an unknown option", "[cli][e2e][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, kMilestones, "", {"innovation", "show", "-1"}, 2);
    CHECK(result.err ==
          "innotrack innovation show: '-1' is not a record number: ids are whole numbers from 1, such as 14\n");
}

TEST_CASE("a field the domain refuses is named as the option typed", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, {"ambition", "list"}, "1", {"ambition", "add", "--title", "X", "--horizon", "1900"}, 1);
    CHECK(result.err == "innotrack: --horizon: 1900 is out of range; it must be 2000 to 2100\n");
}

TEST_CASE("a control character is shown by its position", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto title = refused(cli, {"innovation", "list"}, "2", {"innovation", "add", "--title", "Bell\x07"}, 1);
    CHECK(title.err == "innotrack: --title: a control character at position 5 is not allowed (it must be one line)\n");
    const auto due = refused(cli, kMilestones, "3",
                             {"milestone", "add", "--innovation", "1", "--title", "x", "--due", "\x1B[2J2026"}, 1);
    CHECK(contains(due.err, "--due: a value with a control character at position 1 is not a date"));
}

TEST_CASE("an unknown command is wrong usage", "[cli][e2e][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, kMilestones, "", {"milestone", "delete", "1"}, 2);
    CHECK(contains(result.err, "'milestone delete'"));
}

TEST_CASE("a missing required option is wrong usage", "[cli][e2e][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result =
        refused(cli, kMilestones, "3", {"milestone", "add", "--innovation", "1", "--title", "Pilot"}, 2);
    CHECK(result.err == "innotrack milestone add: missing --due (the date it is due, YYYY-MM-DD)\n");
}

TEST_CASE("a word where a number belongs is wrong usage", "[cli][e2e][bad-input]") {
    CliFixture cli;
    cli.setUpInnovation();
    const auto result = refused(cli, {"risk", "list"}, "3",
                                {"risk", "add", "--innovation", "1", "--title", "Supplier fails", "--likelihood", "six",
                                 "--impact", "3", "--owner", "3"},
                                2);
    CHECK(contains(result.err, "--likelihood must be a whole number, not 'six'"));
}

TEST_CASE("a file that is not an innotrack portfolio is a storage failure", "[cli][e2e][bad-input]") {
    CliFixture cli;
    const auto notes = cli.dir() / "notes.txt";
    {
        std::ofstream out(notes);
        out << "Shopping list: milk, eggs\n";
    }
    const std::string content = readFile(notes);
    for (const auto& command : std::vector<std::vector<std::string>>{
             {"innovation", "list"}, {"--as", "1", "ambition", "add", "--title", "x", "--horizon", "2040"}}) {
        std::vector<std::string> arguments = {"--db", notes.string()};
        arguments.insert(arguments.end(), command.begin(), command.end());
        const RunResult result = cli.run(arguments, false);
        INFO("stderr: " << result.err);
        requirePlainRefusal(result, 3);
        CHECK(result.out.empty());
        CHECK(result.err.rfind("innotrack: ", 0) == 0);
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(readFile(notes) == content);
    }
}

TEST_CASE("init refuses a file that already exists", "[cli][e2e][backend][location][bad-input]") {
    CliFixture cli;
    cli.setUpPeople();
    const auto result = refused(cli, {"person", "list"}, "", {"init", "--leader", "Someone Else"}, 1);
    CHECK(contains(result.err, "already"));
}

TEST_CASE("INNOTRACK_TODAY must be a date", "[cli][e2e][bad-input]") {
    CliFixture cli;
    cli.setUpPeople();
    cli.environment["INNOTRACK_TODAY"] = "next tuesday";
    const RunResult result = cli.run({"person", "list"});
    requirePlainRefusal(result, 1);
    CHECK(contains(result.err, "INNOTRACK_TODAY"));
    CHECK(contains(result.err, "'next tuesday'"));
}

TEST_CASE("a server that cannot be reached is said in one line, not taken for a file name", "[cli][e2e][bad-input]") {
    CliFixture cli;
    // Port 1: nothing listens there, so the refusal is at once, with or without a network.
    for (const std::string location : {"postgresql://localhost:1/portfolio", "postgres://localhost:1/council"}) {
        INFO(location);
        const RunResult result = cli.run({"--db", location, "demo"}, false);
        requirePlainRefusal(result, 3);
        CHECK(result.out.empty());
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(contains(result.err, "could not be reached"));
        CHECK(contains(result.err, location));
    }
    // Before the opener knew locations, demo made a folder named "postgresql:" where it ran.
    CHECK_FALSE(std::filesystem::exists(std::filesystem::current_path() / "postgresql:"));
    CHECK_FALSE(std::filesystem::exists(std::filesystem::current_path() / "postgres:"));

    cli.environment["INNOTRACK_DB"] = std::string("postgresql://localhost:1/portfolio");
    const RunResult fromEnvironment = cli.run({"innovation", "list"}, false);
    requirePlainRefusal(fromEnvironment, 3);
    CHECK(contains(fromEnvironment.err, "could not be reached"));
}

TEST_CASE("a password in a server's address is never repeated, in a refusal or a confirmation", "[cli][e2e][bad-input]") {
    CliFixture cli;
    const RunResult result = cli.run({"--db", "postgresql://ann:s3cret-word@localhost:1/council", "innovation", "list"}, false);
    requirePlainRefusal(result, 3);
    CHECK_FALSE(contains(result.err, "s3cret-word"));
    CHECK(contains(result.err, "postgresql://ann@localhost:1/council"));
}

TEST_CASE("a web address or other URL is refused as a portfolio", "[cli][e2e][bad-input]") {
    CliFixture cli;
    const RunResult result = cli.run({"--db", "https://intranet.council.example/portfolio.db", "innovation", "list"},
                                     false);
    requirePlainRefusal(result, 3);
    CHECK(result.out.empty());
    CHECK(contains(result.err, "is not a portfolio innotrack can open"));
    CHECK_FALSE(std::filesystem::exists(std::filesystem::current_path() / "https:"));
}
