// `innotrack checklist answer | list` and `innotrack report checklist`, run in-process on a
// portfolio file: only the leader answers, bad input is one line with the documented exit status,
// and the report comes out in the format asked for.
#include "checklist_fixture.hpp"

#include "in_process_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace innotrack;

namespace {

namespace fs = std::filesystem;

using Run = testing::CliRun;

// A portfolio file with a leader and a cabinet member, and the program run on 27 November 2026.
struct ChecklistCli {
    testing::TemporaryFolder folder;  // for the files --out writes
    fs::path dir = folder.path();
    testing::TestPortfolio test;
    std::string db = test.location();

    ChecklistCli() {
        FixedClock clock(Date(2026, 11, 27));
        Portfolio portfolio(test.store(), clock);
        Person leader;
        leader.name = "Cllr Ann Leader";
        leader.role = Role::Leader;
        const Id leaderId = portfolio.initialise(leader).id;
        Person cabinet;
        cabinet.name = "Cllr Bob Cabinet";
        cabinet.role = Role::Cabinet;
        portfolio.addPerson(leaderId, cabinet);
    }
    Run run(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", db});
        return testing::runCliInProcess(arguments, "2026-11-27");
    }
};

std::string contents(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("checklist answer records the leader's answer, and checklist list shows it", "[reports][checklist][cli][backend][location]") {
    const ChecklistCli cli;
    const Run answered = cli.run({"checklist", "answer", "--as", "Cllr Ann Leader", "--question", "look-outside",
                                  "--answer", "partly", "--evidence", "Two ideas from Wigan"});
    CHECK(answered.err.empty());
    CHECK(answered.status == 0);
    CHECK(answered.out == "Recorded the answer Partly to look-outside on 2026-11-27 (answer 1).\n");

    const Run listed = cli.run({"checklist", "list", "--format", "json"});
    REQUIRE(listed.status == 0);
    const auto rows = nlohmann::json::parse(listed.out);
    REQUIRE(rows.size() == 16);
    CHECK(rows[0]["question_key"] == "new-ideas");
    CHECK(rows[0]["answer"].is_null());
    CHECK(rows[1]["question_key"] == "look-outside");
    CHECK(rows[1]["area"] == "climate");
    CHECK(rows[1]["answer"] == "partly");
    CHECK(rows[1]["evidence"] == "Two ideas from Wigan");
    CHECK(rows[1]["answered_by"] == "Cllr Ann Leader");
    CHECK(rows[1]["answered_on"] == "2026-11-27");
    // As of the day before, nothing had been answered.
    CHECK(nlohmann::json::parse(cli.run({"checklist", "list", "--format", "json", "--on", "2026-11-26"}).out)[1]["answer"]
              .is_null());

    const Run text = cli.run({"checklist", "list"});
    CHECK(text.status == 0);
    CHECK_THAT(text.out, Catch::Contains("look-outside") && Catch::Contains("Partly"));
}

TEST_CASE("only the leader answers, and bad answers are refused in one line", "[reports][checklist][cli][backend][location]") {
    const ChecklistCli cli;
    const auto refused = [&](std::vector<std::string> arguments, int status, const std::string& message) {
        arguments.insert(arguments.begin(), {"checklist", "answer"});
        const Run run = cli.run(arguments);
        INFO(run.err);
        CHECK(run.status == status);
        CHECK(run.out.empty());
        CHECK_THAT(run.err, Catch::Contains(message));
        CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    };
    refused({"--as", "Cllr Bob Cabinet", "--question", "look-outside", "--answer", "yes"}, 1,
            "Cllr Bob Cabinet is a cabinet member: only the leader answers the innovation checklist");
    refused({"--as", "Cllr Ann Leader", "--question", "look-inside", "--answer", "yes"}, 1,
            "question: 'look-inside' is not a checklist question (see the keys with: innotrack checklist list)");
    refused({"--as", "Cllr Ann Leader", "--question", "look-outside", "--answer", "maybe"}, 1,
            "--answer: 'maybe' is not one of yes, partly or no");
    refused({"--as", "Cllr Ann Leader", "--question", "look-outside"}, 2, "--answer");
    refused({"--as", "Cllr Ann Leader", "--question", "look-outside", "--answer", "yes", "--evidence",
             std::string(10'000, 'e')},
            1, "evidence is 10000 characters long; the most allowed is 4000");
    refused({"--as", "Cllr Ann Leader", "--question", "look-outside", "--answer", "yes", "--on", "2026-11-28"}, 1,
            "answered on: 2026-11-28 is in the future");
    refused({"--question", "look-outside", "--answer", "yes"}, 2, "--as");
    // Nothing was recorded by any of them.
    CHECK(cli.run({"checklist", "list", "--format", "csv"}).out.find(",yes,") == std::string::npos);
}

TEST_CASE("report checklist writes each format, to standard output or a file", "[reports][checklist][cli][backend][location]") {
    const ChecklistCli cli;
    REQUIRE(cli.run({"checklist", "answer", "--as", "1", "--question", "regular-review", "--answer", "no"}).status == 0);

    const Run text = cli.run({"report", "checklist"});
    CHECK(text.status == 0);
    CHECK_THAT(text.out, Catch::StartsWith("Innovation checklist\n"));
    CHECK_THAT(text.out, Catch::Contains("You answered no to"));

    const Run json = cli.run({"report", "checklist", "--format", "json", "--on", "2026-10-31"});
    REQUIRE(json.status == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed["on"] == "2026-10-31");
    CHECK(parsed["summary"]["unanswered"] == 16);  // the answer was given on 2026-11-27

    const Run csv = cli.run({"report", "checklist", "--format", "csv"});
    CHECK(csv.status == 0);
    CHECK_THAT(csv.out, Catch::StartsWith("row,area,key,label,"));

    const fs::path html = cli.dir / "checklist.html";
    const Run written = cli.run({"report", "checklist", "--out", html.string()});
    CHECK(written.status == 0);
    CHECK(written.out == "Wrote the innovation checklist as of 2026-11-27 to " + html.string() + ".\n");
    CHECK(contents(html).rfind("<!DOCTYPE html>", 0) == 0);
    const fs::path markdown = cli.dir / "checklist.md";
    CHECK(cli.run({"report", "checklist", "--out", markdown.string()}).status == 0);
    CHECK(contents(markdown).rfind("# Innovation checklist", 0) == 0);

    const Run future = cli.run({"report", "checklist", "--on", "2026-11-28"});
    CHECK(future.status == 1);
    CHECK_THAT(future.err, Catch::Contains("--on: 2026-11-28 is after today (2026-11-27)"));
    CHECK(cli.run({"report", "checklist", "--format", "pdf"}).status == 2);
}
