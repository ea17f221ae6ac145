// Write transactions: commit, rollback by scope, nesting through savepoints, and misuse refused.
#include "backend_under_test.hpp"
#include "records.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <optional>

using namespace innotrack;
using namespace innotrack::testing;

namespace {

bool hasPerson(const PortfolioStore& store, const std::string& name) {
    return store.findPersonByName(name).has_value();
}

}  // namespace

TEST_CASE("a committed write stays, one dropped without commit is undone", "[contract][backend][transactions]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    {
        auto transaction = store->beginWrite();
        store->insertPerson(samplePerson("Kept", Role::Leader));
        transaction->commit();
    }
    {
        auto transaction = store->beginWrite();
        store->insertPerson(samplePerson("Dropped", Role::Viewer));
        CHECK(hasPerson(*store, "Dropped"));  // visible inside its own transaction
    }
    CHECK(hasPerson(*store, "Kept"));
    CHECK_FALSE(hasPerson(*store, "Dropped"));
}

TEST_CASE("rolling back the outer transaction undoes an inner one that committed", "[contract][backend][transactions]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    {
        auto outer = store->beginWrite();
        store->insertPerson(samplePerson("Outer", Role::Leader));
        {
            auto inner = store->beginWrite();
            store->insertPerson(samplePerson("Inner", Role::Viewer));
            inner->commit();
        }
        CHECK(hasPerson(*store, "Inner"));
    }
    CHECK_FALSE(hasPerson(*store, "Outer"));
    CHECK_FALSE(hasPerson(*store, "Inner"));
}

TEST_CASE("rolling back an inner transaction keeps the outer one's changes", "[contract][backend][transactions]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    {
        auto outer = store->beginWrite();
        store->insertPerson(samplePerson("Outer", Role::Leader));
        {
            auto inner = store->beginWrite();
            store->insertPerson(samplePerson("Inner", Role::Viewer));
            {
                auto innermost = store->beginWrite();
                store->insertPerson(samplePerson("Innermost", Role::Viewer));
                innermost->commit();
            }
        }
        store->insertPerson(samplePerson("After", Role::Viewer));
        outer->commit();
    }
    CHECK(hasPerson(*store, "Outer"));
    CHECK(hasPerson(*store, "After"));
    CHECK_FALSE(hasPerson(*store, "Inner"));
    CHECK_FALSE(hasPerson(*store, "Innermost"));
}

TEST_CASE("an exception part-way through a change leaves nothing behind", "[contract][backend][transactions]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    const Seed ids = seed(*store);
    auto service = [&] {
        auto transaction = store->beginWrite();
        store->insertMilestone(sampleMilestone(ids.innovation, "Half done", Date(2026, 5, 5)));
        store->insertLesson(sampleLesson(ids, "Half learned"));  // itself nested
        throw ValidationError("title", "", "title: cannot be empty");
    };
    CHECK_THROWS_AS(service(), ValidationError);
    CHECK(store->listMilestones(std::nullopt).empty());
    CHECK(store->listLessons({}).empty());

    // The store is usable again afterwards.
    auto transaction = store->beginWrite();
    store->insertMilestone(sampleMilestone(ids.innovation, "Done", Date(2026, 5, 5)));
    transaction->commit();
    CHECK(store->listMilestones(std::nullopt).size() == 1);
}

TEST_CASE("a failed statement inside a transaction does not undo the rest", "[contract][backend][transactions]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    auto transaction = store->beginWrite();
    store->insertPerson(samplePerson("Ann", Role::Leader));
    CHECK_THROWS_AS(store->insertPerson(samplePerson("ANN", Role::Viewer)), StorageError);
    store->insertPerson(samplePerson("Bob", Role::Cabinet));
    transaction->commit();
    CHECK(store->listPeople().size() == 2);
}

TEST_CASE("misused transactions are refused with a StorageError", "[contract][backend][transactions]") {
    std::optional<TestPortfolio> portfolio(std::in_place);
    PortfolioStore* store = &portfolio->store();
    SECTION("committing twice") {
        auto transaction = store->beginWrite();
        transaction->commit();
        CHECK_THROWS_AS(transaction->commit(), StorageError);
    }
    SECTION("committing the outer while an inner one is open") {
        auto outer = store->beginWrite();
        auto inner = store->beginWrite();
        store->insertPerson(samplePerson("Inner", Role::Viewer));
        CHECK_THROWS_AS(outer->commit(), StorageError);
        inner->commit();
        outer->commit();
        CHECK(hasPerson(*store, "Inner"));
    }
    SECTION("a transaction that outlives its store") {
        auto transaction = store->beginWrite();
        portfolio.reset();
        CHECK_THROWS_AS(transaction->commit(), StorageError);
    }
}

TEST_CASE("a bulk write lands whole or not at all, and numbering goes on above the ids it gave",
          "[contract][backend][transactions]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    {
        auto bulk = store->beginBulkWrite();
        Person kept = samplePerson("Given forty", Role::Leader);
        kept.id = 40;
        store->insertPerson(kept);
        // Dropped without commit: nothing of it lands.
    }
    CHECK(store->listPeople().empty());
    {
        auto bulk = store->beginBulkWrite();
        Person kept = samplePerson("Given forty", Role::Leader);
        kept.id = 40;
        CHECK(store->insertPerson(kept) == 40);
        {
            auto inner = store->beginWrite();  // still a savepoint inside
            store->insertPerson(samplePerson("Undone", Role::Viewer));
        }
        bulk->commit();
    }
    CHECK(store->listPeople().size() == 1);
    CHECK(store->insertPerson(samplePerson("Numbered", Role::Viewer)) > 40);
}
