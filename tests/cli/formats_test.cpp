// End to end: CSV and JSON output parse back to what was stored; --help and --version work on
// the real binary; the default file location follows XDG.
#include "cli_fixture.hpp"
#include "parse_csv.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace innotrack::testing;
using nlohmann::json;

TEST_CASE("CSV output parses back with a header of keys and CRLF rows", "[cli][e2e][backend][location][formats]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Plain", "--due", "2026-04-01"}));
    const RunResult added = cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Quoted, \"really\"",
                                         "--due", "2026-05-01"});
    requireOk(added);

    const RunResult result = cli.run({"milestone", "list", "--format", "csv"});
    requireOk(result);
    CHECK(result.out.find("\r\n") != std::string::npos);
    const auto rows = parseCsv(result.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"id", "innovation_id", "title", "due", "baseline_due", "completed_on",
                                              "status"});
    CHECK(rows[1][2] == "Plain");
    CHECK(rows[2][2] == "Quoted, \"really\"");
    CHECK(rows[2][3] == "2026-05-01");
    CHECK(rows[2][5].empty());
    CHECK(rows[2][6] == "open");

    // Free text may span lines: the CSV quotes it and it reads back whole.
    requireOk(cli.as("3", {"lesson", "add", "--innovation", "1", "--what", "Line one\nline two, with \"quotes\"",
                           "--recommendation", "Plan ahead"}));
    const auto lessons = parseCsv(cli.run({"lesson", "list", "--format", "csv"}).out);
    REQUIRE(lessons.size() == 2);
    const auto what = std::find(lessons[0].begin(), lessons[0].end(), "what_happened");
    REQUIRE(what != lessons[0].end());
    CHECK(lessons[1].at(static_cast<std::size_t>(what - lessons[0].begin())) == "Line one\nline two, with \"quotes\"");

    const RunResult record = cli.run({"innovation", "show", "1", "--format", "csv"});
    requireOk(record);
    const auto fields = parseCsv(record.out);
    REQUIRE(fields.size() > 5);
    CHECK(fields[0] == std::vector<std::string>{"key", "value"});
    CHECK(fields[2] == std::vector<std::string>{"title", "Virtual wards"});
}

TEST_CASE("JSON output gives typed values under stable keys", "[cli][e2e][backend][location][formats]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("2", {"innovation", "update", "1", "--budget", "1250000.5", "--priority", "2", "--target",
                           "2027-03-31", "--confidence", "Amber/Red"}));
    requireOk(cli.as("3", {"benefit", "add", "--innovation", "1", "--measure", "Delayed discharges", "--baseline",
                           "40", "--target", "12.5", "--unit", "people"}));

    const json list = cli.json({"innovation", "list"});
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 1);
    const json& row = list[0];
    CHECK(row["id"] == 1);
    CHECK(row["id"].is_number_integer());
    CHECK(row["priority"] == 2);
    CHECK(row["confidence"] == "amber-red");
    CHECK(row["stage"] == "idea");
    CHECK(row["budget_pence"] == 125000050);
    CHECK(row["target_date"] == "2027-03-31");
    CHECK(row["start_date"].is_null());
    CHECK(row["cabinet_lead_id"] == 2);
    CHECK(row["lead_officer"] == "Olly Officer");

    const json benefit = cli.json({"benefit", "show", "1"});
    CHECK(benefit["baseline"] == 40.0);
    CHECK(benefit["target"] == 12.5);
    CHECK(benefit["actual"].is_null());

    // A write in JSON prints the written record.
    const RunResult realised = cli.as("3", {"benefit", "realise", "1", "--actual", "18", "--format", "json"});
    requireOk(realised);
    const json written = json::parse(realised.out);
    CHECK(written["actual"] == 18.0);
    CHECK(written["realised_on"] == kToday);

    // The same list in text shows labels and money for people.
    const RunResult text = cli.run({"innovation", "show", "1"});
    requireOk(text);
    CHECK(text.out.find("Amber/Red") != std::string::npos);
    CHECK(text.out.find("£1,250,000.50") != std::string::npos);
}

TEST_CASE("an empty list is an empty array in JSON and a sentence in text", "[cli][e2e][backend][location][formats]") {
    CliFixture cli;
    cli.setUpPeople();
    CHECK(cli.json({"risk", "list"}) == json::array());
    const RunResult text = cli.run({"risk", "list"});
    requireOk(text);
    CHECK(text.out == "No risks match.\n");
}

TEST_CASE("help and version work on the real binary", "[cli][e2e][formats]") {
    CliFixture cli;
    const RunResult version = cli.run({"--version"}, false);
    requireOk(version);
    CHECK(version.out.rfind("innotrack ", 0) == 0);

    const RunResult help = cli.run({"--help"}, false);
    requireOk(help);
    CHECK(help.out.find("milestone move") != std::string::npos);

    const RunResult commandHelp = cli.run({"risk", "add", "--help"}, false);
    requireOk(commandHelp);
    CHECK(commandHelp.out.find("--likelihood 1-5") != std::string::npos);
    CHECK(commandHelp.out.find("(required)") != std::string::npos);
}

TEST_CASE("global options may come after the command words", "[cli][e2e][backend][location][formats]") {
    CliFixture cli;
    cli.setUpPeople();
    const RunResult result = cli.run({"person", "show", "2", "--format", "json", "--db", cli.db()}, false);
    requireOk(result);
    CHECK(json::parse(result.out)["name"] == "Cllr Bob Hughes");
}

TEST_CASE("without --db the portfolio lives under XDG_DATA_HOME, created only by init", "[cli][e2e][formats]") {
    CliFixture cli;
    const auto data = cli.dir() / "data";
    cli.environment["XDG_DATA_HOME"] = data.string();
    const auto file = data / "innotrack" / "portfolio.db";

    const RunResult list = cli.run({"person", "list"}, false);
    CHECK(list.exitCode == 3);  // no portfolio there: a file problem
    CHECK_FALSE(std::filesystem::exists(data));

    requireOk(cli.run({"init", "--leader", "Cllr Ann Jones"}, false));
    CHECK(std::filesystem::exists(file));

    cli.environment["INNOTRACK_USER"] = "Cllr Ann Jones";
    requireOk(cli.run({"ambition", "add", "--title", "Net zero", "--horizon", "2040"}, false));
    CHECK(cli.run({"ambition", "list", "--format", "json", "--db", file.string()}, false).out.find("Net zero") !=
          std::string::npos);
}

TEST_CASE("each list row carries the same JSON keys as the record's show", "[cli][e2e][backend][location][formats]") {
    CliFixture cli;
    const RunResult demo = cli.run({"demo"});
    requireOk(demo);
    CHECK(demo.out.find("Innovations:") != std::string::npos);
    for (const std::string entity :
         {"person", "ambition", "innovation", "milestone", "risk", "setback", "lesson", "benefit", "review"}) {
        INFO(entity);
        const json list = cli.json({entity, "list"});
        REQUIRE(list.is_array());
        REQUIRE_FALSE(list.empty());
        const json shown = cli.json({entity, "show", std::to_string(list[0]["id"].get<long long>())});
        std::set<std::string> listKeys;
        std::set<std::string> showKeys;
        for (const auto& [key, value] : list[0].items()) listKeys.insert(key);
        for (const auto& [key, value] : shown.items())
            if (!value.is_array()) showKeys.insert(key);  // sections are show's own
        CHECK(listKeys == showKeys);
    }
}
