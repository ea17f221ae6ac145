// The checklist's answers in the file: schema 4 added to files of every earlier schema, answers
// kept whole and in order, and the table's own checks against bad rows written behind the store's back.
#include "storage_fixture.hpp"

#include "storage/testing.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

namespace {

ChecklistAnswer sampleAnswer(Id leader, const std::string& key, Answer answer, Date on, const std::string& evidence) {
    ChecklistAnswer draft;
    draft.questionKey = key;
    draft.answer = answer;
    draft.evidence = evidence;
    draft.answeredById = leader;
    draft.answeredOn = on;
    return draft;
}

std::string fieldsOf(const ChecklistAnswer& a) {
    return std::to_string(a.id) + "|" + a.questionKey + "|" + std::string(keyOf(a.answer)) + "|" + a.evidence + "|" +
           std::to_string(a.answeredById) + "|" + formatDate(a.answeredOn);
}

}  // namespace

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

TEST_CASE("a checklist answer keeps every field; answers list by date, then id", "[storage][round-trip]") {
    auto store = SqliteStore::openInMemory();
    const Seed ids = seed(*store);
    ChecklistAnswer late = sampleAnswer(ids.leader, "regular-review", Answer::Yes, Date(2026, 11, 27),
                                        longWelshText(4000) + "\nail linell\tgyda tab");
    late.id = store->insertChecklistAnswer(late);
    ChecklistAnswer early = sampleAnswer(ids.leader, "regular-review", Answer::No, Date(2026, 9, 1), "");
    early.id = store->insertChecklistAnswer(early);
    ChecklistAnswer sameDay = sampleAnswer(ids.leader, "new-ideas", Answer::Partly, Date(2026, 11, 27), "Ideas");
    sameDay.id = store->insertChecklistAnswer(sameDay);

    const auto answers = store->listChecklistAnswers();
    REQUIRE(answers.size() == 3);
    CHECK(fieldsOf(answers[0]) == fieldsOf(early));
    CHECK(fieldsOf(answers[1]) == fieldsOf(late));
    CHECK(fieldsOf(answers[2]) == fieldsOf(sameDay));

    // In force on a day: the latest per question, ordered by key.
    const auto inForce = store->latestChecklistAnswers(Date(2026, 11, 27));
    REQUIRE(inForce.size() == 2);
    CHECK(fieldsOf(inForce[0]) == fieldsOf(sameDay));  // "new-ideas" sorts first
    CHECK(fieldsOf(inForce[1]) == fieldsOf(late));
    CHECK(fieldsOf(store->latestChecklistAnswers(Date(2026, 11, 26)).at(0)) == fieldsOf(early));
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

TEST_CASE("an answer stored with a key this version does not know is read, not dropped", "[storage][round-trip]") {
    auto store = SqliteStore::openInMemory();
    const Seed ids = seed(*store);
    // A newer innotrack may add questions; this one must still open the file and list them.
    store->insertChecklistAnswer(sampleAnswer(ids.leader, "a-question-from-the-future", Answer::Yes,
                                              Date(2026, 11, 27), ""));
    CHECK(store->listChecklistAnswers().at(0).questionKey == "a-question-from-the-future");
    CHECK(store->latestChecklistAnswers(Date(2026, 11, 27)).size() == 1);
}
