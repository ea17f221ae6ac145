// `innotrack import --all FILE.json` and `innotrack backup FILE`, end to end: the real binary on
// real files, with "today" fixed.
#include "portfolio_json_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace innotrack {
namespace {

using nlohmann::json;
using testing::RunResult;

// Three folders, so what a refusal must leave alone holds nothing else: the files given to
// the program, the portfolio it writes into, and where the program's output is captured.
struct CliFiles {
    testing::TempDir inputs;
    testing::TempDir targets;
    testing::TempDir scratch;

    std::string input(const std::string& name) const { return (inputs.path() / name).string(); }
    std::string target(const std::string& name) const { return (targets.path() / name).string(); }

    RunResult run(const std::vector<std::string>& arguments) const {
        const testing::EnvironmentChanges environment{{"INNOTRACK_TODAY", testing::kDemoDayText},
                                                      {"INNOTRACK_USER", std::nullopt}};
        return testing::runProgram(INNOTRACK_BIN, arguments, environment, scratch.path());
    }

    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(input(name), std::ios::binary) << text;
        return input(name);
    }
};

void requireOk(const RunResult& result) {
    INFO("stdout: " << result.out << "\nstderr: " << result.err);
    REQUIRE(result.exitCode == 0);
}

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

// The demo, written by the program itself, and its export.
struct DemoExport : CliFiles {
    DemoExport() {
        requireOk(run({"--db", demo(), "demo"}));
        requireOk(run({"--db", demo(), "export", "--format", "json", "--out", exported()}));
        text = testing::readFile(exported());
    }
    std::string demo() const { return input("demo.db"); }
    std::string exported() const { return input("demo.json"); }
    std::string text;
};

}  // namespace

TEST_CASE("import --all restores an export into a new file that passes check and exports the same bytes",
          "[exchange][portfolio-json][cli]") {
    DemoExport files;
    const json document = json::parse(files.text);
    std::size_t records = 0;
    for (const auto& [key, value] : document.items())
        if (value.is_array() && key != "audit") records += value.size();

    const std::string restored = files.target("restored.db");
    const RunResult result = files.run({"--db", restored, "import", "--all", files.exported()});
    requireOk(result);
    CHECK(result.out == "Restored the portfolio from " + files.exported() + ": " + std::to_string(records) +
                            " records and " + std::to_string(document["audit"].size()) + " audit entries.\n");
    CHECK(result.err.empty());

    const RunResult check = files.run({"--db", restored, "check"});
    requireOk(check);
    CHECK(check.out == "No problems found.\n");

    const std::string again = files.target("again.json");
    requireOk(files.run({"--db", restored, "export", "--format", "json", "--out", again}));
    CHECK(testing::readFile(again) == files.text);

    // The file as the word after the command, as the import of one register takes it.
    const std::string wordForm = files.target("word.db");
    requireOk(files.run({"--db", wordForm, "import", files.exported(), "--all"}));
    CHECK(files.run({"--db", wordForm, "check"}).exitCode == 0);
}

TEST_CASE("import without --all says which form does what", "[exchange][portfolio-json][cli]") {
    DemoExport files;
    const std::string target = files.target("never.db");
    const RunResult result = files.run({"--db", target, "import", files.exported()});
    CHECK(result.exitCode == 2);
    CHECK(result.err == "innotrack import: import --all FILE.json restores a whole portfolio; import REGISTER "
                        "FILE.csv adds rows to one register (see: innotrack import --help)\n");
    CHECK_FALSE(std::filesystem::exists(target));
}

TEST_CASE("a refused import --all is one line and leaves the target byte for byte", "[exchange][portfolio-json][cli]") {
    DemoExport files;
    const json demo = json::parse(files.text);
    const auto changed = [&](const std::string& name, auto&& change) {
        json document = demo;
        change(document);
        return files.write(name, document.dump(2));
    };

    // An empty portfolio: every refusal below must leave it, and its folder, exactly as it is.
    const std::string empty = files.target("empty.db");
    testing::createEmptyPortfolio(empty);

    struct Case {
        const char* what;
        std::string file;
        std::string target;
        std::string expected;  // in the one line on the error stream
    };
    const std::vector<Case> cases{
        {"a target that holds a portfolio", files.exported(), files.demo(), "The portfolio to restore into is not empty"},
        {"a newer version", changed("newer.json", [](json& d) { d["version"] = 7; }), empty,
         "was written by a newer innotrack (portfolio format version 7"},
        {"another format", changed("other.json", [](json& d) { d["format"] = "spreadsheet"; }), empty,
         "is not an innotrack portfolio document"},
        {"malformed JSON", files.write("broken.json", "{\n  \"format\": \"innotrack-portfolio\",\n  \"version\": 1,,\n}\n"),
         empty, "not valid JSON: parse error at line 3, column 16"},
        {"a dangling link", changed("dangling.json", [](json& d) { d["risks"][12]["owner_id"] = 99; }), empty,
         "risks[12].owner_id: no person 99 in the file"},
        {"a 10,000-character title",
         changed("long.json", [](json& d) { d["innovations"][3]["title"] = std::string(10000, 'T'); }), empty,
         "innovations[3].title is 10000 characters long; the most allowed is 200"},
        {"negative money", changed("negative.json", [](json& d) { d["innovations"][0]["budget_pence"] = -1; }), empty,
         "innovations[0].budget_pence: -1 is below zero"},
        {"a missing file", files.input("nowhere.json"), empty, "Cannot read '" + files.input("nowhere.json") + "'"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const std::string before = testing::portfolioBytes(c.target);
        const RunResult result = files.run({"--db", c.target, "import", "--all", c.file});
        CHECK(result.exitCode != 0);
        CHECK(result.out.empty());
        CHECK(lines(result.err) == 1);
        CHECK_THAT(result.err, Catch::StartsWith("innotrack: ") && Catch::Contains(c.expected));
        CHECK(testing::portfolioBytes(c.target) == before);
    }

    // A refused file never creates the portfolio it would have gone into.
    const std::string fresh = files.target("fresh.db");
    CHECK(files.run({"--db", fresh, "import", "--all", files.input("dangling.json")}).exitCode != 0);
    CHECK_FALSE(std::filesystem::exists(fresh));
}

TEST_CASE("backup takes the copy's file as the word after the command, or as --to", "[exchange][portfolio-json][cli]") {
    DemoExport files;
    const std::string copy = files.target("copy.db");
    const RunResult result = files.run({"--db", files.demo(), "backup", copy});
    requireOk(result);
    CHECK(result.out == "Backed up " + files.demo() + " to " + copy + ".\n");
    const std::string copied = files.target("copy.json");
    requireOk(files.run({"--db", copy, "export", "--format", "json", "--out", copied}));
    CHECK(testing::readFile(copied) == files.text);

    const std::string other = files.target("other.db");
    requireOk(files.run({"--db", files.demo(), "backup", "--to", other}));
    CHECK(files.run({"--db", other, "check"}).exitCode == 0);

    const RunResult both = files.run({"--db", files.demo(), "backup", copy + ".2", "--to", other + ".2"});
    CHECK(both.exitCode == 2);
    CHECK_THAT(both.err, Catch::Contains("give the copy's file once"));
    const RunResult neither = files.run({"--db", files.demo(), "backup"});
    CHECK(neither.exitCode == 2);
    CHECK_THAT(neither.err, Catch::Contains("missing FILE"));
    CHECK(files.run({"--db", files.demo(), "backup", copy}).exitCode != 0);  // never over an existing file
}

}  // namespace innotrack
