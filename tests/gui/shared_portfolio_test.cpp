// The desktop app on a shared portfolio (a PostgreSQL server; scripts/test.sh gives the run one):
// a change made at one desk reaches the app at another through the server's notice, and an app
// signed in as a desk's login acts as that person only.
#include "backends/location_opener.hpp"
#include "gui/app_state.hpp"
#include "records.hpp"
#include "test_server.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

namespace innotrack::gui {
namespace {

using innotrack::testing::TestDatabase;

struct SharedCouncil {
    TestDatabase database;
    Id leader = 0, officer = 0, innovation = 0;
    SharedCouncil() {
        const auto backend = backends::LocationOpener().open(database.location(), OpenPurpose::Write);
        const FixedClock clock(Date(2026, 3, 2));
        Portfolio portfolio(backend->store(), clock);
        leader = portfolio.initialise(innotrack::testing::samplePerson("Cllr Ann Leader", Role::Leader)).id;
        Person olly = innotrack::testing::samplePerson("Olly Officer", Role::Officer);
        olly.login = database.login("olly");
        officer = portfolio.addPerson(leader, olly).id;
        database.givePassword(olly.login);
        Innovation shared;
        shared.title = "Virtual wards";
        shared.leadOfficerId = officer;
        innovation = portfolio.addInnovation(leader, shared).id;
    }
};

TEST_CASE("a stage moved in the app at one desk appears in the app at another, by the server's notice",
          "[gui][server]") {
    const SharedCouncil council;
    const backends::LocationOpener opener;
    const FixedClock clock(Date(2026, 3, 2));
    AppState here(opener, clock), there(opener, clock);
    REQUIRE(here.openPortfolio(council.database.location()));
    REQUIRE(there.openPortfolio(council.database.location()));
    here.actAs(here.portfolio().person(council.leader));
    there.pollOutsideChanges(0.0);
    const auto before = there.generation();
    there.pollOutsideChanges(10.0);
    CHECK(there.generation() == before);  // nothing changed, nothing reloaded

    REQUIRE(here.apply([&](Portfolio& portfolio, Id actor) {
        portfolio.changeStage(actor, council.innovation, Stage::Exploring, "Cabinet agreed to explore");
    }));
    there.pollOutsideChanges(20.0);
    CHECK(there.generation() > before);
    CHECK(there.store().findInnovation(council.innovation)->stage == Stage::Exploring);
    // Its own change is no news to the desk that made it.
    const auto own = here.generation();
    here.pollOutsideChanges(20.0);
    CHECK(here.generation() == own);
}

TEST_CASE("an app signed in as a desk's login acts as that person and cannot choose another", "[gui][server]") {
    const SharedCouncil council;
    const backends::LocationOpener opener;
    const FixedClock clock(Date(2026, 3, 2));
    AppState desk(opener, clock);
    REQUIRE(desk.openPortfolio(council.database.locationAs(council.database.login("olly"))));
    CHECK(desk.actorFixedByServer());
    REQUIRE(desk.actor());
    CHECK(desk.actor()->id == council.officer);
    desk.actAs(desk.portfolio().person(council.leader));
    CHECK(desk.actor()->id == council.officer);
    REQUIRE(desk.errors().size() == 1);
    CHECK_THAT(desk.errors().front(), Catch::Contains("you act as yourself"));
}

TEST_CASE("the app says when the server went away, connects again by itself and reloads", "[gui][server]") {
    const SharedCouncil council;
    const backends::LocationOpener opener;
    const FixedClock clock(Date(2026, 3, 2));
    AppState desk(opener, clock);
    REQUIRE(desk.openPortfolio(council.database.location()));
    desk.pollOutsideChanges(0.0);
    // The administrator cuts every other connection to the portfolio, as a server restart would.
    innotrack::testing::runAsAdministrator(
        "postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                        council.database.name() + "' AND pid <> pg_backend_pid()");
    desk.pollOutsideChanges(1.0);
    CHECK(desk.connectionLost());
    CHECK(desk.errors().empty());  // said in the window, not as an error to dismiss
    const auto before = desk.generation();
    desk.pollOutsideChanges(2.0);
    CHECK(desk.connectionLost());  // not tried again at every poll: each try may wait for the server
    desk.pollOutsideChanges(4.5);
    CHECK_FALSE(desk.connectionLost());
    CHECK(desk.generation() > before);  // everything read again
    CHECK(desk.store().findInnovation(council.innovation)->title == "Virtual wards");
    // And it hears the other desks again.
    {
        const auto other = opener.open(council.database.location(), OpenPurpose::Write);
        Portfolio portfolio(other->store(), clock);
        portfolio.changeStage(council.leader, council.innovation, Stage::Exploring, "");
    }
    const auto reloaded = desk.generation();
    desk.pollOutsideChanges(6.0);
    CHECK(desk.generation() > reloaded);
}

}  // namespace
}  // namespace innotrack::gui
