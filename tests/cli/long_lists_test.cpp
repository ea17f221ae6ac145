// Lists printed as the store hands their rows over (issue 17): the same output as a held table for a
// short list in every format, and for a list longer than the text window the stated rule (columns
// sized from the first 200 rows; a later, longer title cut with "…").
#include "cli_fixture.hpp"
#include "parse_csv.hpp"

#include "tracker/text.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace innotrack::testing;
using nlohmann::json;

namespace {

std::vector<std::string> outputLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// A date `day` days after 1 January 2026, as YYYY-MM-DD.
std::string dayOf2026(int day) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0;
    while (day >= lengths[month]) day -= lengths[month++];
    const auto twoDigits = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return "2026-" + twoDigits(month + 1) + "-" + twoDigits(day + 1);
}

}  // namespace

TEST_CASE("a streamed milestone list reads as the held table of innovation show in text and JSON",
          "[cli][e2e][backend][location][formats][streaming]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title",
                           "Recruit the ward's first nurses, therapists and the pharmacist who will run it",
                           "--due", "2026-01-15"}));
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Go live", "--due", "2026-06-01"}));
    requireOk(cli.as("3", {"milestone", "add", "--innovation", "1", "--title", "Review", "--due", "2026-02-01"}));
    requireOk(cli.as("3", {"milestone", "done", "3", "--on", "2026-02-20"}));

    const RunResult list = cli.run({"milestone", "list", "--innovation", "1"});
    requireOk(list);
    const RunResult show = cli.run({"innovation", "show", "1"});
    requireOk(show);
    // The show's section is the held table (views::milestones, renderText): the list is the same text.
    CHECK(has(show.out, "Milestones (3)\n" + list.out));
    CHECK(has(list.out, "…"));  // the long title was cut to fit 80 characters, as before
    CHECK(cli.json({"milestone", "list", "--innovation", "1"}) == cli.json({"innovation", "show", "1"})["milestones"]);
    CHECK(parseCsv(cli.run({"milestone", "list", "--format", "csv"}).out).size() == 4);
    CHECK(cli.json({"innovation", "list"}).size() == 1);
}

TEST_CASE("a milestone list longer than the text window keeps the window's widths and cuts a later long title",
          "[cli][e2e][backend][location][formats][streaming]") {
    CliFixture cli;
    cli.setUpInnovation();
    constexpr int kRows = 260;  // more than the text window of 200
    const std::string longTitle = "A closing milestone whose title is far longer than any in the first two hundred";
    std::ostringstream csv;
    csv << "Innovation,Title,Due\n";
    for (int i = 0; i < kRows; ++i)
        csv << "Virtual wards," << (i == kRows - 1 ? longTitle : "Step " + std::to_string(i + 1)) << ","
            << dayOf2026(i) << "\n";
    const auto file = cli.dir() / "milestones.csv";
    std::ofstream(file, std::ios::binary) << csv.str();
    requireOk(cli.as("3", {"import", "milestones", file.string()}));

    const RunResult text = cli.run({"milestone", "list"});
    requireOk(text);
    const auto lines = outputLines(text.out);
    REQUIRE(lines.size() == 2 + kRows);  // a header, a rule, one line a row
    // The title column is as wide as the window's widest title ("Step 200"); the last one is cut.
    CHECK(has(lines[0], "Title   "));
    CHECK(has(lines.back(), "A closi…"));
    CHECK_FALSE(has(text.out, longTitle));
    const std::size_t ruleWidth = innotrack::utf8Length(lines[1]);
    for (const auto& line : lines) CHECK(innotrack::utf8Length(line) <= ruleWidth);

    // JSON and CSV have every row whole.
    const json all = cli.json({"milestone", "list"});
    REQUIRE(all.size() == kRows);
    CHECK(all.back()["title"] == longTitle);
    CHECK(all.front()["title"] == "Step 1");
    const auto rows = parseCsv(cli.run({"milestone", "list", "--format", "csv"}).out);
    REQUIRE(rows.size() == 1 + kRows);
    CHECK(rows.back()[2] == longTitle);
    // --overdue is applied row by row: those due before today (2026-03-02) and not done.
    CHECK(cli.json({"milestone", "list", "--overdue"}).size() == 60);
}

TEST_CASE("streamed benefit and engagement lists read as the held tables of innovation show in every format",
          "[cli][e2e][backend][location][formats][streaming]") {
    CliFixture cli;
    cli.setUpInnovation();
    requireOk(cli.as("3", {"benefit", "add", "--innovation", "1", "--measure",
                           "Hospital bed days saved for residents over seventy-five across the whole county",
                           "--baseline", "0", "--target", "1200", "--unit", "days"}));
    requireOk(cli.as("3", {"benefit", "add", "--innovation", "1", "--measure", "Readmissions", "--baseline", "40",
                           "--target", "25"}));
    requireOk(cli.as("3", {"engagement", "add", "--innovation", "1", "--on", "2026-02-10", "--audience", "scrutiny",
                           "--form", "briefing", "--led-by", "Olly Officer", "--stance", "mixed"}));
    requireOk(cli.as("3", {"engagement", "add", "--innovation", "1", "--on", "2026-01-05", "--audience",
                           "residents", "--form", "public-meeting", "--led-by", "Cllr Bob Hughes", "--stance",
                           "support", "--participants", "37"}));

    const RunResult show = cli.run({"innovation", "show", "1"});
    requireOk(show);
    const RunResult benefits = cli.run({"benefit", "list", "--innovation", "1"});
    requireOk(benefits);
    CHECK(has(show.out, "Benefits (2)\n" + benefits.out));
    CHECK(has(benefits.out, "…"));  // the long measure was cut to fit, as the held table did
    const RunResult engagements = cli.run({"engagement", "list"});
    requireOk(engagements);
    CHECK(has(show.out, "Engagements (2)\n" + engagements.out));
    CHECK(cli.json({"engagement", "list"})[0]["led_by"] == "Cllr Bob Hughes");  // names read before the rows came

    const json record = cli.json({"innovation", "show", "1"});
    CHECK(cli.json({"benefit", "list"}) == record["benefits"]);
    CHECK(cli.json({"engagement", "list", "--innovation", "1"}) == record["engagements"]);
    CHECK(cli.json({"engagement", "list"})[0]["held_on"] == "2026-01-05");
    CHECK(parseCsv(cli.run({"benefit", "list", "--format", "csv"}).out).size() == 3);
    CHECK(parseCsv(cli.run({"engagement", "list", "--format", "csv"}).out).size() == 3);
    CHECK(cli.run({"benefit", "list", "--innovation", "9"}).out == "No benefits match.\n");
    CHECK(cli.run({"engagement", "list", "--innovation", "9"}).out == "No engagements match.\n");
}
