// Upgrading older files: data kept, a backup taken first, and a failed step leaving the file as it was.
#include "storage_fixture.hpp"

#include "storage/testing.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

namespace fs = std::filesystem;

namespace {

// Data as an innotrack of schema 1 would have written it.
void fillSchemaOne(const std::string& path) {
    rawExec(path, R"sql(
        PRAGMA foreign_keys = ON;
        INSERT INTO people (id, name, role) VALUES (1, 'Cllr Ann Leader', 'leader'), (2, 'Dev Officer', 'officer');
        INSERT INTO ambitions (id, title, horizon_year) VALUES (1, 'Independent at home', 2045);
        INSERT INTO innovations (id, title, ambition_id, stage, priority, confidence, lead_officer_id, start_date)
            VALUES (1, 'Home care by video', 1, 'piloting', 2, 'amber-green', 2, '2026-04-01');
        INSERT INTO milestones (innovation_id, title, baseline_due, due) VALUES (1, 'Pilot starts', '2026-06-01', '2026-06-01');
        INSERT INTO risks (innovation_id, title, inherent_likelihood, inherent_impact, owner_id, response, proximity,
                           status, raised_on) VALUES (1, 'Low uptake', 4, 4, 2, 'reduce', 'this-stage', 'open', '2026-04-02');
        INSERT INTO lessons (id, innovation_id, source, what_happened, recorded_by_id, recorded_on)
            VALUES (1, 1, 'success', 'Volunteers helped', 2, '2026-05-01');
        INSERT INTO lesson_tags (lesson_id, tag, position) VALUES (1, 'volunteers', 0);
        INSERT INTO audit (at, actor_id, entity, entity_id, action) VALUES ('2026-04-01T09:00:00Z', 1, 'innovation', 1, 'added');
    )sql");
}

}  // namespace

TEST_CASE("a schema 1 file with data is upgraded, keeping the data and a backup", "[storage][migrations]") {
    TempDir dir;
    const std::string path = dir.file("old.innotrack");
    createAtVersion(path, 1);
    fillSchemaOne(path);
    REQUIRE(rawInt(path, "PRAGMA user_version") == 1);
    REQUIRE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'settings'") == 0);

    auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    CHECK(store->schemaVersion() == SqliteStore::currentSchemaVersion());

    const auto innovation = store->findInnovation(1);
    REQUIRE(innovation);
    CHECK(innovation->title == "Home care by video");
    CHECK(innovation->stage == Stage::Piloting);
    CHECK(innovation->confidence == Confidence::AmberGreen);
    CHECK(innovation->startDate == Date(2026, 4, 1));
    CHECK(store->listMilestones(1).size() == 1);
    CHECK(store->listRisks(1).at(0).inherentScore() == 16);
    CHECK(store->findLesson(1)->tags == std::vector<std::string>{"volunteers"});
    CHECK(store->listAudit({}).size() == 1);
    CHECK(store->riskBands().criticalFrom == 15);  // schema 2's default setting
    CHECK(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'innovations_by_priority'") == 1);
    CHECK(store->checkStorage().empty());

    const std::string backup = path + ".before-schema-" + std::to_string(SqliteStore::currentSchemaVersion()) + ".bak";
    REQUIRE(fs::exists(backup));
    CHECK(permissionsOf(backup) == 0600);
    CHECK(rawInt(backup, "PRAGMA user_version") == 1);
    CHECK(rawInt(backup, "SELECT count(*) FROM innovations") == 1);
    CHECK(rawInt(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'settings'") == 0);
}

TEST_CASE("a file at the current schema is opened without a backup", "[storage][migrations]") {
    TempDir dir;
    const std::string path = dir.file("new.innotrack");
    { SqliteStore::open(path, OpenMode::CreateNew); }
    { SqliteStore::open(path, OpenMode::OpenExisting); }
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++files;
    CHECK(files == 1);  // the portfolio alone: no backup, no stray -wal or -shm
}

TEST_CASE("a failed upgrade step leaves the file at its old schema", "[storage][migrations]") {
    TempDir dir;
    const std::string path = dir.file("old.innotrack");
    createAtVersion(path, 1);
    fillSchemaOne(path);
    // Something schema 2 also creates, so its step fails part-way (after creating indexes).
    rawExec(path, "CREATE TABLE settings (x)");

    CHECK_THROWS_WITH(SqliteStore::open(path, OpenMode::OpenExisting),
                      Catch::StartsWith("Could not upgrade the portfolio to format version 2"));
    CHECK(rawInt(path, "PRAGMA user_version") == 1);
    CHECK(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'innovations_by_priority'") == 0);
    CHECK(rawInt(path, "SELECT count(*) FROM innovations") == 1);

    // Once the cause is removed the upgrade is retried, keeping the first attempt's backup too.
    rawExec(path, "DROP TABLE settings");
    auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    // Backups are named after the schema the upgrade goes to: the current one.
    const std::string backup = path + ".before-schema-" + std::to_string(SqliteStore::currentSchemaVersion());
    CHECK(store->schemaVersion() == SqliteStore::currentSchemaVersion());
    CHECK(store->findInnovation(1)->title == "Home care by video");
    CHECK(fs::exists(backup + ".bak"));
    CHECK(fs::exists(backup + ".2.bak"));
    CHECK(rawInt(backup + ".2.bak", "PRAGMA user_version") == 1);
}

TEST_CASE("an older file cannot be opened read-only, and is left unchanged", "[storage][migrations]") {
    TempDir dir;
    const std::string path = dir.file("old.innotrack");
    createAtVersion(path, 1);
    const std::string before = fileBytes(path);
    CHECK_THROWS_WITH(SqliteStore::open(path, OpenMode::ReadOnly), Catch::Contains("open it once for writing"));
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(fs::exists(path + ".before-schema-" + std::to_string(SqliteStore::currentSchemaVersion()) + ".bak"));
}

TEST_CASE("createAtVersion accepts only known schemas and new paths", "[storage][migrations]") {
    TempDir dir;
    CHECK_THROWS_AS(createAtVersion(dir.file("a"), 0), StorageError);
    CHECK_THROWS_AS(createAtVersion(dir.file("b"), SqliteStore::currentSchemaVersion() + 1), StorageError);
    CHECK_FALSE(fs::exists(dir.file("a")));
    createAtVersion(dir.file("c"), 2);
    CHECK(rawInt(dir.file("c"), "PRAGMA user_version") == 2);
    CHECK_THROWS_WITH(createAtVersion(dir.file("c"), 1), Catch::Contains("already exists"));
}

TEST_CASE("needsUpgrade tells an older file from a current one without changing either", "[storage][migrations]") {
    TempDir dir;
    const std::string old = dir.file("old.innotrack");
    createAtVersion(old, 1);
    const std::string current = dir.file("current.innotrack");
    { SqliteStore::open(current, OpenMode::CreateNew); }
    const std::string oldBytes = fileBytes(old);
    const std::string currentBytes = fileBytes(current);

    CHECK(SqliteStore::needsUpgrade(old));
    CHECK_FALSE(SqliteStore::needsUpgrade(current));
    CHECK(fileBytes(old) == oldBytes);
    CHECK(fileBytes(current) == currentBytes);

    const std::string text = dir.file("notes.txt");
    writeBytes(text, "not a portfolio");
    CHECK_THROWS_AS(SqliteStore::needsUpgrade(text), StorageError);
    CHECK_THROWS_AS(SqliteStore::needsUpgrade(dir.file("missing.innotrack")), StorageError);
}

TEST_CASE("a schema 8 demo file, as the release before wrote it, is upgraded with its audit trail chained once",
          "[storage][migrations][audit-chain]") {
    TempDir dir;
    const std::string path = dir.file("schema8.innotrack");
    fs::copy_file(std::string(INNOTRACK_TEST_DATA_DIR) + "/schema8-demo.innotrack", path);
    REQUIRE(rawInt(path, "PRAGMA user_version") == 8);
    const int entries = rawInt(path, "SELECT count(*) FROM audit");
    REQUIRE(entries > 400);

    auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    CHECK(store->schemaVersion() == SqliteStore::currentSchemaVersion());
    const auto trail = store->listAudit({});
    REQUIRE(trail.size() == static_cast<std::size_t>(entries));
    CHECK(trail.front().hash == chainLink(store->portfolioKey(), trail.front()));
    CHECK(verifyChain(store->portfolioKey(), trail).intact());
    // Made before the account was recorded: none is claimed for them.
    CHECK(std::all_of(trail.begin(), trail.end(), [](const AuditEntry& e) { return e.osUser.empty() && e.host.empty(); }));
    // The append-only guard is back, and the next change chains on from the last.
    CHECK_THROWS(rawExec(path, "UPDATE audit SET new_value = 'forged' WHERE id = 1"));
    store->appendAudit(sampleAudit(1, "person", 1, "changed"));
    CHECK(verifyChain(store->portfolioKey(), store->listAudit({})).intact());
    store.reset();
    // Upgraded once: opening again chains nothing afresh.
    const auto again = SqliteStore::open(path, OpenMode::OpenExisting);
    CHECK(again->listAudit({}).size() == trail.size() + 1);
    CHECK(again->listAudit({}).front().hash == trail.front().hash);
    CHECK(verifyChain(again->portfolioKey(), again->listAudit({})).intact());
}
