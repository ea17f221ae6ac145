// checkStorage: a sound file has no problems; a broken link is reported in words.
#include "storage_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

TEST_CASE("a sound portfolio has no storage problems", "[storage][check]") {
    auto store = SqliteStore::openInMemory();
    const Seed ids = seed(*store);
    store->insertLesson(sampleLesson(ids, "Fine"));
    CHECK(store->checkStorage().empty());
}

TEST_CASE("records pointing at missing ones are reported in words", "[storage][check]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    Id innovationId = 0;
    {
        auto store = SqliteStore::open(path, OpenMode::CreateNew);
        innovationId = seed(*store).innovation;
    }
    // Another program with foreign keys off (rawExec's default) writes links to nothing.
    rawExec(path, "INSERT INTO milestones (id, innovation_id, title, baseline_due, due) "
                  "VALUES (12, 99, 'Orphan', '2026-01-01', '2026-01-01');"
                  "UPDATE innovations SET ambition_id = 77 WHERE id = " + std::to_string(innovationId));

    auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    std::vector<std::string> problems;
    for (const auto& problem : store->checkStorage()) problems.push_back(problem.what);
    std::sort(problems.begin(), problems.end());
    CHECK(problems == std::vector<std::string>{
                          "innovation " + std::to_string(innovationId) + " refers to ambition 77, which does not exist",
                          "milestone 12 refers to innovation 99, which does not exist",
                      });
}
