// Who is acting on a file, where the computer's account may be a person's login (DOMAIN.md
// "Shared portfolios and who is acting"), and what each change records of the account.
#include "portfolio_fixture.hpp"

#include "tracker/acting.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

struct BoundLogins : PortfolioFixture {
    BoundLogins() {
        for (Person* person : {&leader, &officer}) {
            Person edited = *person;
            edited.login = person == &leader ? "ann.leader" : "dev.officer";
            *person = portfolio.updatePerson(leader.id, edited);
        }
    }
    void atTheDesk(const std::string& account) { portfolio.setDeskAccount(DeskAccount{account, "desk-7"}); }
};

std::string refusal(const Portfolio& portfolio, const std::string& claimed) {
    try {
        (void)actingPerson(portfolio, std::nullopt, claimed);
    } catch (const PermissionDenied& denied) {
        return denied.what();
    }
    return "";
}

}  // namespace

TEST_CASE("on a file, an account bound to a person acts as that person only", "[tracker][acting]") {
    BoundLogins p;
    p.atTheDesk("dev.officer");
    CHECK(actingPerson(p.portfolio, std::nullopt, std::nullopt).id == p.officer.id);  // nobody named: its person
    CHECK(actingPerson(p.portfolio, std::nullopt, std::string("Dev Officer")).id == p.officer.id);
    CHECK(refusal(p.portfolio, "Cllr Bob Cabinet") ==
          "This computer's account 'dev.officer' is Dev Officer's login, so changes made from it are Dev Officer's, "
          "not Cllr Bob Cabinet's; only the leader's account may record changes for someone else");
    CHECK_FALSE(refusal(p.portfolio, "Cllr Ann Leader").empty());
}

TEST_CASE("on a file, the leader's account may record changes for anyone", "[tracker][acting]") {
    BoundLogins p;
    p.atTheDesk("ann.leader");
    CHECK(actingPerson(p.portfolio, std::nullopt, std::string("Cllr Bob Cabinet")).id == p.cabinet.id);
    CHECK(actingPerson(p.portfolio, std::nullopt, std::nullopt).id == p.leader.id);
}

TEST_CASE("on a file, an account bound to nobody must name someone, and may name anyone", "[tracker][acting]") {
    BoundLogins p;
    p.atTheDesk("a.temp");
    CHECK_THROWS_AS(actingPerson(p.portfolio, std::nullopt, std::nullopt), ValidationError);
    CHECK(actingPerson(p.portfolio, std::nullopt, std::string("Cllr Bob Cabinet")).id == p.cabinet.id);
    p.portfolio.setDeskAccount(std::nullopt);
    CHECK(actingPerson(p.portfolio, std::nullopt, std::string("Dev Officer")).id == p.officer.id);
}

TEST_CASE("on a server, the login decides and the computer's account plays no part", "[tracker][acting]") {
    BoundLogins p;
    p.atTheDesk("dev.officer");
    const ServerLogin administrator{"postgres", true};
    CHECK(actingPerson(p.portfolio, administrator, std::string("Cllr Bob Cabinet")).id == p.cabinet.id);
    const ServerLogin leader{"ann.leader", false};
    CHECK(actingPerson(p.portfolio, leader, std::nullopt).id == p.leader.id);
}

TEST_CASE("every change records the computer's account with its actor", "[tracker][acting][backend]") {
    BoundLogins p;
    p.atTheDesk("ann.leader");
    p.portfolio.addPerson(p.leader.id, [] {
        Person person;
        person.name = "Gus Officer";
        person.role = Role::Officer;
        return person;
    }());
    AuditFilter newest;
    newest.limit = 1;
    const AuditEntry entry = p.store->listAudit(newest).at(0);
    CHECK(entry.actorId == p.leader.id);
    CHECK(entry.osUser == "ann.leader");
    CHECK(entry.host == "desk-7");
    CHECK(verifyChain(p.store->portfolioKey(), p.store->listAudit({})).intact());
}
