// End to end: engagements through the real program. Who may record one (an innovation's officer,
// its cabinet lead, the leader; never a viewer or another innovation's officer), and bad input,
// each refusal leaving the whole portfolio document exactly as it was.
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace innotrack::testing;

namespace {

// Innovation 1 led by Bob (2) and Olly (3), and innovation 2 led by Bob and Omar (5).
void setUpTwoInnovations(const CliFixture& cli) {
    cli.setUpInnovation();
    requireOk(cli.as("1", {"person", "add", "--name", "Omar Officer", "--role", "officer"}));
    requireOk(cli.as("2", {"innovation", "add", "--title", "Community energy", "--cabinet-lead", "2",
                           "--lead-officer", "Omar Officer"}));
}

std::vector<std::string> addOn(const std::string& innovation) {
    return {"engagement", "add", "--innovation", innovation, "--on", "2026-02-10", "--audience", "residents",
            "--form", "public-meeting", "--led-by", "Olly Officer", "--stance", "opposed", "--participants", "41",
            "--concerns", "Cameras in the home"};
}

// A command that must be refused with one plain line, leaving the whole portfolio unchanged.
RunResult refused(const CliFixture& cli, const std::string& actor, const std::vector<std::string>& arguments,
                  int exitCode) {
    const std::string before = cli.wholePortfolio();
    const RunResult result = cli.as(actor, arguments);
    INFO("stdout: " << result.out);
    INFO("stderr: " << result.err);
    requirePlainRefusal(result, exitCode);
    CHECK(result.out.empty());
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(cli.wholePortfolio() == before);
    return result;
}

}  // namespace

TEST_CASE("an officer records an engagement on their own innovation, lists and updates it",
          "[cli][e2e][backend][location][engagements]") {
    CliFixture cli;
    setUpTwoInnovations(cli);
    const RunResult added = cli.as("Olly Officer", addOn("1"));
    requireOk(added);
    CHECK(has(added.out, "Recorded engagement 1 (Public meeting with Residents on 2026-02-10) on innovation 1."));

    const auto listed = cli.json({"engagement", "list", "--innovation", "1"});
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["audience"] == "residents");
    CHECK(listed[0]["stance"] == "opposed");
    CHECK(listed[0]["participants"] == 41);
    CHECK(listed[0]["led_by"] == "Olly Officer");
    CHECK(cli.json({"engagement", "list", "--innovation", "2"}).empty());
    const RunResult csv = cli.run({"engagement", "list", "--format", "csv"});
    requireOk(csv);
    CHECK(csv.out.rfind("id,innovation_id,held_on,audience,form,led_by_id,led_by,participants,stance,concerns,response\r\n",
                        0) == 0);

    requireOk(cli.as("Olly Officer", {"engagement", "update", "1", "--response", "Cameras only with consent",
                                      "--participants", "none"}));
    const auto shown = cli.json({"engagement", "show", "1"});
    CHECK(shown["response"] == "Cameras only with consent");
    CHECK(shown["participants"].is_null());
    // The cabinet lead and the leader may too; the change is in the history.
    requireOk(cli.as("2", {"engagement", "update", "1", "--stance", "mixed"}));
    requireOk(cli.as("1", addOn("2")));
    CHECK(has(cli.run({"history"}).out, "engagement"));
}

TEST_CASE("another innovation's officer and a viewer cannot record an engagement, and nothing changes",
          "[cli][e2e][backend][location][engagements]") {
    CliFixture cli;
    setUpTwoInnovations(cli);
    const auto other = refused(cli, "Omar Officer", addOn("1"), 1);
    CHECK(has(other.err, "Omar Officer is a project officer"));
    CHECK(has(other.err, "'Virtual wards'"));
    const auto viewer = refused(cli, "Vera Viewer", addOn("1"), 1);
    CHECK(has(viewer.err, "viewers can read the portfolio but not change it"));

    requireOk(cli.as("Olly Officer", addOn("1")));
    refused(cli, "Omar Officer", {"engagement", "update", "1", "--response", "Not mine to answer"}, 1);
    refused(cli, "Vera Viewer", {"engagement", "update", "1", "--response", "Nor mine"}, 1);
    // Showing an innovation to residents is its cabinet lead's or the leader's, not its officer's.
    refused(cli, "Olly Officer", {"innovation", "update", "1", "--public", "yes", "--public-description", "Care"}, 1);
}

TEST_CASE("bad engagement input is refused in one line naming the option, and nothing changes",
          "[cli][e2e][backend][location][engagements][bad-input]") {
    CliFixture cli;
    setUpTwoInnovations(cli);
    const auto with = [](std::vector<std::string> arguments, const std::string& option, const std::string& value) {
        for (std::size_t i = 0; i + 1 < arguments.size(); ++i)
            if (arguments[i] == option) arguments[i + 1] = value;
        return arguments;
    };
    CHECK(has(refused(cli, "3", with(addOn("1"), "--audience", "everyone"), 1).err,
              "--audience: 'everyone' is not one of cabinet, ruling-group"));
    CHECK(has(refused(cli, "3", with(addOn("1"), "--form", "party"), 1).err, "--form"));
    CHECK(has(refused(cli, "3", with(addOn("1"), "--stance", "angry"), 1).err, "support, mixed or opposed"));
    CHECK(has(refused(cli, "3", with(addOn("1"), "--on", "2026-02-30"), 1).err, "not a day of the calendar"));
    CHECK(has(refused(cli, "3", with(addOn("1"), "--on", "2026-03-03"), 1).err, "--on"));  // after today
    CHECK(has(refused(cli, "3", with(addOn("1"), "--participants", "-4"), 1).err, "below zero"));
    CHECK(has(refused(cli, "3", with(addOn("1"), "--led-by", "Nobody Known"), 1).err, "Nobody Known"));
    refused(cli, "3", with(addOn("1"), "--innovation", "99"), 1);
    CHECK(has(refused(cli, "2", {"innovation", "update", "1", "--public", "yes"}, 1).err, "public description"));
    refused(cli, "2", {"innovation", "update", "1", "--public", "perhaps"}, 2);
}
