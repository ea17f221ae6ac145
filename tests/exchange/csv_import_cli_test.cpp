// `innotrack import REGISTER FILE` end to end, with the real binary: the one line it prints, the
// problems as FILE:LINE: COLUMN: reason, exit status 1, and a portfolio file left byte for byte
// as it was when anything is wrong or when only checking.
#include "process.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <functional>

using namespace innotrack::testing;

namespace {

// A portfolio file with a leader (1), a cabinet member (2), an officer (3) and an innovation
// they lead, and the binary run against it with "today" fixed.
class ImportCli {
public:
    ImportCli() {
        environment_ = {{"INNOTRACK_TODAY", std::string("2026-11-27")},
                        {"INNOTRACK_DB", std::nullopt},
                        {"INNOTRACK_USER", std::nullopt},
                        {"XDG_DATA_HOME", std::nullopt},
                        {"HOME", dir_.path().string()}};
        ok({"init", "--leader", "Cllr Ann Leader"});
        ok({"--as", "1", "person", "add", "--name", "Cllr Bob Cabinet", "--role", "cabinet"});
        ok({"--as", "1", "person", "add", "--name", "Dev Officer", "--role", "officer"});
        ok({"--as", "2", "innovation", "add", "--title", "Home care by video", "--cabinet-lead", "2",
            "--lead-officer", "3"});
    }

    RunResult run(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"--db", db()});
        return runProgram(INNOTRACK_BIN, arguments, environment_, dir_.path());
    }
    void ok(const std::vector<std::string>& arguments) const {
        const RunResult result = run(arguments);
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
    }
    std::string file(const std::string& name, const std::string& content) const {
        const std::string path = (dir_.path() / name).string();
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    std::string db() const { return (dir_.path() / "portfolio.db").string(); }
    std::string dbBytes() const { return readFile(db()); }

private:
    TempDir dir_;
    EnvironmentChanges environment_;
};

const std::string kGoodRisks =
    "Innovation,Title,Likelihood,Impact,Owner\r\n"
    "Home care by video,Tablets late,4,3,Dev Officer\r\n"
    "Home care by video,Staff leave,3,4,Dev Officer\r\n";

}  // namespace

TEST_CASE("import cli: a clean file prints one line and every row is listed afterwards", "[exchange][import]") {
    ImportCli cli;
    const std::string path = cli.file("risks.csv", kGoodRisks);
    const RunResult result = cli.run({"--as", "Dev Officer", "import", "risks", path});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == "Imported 2 risks from " + path + ".\n");
    CHECK(result.err.empty());
    const RunResult listed = cli.run({"risk", "list"});
    CHECK(listed.out.find("Tablets late") != std::string::npos);
    CHECK(listed.out.find("Staff leave") != std::string::npos);
    const RunResult history = cli.run({"history"});
    CHECK(history.out.find("Tablets late") != std::string::npos);
}

TEST_CASE("import cli: a file with bad rows lists each as FILE:LINE: COLUMN: reason and leaves the portfolio "
          "byte for byte unchanged",
          "[exchange][import]") {
    ImportCli cli;
    const std::string path = cli.file("risks.csv",
                                      "Innovation,Title,Likelihood,Impact,Owner\r\n"
                                      "Home care by video,Fine,4,3,Dev Officer\r\n"
                                      "Home care by video,Too likely,7,3,Dev Officer\r\n"
                                      "\r\n"
                                      "Nowhere,Lost,2,2,Nobody\r\n");
    const std::string before = cli.dbBytes();
    const RunResult result = cli.run({"--as", "1", "import", "risks", path});
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    CHECK(result.err ==
          path + ":3: Likelihood: 7 is out of range; it must be 1 to 5\n" + path +
              ":5: Innovation: there is no innovation titled 'Nowhere' (see: innotrack innovation list)\n" + path +
              ":5: Owner: there is no person called 'Nobody' in this portfolio (see: innotrack "
              "person list)\n" +
              path + ": 3 problems on 2 lines; nothing was imported.\n");
    CHECK(cli.dbBytes() == before);
    CHECK(std::hash<std::string>{}(cli.dbBytes()) == std::hash<std::string>{}(before));
}

TEST_CASE("import cli: --dry-run checks a clean file and writes nothing", "[exchange][import]") {
    ImportCli cli;
    const std::string path = cli.file("risks.csv", kGoodRisks);
    const std::string before = cli.dbBytes();
    const RunResult result = cli.run({"--as", "1", "import", "risks", path, "--dry-run"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == "Checked 2 risks in " + path + ": no problems found; nothing was written (--dry-run).\n");
    CHECK(cli.dbBytes() == before);
    CHECK(cli.run({"risk", "list"}).out.find("Tablets late") == std::string::npos);
}

TEST_CASE("import cli: the help lists the register's columns, and a missing file or --as is named",
          "[exchange][import]") {
    ImportCli cli;
    const RunResult help = cli.run({"import", "milestones", "--help"});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.find("Usage: innotrack import milestones FILE [--dry-run]") != std::string::npos);
    // The help is wrapped at 80 columns: compare its words, not its lines.
    std::string words;
    for (char c : help.out)
        if (c != '\n' && (c != ' ' || (!words.empty() && words.back() != ' '))) words += c;
        else if (!words.empty() && words.back() != ' ') words += ' ';
    INFO(words);
    for (const char* header :
         {"Innovation (required)", "Title (required)", "Baseline due", "Due (required)", "Completed on"})
        CHECK(words.find(header) != std::string::npos);

    const RunResult noFile = cli.run({"--as", "1", "import", "risks"});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.find("missing FILE") != std::string::npos);
    const RunResult absent = cli.run({"--as", "1", "import", "risks", "no-such.csv"});
    CHECK(absent.exitCode == 1);
    CHECK(absent.err.find("Cannot read 'no-such.csv'") != std::string::npos);
    const RunResult nobody = cli.run({"import", "risks", cli.file("r.csv", kGoodRisks)});
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.find("--as") != std::string::npos);
}

TEST_CASE("import cli: decisions exported by the binary import into another portfolio and export the same, and a "
          "record on a short notice is refused on its line and column",
          "[exchange][import][decisions]") {
    ImportCli from;
    const std::string path = from.file("decisions.csv",
                                       "Innovation,Matter,Decision maker,To be made on,Amount,Notice published on,"
                                       "Made on,Decision,Reasons\r\n"
                                       "Home care by video,Award the contract,Cllr Bob Cabinet,2026-11-10,600000,"
                                       "2026-09-01,2026-11-10,Award it to CareLink,Best of three tenders\r\n"
                                       "Home care by video,Print leaflets,Cllr Bob Cabinet,2027-01-15,1000,,,,\r\n");
    const RunResult imported = from.run({"--as", "Cllr Bob Cabinet", "import", "decisions", path});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == "Imported 2 decisions from " + path + ".\n");
    const RunResult exported = from.run({"export", "decisions"});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.find("Award the contract,Cllr Bob Cabinet,,,2026-11-10,600000.00,no,yes,") !=
          std::string::npos);

    ImportCli into;
    const RunResult again =
        into.run({"--as", "Cllr Bob Cabinet", "import", "decisions", into.file("exported.csv", exported.out)});
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(into.run({"export", "decisions"}).out == exported.out);

    const std::string bad = into.file("short.csv",
                                      "Innovation,Matter,Decision maker,To be made on,Amount,Notice published on,"
                                      "Made on,Decision,Reasons\r\n"
                                      "Home care by video,Too soon,Cllr Bob Cabinet,2026-11-25,600000,2026-11-20,"
                                      "2026-11-25,Award it,Cheapest\r\n");
    const std::string before = into.dbBytes();
    const RunResult refused = into.run({"--as", "Cllr Bob Cabinet", "import", "decisions", bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.rfind(bad + ":2: Made on: Decision ", 0) == 0);
    CHECK(refused.err.find("is a key decision and its notice is short") != std::string::npos);
    CHECK(refused.err.find(bad + ": 1 problem on 1 line; nothing was imported.\n") != std::string::npos);
    CHECK(into.dbBytes() == before);
}
