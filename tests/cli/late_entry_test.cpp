// History entered as it happened: a year's events typed in afterwards keep their own dates, an
// innovation already under way joins at its stage without invented moves, stage changes and moves
// keep their order, and a hand-made file whose dates contradict each other, or whose stage history
// stops short of an innovation's stage, is reported by check.
#include "cli_fixture.hpp"
#include "tamper.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace innotrack::testing;
using nlohmann::json;

namespace {

long long advancesIn(const CliFixture& cli, const std::string& financialYear) {
    return cli.json({"report", "tally", "--fy", financialYear})["totals"]["stage_advances"].get<long long>();
}

// Runs check, which should find `count` problems and exit 1; what it printed.
std::string problemsFound(const CliFixture& cli, int count) {
    const RunResult checked = cli.run({"check"});
    INFO(checked.out);
    CHECK(checked.exitCode == 1);
    CHECK(has(checked.out, std::to_string(count) + " problems found:"));
    return checked.out;
}

}  // namespace

TEST_CASE("an innovation already piloting joins at Piloting, counted as no advance",
          "[cli][e2e][backend][location][late-entry]") {
    CliFixture cli;  // today is 2026-03-02
    cli.setUpInnovation();
    const RunResult added = cli.as("2", {"innovation", "add", "--title", "Solar car parks", "--cabinet-lead", "2",
                                         "--lead-officer", "3", "--stage", "piloting", "--since", "2025-09-01"});
    requireOk(added);
    CHECK(added.out == "Added innovation 2 'Solar car parks' at stage Piloting, priority 3.\n");
    CHECK(advancesIn(cli, "2025") == 0);
    const json history = cli.json({"history", "--entity", "innovation", "--id", "2"});
    CHECK(history.back()["new_value"] == "Piloting since 2025-09-01");

    requireOk(cli.as("2", {"innovation", "stage", "2", "--to", "scaling", "--on", "2026-01-10"}));
    CHECK(advancesIn(cli, "2025") == 1);
    // The board for a day before the move shows it piloting.
    const json before = cli.json({"report", "board", "--on", "2025-12-01"});
    bool piloting = false;
    for (const auto& row : before["innovations"])
        if (row["innovation_id"] == 2) piloting = row["stage"] == "piloting";
    CHECK(piloting);

    const RunResult beforeLast = cli.as("2", {"innovation", "stage", "2", "--to", "mainstreamed", "--on", "2025-12-01"});
    CHECK(beforeLast.exitCode == 1);
    CHECK(beforeLast.err == "innotrack: --on: 2025-12-01 is before 'Solar car parks' last changed stage (to Scaling on "
                            "2026-01-10); enter stage changes in the order they happened\n");
    CHECK(advancesIn(cli, "2025") == 1);

    const RunResult future = cli.as("2", {"innovation", "add", "--title", "Later", "--stage", "exploring", "--since",
                                          "2026-04-01"});
    CHECK(future.exitCode == 1);
    CHECK(has(future.err, "--since: 2026-04-01 is in the future"));
    const RunResult beforeStart = cli.as("2", {"innovation", "add", "--title", "Earlier", "--stage", "exploring",
                                               "--start", "2025-06-01", "--since", "2025-05-01"});
    CHECK(beforeStart.exitCode == 1);
    CHECK(has(beforeStart.err, "--since: 2025-05-01 is before the innovation started (2025-06-01)"));
    const RunResult stopped = cli.as("2", {"innovation", "add", "--title", "Gone", "--stage", "stopped"});
    CHECK(stopped.exitCode == 1);
}

TEST_CASE("a move and a lesson typed in late keep the day they happened", "[cli][e2e][backend][location][late-entry]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Panels fitted", "--due", "2025-10-01"}));
    requireOk(cli.as("3", {"milestone", "move", "1", "--to", "2025-12-01", "--reason", "Supplier late", "--on",
                           "2025-09-20"}));
    CHECK(cli.json({"milestone", "show", "1"})["moves"][0]["moved_on"] == "2025-09-20");
    const RunResult outOfOrder = cli.as("3", {"milestone", "move", "1", "--to", "2026-01-05", "--reason", "Again",
                                              "--on", "2025-09-10"});
    CHECK(outOfOrder.exitCode == 1);
    CHECK(outOfOrder.err == "innotrack: --on: 2025-09-10 is before milestone 1 was last moved (on 2025-09-20); "
                            "enter moves in the order they happened\n");
    CHECK(cli.as("3", {"milestone", "move", "1", "--to", "2026-01-05", "--reason", "Again", "--on", "2026-03-03"})
              .exitCode == 1);  // tomorrow

    requireOk(cli.as("3", {"lesson", "add", "--innovation", "1", "--what", "Order early", "--recommendation",
                           "Order panels in spring", "--on", "2025-10-05"}));
    CHECK(cli.json({"lesson", "show", "1"})["recorded_on"] == "2025-10-05");
    requireOk(cli.as("3", {"setback", "log", "--innovation", "1", "--what", "Supplier went bust", "--kind", "basic",
                           "--on", "2025-11-01"}));
    const RunResult beforeSetback = cli.as("3", {"lesson", "add", "--innovation", "1", "--setback", "1", "--what",
                                                 "Check suppliers", "--recommendation", "Credit checks", "--on",
                                                 "2025-10-20"});
    CHECK(beforeSetback.exitCode == 1);
    CHECK(has(beforeSetback.err, "--on: 2025-10-20 is before setback 1 happened (2025-11-01)"));
}

TEST_CASE("stopping needs a reason, and says so", "[cli][e2e][backend][location][late-entry]") {
    CliFixture cli;
    cli.setUpInnovation();
    const RunResult stopped = cli.as("2", {"innovation", "stage", "1", "--to", "stopped"});
    CHECK(stopped.exitCode == 1);
    CHECK(stopped.err == "innotrack: --reason: stopping an innovation needs a reason, saying why it stopped\n");
}

TEST_CASE("check reports a hand-made file's contradictory dates, each in words",
          "[cli][e2e][backend][location][late-entry]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("2", {"innovation", "stage", "1", "--to", "exploring", "--on", "2025-06-01"}));
    requireOk(cli.as("2", {"innovation", "stage", "1", "--to", "piloting", "--on", "2025-09-01"}));
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Pilot", "--due", "2025-10-01"}));
    requireOk(cli.as("3", {"milestone", "move", "1", "--to", "2025-11-01", "--reason", "Late", "--on", "2025-09-01"}));
    requireOk(cli.as("3", {"milestone", "move", "1", "--to", "2025-12-01", "--reason", "Later", "--on", "2025-10-01"}));
    requireOk(cli.as("3", {"risk", "add", "--innovation", "1", "--title", "Low uptake", "--likelihood", "3", "--impact",
                           "3", "--owner", "3", "--raised", "2025-05-01"}));
    requireOk(cli.as("3", {"risk", "close", "1", "--on", "2025-08-01"}));
    // The rule the close command applies holds when the raised date is edited afterwards, too.
    const RunResult raisedLater = cli.as("3", {"risk", "update", "1", "--raised", "2025-09-01"});
    CHECK(raisedLater.exitCode == 1);
    CHECK(has(raisedLater.err, "closed on: 2025-08-01 is before the risk was raised (2025-09-01)"));
    requireOk(cli.as("3", {"setback", "log", "--innovation", "1", "--what", "Supplier went bust", "--kind", "basic",
                           "--on", "2025-11-01"}));
    requireOk(cli.as("3", {"lesson", "add", "--innovation", "1", "--setback", "1", "--what", "Check suppliers",
                           "--recommendation", "Credit checks", "--on", "2025-11-05"}));
    requireOk(cli.as("2", {"review", "start", "--on", "2026-02-02"}));
    requireOk(cli.as("2", {"review", "record", "--innovation", "1", "--confidence", "amber"}));
    requireOk(cli.as("2", {"review", "close", "--on", "2026-02-03"}));
    REQUIRE(cli.run({"check"}).out == "No problems found.\n");

    // Somebody edits the dates by hand, one contradiction of each kind.
    editWithRawSql(cli.db(), "UPDATE stage_changes SET changed_on = '2025-04-01' WHERE to_stage = 'piloting'; "
                             "UPDATE milestone_moves SET moved_on = '2025-08-01' WHERE reason = 'Later'; "
                             "UPDATE risks SET raised_on = '2025-09-01' WHERE id = 1; "
                             "UPDATE lessons SET recorded_on = '2025-10-01' WHERE id = 1; "
                             "UPDATE reviews SET closed_on = '2026-01-30' WHERE id = 1");
    const std::string checked = problemsFound(cli, 5);
    INFO(checked);
    CHECK(has(checked, "innovation 1 'Virtual wards': its move to Piloting on 2025-04-01 was entered after its "
                           "move to Exploring on 2025-06-01, yet is dated before it"));
    CHECK(has(checked, "milestone 1 'Pilot': the move to 2025-12-01 made on 2025-08-01 was entered after the "
                           "move to 2025-11-01 made on 2025-09-01, yet is dated before it"));
    CHECK(has(checked, "risk 1 'Low uptake': closed on: 2025-08-01 is before the risk was raised (2025-09-01)"));
    CHECK(has(checked, "lesson 1 was recorded on 2025-10-01, before setback 1 it learns from happened (2025-11-01)"));
    CHECK(has(checked, "review 1: closed on: 2026-01-30 is before the review was held (2026-02-02)"));
}

TEST_CASE("check names an innovation whose stage history stops short of its stage, in words",
          "[cli][e2e][backend][location][late-entry][stage-on-day]") {
    CliFixture cli;  // today is 2026-03-02
    cli.setUpInnovation();
    requireOk(cli.as("2", {"innovation", "stage", "1", "--to", "exploring", "--on", "2025-06-01"}));
    requireOk(cli.as("2", {"innovation", "stage", "1", "--to", "piloting", "--on", "2025-09-01"}));
    requireOk(cli.as("2", {"innovation", "add", "--title", "Solar car parks", "--cabinet-lead", "2", "--lead-officer",
                           "3", "--stage", "piloting", "--since", "2025-09-01"}));
    // Entered at a stage with no day: no stage changes at all, and nothing assumed.
    requireOk(cli.as("2", {"innovation", "add", "--title", "Library of Things", "--cabinet-lead", "2",
                           "--lead-officer", "3", "--stage", "exploring"}));
    REQUIRE(cli.run({"check"}).out == "No problems found.\n");

    // Somebody sets two stages by hand, with no stage change to bring them there.
    editWithRawSql(cli.db(), "UPDATE innovations SET stage = 'scaling' WHERE id IN (1, 2)");
    const std::string checked = problemsFound(cli, 2);
    INFO(checked);
    CHECK(has(checked, "innovation 1 'Virtual wards' is at Scaling, but its last recorded stage change moved it "
                           "to Piloting on 2025-09-01: record the change that brought it to Scaling"));
    CHECK(has(checked, "innovation 2 'Solar car parks' is at Scaling, but its stage history ends with its arrival "
                           "at Piloting on 2025-09-01: record the change that brought it to Scaling"));

    // The reports take the stage stored now for every day after the last change (docs/REPORTS.md).
    const json board = cli.json({"report", "board", "--on", "2025-12-01"});
    std::map<long long, std::string> stages;
    for (const auto& row : board["innovations"]) stages[row["innovation_id"].get<long long>()] = row["stage"];
    CHECK(stages == std::map<long long, std::string>{{1, "scaling"}, {2, "scaling"}, {3, "exploring"}});
}
