// `innotrack report tally` run in-process on a portfolio file: the period, scope and format
// options, --out, and bad input answered with one line and the documented exit status.
#include "tally_golden.hpp"

#include "in_process_cli.hpp"
#include "tracker/backend.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace innotrack::testing {
namespace {

namespace fs = std::filesystem;

using Run = CliRun;

// The golden portfolio in a file, and the program run against it on 20 May 2027.
struct TallyCli {
    TemporaryFolder dir;  // for the files --out writes
    TallyPortfolio portfolio;
    std::string db = portfolio.test.location();

    TallyCli() { addGoldenEvents(portfolio); }

    Run run(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", db, "report", "tally"});
        return runCliInProcess(arguments, TallyPortfolio::kToday);
    }
};

std::string contents(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

TEST_CASE("report tally prints the financial year to date by default, and takes --fy and --quarter",
          "[reports][tally][cli][backend][location]") {
    const TallyCli cli;
    const Run byDefault = cli.run({});
    CHECK(byDefault.status == 0);
    CHECK(byDefault.err.empty());
    CHECK(byDefault.out.find("Period:  2027/28 to date (1 April to 20 May 2027)") != std::string::npos);
    CHECK(byDefault.out.find("Nothing was recorded in this period") != std::string::npos);

    const Run year = cli.run({"--fy", "2026"});
    CHECK(year.status == 0);
    CHECK(year.out.find("Period:  2026/27 (1 April 2026 to 31 March 2027)") != std::string::npos);
    CHECK(year.out.find("2.8 right for every 1 wrong") != std::string::npos);

    const Run quarter = cli.run({"--quarter", "2026Q3", "--format", "json"});
    REQUIRE(quarter.status == 0);
    const auto json = nlohmann::json::parse(quarter.out);
    CHECK(json["period"]["from"] == "2026-10-01");
    CHECK(json["period"]["to"] == "2026-12-31");
    CHECK(json["totals"]["went_wrong"] == 2);  // 20 October and 31 December

    const Run days = cli.run({"--from", "2026-12-31", "--to", "2027-01-01", "--format", "json"});
    REQUIRE(days.status == 0);
    CHECK(nlohmann::json::parse(days.out)["quarters"].size() == 2);  // a day in Q3 and a day in Q4
}

TEST_CASE("report tally narrows by ambition, cabinet lead and innovation, and breaks down with --by",
          "[reports][tally][cli][backend][location]") {
    const TallyCli cli;
    const Run cat = cli.run({"--fy", "2026", "--cabinet", "Cllr Cat Cabinet", "--format", "json"});
    REQUIRE(cat.status == 0);
    const auto json = nlohmann::json::parse(cat.out);
    // Cat leads solar and the café: wrong = the intelligent failure on solar and the café's setback.
    CHECK(json["totals"]["went_wrong"] == 2);
    CHECK(json["scope"]["words"] == "Innovations led by Cllr Cat Cabinet (Climate)");

    const Run byAmbition = cli.run({"--fy", "2026", "--by", "ambition", "--format", "csv"});
    REQUIRE(byAmbition.status == 0);
    // Header, three ambitions and the innovations without one.
    CHECK(std::count(byAmbition.out.begin(), byAmbition.out.end(), '\n') == 5);
    CHECK(byAmbition.out.find("\r\nnone,No ambition,") != std::string::npos);

    const Run one = cli.run({"--fy", "2026", "--innovation", "3", "--ambition", "2"});
    CHECK(one.status == 0);
    CHECK(one.out.find("Nothing was recorded in this period") != std::string::npos);  // energy serves no ambition
}

TEST_CASE("report tally --out writes the file in the format its name asks for", "[reports][tally][cli][backend][location]") {
    const TallyCli cli;
    const fs::path html = cli.dir.path() / "tally.html";
    const Run written = cli.run({"--fy", "2026", "--out", html.string()});
    CHECK(written.status == 0);
    CHECK(written.out == "Wrote the risk-versus-success tally for 2026/27 (1 April 2026 to 31 March 2027) to " +
                             html.string() + ".\n");
    const std::string page = contents(html);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("2.8 right for every 1 wrong") != std::string::npos);
    CHECK_FALSE(fs::exists(html.string() + ".partial"));

    const fs::path csv = cli.dir.path() / "tally.csv";
    CHECK(cli.run({"--fy", "2026", "--out", csv.string()}).status == 0);
    CHECK(contents(csv).rfind("key,label,period_from,period_to,milestones_on_time", 0) == 0);

    const fs::path named = cli.dir.path() / "tally-page";
    CHECK(cli.run({"--fy", "2026", "--format", "html", "--out", named.string()}).status == 0);
    CHECK(contents(named) == page);  // the same page, asked for by name

    const Run markdown = cli.run({"--fy", "2026", "--format", "md"});
    CHECK(markdown.status == 0);
    CHECK(markdown.out.rfind("# Risk-versus-success tally\n", 0) == 0);

    const fs::path chosen = cli.dir.path() / "tally.txt";
    CHECK(cli.run({"--fy", "2026", "--format", "json", "--out", chosen.string()}).status == 0);
    CHECK(contents(chosen).rfind("{", 0) == 0);  // --format wins over the extension
}

TEST_CASE("report tally --out tally.pdf prints it to PDF, and says what to install when it cannot",
          "[reports][tally][cli][pdf]") {
    const TallyCli cli;
    const fs::path pdf = cli.dir.path() / "tally.pdf";
    const Run written = cli.run({"--out", pdf.string()});
    INFO(written.err);
    REQUIRE(written.status == 0);
    CHECK(contents(pdf).rfind("%PDF-", 0) == 0);

    const fs::path missing = cli.dir.path() / "without.pdf";
    const std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
    ::setenv("PATH", cli.dir.path().c_str(), 1);
    const Run refused = cli.run({"--out", missing.string()});
    ::setenv("PATH", path.c_str(), 1);
    CHECK(refused.status != 0);
    CHECK(refused.err.find("Making a PDF needs WeasyPrint") != std::string::npos);
    CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
    CHECK(!fs::exists(missing));
}

TEST_CASE("report tally refuses bad input with one line and the documented exit status", "[reports][tally][cli][backend][location]") {
    const TallyCli cli;
    const std::string before = contents(cli.db);
    const auto refused = [&](std::vector<std::string> arguments, int status, const std::string& message) {
        const Run result = cli.run(std::move(arguments));
        INFO(result.err);
        CHECK(result.status == status);
        CHECK(result.out.empty());
        CHECK(result.err.find(message) != std::string::npos);
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    };
    refused({"--quarter", "2026Q5"}, 1, "--quarter: '2026Q5' is not a financial quarter");
    refused({"--from", "2026-10-01", "--to", "2026-09-01"}, 1, "--to: 2026-09-01 is before --from 2026-10-01");
    refused({"--fy", "2026", "--quarter", "2026Q3"}, 2, "give one period");
    refused({"--to", "2026-09-01"}, 2, "--to needs --from");
    refused({"--from", "2027-06-01"}, 1, "--from: 2027-06-01 is after today (2027-05-20)");
    refused({"--from", "31/12/2026"}, 1, "--from");
    refused({"--fy", "twenty"}, 1, "--fy: 'twenty' is not a financial year");
    refused({"--by", "colour"}, 1, "--by: 'colour' is not a way to break down the tally");
    refused({"--ambition", "99"}, 1, "--ambition: ");
    refused({"--innovation", "0"}, 2, "--innovation: '0' is not a record number");
    refused({"--cabinet", "Nobody"}, 1, "--cabinet: ");
    refused({"--cabinet", "Dev Officer"}, 1, "--cabinet: Dev Officer is a Project officer");
    refused({"--format", "docx"}, 2, "--format must be text, md, csv, json, html or pdf, not 'docx'");
    refused({"--format", "pdf"}, 2, "--format pdf writes a file: give --out FILE as well");
    // A report never overwrites the portfolio file it reads; a server's address is no file to overwrite.
    if (locationKind(cli.db) == LocationKind::File) refused({"--out", cli.db}, 1, "is the portfolio file itself");
    refused({"--out", (cli.dir.path() / "missing" / "tally.html").string()}, 3, "Could not write the report");
    CHECK(contents(cli.db) == before);
}

}  // namespace
}  // namespace innotrack::testing
