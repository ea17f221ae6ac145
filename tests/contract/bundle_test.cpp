// The bundle's own promises, which every backend keeps: an insert keeps an id it is given, name
// look-ups ignore the case of ASCII letters only, "changed since I last looked" counts other
// connections' commits and never one's own, and a backup is a whole, separate portfolio.
#include "backend_under_test.hpp"
#include "records.hpp"

#include "backends/location_opener.hpp"
#include "tracker/errors.hpp"
#include "tracker/portfolio.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

TEST_CASE("an insert keeps a non-zero id it is given, refuses one taken, and numbers on from the highest",
          "[contract][backend][ids]") {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    Person kept = samplePerson("Cllr Ann Leader", Role::Leader);
    kept.id = 40;
    CHECK(store.insertPerson(kept) == 40);
    REQUIRE(store.findPerson(40));
    CHECK(store.findPerson(40)->name == "Cllr Ann Leader");

    Person clash = samplePerson("Cllr Bob Cabinet", Role::Cabinet);
    clash.id = 40;
    CHECK_THROWS_AS(store.insertPerson(clash), StorageError);
    CHECK_FALSE(store.findPersonByName("Cllr Bob Cabinet"));

    const Id next = store.insertPerson(samplePerson("Dev Officer", Role::Officer));
    CHECK(next > 40);

    // The same holds for the records a restore links by id.
    Ambition ambition;
    ambition.id = 7;
    ambition.title = "Net zero";
    ambition.horizonYear = 2040;
    CHECK(store.insertAmbition(ambition) == 7);
    Innovation innovation;
    innovation.id = 12;
    innovation.title = "Heat pumps for council homes";
    innovation.ambitionId = 7;
    CHECK(store.insertInnovation(innovation) == 12);
    Milestone milestone = sampleMilestone(12, "Survey 200 homes", Date(2027, 1, 31));
    milestone.id = 99;
    CHECK(store.insertMilestone(milestone) == 99);
    CHECK(store.findMilestone(99)->innovationId == 12);
}

TEST_CASE("a name is found whatever the case of its ASCII letters, and only whole", "[contract][backend][names]") {
    TestPortfolio portfolio;
    PortfolioStore& store = portfolio.store();
    const Id ann = store.insertPerson(samplePerson("Cllr Ann Jones", Role::Leader));
    const Id elin = store.insertPerson(samplePerson("Élin Owen", Role::Officer));

    CHECK(store.findPersonByName("cllr ann jones")->id == ann);
    CHECK(store.findPersonByName("CLLR ANN JONES")->id == ann);
    CHECK_FALSE(store.findPersonByName("Cllr Ann"));
    CHECK_FALSE(store.findPersonByName("Cllr Ann Jones "));
    CHECK(store.findPersonByName("Élin Owen")->id == elin);
    CHECK(store.findPersonByName("élin owen") == std::nullopt);  // É is not an ASCII letter
    // Unique in that same sense.
    CHECK_THROWS_AS(store.insertPerson(samplePerson("CLLR ann JONES", Role::Viewer)), StorageError);
}

TEST_CASE("changes made through the bundle's own store are not changes from elsewhere",
          "[contract][backend][changes]") {
    TestPortfolio portfolio;
    PortfolioBackend& backend = portfolio.backend();
    backend.changedSinceLastLook();
    {
        auto write = backend.store().beginWrite();
        backend.store().insertPerson(samplePerson("Cllr Ann Leader", Role::Leader));
        write->commit();
    }
    CHECK(backend.changedSinceLastLook().empty());
    CHECK(backend.changedSinceLastLook().empty());
}

TEST_CASE("a commit from another connection is noticed once", "[contract][backend][changes][location]") {
    TestPortfolio portfolio;
    PortfolioBackend& backend = portfolio.backend();
    backend.store().insertPerson(samplePerson("Cllr Ann Leader", Role::Leader));
    backend.changedSinceLastLook();
    CHECK(backend.changedSinceLastLook().empty());

    auto otherDesk = portfolio.connectAgain();
    {
        auto write = otherDesk->store().beginWrite();
        otherDesk->store().insertPerson(samplePerson("Cllr Bob Cabinet", Role::Cabinet));
        // Not yet committed: nothing to notice.
        CHECK(backend.changedSinceLastLook().empty());
        write->commit();
    }
    const Changes seen = backend.changedSinceLastLook();
    INFO("changed: " << seen.describe());
    CHECK(seen.contains(RecordKind::People));
    CHECK(backend.changedSinceLastLook().empty());
    CHECK(backend.store().findPersonByName("Cllr Bob Cabinet"));
    // A rolled-back change is no change.
    {
        auto write = otherDesk->store().beginWrite();
        otherDesk->store().insertPerson(samplePerson("Never saved", Role::Viewer));
    }
    CHECK(backend.changedSinceLastLook().empty());
}

TEST_CASE("a milestone changed at another desk is reported as a change to milestones",
          "[contract][backend][changes][location]") {
    TestPortfolio portfolio;
    const Seed ids = seed(portfolio.store());
    PortfolioBackend& backend = portfolio.backend();
    backend.changedSinceLastLook();
    CHECK(backend.changedSinceLastLook().empty());

    auto otherDesk = portfolio.connectAgain();
    const FixedClock clock(Date(2026, 3, 2));
    innotrack::Portfolio elsewhere(otherDesk->store(), clock);
    Milestone milestone = sampleMilestone(ids.innovation, "Pilot evaluated", Date(2027, 3, 31));
    elsewhere.addMilestone(ids.leader, milestone);
    // A backend that can tell what changed names milestones (and the audit trail the edit wrote);
    // one that cannot says everything may have changed. Either way, milestones are in it.
    const Changes seen = backend.changedSinceLastLook();
    INFO("changed: " << seen.describe());
    CHECK(seen.contains(RecordKind::Milestones));
    CHECK(seen.contains(RecordKind::Audit));
    // A backend that can tell does not name what the edit left alone.
    if (!seen.isAll()) CHECK_FALSE(seen.contains(RecordKind::People));
    CHECK(backend.changedSinceLastLook().empty());
}

TEST_CASE("a backup is a whole portfolio file of its own, and never overwrites", "[contract][backend][backup]") {
    TestPortfolio portfolio;
    const Seed ids = seed(portfolio.store());
    TemporaryFolder folder;
    const std::string copy = folder.file("copy.db");
    portfolio.backend().backupTo(copy);
    portfolio.store().insertPerson(samplePerson("Added after the copy", Role::Viewer));

    const backends::LocationOpener opener;
    const auto restored = opener.open(copy, OpenPurpose::Read);
    CHECK(*restored->store().findInnovation(ids.innovation) ==
          *portfolio.store().findInnovation(ids.innovation));
    CHECK(restored->store().listPeople().size() == 3);
    CHECK_FALSE(restored->store().findPersonByName("Added after the copy"));
    CHECK(restored->store().portfolioKey() == portfolio.store().portfolioKey());
    CHECK_THROWS_AS(portfolio.backend().backupTo(copy), StorageError);
}

TEST_CASE("the bundle hands out the same ports for its whole life and says where it is",
          "[contract][backend][bundle]") {
    TestPortfolio portfolio;
    PortfolioBackend& backend = portfolio.backend();
    CHECK(&backend.store() == &backend.store());
    CHECK(&backend.tallyQueries() == &backend.tallyQueries());
    CHECK(&backend.boardQueries() == &backend.boardQueries());
    CHECK(&backend.stageBoardQueries() == &backend.stageBoardQueries());
    CHECK(&backend.checklistQueries() == &backend.checklistQueries());
    CHECK_FALSE(backend.location().empty());
    if (portfolio.reachable()) {
        const auto again = portfolio.connectAgain(OpenPurpose::Read);
        CHECK(again->location() == backend.location());
    }
}
