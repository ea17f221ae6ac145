// Failures from SQLite become StorageErrors that keep SQLite's code and say what was wrong.
#include "storage_fixture.hpp"

#include "tracker/errors.hpp"

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

namespace {

template <typename Action>
StorageError storageErrorFrom(Action action) {
    try {
        action();
    } catch (const StorageError& error) {
        return error;
    }
    FAIL("no StorageError was thrown");
    return StorageError("");
}

}  // namespace

TEST_CASE("a second person with the same name in another case is refused", "[storage][errors]") {
    auto store = SqliteStore::openInMemory();
    store->insertPerson(samplePerson("Ann Jones", Role::Leader));
    const auto error = storageErrorFrom([&] { store->insertPerson(samplePerson("ANN JONES", Role::Viewer)); });
    CHECK(error.code() == SQLITE_CONSTRAINT_UNIQUE);
    CHECK(std::string(error.what()) ==
          "Could not add the person 'ANN JONES': a record with the same name already exists");
}

TEST_CASE("values outside the domain's ranges are refused, naming the rule", "[storage][errors]") {
    auto store = SqliteStore::openInMemory();
    const Seed ids = seed(*store);

    Innovation innovation = sampleInnovation(ids, "Out of range");
    innovation.priority = 9;
    auto error = storageErrorFrom([&] { store->insertInnovation(innovation); });
    CHECK(error.code() == SQLITE_CONSTRAINT_CHECK);
    CHECK_THAT(error.what(), Catch::Contains("priority must be 1 to 5"));

    innovation.priority = 1;
    innovation.budgetPence = -1;
    error = storageErrorFrom([&] { store->insertInnovation(innovation); });
    CHECK_THAT(error.what(), Catch::Contains("budget cannot be negative"));

    Risk risk = sampleRisk(ids, "Odd scores");
    risk.inherentImpact = 6;
    error = storageErrorFrom([&] { store->insertRisk(risk); });
    CHECK_THAT(error.what(), Catch::Contains("impact must be 1 to 5"));

    risk.inherentImpact = 5;
    risk.residualLikelihood = 2;  // without a residual impact
    error = storageErrorFrom([&] { store->insertRisk(risk); });
    CHECK_THAT(error.what(), Catch::Contains("residual likelihood and impact are set together"));
}

TEST_CASE("a record pointing at nothing is refused", "[storage][errors]") {
    auto store = SqliteStore::openInMemory();
    const auto error =
        storageErrorFrom([&] { store->insertMilestone(sampleMilestone(99, "Orphan", Date(2026, 1, 1))); });
    CHECK(error.code() == SQLITE_CONSTRAINT_FOREIGNKEY);
    CHECK_THAT(error.what(), Catch::StartsWith("Could not add the milestone 'Orphan': it refers to a record"));
}

TEST_CASE("a risk naming a missing setback is refused when the transaction commits", "[storage][errors]") {
    auto store = SqliteStore::openInMemory();
    const Seed ids = seed(*store);
    auto transaction = store->beginWrite();
    Risk risk = sampleRisk(ids, "Linked to nothing");
    risk.setbackId = 42;
    store->insertRisk(risk);  // deferred: the setback may still come
    const auto error = storageErrorFrom([&] { transaction->commit(); });
    CHECK(error.code() == SQLITE_CONSTRAINT_FOREIGNKEY);
    transaction.reset();
    CHECK(store->listRisks(std::nullopt).empty());
}

TEST_CASE("a value this version cannot read is reported, not guessed", "[storage][errors]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    Id innovationId = 0;
    {
        auto store = SqliteStore::open(path, OpenMode::CreateNew);
        innovationId = seed(*store).innovation;
    }
    // As a newer innotrack with a new stage might have written it (CHECKs bypassed).
    rawExec(path, "PRAGMA ignore_check_constraints = ON; UPDATE innovations SET stage = 'incubating'");
    auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    const auto error = storageErrorFrom([&] { store->findInnovation(innovationId); });
    CHECK_THAT(error.what(), Catch::Contains("'incubating' as stage"));
    CHECK_THAT(error.what(), Catch::Contains("newer innotrack"));
}
