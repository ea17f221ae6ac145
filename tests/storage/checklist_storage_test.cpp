// The checklist's answers in the file: schema 4 added to files of every earlier schema, answers
// kept whole and in order, and the table's own checks against bad rows written behind the store's back.
#include "storage_fixture.hpp"

#include "storage/testing.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

TEST_CASE("a file made at any schema before the checklist gains it and keeps its data", "[storage][migrations]") {
    constexpr int kChecklistSchema = 4;  // migration 0004 added the checklist answers
    for (int version = 1; version < kChecklistSchema; ++version) {
        DYNAMIC_SECTION("made at schema " << version) {
            TempDir dir;
            const std::string path = dir.file("old.innotrack");
            createAtVersion(path, version);
            rawExec(path, "INSERT INTO people (id, name, role) VALUES (1, 'Cllr Ann Leader', 'leader');"
                          "INSERT INTO ambitions (id, title, horizon_year) VALUES (1, 'Independent at home', 2045);");
            REQUIRE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'checklist_answers'") == 0);

            auto store = SqliteStore::open(path, OpenMode::OpenExisting);
            CHECK(store->schemaVersion() == SqliteStore::currentSchemaVersion());
            CHECK(store->findPerson(1)->name == "Cllr Ann Leader");
            CHECK(store->findAmbition(1)->horizonYear == 2045);
            CHECK(store->listChecklistAnswers().empty());
            const Id id = store->insertChecklistAnswer(
                sampleAnswer(1, "look-outside", Answer::Partly, Date(2026, 11, 27), "Two ideas from Wigan"));
            CHECK(store->listChecklistAnswers().at(0).id == id);
            CHECK(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'checklist_answers_by_question'") == 1);
            CHECK(store->checkStorage().empty());
        }
    }
}

TEST_CASE("the file refuses checklist rows that break its rules", "[storage][round-trip]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    { SqliteStore::open(path, OpenMode::CreateNew); }
    rawExec(path, "INSERT INTO people (id, name, role) VALUES (1, 'Cllr Ann Leader', 'leader')");
    const auto insert = [&](const std::string& values) {
        rawExec(path, "PRAGMA foreign_keys = ON; INSERT INTO checklist_answers "
                      "(question_key, answer, evidence, answered_by_id, answered_on) VALUES " + values);
    };
    CHECK_NOTHROW(insert("('new-ideas', 'yes', '', 1, '2026-11-27')"));
    CHECK_THROWS_WITH(insert("('new-ideas', 'maybe', '', 1, '2026-11-27')"),
                      Catch::Contains("answer must be yes, partly or no"));
    CHECK_THROWS_WITH(insert("('new-ideas', 'no', '', 1, '27/11/2026')"),
                      Catch::Contains("answer date must be written YYYY-MM-DD"));
    CHECK_THROWS_WITH(insert("('', 'no', '', 1, '2026-11-27')"), Catch::Contains("needs a question key"));
    CHECK_THROWS_WITH(insert("('new-ideas', 'no', '', 99, '2026-11-27')"), Catch::Contains("FOREIGN KEY"));
    CHECK(rawInt(path, "SELECT count(*) FROM checklist_answers") == 1);
}
