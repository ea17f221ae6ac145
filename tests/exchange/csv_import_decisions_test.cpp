// The decisions register, and the well-being tags of the innovations and ambitions registers: exported from one
// portfolio they import into another and export again the same text; a hand-written file with a
// bad date, an unknown goal or a record on a short notice is refused one line per problem, naming
// its line and column, and leaves the portfolio as it was.
#include "csv_import_fixture.hpp"

#include "exchange/portfolio_json.hpp"
#include "exchange/register_csv.hpp"
#include "exchange/register_rows.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace innotrack {
namespace {

using exchange::Register;
using testing::ImportFixture;
using testing::joined;
using testing::problemLines;

// The weekly review of 1 October, which recorded the fixture's innovation: a decision can come from it.
void holdReview(ImportFixture& f) {
    const Review review = f.portfolio.startReview(f.cabinet.id, Date(2026, 10, 1));
    f.portfolio.recordReview(f.cabinet.id, {review.id, f.innovation.id, Confidence::Amber, "", "Take it to cabinet"});
    f.portfolio.closeReview(f.cabinet.id, review.id, Date(2026, 10, 1));
}

Decision newDecision(const ImportFixture& f, const std::string& matter, Date plannedOn, Pence amount) {
    Decision d;
    d.innovationId = f.innovation.id;
    d.matter = matter;
    d.makerId = f.cabinet.id;
    d.plannedOn = plannedOn;
    d.amountPence = amount;
    return d;
}

// One decision of every kind the register carries: made with enough notice, from the review; a
// short notice made a general exception, by a body; special urgency, then made; and one that is
// not key.
void addDecisions(ImportFixture& f) {
    const Id bob = f.cabinet.id;
    Decision made = newDecision(f, "Award the video care contract", Date(2026, 11, 10), 60'000'000);
    made.noticeOn = Date(2026, 9, 1);
    made.documents = "Report of the Director of Adult Social Care";
    made.documentsFrom = "Democratic Services, Town Hall";
    made.reviewId = f.store->listReviews().front().id;
    made = f.portfolio.addDecision(bob, made);
    Decision record;
    record.madeOn = Date(2026, 11, 10);
    record.decision = "Award the contract to CareLink";
    record.reasons = "Best value of three tenders";
    record.alternativesRejected = "Run it in house";
    record.conflictsDeclared = "None";
    f.portfolio.recordDecision(bob, made.id, record);

    Decision extend = newDecision(f, "Extend video care to every ward", Date(2026, 12, 20), 0);
    extend.makerId.reset();
    extend.makerBody = "Cabinet";
    extend.makerMembers = "Cllr Ann Leader, Cllr Bob Cabinet, Cllr Cat Cabinet";
    extend.affectsTwoOrMoreWards = true;
    extend.noticeOn = Date(2026, 11, 25);
    extend = f.portfolio.addDecision(bob, extend);
    f.portfolio.markGeneralException(bob, extend.id, "Cllr Rachel Green", Date(2026, 11, 26));

    Decision urgent = newDecision(f, "Buy tablets before the grant ends", Date(2026, 11, 27), 90'000'000);
    urgent.noticeOn = Date(2026, 11, 26);
    urgent = f.portfolio.addDecision(bob, urgent);
    f.portfolio.markSpecialUrgency(bob, urgent.id, "Cllr Rachel Green", Date(2026, 11, 26),
                                   "The grant must be spent by 30 November");
    record.madeOn = Date(2026, 11, 27);
    record.decision = "Buy 200 tablets";
    record.reasons = "The grant pays for them";
    record.alternativesRejected.clear();
    record.conflictsDeclared.clear();
    record.dispensation = "None needed";
    f.portfolio.recordDecision(bob, urgent.id, record);

    f.portfolio.addDecision(bob, newDecision(f, "Print leaflets", Date(2027, 1, 15), 1'000'000));
}

std::string csvOf(const PortfolioStore& store, Register reg) {
    return exchange::renderRegisterCsv(exchange::readRegister(store, reg));
}

std::string portfolioJson(const PortfolioStore& store) {
    std::ostringstream out;
    exchange::writePortfolioJson(store, out);
    return out.str();
}

std::size_t column(Register reg, std::string_view header) {
    const auto columns = exchange::columnsOf(reg);
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].header == header) return i;
    FAIL("no column " << header);
    return 0;
}

// Decisions as compared across portfolios: the import adds them in the register's order, so their
// own ids differ.
std::vector<Decision> decisionsOf(const PortfolioStore& store) {
    std::vector<Decision> out = store.listDecisions(std::nullopt);
    for (Decision& decision : out) decision.id = 0;
    return out;
}

void makeWelsh(ImportFixture& f) { f.portfolio.setNation(f.leader.id, Nation::Wales); }

}  // namespace

TEST_CASE("decisions register: exported, imported into an empty portfolio and exported again gives the same text",
          "[exchange][import][decisions]") {
    ImportFixture from;
    holdReview(from);
    addDecisions(from);
    const exchange::RegisterRows exported = exchange::readRegister(*from.store, Register::Decisions);
    REQUIRE(exported.rows.size() == 4);
    const auto cell = [&](std::size_t row, std::string_view header) {
        return exported.rows.at(row).at(column(Register::Decisions, header));
    };
    // By the day to be made: the one made on 10 November first.
    CHECK(cell(0, "Matter") == "Award the video care contract");
    CHECK(cell(0, "Decision maker") == "Cllr Bob Cabinet");
    CHECK(cell(0, "Amount") == "600000.00");
    CHECK(cell(0, "Key decision") == "yes");
    CHECK(cell(0, "Why key").find("spending or savings of £600,000.00") != std::string::npos);
    CHECK(cell(0, "Weekly review") == "2026-10-01");
    CHECK(cell(0, "Made on") == "2026-11-10");
    CHECK(cell(0, "Route") == "none");
    CHECK(cell(1, "Route") == "special-urgency");
    CHECK(cell(1, "Why it cannot wait") == "The grant must be spent by 30 November");
    CHECK(cell(2, "Deciding body") == "Cabinet");
    CHECK(cell(2, "Decision maker").empty());
    CHECK(cell(2, "Route") == "general-exception");
    CHECK(cell(2, "Chair told or agreed on") == "2026-11-26");
    CHECK(cell(2, "Why key") == "a significant effect on two or more wards");
    CHECK(cell(3, "Key decision") == "no");
    CHECK(cell(3, "Why key").empty());

    const std::string csv = exchange::renderRegisterCsv(exported);
    ImportFixture into;
    holdReview(into);
    const auto result = into.import(Register::Decisions, csv, into.cabinet.id);
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(result.rows == 4);
    CHECK(csvOf(*into.store, Register::Decisions) == csv);
    CHECK(decisionsOf(*into.store) == decisionsOf(*from.store));
}

TEST_CASE("decisions register: a bad date, a record on a short notice and a route on a notice that is not short "
          "are each one line naming line and column, and nothing is written",
          "[exchange][import][decisions]") {
    ImportFixture f;
    const std::string before = portfolioJson(*f.store);
    const auto result = f.import(Register::Decisions,
                                 "Innovation,Matter,Decision maker,To be made on,Amount,Notice published on,Route,"
                                 "Scrutiny chair,Chair told or agreed on,Made on,Decision,Reasons\n"
                                 "Home care by video,Good one,Cllr Bob Cabinet,2027-01-15,1000,,,,,,,\n"
                                 "Home care by video,Bad date,Cllr Bob Cabinet,31/02/2027,1000,,,,,,,\n"
                                 "Home care by video,Too soon,Cllr Bob Cabinet,2026-11-25,600000,2026-11-20,,,,"
                                 "2026-11-25,Award it,Cheapest\n"
                                 "Home care by video,Not short,Cllr Bob Cabinet,2027-03-01,1000,2026-11-01,"
                                 "general-exception,Cllr Rachel Green,2026-11-02,,,\n"
                                 "Home care by video,Chair alone,Cllr Bob Cabinet,2027-03-01,1000,,,Cllr Rachel Green,"
                                 ",,,\n"
                                 "Home care by video,Reasons alone,Cllr Bob Cabinet,2027-03-01,1000,,,,,,,Because\n",
                                 f.cabinet.id);
    const auto lines = problemLines(result);
    INFO(joined(lines));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "3: To be made on: '31/02/2027' is not a date (use YYYY-MM-DD such as 2026-04-01, or "
                      "DD/MM/YYYY such as 01/04/2026)");
    CHECK(lines[1].rfind("4: Made on: Decision ", 0) == 0);
    CHECK(lines[1].find("'Too soon' is a key decision and its notice is short") != std::string::npos);
    CHECK(lines[1].find("make it a general exception or special urgency before its record is made") !=
          std::string::npos);
    CHECK(lines[2].rfind("5: Route: Decision ", 0) == 0);
    CHECK(lines[2].find("it needs no general exception or special urgency") != std::string::npos);
    CHECK(lines[3] == "6: Scrutiny chair: is given, but Route is none; it belongs to a general exception or special "
                      "urgency");
    CHECK(lines[4] == "7: Reasons: is given, but Made on is empty; a decision record starts with the day it was made");
    for (const auto& line : lines) CHECK(line.find('\n') == std::string::npos);
    CHECK_FALSE(result.written);
    CHECK(f.store->listDecisions(std::nullopt).empty());
    CHECK(portfolioJson(*f.store) == before);
}

TEST_CASE("decisions register: only the innovation's cabinet lead or the leader imports its decisions, and a "
          "review is named by the day it was held",
          "[exchange][import][decisions]") {
    ImportFixture f;
    const std::string csv = "Innovation,Matter,Decision maker,To be made on,Weekly review\n"
                            "Home care by video,Print leaflets,Cllr Bob Cabinet,2027-01-15,2026-10-01\n";
    const auto missing = f.import(Register::Decisions, csv, f.cabinet.id);
    REQUIRE(problemLines(missing) ==
            std::vector<std::string>{"2: Weekly review: no weekly review was held on 2026-10-01 in this portfolio; "
                                     "name the day of one that was, or empty the cell"});
    holdReview(f);
    const auto other = f.import(Register::Decisions, csv, f.otherCabinet.id);
    CHECK(other.problems.size() == 1);
    CHECK(other.problems.front().column == "Innovation");
    const auto imported = f.import(Register::Decisions, csv, f.cabinet.id);
    INFO(joined(problemLines(imported)));
    REQUIRE(imported.ok());
    CHECK(f.store->listDecisions(std::nullopt).front().reviewId == f.store->listReviews().front().id);
}

TEST_CASE("well-being tags: the innovations register carries goals and ways of working, imports them into a Welsh "
          "portfolio and exports the same text",
          "[exchange][import][wellbeing]") {
    ImportFixture from;
    makeWelsh(from);
    Innovation warm = from.newInnovation("Warm homes");
    warm.goals = {WellbeingGoal::Prosperous, WellbeingGoal::Healthier};
    warm.ways = {WayOfWorking::LongTerm, WayOfWorking::Involvement};
    from.portfolio.addInnovation(from.cabinet.id, warm);
    Innovation libraries = from.newInnovation("Welsh-language libraries");
    libraries.goals = {WellbeingGoal::CultureLanguage};
    from.portfolio.addInnovation(from.cabinet.id, libraries);

    exchange::RegisterRows exported = exchange::readRegister(*from.store, Register::Innovations);
    REQUIRE(exported.rows.size() == 3);
    const std::size_t goals = column(Register::Innovations, "Well-being goals");
    const std::size_t ways = column(Register::Innovations, "Ways of working");
    CHECK(exported.rows[1][goals] == "prosperous; healthier");
    CHECK(exported.rows[1][ways] == "long-term; involvement");
    CHECK(exported.rows[2][goals] == "culture-language");
    CHECK(exported.rows[0][goals].empty());
    const std::string csv = exchange::renderRegisterCsv(exported);

    // The fixture's own innovation is in both portfolios already.
    ImportFixture into;
    makeWelsh(into);
    exported.rows.erase(exported.rows.begin());
    const auto result = into.import(Register::Innovations, exchange::renderRegisterCsv(exported), into.cabinet.id);
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(csvOf(*into.store, Register::Innovations) == csv);
    CHECK(into.store->listInnovations({})[1].goals == warm.goals);
    CHECK(into.store->listInnovations({})[1].ways == warm.ways);

    // Labels and commas are read too, as people type them.
    const auto typed = into.import(Register::Innovations,
                                   "Title,Well-being goals,Ways of working\n"
                                   "Clean rivers,\"A resilient Wales, globally-responsible\",Prevention; collaboration\n",
                                   into.cabinet.id);
    INFO(joined(problemLines(typed)));
    REQUIRE(typed.ok());
    const Innovation rivers = into.store->listInnovations({}).back();
    CHECK(rivers.goals == WellbeingGoals{WellbeingGoal::Resilient, WellbeingGoal::GloballyResponsible});
    CHECK(rivers.ways == WaysOfWorking{WayOfWorking::Prevention, WayOfWorking::Collaboration});
}

TEST_CASE("well-being tags: an unknown goal is named, an English portfolio refuses any, and nothing is written",
          "[exchange][import][wellbeing]") {
    ImportFixture wales;
    makeWelsh(wales);
    const std::string before = portfolioJson(*wales.store);
    const auto unknown = wales.import(Register::Innovations,
                                      "Title,Well-being goals,Ways of working\n"
                                      "Warm homes,prosperous,long-term\n"
                                      "Clean rivers,prosperous; happier,\n"
                                      "Bus lanes,,sideways\n",
                                      wales.cabinet.id);
    REQUIRE(problemLines(unknown) ==
            std::vector<std::string>{
                "3: Well-being goals: 'happier' is not one of " + acceptedKeys<WellbeingGoal>(),
                "4: Ways of working: 'sideways' is not one of " + acceptedKeys<WayOfWorking>()});
    CHECK_FALSE(unknown.written);
    CHECK(portfolioJson(*wales.store) == before);

    ImportFixture england;
    const std::string englishBefore = portfolioJson(*england.store);
    const auto refused = england.import(Register::Innovations,
                                        "Title,Well-being goals,Ways of working\n"
                                        "Untagged,,\n"
                                        "Warm homes,prosperous,\n",
                                        england.cabinet.id);
    const auto lines = problemLines(refused);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].rfind("3: Well-being goals: well-being goals and ways of working are Wales's", 0) == 0);
    CHECK(lines[0].find("this portfolio follows England's rules") != std::string::npos);
    CHECK_FALSE(refused.written);
    CHECK(portfolioJson(*england.store) == englishBefore);
    // An English portfolio's register has the columns, empty.
    for (const auto& row : exchange::readRegister(*england.store, Register::Innovations).rows)
        CHECK(row[column(Register::Innovations, "Well-being goals")].empty());
}

TEST_CASE("ambitions register: the leader's ambitions with their tags import into an empty Welsh portfolio and "
          "export the same text, and only the leader imports them",
          "[exchange][import][wellbeing]") {
    ImportFixture from;
    makeWelsh(from);
    Ambition draft;
    draft.title = "A borough where every child reads by seven";
    draft.description = "Reading at home, in school and in libraries";
    draft.horizonYear = 2040;
    draft.communityConcern = "Parents said the libraries close too early";
    draft.goals = {WellbeingGoal::MoreEqual, WellbeingGoal::CultureLanguage};
    draft.ways = {WayOfWorking::Prevention};
    from.portfolio.addAmbition(from.leader.id, draft);
    const exchange::RegisterRows exported = exchange::readRegister(*from.store, Register::Ambitions);
    REQUIRE(exported.rows.size() == 2);
    CHECK(exported.rows[1] == std::vector<std::string>{draft.title, draft.description, "2040", draft.communityConcern,
                                                       "more-equal; culture-language", "prevention"});
    const std::string csv = exchange::renderRegisterCsv(exported);

    // The fixture's own ambition is in both portfolios already: only the new one is imported.
    exchange::RegisterRows added = exported;
    added.rows.erase(added.rows.begin());
    ImportFixture into;
    makeWelsh(into);
    const std::string addedCsv = exchange::renderRegisterCsv(added);
    CHECK_THROWS_WITH(into.import(Register::Ambitions, addedCsv, into.cabinet.id),
                      "Cllr Bob Cabinet is a cabinet member: only the leader can add or change ambitions");
    CHECK(into.store->listAmbitions().size() == 1);
    const auto result = into.import(Register::Ambitions, addedCsv, into.leader.id);
    INFO(joined(problemLines(result)));
    REQUIRE(result.ok());
    CHECK(csvOf(*into.store, Register::Ambitions) == csv);

    // Again: the title is there now.
    const auto twice = into.import(Register::Ambitions, addedCsv, into.leader.id);
    REQUIRE(twice.problems.size() == 1);
    CHECK(twice.problems.front().column == "Title");
    CHECK(twice.problems.front().reason.find("the portfolio already has an ambition with this title") == 0);
}

}  // namespace innotrack
