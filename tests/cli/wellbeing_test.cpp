// End to end: well-being goals and ways of working through the real program. Refused in an
// English portfolio with one plain line and nothing changed; in a Welsh one set with --goals and
// --ways on add and update, shown by show, emptied with none, and reported by report wellbeing.
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <utility>

using namespace innotrack::testing;

TEST_CASE("well-being goals are refused in England and set, shown and reported in Wales",
          "[cli][e2e][backend][location][wellbeing]") {
    CliFixture cli;
    cli.setUpInnovation();
    const std::string before = cli.wholePortfolio();
    const RunResult english = cli.as("2", {"innovation", "update", "1", "--goals", "healthier"});
    requirePlainRefusal(english, 1);
    CHECK(has(english.err, "this portfolio follows England's rules, so an innovation cannot be tagged"));
    CHECK(cli.wholePortfolio() == before);
    const RunResult plain = cli.run({"report", "wellbeing"});
    requireOk(plain);
    CHECK(has(plain.out, "Well-being goals are Wales's"));

    requireOk(cli.as("1", {"decision", "nation", "--to", "wales"}));
    requireOk(cli.as("1", {"ambition", "update", "1", "--goals", "healthier,more-equal", "--ways", "long-term"}));
    requireOk(cli.as("2", {"innovation", "update", "1", "--goals", "more-equal, Healthier", "--ways",
                           "prevention,involvement"}));
    const auto shown = cli.json({"innovation", "show", "1"});
    CHECK(shown["wellbeing_goals"] == "healthier,more-equal");
    CHECK(shown["ways_of_working"] == "prevention,involvement");
    const RunResult text = cli.run({"innovation", "show", "1"});
    CHECK(has(text.out, "A healthier Wales; A more equal Wales"));
    CHECK(cli.json({"ambition", "show", "1"})["ways_of_working"] == "long-term");

    const RunResult bad = cli.as("2", {"innovation", "update", "1", "--goals", "sunny"});
    requirePlainRefusal(bad, 1);
    CHECK(has(bad.err, "goals: 'sunny' is not one of prosperous, resilient"));

    const auto report = cli.json({"report", "wellbeing"});
    CHECK(report["unserved_goals"] ==
          nlohmann::json::array({"prosperous", "resilient", "cohesive", "culture-language", "globally-responsible"}));

    requireOk(cli.as("2", {"innovation", "update", "1", "--goals", "none"}));
    CHECK(cli.json({"innovation", "show", "1"})["wellbeing_goals"] == "");
}

TEST_CASE("report board and report tally scoped to a goal: refused in England, a key not of the Act refused, and in "
          "Wales the innovations tagged with it or of an ambition tagged with it",
          "[cli][e2e][backend][location][wellbeing]") {
    CliFixture cli;
    cli.setUpInnovation();  // ambition 1, innovation 1 of it
    const std::string english = cli.wholePortfolio();
    for (const char* report : {"board", "tally"}) {
        const RunResult refused = cli.run({"report", report, "--goal", "resilient"});
        requirePlainRefusal(refused, 1);
        CHECK(has(refused.err, "--goal: well-being goals are Wales's, and this portfolio follows England's rules, so "
                               "a report cannot be scoped to one"));
        CHECK(refused.out.empty());
    }
    CHECK(cli.wholePortfolio() == english);

    requireOk(cli.as("1", {"decision", "nation", "--to", "wales"}));
    requireOk(cli.as("1", {"ambition", "update", "1", "--goals", "resilient"}));
    requireOk(cli.as("1", {"ambition", "add", "--title", "Healthy homes", "--horizon", "2040", "--goals", "healthier"}));
    requireOk(cli.as("2", {"innovation", "add", "--title", "Sandbag library", "--ambition", "2", "--goals",
                           "resilient,cohesive", "--priority", "2"}));
    requireOk(cli.as("2", {"innovation", "add", "--title", "Warm homes grants", "--ambition", "2", "--goals",
                           "healthier"}));
    requireOk(cli.as("2", {"innovation", "add", "--title", "Untagged idea"}));

    const std::string welsh = cli.wholePortfolio();
    for (const char* report : {"board", "tally"}) {
        const RunResult bad = cli.run({"report", report, "--goal", "sunny"});
        requirePlainRefusal(bad, 1);
        CHECK(has(bad.err, "--goal: 'sunny' is not one of prosperous, resilient, healthier, more-equal, cohesive, "
                           "culture-language or globally-responsible"));
    }
    CHECK(cli.wholePortfolio() == welsh);

    // Virtual wards (1) through its ambition, the sandbag library (2) tagged itself; not the
    // grants (3, healthier) nor the untagged idea (4).
    const auto board = cli.json({"report", "board", "--goal", "resilient"});
    CHECK(board["wellbeing_goal"] == "resilient");
    std::vector<std::string> titles;
    for (const auto& row : board["innovations"]) titles.push_back(row["title"]);
    CHECK(titles == std::vector<std::string>{"Sandbag library", "Virtual wards"});  // by priority: 2, then 3
    const RunResult paper = cli.run({"report", "board", "--goal", "resilient"});
    requireOk(paper);
    CHECK(has(paper.out, "Every cabinet member's innovations serving the well-being goal 'A resilient Wales'"));
    CHECK_FALSE(has(paper.out, "Warm homes grants"));
    const auto whole = cli.json({"report", "board"});
    CHECK(whole["innovations"].size() == 4);
    CHECK(whole["wellbeing_goal"].is_null());

    const auto tally = cli.json({"report", "tally", "--goal", "resilient", "--by", "innovation"});
    CHECK(tally["scope"]["wellbeing_goal"] == "resilient");
    CHECK(tally["scope"]["words"] == "Well-being goal: A resilient Wales");
    std::vector<std::string> keys;
    for (const auto& row : tally["groups"]) keys.push_back(row["key"]);
    CHECK(keys == std::vector<std::string>{"1", "2"});
    const RunResult text = cli.run({"report", "tally", "--goal", "healthier"});
    requireOk(text);
    CHECK(has(text.out, "Well-being goal: A healthier Wales"));
}

TEST_CASE("check names the well-being tags left after the portfolio went back to England, and they can be taken off",
          "[cli][e2e][backend][location][wellbeing]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("1", {"decision", "nation", "--to", "wales"}));
    requireOk(cli.as("2", {"innovation", "update", "1", "--goals", "resilient", "--ways", "long-term"}));
    requireOk(cli.run({"check"}));
    requireOk(cli.as("1", {"decision", "nation", "--to", "england"}));

    const RunResult found = cli.run({"check"});
    CHECK(found.exitCode == 1);
    CHECK(has(found.out, "1 problem found"));
    CHECK(has(found.out, "innovation 1 'Virtual wards' is tagged with well-being goals (A resilient Wales) and ways of "
                         "working (Long term), which are Wales's, but this portfolio follows England's rules: take "
                         "them off (innotrack innovation update 1 --goals none --ways none)"));

    requireOk(cli.as("2", {"innovation", "update", "1", "--goals", "none", "--ways", "none"}));
    const RunResult clean = cli.run({"check"});
    requireOk(clean);
    CHECK(has(clean.out, "No problems found."));
}

// The Welsh demo through the real program: `demo --wales`, then what report wellbeing lists for it
// (hand-checked against demo/src/demo_nation.cpp), a clean check, and a Forward Plan that flags
// nothing; the English demo's report still says the goals are Wales's.
TEST_CASE("demo --wales writes a Welsh council whose well-being report lists what serves each goal and the one "
          "goal nothing serves",
          "[cli][e2e][backend][location][wellbeing][demo]") {
    CliFixture cli;
    const RunResult written = cli.run({"demo", "--wales"});
    requireOk(written);
    CHECK(has(written.out + written.err, "Wrote the Welsh demo portfolio to"));

    const auto report = cli.json({"report", "wellbeing"});
    CHECK(report["nation"] == "wales");
    CHECK(report["unserved_goals"] == nlohmann::json::array({"culture-language"}));
    std::map<std::string, std::pair<std::string, std::string>> goals;
    int ways = 0;
    for (const auto& line : report["lines"]) {
        if (line["part"] == "goal") goals[line["key"]] = {line["ambitions"], line["active_innovations"]};
        else if (line["served"] == true) ++ways;
    }
    CHECK(goals["prosperous"] == std::pair<std::string, std::string>{
                                     "A thriving town centre economy",
                                     "Community wealth building in council procurement; Meanwhile use of empty shops"});
    CHECK(goals["more-equal"] == std::pair<std::string, std::string>{
                                     "Every older person lives independently at home", "Heat pump street pilot"});
    CHECK(goals["globally-responsible"] ==
          std::pair<std::string, std::string>{"Net zero borough by 2045",
                                              "Solar canopies on council car parks; Library of Things in Central Library"});
    CHECK(goals["culture-language"] == std::pair<std::string, std::string>{"", ""});
    CHECK(goals.size() == 7);
    CHECK(ways == 5);

    const RunResult text = cli.run({"report", "wellbeing"});
    requireOk(text);
    CHECK(has(text.out, "Goals nothing serves: A Wales of vibrant culture and thriving Welsh language."));
    CHECK(has(text.out, "Ways of working evidenced: 5 of 5"));

    const RunResult check = cli.run({"check"});
    requireOk(check);
    CHECK(check.out == "No problems found.\n");

    const RunResult plan = cli.run({"report", "forward-plan"});
    requireOk(plan);
    CHECK(has(plan.out, "This is a Welsh portfolio: the 28 clear days rule is England's, so no notice"));
    CHECK_FALSE(has(plan.out, "general exception"));
    CHECK_FALSE(has(plan.out, "Northbrook"));
    CHECK(has(plan.out, "Glanafon Civic Centre"));
}

TEST_CASE("the English demo stays English: no well-being tags, and its report says the goals are Wales's",
          "[cli][e2e][backend][location][wellbeing][demo]") {
    CliFixture cli;
    requireOk(cli.run({"demo"}));
    const RunResult text = cli.run({"report", "wellbeing"});
    requireOk(text);
    CHECK(has(text.out, "Well-being goals are Wale"));
    CHECK(cli.json({"report", "wellbeing"})["nation"] == "england");
}
