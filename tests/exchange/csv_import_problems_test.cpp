// Files with mistakes in them: every problem is reported, by line and column, in one pass, and
// nothing at all is written while any row is wrong.
#include "csv_import_fixture.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;
using exchange::Register;

namespace {

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("import: every problem of every row is listed, by line and column, and nothing is written",
          "[exchange][import]") {
    ImportFixture f;
    const std::size_t before = f.records();
    const auto result = f.import(Register::Risks,
                                 "Innovation,Title,Likelihood,Impact,Owner,Raised on\r\n"
                                 "Home care by video,Fine row,3,3,Dev Officer,2026-05-01\r\n"
                                 "Home care by video,Bad date,3,3,Dev Officer,2026/05/01\r\n"
                                 "Home care by video,\"Two\r\nlines\",9,3,Nia Evans,05-01-2026\r\n"
                                 "No such innovation,Bad name,3,three,Dev Officer,\r\n"
                                 "Home care by video,Another fine row,3,3,Dev Officer,\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "3: Raised on: '2026/05/01' is not a date (use YYYY-MM-DD such as 2026-04-01, or DD/MM/YYYY "
                      "such as 01/04/2026)");
    CHECK(lines[1] == "4: Likelihood: 9 is out of range; it must be 1 to 5");
    CHECK(mentions(lines[2], "4: Owner: there is no person called 'Nia Evans'"));
    CHECK(mentions(lines[3], "4: Raised on: '05-01-2026' is not a date"));
    CHECK(mentions(lines[4], "6: Innovation: there is no innovation titled 'No such innovation'"));
    CHECK(lines[5] == "6: Impact: 'three' is not a whole number");
    CHECK(result.rows == 5);
    CHECK_FALSE(result.written);
    CHECK(f.records() == before);
}

TEST_CASE("import: a wrong date says which forms are accepted, and a UK date is accepted", "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones,
                                 "Innovation,Title,Due\r\n"
                                 "Home care by video,UK form,31/01/2027\r\n"
                                 "Home care by video,Short UK form,1/2/2027\r\n"
                                 "Home care by video,US form,01/31/2027\r\n"
                                 "Home care by video,No such day,2027-02-30\r\n"
                                 "Home care by video,Words,next Tuesday\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 3);
    CHECK(mentions(lines[0], "4: Due: '01/31/2027' is not a date (use YYYY-MM-DD"));
    CHECK(mentions(lines[1], "5: Due: '2027-02-30' is not a date"));
    CHECK(mentions(lines[2], "6: Due: 'next Tuesday' is not a date"));
    CHECK(f.store->listMilestones(std::nullopt).empty());

    // Without the bad rows, the UK dates land as the days they name.
    const auto clean = f.import(Register::Milestones,
                                "Innovation,Title,Due\r\nHome care by video,UK form,31/01/2027\r\n"
                                "Home care by video,Short UK form,1/2/2027\r\n");
    REQUIRE(clean.ok());
    const auto milestones = f.store->listMilestones(std::nullopt);
    REQUIRE(milestones.size() == 2);
    CHECK(milestones[0].due == Date(2027, 1, 31));
    CHECK(milestones[1].due == Date(2027, 2, 1));
}

TEST_CASE("import: a header row with a missing, repeated or unknown column is refused, listing the columns",
          "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones, "Title,Due,title,Cabinet leader\r\nx,2027-01-01,y,z\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 3);
    CHECK(mentions(lines[0], "1: the column 'Title' appears twice (columns 1 and 3)"));
    CHECK(mentions(lines[1], "1: column 4 is headed 'Cabinet leader', which is not a column of milestones"));
    CHECK(mentions(lines[2], "1: the required column 'Innovation' is missing"));
    CHECK(mentions(lines[2], "columns are: Innovation (required), Title (required), Baseline due, Due (required), "
                             "Completed on"));
    CHECK(result.rows == 0);

    const auto empty = f.import(Register::Milestones, "");
    REQUIRE(empty.problems.size() == 1);
    CHECK(mentions(empty.problems[0].reason, "the file is empty"));
}

TEST_CASE("import: a cell under no header, or beyond the last column, is refused rather than lost",
          "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones,
                                 "Innovation,Title,Due,,\r\n"
                                 "Home care by video,Fine,2027-01-01,,\r\n"
                                 "Home care by video,Note,2027-01-01,see me,\r\n"
                                 "Home care by video,Long,2027-01-01,,,extra\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 2);
    CHECK(mentions(lines[0], "3: column 4 has no header, so 'see me' cannot be imported"));
    CHECK(mentions(lines[1], "4: the row has 6 cells but the header row only 5"));
}

TEST_CASE("import: an unknown person, an ambiguous title and a wrong scale word are named", "[exchange][import]") {
    ImportFixture f;
    f.portfolio.addInnovation(f.cabinet.id, f.newInnovation("Twice"));
    const Innovation second = f.portfolio.addInnovation(f.cabinet.id, f.newInnovation("twice"));
    const auto result = f.import(Register::Innovations,
                                 "Title,Cabinet lead,Stage\r\n"
                                 "New one,Cllr Nobody,stalled\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 2);
    CHECK(mentions(lines[0], "2: Stage: 'stalled' is not one of idea, exploring"));
    CHECK(mentions(lines[1], "2: Cabinet lead: there is no person called 'Cllr Nobody'"));

    const auto ambiguous = f.import(Register::Milestones, "Innovation,Title,Due\r\nTWICE,Pilot,2027-01-01\r\n");
    REQUIRE(ambiguous.problems.size() == 1);
    CHECK(mentions(ambiguous.problems[0].reason, "'TWICE' is the title of 2 innovations ("));
    CHECK(mentions(ambiguous.problems[0].reason, "write the number instead"));
    // Its number is never ambiguous.
    CHECK(f.import(Register::Milestones, "Innovation,Title,Due\r\n#" + std::to_string(second.id) +
                                             ",Pilot,2027-01-01\r\n")
              .ok());
}

TEST_CASE("import: an innovation title already in the portfolio or earlier in the file is refused",
          "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Innovations,
                                 "Title\r\nhome care BY VIDEO\r\nFalls sensors\r\nFalls Sensors\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 2);
    CHECK(mentions(lines[0], "2: Title: the portfolio already has an innovation with this title (#"));
    CHECK(mentions(lines[1], "4: Title: line 3 has the same title"));
    CHECK(f.store->listInnovations({}).size() == 1);
}

TEST_CASE("import: the service's own refusals are reported under the column they concern", "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Risks,
                                 "Innovation,Title,Likelihood,Impact,Owner,Raised on,Closed on,Residual likelihood\r\n"
                                 "Home care by video,Viewer owns it,3,3,Fay Viewer,,,\r\n"
                                 "Home care by video,In the future,3,3,Dev Officer,2027-05-01,,\r\n"
                                 "Home care by video,Closed before raised,3,3,Dev Officer,2026-05-01,2026-04-01,\r\n"
                                 "Home care by video,Half residual,3,3,Dev Officer,,,2\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 4);
    CHECK(mentions(lines[0], "2: Owner: Fay Viewer is a viewer and cannot own a risk"));
    CHECK(mentions(lines[1], "3: Raised on: 2027-05-01 is in the future"));
    CHECK(mentions(lines[2], "4: Closed on: 2026-04-01 is before the risk was raised"));
    CHECK(mentions(lines[3], "5: Residual likelihood: residual likelihood and residual impact: give both or neither"));
    CHECK(f.store->listRisks(std::nullopt).empty());
}

TEST_CASE("import: a 10,000 character cell is refused with the limit named", "[exchange][import]") {
    ImportFixture f;
    const std::string cause(10'000, 'c');
    const auto result = f.import(Register::Risks,
                                 "Innovation,Title,Likelihood,Impact,Owner,Cause\r\n"
                                 "Home care by video,Long cause,3,3,Dev Officer,\"" + cause + "\"\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 1);
    CHECK(mentions(lines[0], "2: Cause: is 10000 characters long; the most allowed is 2000"));
    CHECK(f.store->listRisks(std::nullopt).empty());
}

TEST_CASE("import: a setback may not be logged in someone else's name, and a risk cannot occur twice",
          "[exchange][import]") {
    ImportFixture f;
    Risk draft = f.newRisk("Supplier fails", 3, 3);
    draft.raisedOn = Date(2026, 5, 1);
    f.portfolio.addRisk(f.officer.id, draft);
    const auto result = f.import(Register::Setbacks,
                                 "Innovation,Occurred on,What happened,Kind,Risk,Logged by\r\n"
                                 "Home care by video,2026-11-20,Supplier went bust,basic,Supplier fails,\r\n"
                                 "Home care by video,2026-11-21,Supplier went bust again,basic,Supplier fails,\r\n"
                                 "Home care by video,2026-11-21,Calls dropped,complex,,Dev Officer\r\n"
                                 "Home care by video,2026-11-21,Not all five,intelligent,,\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 3);
    CHECK(mentions(lines[0], "3: Risk: Risk "));
    CHECK(mentions(lines[0], "already occurred as setback"));
    CHECK(mentions(lines[1], "4: Logged by: innotrack records the person importing (Cllr Ann Leader)"));
    CHECK(mentions(lines[2], "5: Kind: a setback is an intelligent failure only if all five conditions hold"));
    CHECK(f.store->listSetbacks(std::nullopt).empty());
    CHECK(f.store->listRisks(std::nullopt).at(0).status == RiskStatus::Open);
}

TEST_CASE("import: a viewer is refused once, before the file is read", "[exchange][import]") {
    ImportFixture f;
    CHECK_THROWS_AS(f.import(Register::Milestones, "Innovation,Title,Due\r\n", f.viewer.id), PermissionDenied);
    CHECK_THROWS_AS(f.import(Register::Innovations, "Title\r\nx\r\n", f.officer.id), PermissionDenied);
}

TEST_CASE("import: a broken quote is reported with its line, after the problems of the rows before it",
          "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Milestones,
                                 "Innovation,Title,Due\r\n"
                                 "Home care by video,Fine,2027-01-01\r\n"
                                 "Home care by video,Bad,someday\r\n"
                                 "Home care by video,\"Never closed,2027-01-01\r\n"
                                 "Home care by video,Unreached,2027-01-01\r\n");
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 2);
    CHECK(mentions(lines[0], "3: Due: 'someday' is not a date"));
    CHECK(mentions(lines[1], "4: a quoted cell is never closed"));
    CHECK(f.store->listMilestones(std::nullopt).empty());
}

TEST_CASE("import: text that is not UTF-8 names its line and column", "[exchange][import]") {
    ImportFixture f;
    const auto result = f.import(Register::Innovations, "Title,Budget\r\nPilot,\xA3\x35\x30\r\n");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 2);
    CHECK(result.problems[0].column == "Budget");
    CHECK(mentions(result.problems[0].reason, "not UTF-8"));
}
