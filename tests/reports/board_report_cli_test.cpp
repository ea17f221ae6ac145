// `innotrack report board` run in-process on the board portfolio in a file: --on, --cabinet, the
// formats, --out, and bad input answered with one line naming the option.
#include "board_report_fixture.hpp"
#include "report_files.hpp"

#include "in_process_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

using namespace innotrack;
using innotrack::testing::BoardPortfolio;

namespace {

namespace fs = std::filesystem;

using Run = testing::CliRun;

// The board portfolio written to a file in a folder of its own, removed afterwards.
struct BoardCli {
    testing::TemporaryFolder folder;  // for the files --out writes
    fs::path dir = folder.path();
    BoardPortfolio portfolio;
    std::string db = portfolio.test.location();

    Run run(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"report", "board"});
        return testing::runInnotrack(db, arguments, "2026-11-25");
    }
};

}  // namespace

TEST_CASE("report board prints today's board as text by default", "[reports][board-report][cli][backend][location]") {
    const BoardCli cli;
    const Run run = cli.run({});
    CHECK(run.status == 0);
    CHECK(run.err.empty());
    CHECK(run.out.rfind("Weekly board report, 25 November 2026\n", 0) == 0);
    CHECK(run.out.find("4 active innovations, 1 overdue milestone, 1 Critical risk, 3 new setbacks, 1 new lesson.") !=
          std::string::npos);
}

TEST_CASE("report board takes --on and --cabinet", "[reports][board-report][cli][backend][location]") {
    const BoardCli cli;
    const Run past = cli.run({"--on", "2026-11-11", "--format", "json"});
    REQUIRE(past.status == 0);
    const auto json = nlohmann::json::parse(past.out);
    CHECK(json["on"] == "2026-11-11");
    CHECK(json["last_closed_review"]["review_id"] == cli.portfolio.r1);
    CHECK(json["summary"]["active_innovations"] == 5);  // the fleet was still scaling

    const Run bob = cli.run({"--cabinet", "cllr bob cabinet", "--format", "csv"});
    REQUIRE(bob.status == 0);
    CHECK(std::count(bob.out.begin(), bob.out.end(), '\n') == 3);  // header, home care, library
    CHECK(bob.out.find("Solar canopies") == std::string::npos);

    const Run byId = cli.run({"--cabinet", std::to_string(cli.portfolio.cat), "--format", "json"});
    REQUIRE(byId.status == 0);
    CHECK(nlohmann::json::parse(byId.out)["cabinet_lead"] == "Cllr Cat Cabinet");
}

TEST_CASE("report board --out writes the file its extension asks for", "[reports][board-report][cli][backend][location]") {
    const BoardCli cli;
    const fs::path html = cli.dir / "board.html";
    const Run wrote = cli.run({"--out", html.string()});
    CHECK(wrote.status == 0);
    CHECK(wrote.out == "Wrote the weekly board report as of 2026-11-25 to " + html.string() + ".\n");
    const std::string page = testing::readFile(html.string());
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(testing::xmlError(page).empty());

    const fs::path markdown = cli.dir / "board.md";
    CHECK(cli.run({"--out", markdown.string()}).status == 0);
    CHECK(testing::readFile(markdown.string()).rfind("# Weekly board report, 25 November 2026\n", 0) == 0);
}

TEST_CASE("report board refuses bad input with one line naming the option", "[reports][board-report][cli][backend][location]") {
    const BoardCli cli;
    const auto refused = [&](std::vector<std::string> arguments, int status, const std::string& option) {
        const Run run = cli.run(std::move(arguments));
        CHECK(run.status == status);
        CHECK(run.out.empty());
        CHECK(run.err.find(option) != std::string::npos);
        CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    };
    refused({"--on", "2026-02-30"}, 1, "--on");
    refused({"--cabinet", "Nobody at all"}, 1, "--cabinet");
    refused({"--format", "pdf"}, 2, "--format");
}

TEST_CASE("report board shows the first 20 of a long list and --all shows every one", "[reports][board-report][cli][backend][location]") {
    const BoardCli cli;
    // 21 more active innovations: 25 in all, more than the paper's 20.
    for (int i = 1; i <= 21; ++i) {
        Innovation extra;
        extra.title = "Extra idea " + std::to_string(i);
        extra.stage = Stage::Idea;
        extra.priority = 5;
        cli.portfolio.store->insertInnovation(extra);
    }
    const Run paper = cli.run({});
    REQUIRE(paper.status == 0);
    CHECK(paper.out.find("Active innovations (25)") != std::string::npos);
    CHECK(paper.out.find("... and 5 more not shown here: innotrack report board --all lists every one.") !=
          std::string::npos);
    CHECK(paper.out.find("Extra idea 16 ") != std::string::npos);  // priority 5, after the fixture's four
    CHECK(paper.out.find("Extra idea 17 ") == std::string::npos);

    const Run all = cli.run({"--all"});
    REQUIRE(all.status == 0);
    CHECK(all.out.find("Extra idea 21 ") != std::string::npos);
    CHECK(all.out.find("more not shown here") == std::string::npos);

    // CSV is data: every innovation, with or without --all.
    const Run csv = cli.run({"--format", "csv"});
    REQUIRE(csv.status == 0);
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 26);
}
