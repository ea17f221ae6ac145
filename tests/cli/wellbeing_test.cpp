// End to end: well-being goals and ways of working through the real program. Refused in an
// English portfolio with one plain line and nothing changed; in a Welsh one set with --goals and
// --ways on add and update, shown by show, emptied with none, and reported by report wellbeing.
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

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
