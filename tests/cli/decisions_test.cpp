// End to end: decisions through the real program, today 2 March 2026. A key decision published
// today for 31 March has 3 to 30 March, 28 clear days: enough; one for 30 March has 27: short, so
// its record is refused until special urgency is recorded. Only the cabinet lead or the leader
// records decisions; each refusal is one plain line and leaves the whole portfolio as it was.
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

using namespace innotrack::testing;

namespace {

std::vector<std::string> addFor(const std::string& on, const std::string& matter) {
    return {"decision", "add", "--innovation", "1", "--matter", matter, "--on", on, "--maker", "2", "--amount",
            "£750,000", "--published-on", "2026-03-02", "--documents", "Report of the Director",
            "--copies-from", "Democratic Services, County Hall"};
}

RunResult refused(const CliFixture& cli, const std::string& actor, const std::vector<std::string>& arguments) {
    const std::string before = cli.wholePortfolio();
    const RunResult result = cli.as(actor, arguments);
    INFO("stdout: " << result.out);
    INFO("stderr: " << result.err);
    requirePlainRefusal(result, 1);
    CHECK(result.out.empty());
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(cli.wholePortfolio() == before);
    return result;
}

}  // namespace

TEST_CASE("the cabinet lead adds key decisions, 28 clear days is enough, 27 is short until special urgency",
          "[cli][e2e][backend][location][decisions]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("2", addFor("2026-03-31", "Award the contract")));
    requireOk(cli.as("2", addFor("2026-03-30", "Buy the tablets")));

    const auto listed = cli.json({"decision", "list"});
    REQUIRE(listed.size() == 2);
    CHECK(listed[0]["id"] == 2);  // soonest first
    CHECK(listed[0]["clear_days"] == 27);
    CHECK(listed[0]["notice"] == "short");
    CHECK(listed[1]["clear_days"] == 28);
    CHECK(listed[1]["notice"] == "enough");
    CHECK(listed[1]["is_key"] == true);
    CHECK(listed[1]["amount_pence"] == 75'000'000);
    CHECK(listed[1]["maker"] == "Cllr Bob Hughes, Cabinet member for Adult social care");

    const auto plan = cli.json({"report", "forward-plan"});
    CHECK(plan["flagged"] == 1);
    REQUIRE(plan["decisions"].size() == 2);

    const std::vector<std::string> record{"decision", "record", "2", "--made-on", "2026-03-02", "--decision",
                                          "Buy 300 tablets", "--reasons", "Carers asked for them"};
    const RunResult shortNotice = refused(cli, "2", record);
    CHECK(has(shortNotice.err, "make it a general exception or special urgency before its record is made"));
    refused(cli, "Olly Officer", addFor("2026-04-30", "Something else"));
    std::vector<std::string> both = addFor("2026-04-30", "Something else");
    both.insert(both.end(), {"--body", "Cabinet", "--members", "Cllr Ann Jones, Cllr Bob Hughes"});
    CHECK(has(refused(cli, "2", both).err, "not both"));
    // The scrutiny chair told today: 3 to 29 March, 27 clear days before the 30th, a general exception;
    // but the decision made today has the chair told 0 clear days before, so its record is still refused.
    requireOk(cli.as("2", {"decision", "exception", "2", "--chair", "Cllr Gwen Scrutiny", "--told-on", "2026-03-02"}));
    CHECK(has(refused(cli, "2", record).err, "a general exception needs 5 clear days"));
    requireOk(cli.as("2", {"decision", "urgency", "2", "--chair", "Cllr Gwen Scrutiny", "--agreed-on", "2026-03-02",
                           "--reason", "The grant offer lapses on 3 March"}));
    requireOk(cli.as("2", record));

    const auto made = cli.json({"report", "decision", "2"});
    CHECK(made["decision"]["decision"] == "Buy 300 tablets");
    CHECK(made["decision"]["notice"] == "short-resolved");
    CHECK(cli.json({"report", "forward-plan"})["decisions"].size() == 1);  // made, so no longer planned
    refused(cli, "2", {"report", "decision", "1"});
}
