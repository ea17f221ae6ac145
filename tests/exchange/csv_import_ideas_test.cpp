// The ideas register: exported from one portfolio it imports into another and gives the same
// ideas; each idea's status replayed through the service, with its rules and rights.
#include "csv_import_fixture.hpp"

#include "exchange/register_csv.hpp"
#include "exchange/register_rows.hpp"

#include <catch2/catch.hpp>

namespace innotrack {
namespace {

using exchange::Register;
using testing::ImportFixture;
using testing::joined;
using testing::problemLines;

Idea newIdea(const std::string& title, Date submittedOn) {
    Idea draft;
    draft.title = title;
    draft.problem = "Residents wait too long";
    draft.proposal = "Try what " + title + " did";
    draft.submittedOn = submittedOn;
    return draft;
}

// Cllr Bob Cabinet's ideas, one in each status the register carries.
void addIdeas(ImportFixture& f) {
    const Id bob = f.cabinet.id;
    Idea wigan = newIdea("Wigan Deal", Date(2026, 9, 1));
    wigan.source = IdeaSource::OtherCouncil;
    wigan.reference = "Wigan Council, 2019";
    wigan.ambitionId = f.ambition.id;
    f.portfolio.submitIdea(bob, wigan);

    const Idea parked = f.portfolio.submitIdea(bob, newIdea("Street wardens", Date(2026, 9, 2)));
    f.portfolio.parkIdea(bob, parked.id, Date(2027, 1, 15), Date(2026, 10, 1));

    const Idea declined = f.portfolio.submitIdea(bob, newIdea("Drone deliveries", Date(2026, 9, 3)));
    f.portfolio.parkIdea(bob, declined.id, Date(2026, 12, 1), Date(2026, 10, 5));
    f.portfolio.declineIdea(bob, declined.id, "Too costly for the benefit", Date(2026, 11, 2));

    Idea promoted = newIdea("Community fridges", Date(2026, 9, 4));
    promoted.source = IdeaSource::Resident;
    promoted = f.portfolio.submitIdea(bob, promoted);
    f.portfolio.promoteIdea(bob, promoted.id, "Cheap to try in one ward first", Date(2026, 11, 20));
}

// Ideas as compared across portfolios: their own ids and their innovations' differ.
std::vector<Idea> ideasOf(const PortfolioStore& store) {
    std::vector<Idea> out = store.listIdeas();
    for (Idea& idea : out) {
        idea.id = 0;
        if (idea.innovationId) idea.innovationId = 1;
    }
    return out;
}

}  // namespace

TEST_CASE("import ideas: the exported register imports into an empty portfolio and gives the same ideas",
          "[exchange][import][ideas]") {
    ImportFixture from;
    addIdeas(from);
    const exchange::RegisterRows exported = exchange::readRegister(*from.store, Register::Ideas);
    REQUIRE(exported.rows.size() == 4);
    CHECK(exported.rows[3] == std::vector<std::string>{"Community fridges", "Residents wait too long",
                                                       "Try what Community fridges did", "resident", "", "",
                                                       "Cllr Bob Cabinet", "2026-09-04", "promoted", "", "",
                                                       "2026-11-20", "Cllr Bob Cabinet",
                                                       "Cheap to try in one ward first", "Community fridges"});

    ImportFixture into;
    const auto result = into.import(Register::Ideas, exchange::renderRegisterCsv(exported), into.cabinet.id);
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(result.rows == 4);
    CHECK(ideasOf(*into.store) == ideasOf(*from.store));
    CHECK(exchange::readRegister(*into.store, Register::Ideas).rows == exported.rows);

    // The promotion made the innovation, named as the idea, led by the one who promoted it.
    const auto innovation = into.store->findInnovation(*into.store->listIdeas()[3].innovationId);
    REQUIRE(innovation);
    CHECK(innovation->title == "Community fridges");
    CHECK(innovation->cabinetLeadId == into.cabinet.id);
    CHECK(innovation->inspiredBy == "A resident");
}

TEST_CASE("import ideas: every bad row is listed by line and column, and nothing is written",
          "[exchange][import][ideas]") {
    ImportFixture f;
    const std::size_t before = f.records();
    const std::size_t ideasBefore = f.store->listIdeas().size();
    const auto result = f.import(Register::Ideas,
                                 "Title,Problem,Proposal,Status,Parked on,Look again on,Decided on,Decided by,"
                                 "Reason,Innovation,Submitted by\n"
                                 "Good idea,P,Q,,,,,,,,\n"
                                 "Scored,P,Q,under-assessment,,,,,,,\n"
                                 "Parked,P,Q,parked,2026-10-01,,,,,,\n"
                                 "Declined,P,Q,declined,,2027-01-01,2026-11-01,,,,\n"
                                 "Submitted,P,Q,submitted,2026-10-01,,2026-11-01,,Why,,\n"
                                 "Renamed,P,Q,promoted,,,,,Worth a try,Something else,\n"
                                 "Home care by video,P,Q,promoted,,,,,Worth a try,,\n"
                                 "Other people,P,Q,,,,,,,,Dev Officer\n",
                                 f.cabinet.id);
    CHECK(joined(problemLines(result)) ==
          "3: Status: under-assessment comes from an assessor's score, which this register does not carry; import "
          "it as submitted, then score it with: innotrack idea score ID\n"
          "4: Look again on: is empty; a parked idea needs the day to look at it again\n"
          "5: Look again on: is given, but Status is declined; only a parked idea has a day to look again\n"
          "6: Parked on: is given, but Status is submitted; an idea parked is parked, promoted or declined\n"
          "6: Decided on: is given, but Status is submitted; only a promoted or declined idea has a decision\n"
          "6: Reason: is given, but Status is submitted; only a promoted or declined idea has a decision\n"
          "7: Innovation: promoting the idea creates the innovation 'Renamed', so 'Something else' cannot be kept; "
          "empty the cell, or rename the innovation after the import\n"
          "8: Innovation: an innovation called 'Home care by video' is already in the portfolio, and promoting the "
          "idea would add a second; rename one of them first\n"
          "9: Submitted by: innotrack records the person importing (Cllr Bob Cabinet) as the one who submitted the "
          "idea, so 'Dev Officer' cannot be kept; empty the cell, or let Dev Officer import this row\n");
    CHECK_FALSE(result.written);
    CHECK(f.records() == before);
    CHECK(f.store->listIdeas().size() == ideasBefore);
}

TEST_CASE("import ideas: anyone may submit ideas, but parking or deciding one needs an assessor",
          "[exchange][import][ideas]") {
    ImportFixture f;
    const std::string csv =
        "Title,Problem,Proposal,Status,Look again on\n"
        "From a resident,P,Q,,\n"
        "Parked by a viewer,P,Q,parked,2027-01-01\n";
    const auto refused = f.import(Register::Ideas, csv, f.viewer.id);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems[0].line == 3);
    CHECK(refused.problems[0].column == "Status");
    CHECK(refused.problems[0].reason.rfind("is parked, and ", 0) == 0);
    CHECK(f.store->listIdeas().empty());

    const auto submitted = f.import(Register::Ideas, "Title,Problem,Proposal\nFrom a resident,P,Q\n", f.viewer.id);
    REQUIRE(submitted.ok());
    REQUIRE(f.store->listIdeas().size() == 1);
    CHECK(f.store->listIdeas()[0].submittedById == f.viewer.id);
    CHECK(f.store->listIdeas()[0].status == IdeaStatus::Submitted);
    CHECK(f.store->listIdeas()[0].submittedOn == f.clock.today());
}

TEST_CASE("import ideas: --dry-run checks the rows through the service and writes nothing",
          "[exchange][import][ideas]") {
    ImportFixture f;
    const auto result = f.import(Register::Ideas,
                                 "Title,Problem,Proposal,Submitted on,Status,Parked on,Look again on\n"
                                 "Street wardens,P,Q,2026-09-01,parked,2026-10-01,2026-09-30\n",
                                 f.cabinet.id, true);
    CHECK(joined(problemLines(result)) ==
          "2: Look again on: 2026-09-30 must be after the day it is parked (2026-10-01)\n");
    const auto clean = f.import(Register::Ideas, "Title,Problem,Proposal\nStreet wardens,P,Q\n", f.cabinet.id, true);
    CHECK(clean.ok());
    CHECK_FALSE(clean.written);
    CHECK(f.store->listIdeas().empty());
}

}  // namespace innotrack
