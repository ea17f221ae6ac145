// End to end: the real binary on a real file, following a council's week from the brief.
#include "cli_fixture.hpp"

#include "tracker/text.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace innotrack::testing;
using nlohmann::json;

namespace {

// The audit entries for one record, as `history --format json` gives them.
std::vector<json> entriesFor(const json& history, const std::string& entity, int id) {
    std::vector<json> out;
    for (const auto& entry : history)
        if (entry["entity"] == entity && entry["entity_id"] == id) out.push_back(entry);
    return out;
}

}  // namespace

TEST_CASE("a council's week: leader, cabinet member and officer each do their part", "[cli][e2e][backend][location]") {
    CliFixture cli;
    requireOk(cli.run({"init", "--leader", "Cllr Ann Jones", "--email", "ann@example.gov.uk"}));

    // The leader adds an ambition and a cabinet member.
    auto result = cli.as("Cllr Ann Jones",
                         {"ambition", "add", "--title", "Healthy ageing", "--horizon", "2045", "--concern",
                          "Older people kept in hospital"});
    requireOk(result);
    CHECK(result.out == "Added ambition 1 'Healthy ageing' (horizon 2045).\n");
    requireOk(cli.as("1", {"person", "add", "--name", "Cllr Bob Hughes", "--role", "cabinet", "--portfolio",
                           "Adult social care"}));
    requireOk(cli.as("1", {"person", "add", "--name", "Olly Officer", "--role", "officer"}));
    requireOk(cli.as("1", {"person", "add", "--name", "Vera Viewer", "--role", "viewer"}));

    // The cabinet member adds an innovation with a lead officer.
    result = cli.as("cllr bob hughes", {"innovation", "add", "--title", "Virtual wards", "--ambition", "1",
                                        "--priority", "1", "--cabinet-lead", "Cllr Bob Hughes", "--lead-officer",
                                        "Olly Officer", "--budget", "£250,000", "--confidence", "amber-green"});
    requireOk(result);
    CHECK(result.out == "Added innovation 1 'Virtual wards' at stage Idea, priority 1.\n");

    // The officer adds three milestones, completes one and moves one with a reason.
    result = cli.as("Olly Officer",
                    {"milestone", "add", "--innovation", "1", "--title", "Pilot launch", "--due", "2026-12-01"});
    requireOk(result);
    CHECK(result.out == "Added milestone 1 'Pilot launch' (due 2026-12-01) to innovation 1.\n");
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Recruit nurses", "--due",
                           "2026-03-20"}));
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Evaluation", "--due",
                           "2027-03-31"}));
    result = cli.as("3", {"milestone", "done", "2", "--on", "2026-03-01"});
    requireOk(result);
    CHECK(result.out == "Completed milestone 2 'Recruit nurses' on 2026-03-01 (on time).\n");
    result = cli.as("3", {"milestone", "move", "1", "--to", "2027-01-15", "--reason", "Supplier delayed the kit"});
    requireOk(result);
    CHECK(result.out == "Moved milestone 1 'Pilot launch' from 2026-12-01 to 2027-01-15.\n");

    // The officer logs an intelligent failure with a lesson.
    result = cli.as("3", {"setback", "log", "--innovation", "1", "--what", "Home sensors failed in rural areas",
                          "--kind", "intelligent", "--on", "2026-02-20", "--new-territory", "--credible-opportunity",
                          "--informed", "--small", "--learned"});
    requireOk(result);
    CHECK(result.out == "Logged setback 1 (Intelligent failure, 2026-02-20) on innovation 1.\n");
    requireOk(cli.as("3", {"lesson", "add", "--innovation", "1", "--setback", "1", "--what",
                           "Mobile signal too weak for sensors", "--recommendation", "Survey coverage first",
                           "--tags", "connectivity,rural"}));

    // The viewer tries to change the stage and is refused.
    const std::string before = cli.snapshot({"innovation", "list"});
    result = cli.as("Vera Viewer", {"innovation", "stage", "1", "--to", "piloting"});
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("innotrack: ", 0) == 0);
    CHECK(result.err.find("Vera Viewer") != std::string::npos);
    CHECK(cli.snapshot({"innovation", "list"}) == before);

    // The records read back as written.
    const json milestones = cli.json({"milestone", "list", "--innovation", "1"});
    REQUIRE(milestones.size() == 3);
    const json moved = cli.json({"milestone", "show", "1"});
    CHECK(moved["due"] == "2027-01-15");
    CHECK(moved["baseline_due"] == "2026-12-01");
    REQUIRE(moved["moves"].size() == 1);
    CHECK(moved["moves"][0]["reason"] == "Supplier delayed the kit");
    CHECK(moved["moves"][0]["by"] == "Olly Officer");
    const json setback = cli.json({"setback", "show", "1"});
    CHECK(setback["kind"] == "intelligent");
    CHECK(setback["learned"] == true);
    const json lessons = cli.json({"lesson", "list", "--tag", "rural"});
    REQUIRE(lessons.size() == 1);
    CHECK(lessons[0]["setback_id"] == 1);
    const json innovation = cli.json({"innovation", "show", "1"});
    CHECK(innovation["stage"] == "idea");
    CHECK(innovation["confidence"] == "amber-green");
    CHECK(innovation["budget_pence"] == 25000000);
    CHECK(innovation["lead_officer"] == "Olly Officer");
    CHECK(innovation["milestones"].size() == 3);
    CHECK(innovation["setbacks"].size() == 1);

    // History shows every step with its actor.
    const json history = cli.json({"history"});
    const auto actorOf = [&](const std::string& entity, int id, const std::string& action) {
        for (const auto& entry : entriesFor(history, entity, id))
            if (entry["action"] == action) return entry["actor"].get<std::string>();
        return std::string("(no " + action + " entry)");
    };
    CHECK(actorOf("person", 1, "added") == "Cllr Ann Jones");
    CHECK(actorOf("ambition", 1, "added") == "Cllr Ann Jones");
    CHECK(actorOf("person", 2, "added") == "Cllr Ann Jones");
    CHECK(actorOf("innovation", 1, "added") == "Cllr Bob Hughes");
    for (int id = 1; id <= 3; ++id) CHECK(actorOf("milestone", id, "added") == "Olly Officer");
    CHECK(actorOf("milestone", 2, "completed") == "Olly Officer");
    CHECK(actorOf("milestone", 1, "moved") == "Olly Officer");
    CHECK(actorOf("setback", 1, "added") == "Olly Officer");
    CHECK(actorOf("lesson", 1, "added") == "Olly Officer");
    // The refused change left no trace.
    for (const auto& entry : entriesFor(history, "innovation", 1)) CHECK(entry["actor"] != "Vera Viewer");

    // The text history names the actors too, and fits 80 columns.
    result = cli.run({"history", "--entity", "milestone", "--id", "1"});
    requireOk(result);
    CHECK(result.out.find("Olly Officer") != std::string::npos);
    CHECK(result.out.find("milestone 1") != std::string::npos);
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) CHECK(innotrack::utf8Length(line) <= 80);

    result = cli.run({"history", "--person", "Vera Viewer"});
    requireOk(result);
    CHECK(result.out == "No changes match.\n");
}

TEST_CASE("the stage moves for a cabinet member and shows on the board", "[cli][e2e][backend][location]") {
    CliFixture cli;
    cli.setUpInnovation();
    auto result = cli.as("2", {"innovation", "stage", "1", "--to", "exploring"});
    requireOk(result);
    CHECK(result.out == "Moved innovation 1 'Virtual wards' from Idea to Exploring on 2026-03-02.\n");
    result = cli.run({"board"});
    requireOk(result);
    CHECK(result.out.find("Virtual wards") != std::string::npos);
    const json cards = cli.json({"board"});
    REQUIRE(cards.size() == 1);
    CHECK(cards[0]["stage"] == "exploring");
    result = cli.run({"check"});
    CHECK(result.exitCode == 0);
    CHECK(result.out == "No problems found.\n");
}

TEST_CASE("board --on shows the board as it stood on a day, never a day to come", "[cli][e2e][backend][location]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("2", {"innovation", "stage", "1", "--to", "exploring", "--on", "2026-02-20"}));
    CHECK(cli.json({"board", "--on", "2026-02-19"})[0]["stage"] == "idea");
    CHECK(cli.json({"board", "--on", "2026-02-20"})[0]["stage"] == "exploring");
    CHECK(cli.json({"board"})[0]["stage"] == "exploring");
    const RunResult later = cli.run({"board", "--on", "2026-03-03"});
    CHECK(later.exitCode == 1);
    CHECK(later.err == "innotrack: --on: 2026-03-03 is after today (2026-03-02); the board can only be read as of a day "
                       "that has come\n");
}

TEST_CASE("backup writes a consistent copy that checks clean and refuses to overwrite", "[cli][e2e][backend][location]") {
    CliFixture cli;
    cli.setUpInnovation();
    const std::string copy = (cli.dir() / "copy.db").string();
    auto result = cli.run({"backup", "--to", copy});
    requireOk(result);
    CHECK(result.out == "Backed up " + cli.db() + " to " + copy + ".\n");

    result = cli.run({"--db", copy, "check"}, false);
    CHECK(result.exitCode == 0);
    CHECK(result.out == "No problems found.\n");
    result = cli.run({"--db", copy, "innovation", "list", "--format", "json"}, false);
    requireOk(result);
    CHECK(json::parse(result.out) == cli.json({"innovation", "list"}));

    result = cli.run({"backup", "--to", copy});
    CHECK(result.exitCode == 3);
    CHECK(result.err.find("innotrack: ") == 0);
    CHECK(result.err.find("copy.db") != std::string::npos);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
}

TEST_CASE("review abandon drops a review started by mistake, and refuses once anything is recorded",
          "[cli][e2e][backend][location][reviews]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("2", {"review", "start"}));
    requirePlainRefusal(cli.as("3", {"review", "abandon"}), 1);  // an officer does not run reviews
    const RunResult abandoned = cli.as("2", {"review", "abandon"});
    requireOk(abandoned);
    CHECK(has(abandoned.out, "Abandoned review 1 of 2026-03-02; nothing was recorded in it."));
    const json listed = cli.json({"review", "list"});
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).at("status") == "abandoned");
    CHECK(has(cli.run({"history"}).out, "abandoned"));

    requireOk(cli.as("2", {"review", "start"}));
    requireOk(cli.as("2", {"review", "record", "--innovation", "1", "--confidence", "amber"}));
    const RunResult refused = cli.as("2", {"review", "abandon"});
    requirePlainRefusal(refused, 1);
    CHECK(has(refused.err, "already has one innovation recorded, so it cannot be abandoned; close it instead"));
    requireOk(cli.as("2", {"review", "close"}));
    CHECK(cli.json({"review", "list"}).at(0).at("status") == "closed");
}
