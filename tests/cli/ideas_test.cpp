// End to end: the ideas funnel from the command line, every permission and every bad input; a
// refusal is one plain line, with its exit status, and leaves the whole portfolio document as it was.
#include "cli_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace innotrack::testing;

namespace {

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

// People as setUpInnovation makes them, and idea 1 submitted by the viewer, Vera (4).
void setUpIdea(const CliFixture& cli) {
    cli.setUpInnovation();
    requireOk(cli.as("Vera Viewer", {"idea", "submit", "--title", "Cwtch cafés", "--problem", "Lonely winters",
                                     "--proposal", "Warm spaces in libraries", "--source", "other-council",
                                     "--reference", "Warm Welcome, Leeds", "--ambition", "1"}));
}

const std::vector<std::string> kFives = {"--fit", "5", "--benefit", "5", "--feasibility", "5", "--cost", "5",
                                         "--evidence", "5"};

std::vector<std::string> scoring(const std::string& idea, std::vector<std::string> scores) {
    scores.insert(scores.begin(), {"idea", "score", idea});
    return scores;
}

}  // namespace

TEST_CASE("a viewer submits an idea, and it is listed with its source and status", "[cli][e2e][backend][location][ideas]") {
    CliFixture cli;
    setUpIdea(cli);
    const auto listed = cli.json({"idea", "list"});
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["title"] == "Cwtch cafés");
    CHECK(listed[0]["source"] == "other-council");
    CHECK(listed[0]["status"] == "submitted");
    CHECK(listed[0]["submitted_by_id"] == 4);
    CHECK(listed[0]["submitted_on"] == kToday);
    CHECK(listed[0]["score"].is_null());
    const RunResult csv = cli.run({"idea", "list", "--format", "csv"});
    requireOk(csv);
    CHECK(has(csv.out, "1,Cwtch cafés,Lonely winters,Warm spaces in libraries,other-council,\"Warm Welcome, Leeds\",1,4"));
    CHECK(cli.json({"idea", "list", "--status", "promoted"}).empty());
}

TEST_CASE("a viewer cannot score an idea, nor an officer promote one, nor a cabinet member move the gate", "[cli][e2e][backend][location][ideas]") {
    CliFixture cli;
    setUpIdea(cli);
    const auto viewer = refused(cli, "Vera Viewer", scoring("1", kFives), 1);
    CHECK(has(viewer.err, "Vera Viewer is a viewer: anyone may submit an idea, but only cabinet members and the "
                          "leader assess and decide ideas"));
    const auto officer = refused(cli, "Olly Officer", {"idea", "promote", "1", "--reason", "I like it"}, 1);
    CHECK(has(officer.err, "Olly Officer is a project officer: only cabinet members and the leader assess"));
    refused(cli, "Olly Officer", {"idea", "decline", "1", "--reason", "No"}, 1);
    refused(cli, "Vera Viewer", {"idea", "park", "1", "--look-again", "2026-09-01"}, 1);
    refused(cli, "Cllr Bob Hughes", {"idea", "gate", "--to", "12"}, 1);
}

TEST_CASE("scores of 0 and 6 are refused", "[cli][e2e][backend][location][ideas][bad-input]") {
    CliFixture cli;
    setUpIdea(cli);
    auto zero = kFives;
    zero[1] = "0";
    CHECK(has(refused(cli, "Cllr Bob Hughes", scoring("1", zero), 1).err,
              "--fit: 0 is out of range; it must be 1 to 5"));
    auto six = kFives;
    six[7] = "6";
    CHECK(has(refused(cli, "Cllr Bob Hughes", scoring("1", six), 1).err, "--cost: 6 is out of range"));
    auto missing = kFives;
    missing.resize(8);
    CHECK(has(refused(cli, "Cllr Bob Hughes", scoring("1", missing), 2).err, "--evidence"));
    CHECK(has(refused(cli, "Cllr Bob Hughes", scoring("9", kFives), 1).err, "There is no idea with id 9"));
}

TEST_CASE("declining without a reason, promoting below the gate without one, and promoting a declined idea are refused",
          "[cli][e2e][backend][location][ideas][bad-input]") {
    CliFixture cli;
    setUpIdea(cli);
    CHECK(has(refused(cli, "Cllr Bob Hughes", {"idea", "decline", "1", "--reason", " "}, 1).err,
              "give a reason to decline the idea"));
    CHECK(has(refused(cli, "Cllr Bob Hughes", {"idea", "promote", "1"}, 1).err,
              "has not been scored: give a reason to promote it unscored"));
    requireOk(cli.as("Cllr Bob Hughes", scoring("1", {"--fit", "3", "--benefit", "3", "--feasibility", "3", "--cost", "2",
                                                      "--evidence", "3"})));
    CHECK(has(refused(cli, "Cllr Bob Hughes", {"idea", "promote", "1"}, 1).err, "scores 14, below the gate of 15"));
    requireOk(cli.as("Cllr Bob Hughes", {"idea", "decline", "1", "--reason", "Tried in 2019"}));
    CHECK(has(refused(cli, "Cllr Ann Jones", {"idea", "promote", "1", "--reason", "The leader insists"}, 1).err,
              "was already declined on 2026-03-02; it cannot be promoted"));
    CHECK(has(refused(cli, "Cllr Bob Hughes", {"idea", "park", "1", "--look-again", "2026-09-01"}, 1).err,
              "it cannot be parked"));
}

TEST_CASE("a promoted idea becomes an innovation at Idea stage that shows the idea",
          "[cli][e2e][backend][location][ideas]") {
    CliFixture cli;
    setUpIdea(cli);
    requireOk(cli.as("Cllr Bob Hughes", scoring("1", kFives)));
    requireOk(cli.as("Cllr Ann Jones", scoring("1", {"--fit", "3", "--benefit", "3", "--feasibility", "3", "--cost",
                                                     "3", "--evidence", "3"})));
    const auto shown = cli.json({"idea", "show", "1"});
    CHECK(shown["status"] == "under-assessment");
    CHECK(shown["score"] == 20);  // (25 + 15) / 2
    CHECK(shown["assessors"] == 2);
    CHECK(shown["scores"].size() == 2);
    const RunResult promoted = cli.as("Cllr Bob Hughes", {"idea", "promote", "1"});
    requireOk(promoted);
    CHECK(has(promoted.out, "Promoted idea 1 'Cwtch cafés' to innovation 2."));
    const auto innovation = cli.json({"innovation", "show", "2"});
    CHECK(innovation["stage"] == "idea");
    CHECK(innovation["inspired_by"] == "Another council: Warm Welcome, Leeds");
    CHECK(innovation["cabinet_lead_id"] == 2);
    REQUIRE(innovation["idea"].size() == 1);
    CHECK(innovation["idea"][0]["id"] == 1);
    CHECK(cli.json({"idea", "show", "1"})["innovation_id"] == 2);
    const RunResult text = cli.run({"innovation", "show", "2"});
    CHECK(has(text.out, "From idea (1)"));
}

TEST_CASE("the submitter, a cabinet member and the leader correct an idea, audited field by field",
          "[cli][e2e][backend][location][ideas][idea-update]") {
    CliFixture cli;
    setUpIdea(cli);
    const RunResult byViewer = cli.as("Vera Viewer", {"idea", "update", "1", "--title", "Warm welcome cafés",
                                                      "--source", "case-study", "--reference", "Nesta, 2024"});
    requireOk(byViewer);
    CHECK(has(byViewer.out, "Updated idea 1 'Warm welcome cafés'."));
    auto shown = cli.json({"idea", "show", "1"});
    CHECK(shown["title"] == "Warm welcome cafés");
    CHECK(shown["source"] == "case-study");
    CHECK(shown["reference"] == "Nesta, 2024");
    CHECK(shown["problem"] == "Lonely winters");
    CHECK(shown["status"] == "submitted");
    CHECK(shown["submitted_by_id"] == 4);

    requireOk(cli.as("Cllr Bob Hughes", scoring("1", kFives)));
    requireOk(cli.as("Cllr Bob Hughes", {"idea", "update", "1", "--proposal", "Warm spaces in every library"}));
    requireOk(cli.as("Cllr Ann Jones", {"idea", "update", "1", "--problem", "Lonely, cold winters"}));
    requireOk(cli.as("Vera Viewer", {"idea", "update", "1", "--title", "Warm welcome"}));  // under assessment
    shown = cli.json({"idea", "show", "1"});
    CHECK(shown["proposal"] == "Warm spaces in every library");
    CHECK(shown["problem"] == "Lonely, cold winters");
    CHECK(shown["title"] == "Warm welcome");
    CHECK(shown["status"] == "under-assessment");

    const auto audit = cli.json({"history", "--entity", "idea", "--id", "1"});
    int titleChanges = 0;
    for (const auto& entry : audit)
        if (entry["action"] == "changed" && entry["field"] == "title") ++titleChanges;
    CHECK(titleChanges == 2);
}

TEST_CASE("only the submitter, cabinet members and the leader correct an idea", "[cli][e2e][backend][location][ideas][idea-update]") {
    CliFixture cli;
    setUpIdea(cli);
    const auto officer = refused(cli, "Olly Officer", {"idea", "update", "1", "--title", "Mine now"}, 1);
    CHECK(has(officer.err, "Olly Officer is a project officer: only the person who submitted idea 1, Vera Viewer, "
                           "cabinet members and the leader can change it"));
    requireOk(cli.as("Olly Officer", {"idea", "submit", "--title", "Officer's idea", "--problem", "Slow forms",
                                      "--proposal", "One form"}));
    const auto viewer = refused(cli, "Vera Viewer", {"idea", "update", "2", "--title", "Vera's now"}, 1);
    CHECK(has(viewer.err, "Vera Viewer is a viewer: only the person who submitted idea 2, Olly Officer"));
}

TEST_CASE("correcting an idea with a 10,000-character title, an unknown id or once it is decided is refused",
          "[cli][e2e][backend][location][ideas][idea-update][bad-input]") {
    CliFixture cli;
    setUpIdea(cli);
    CHECK(has(refused(cli, "Vera Viewer", {"idea", "update", "1", "--title", std::string(10000, 'x')}, 1).err,
              "--title is 10000 characters long; the most allowed is 200"));
    CHECK(has(refused(cli, "Vera Viewer", {"idea", "update", "1", "--proposal", " "}, 1).err,
              "proposal must not be empty"));
    CHECK(has(refused(cli, "Vera Viewer", {"idea", "update", "1", "--source", "the-moon"}, 1).err, "--source"));
    CHECK(has(refused(cli, "Vera Viewer", {"idea", "update", "1", "--ambition", "9"}, 1).err, "9"));
    CHECK(has(refused(cli, "Cllr Bob Hughes", {"idea", "update", "9", "--title", "Nothing"}, 1).err,
              "There is no idea with id 9"));
    requireOk(cli.as("Cllr Bob Hughes", {"idea", "decline", "1", "--reason", "Tried in 2019"}));
    CHECK(has(refused(cli, "Vera Viewer", {"idea", "update", "1", "--title", "Try again"}, 1).err,
              "was already declined on 2026-03-02; it can no longer be changed"));
    refused(cli, "Cllr Ann Jones", {"idea", "update", "1", "--title", "Try again"}, 1);
}
