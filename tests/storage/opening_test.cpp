// Opening files: what is created, and every kind of file that is refused with its bytes untouched.
#include "storage_fixture.hpp"

#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

namespace fs = std::filesystem;

namespace {

// Opening `path` in `mode` must fail with a message containing `words`, leaving the bytes as they were.
void requireRefusedUnchanged(const std::string& path, OpenMode mode, const std::string& words) {
    const std::string before = fileBytes(path);
    CHECK_THROWS_WITH(SqliteStore::open(path, mode), Catch::Contains(words));
    CHECK(fileBytes(path) == before);
}

// A real portfolio with a little data, closed (so its WAL is folded into the file).
void makePortfolio(const std::string& path) {
    auto store = SqliteStore::open(path, OpenMode::CreateNew);
    const Seed ids = seed(*store);
    for (int i = 0; i < 200; ++i) store->insertInnovation(sampleInnovation(ids, "Innovation " + std::to_string(i)));
}

}  // namespace

TEST_CASE("a new portfolio is private to its owner, marked as innotrack's and at the current schema",
          "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("council.innotrack");
    auto store = SqliteStore::open(path, OpenMode::CreateNew);
    CHECK(permissionsOf(path) == 0600);
    CHECK(store->path() == path);
    CHECK(store->schemaVersion() == SqliteStore::currentSchemaVersion());
    CHECK(SqliteStore::currentSchemaVersion() >= 2);
    store->insertPerson(samplePerson("Ann", Role::Leader));  // creates the -wal file
    CHECK(permissionsOf(path + "-wal") == 0600);
    CHECK(rawInt(path, "PRAGMA application_id") == 0x494E4E4F);
    CHECK(rawInt(path, "PRAGMA user_version") == SqliteStore::currentSchemaVersion());
    CHECK(rawInt(path, "PRAGMA foreign_keys") == 0);  // a raw connection's default; ours turns it on
    CHECK(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'settings'") == 1);
}

TEST_CASE("the portfolio file uses WAL and enforces foreign keys on our connection", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    { SqliteStore::open(path, OpenMode::CreateNew); }
    // The WAL flag lives in the file header (bytes 18 and 19 are 2 in WAL mode).
    const std::string bytes = fileBytes(path);
    REQUIRE(bytes.size() >= 100);
    CHECK(bytes[18] == 2);
    CHECK(bytes[19] == 2);
    auto store = SqliteStore::open(path, OpenMode::OpenExisting);
    CHECK_THROWS_AS(store->insertMilestone(sampleMilestone(12345, "Orphan", Date(2026, 1, 1))), StorageError);
}

TEST_CASE("CreateNew refuses a path that already exists", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("existing.innotrack");
    makePortfolio(path);
    requireRefusedUnchanged(path, OpenMode::CreateNew, "already exists");
    const std::string empty = dir.file("empty");
    writeBytes(empty, "");
    requireRefusedUnchanged(empty, OpenMode::CreateNew, "already exists");
}

TEST_CASE("a missing file is refused when opening, and nothing is created", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("missing.innotrack");
    for (const auto mode : {OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        CHECK_THROWS_WITH(SqliteStore::open(path, mode), "No portfolio file at '" + path + "'");
        CHECK_FALSE(fs::exists(path));
    }
}

TEST_CASE("a path whose folder does not exist is refused in every mode", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("no-such-folder/p.innotrack");
    for (const auto mode : {OpenMode::CreateNew, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        CHECK_THROWS_WITH(SqliteStore::open(path, mode), Catch::Contains("does not exist") &&
                                                             Catch::Contains("no-such-folder"));
    }
    CHECK_FALSE(fs::exists(dir.file("no-such-folder")));
}

TEST_CASE("a folder is refused", "[storage][open]") {
    TempDir dir;
    for (const auto mode : {OpenMode::CreateNew, OpenMode::OpenExisting, OpenMode::ReadOnly})
        CHECK_THROWS_AS(SqliteStore::open(dir.path().string(), mode), StorageError);
    CHECK_THROWS_WITH(SqliteStore::open(dir.path().string(), OpenMode::OpenExisting),
                      Catch::Contains("is a folder, not an innotrack portfolio"));
}

TEST_CASE("an empty file is refused unchanged", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("empty.innotrack");
    writeBytes(path, "");
    requireRefusedUnchanged(path, OpenMode::OpenExisting, "is empty, not an innotrack portfolio");
    requireRefusedUnchanged(path, OpenMode::ReadOnly, "is empty, not an innotrack portfolio");
    CHECK(fs::file_size(path) == 0);
}

TEST_CASE("a text file is refused unchanged", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    writeBytes(path, "Minutes of cabinet, 4 November.\nItem 1: innovation fund.\n");
    requireRefusedUnchanged(path, OpenMode::OpenExisting, "it is some other kind of file");
    std::string longText(8192, 'x');
    writeBytes(path, longText);
    requireRefusedUnchanged(path, OpenMode::OpenExisting, "it is some other kind of file");
}

TEST_CASE("a truncated portfolio is refused unchanged", "[storage][open]") {
    TempDir dir;
    const std::string whole = dir.file("whole.innotrack");
    makePortfolio(whole);
    const std::string bytes = fileBytes(whole);
    REQUIRE(bytes.size() > 8192);

    const std::string path = dir.file("cut.innotrack");
    SECTION("cut inside the header") {
        writeBytes(path, bytes.substr(0, 60));
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "it is some other kind of file");
    }
    SECTION("cut part-way through a page") {
        writeBytes(path, bytes.substr(0, 5000));
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "cut short");
    }
    SECTION("cut at a page boundary") {
        writeBytes(path, bytes.substr(0, 4096));
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "cut short");
        requireRefusedUnchanged(path, OpenMode::ReadOnly, "cut short");
    }
}

TEST_CASE("another application's SQLite file is refused unchanged", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("other.db");
    SECTION("tables but no application id") {
        rawExec(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER); INSERT INTO invoices VALUES (1, 5)");
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "another application's database");
        requireRefusedUnchanged(path, OpenMode::ReadOnly, "another application's database");
    }
    SECTION("another application id") {
        rawExec(path, "PRAGMA application_id = 305419896; CREATE TABLE t (x)");
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "belongs to another application");
    }
    SECTION("our tables' names but no application id") {
        rawExec(path, "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT); PRAGMA user_version = 2");
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "another application's database");
    }
    SECTION("an empty SQLite database") {
        rawExec(path, "CREATE TABLE t (x); DROP TABLE t");
        requireRefusedUnchanged(path, OpenMode::OpenExisting, "empty database");
    }
}

TEST_CASE("a file from a newer innotrack is refused unchanged", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("future.innotrack");
    makePortfolio(path);
    const int newer = SqliteStore::currentSchemaVersion() + 1;
    rawExec(path, "PRAGMA user_version = " + std::to_string(newer));
    const std::string expected = "was written by a newer version of innotrack (format version " + std::to_string(newer) +
                                 "; this version reads up to " +
                                 std::to_string(SqliteStore::currentSchemaVersion()) + ")";
    requireRefusedUnchanged(path, OpenMode::OpenExisting, expected);
    requireRefusedUnchanged(path, OpenMode::ReadOnly, expected);
}

TEST_CASE("ReadOnly reads a portfolio but refuses every change and leaves it unchanged", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    makePortfolio(path);
    const std::string before = fileBytes(path);
    {
        auto store = SqliteStore::open(path, OpenMode::ReadOnly);
        CHECK(store->listInnovations({}).size() == 201);
        CHECK_THROWS_WITH(store->beginWrite(), Catch::Contains("opened read-only"));
        const auto error = [&] {
            try {
                store->insertPerson(samplePerson("Intruder", Role::Leader));
            } catch (const StorageError& failure) {
                return std::string(failure.what());
            }
            return std::string("accepted");
        }();
        CHECK_THAT(error, Catch::Contains("read-only"));
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a backup is a private, complete copy that opens as a portfolio", "[storage][open]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    auto store = SqliteStore::open(path, OpenMode::CreateNew);
    const Seed ids = seed(*store);
    store->insertLesson(sampleLesson(ids, "Copied too"));

    const std::string copy = dir.file("copy.innotrack");
    store->backupTo(copy);
    CHECK(permissionsOf(copy) == 0600);
    auto restored = SqliteStore::open(copy, OpenMode::ReadOnly);
    CHECK(restored->listLessons({}).size() == 1);
    CHECK(restored->findInnovation(ids.innovation)->title == "Home care by video");

    CHECK_THROWS_WITH(store->backupTo(copy), Catch::Contains("already exists"));
    CHECK_THROWS_WITH(store->backupTo(path), Catch::Contains("already exists"));

    auto memory = SqliteStore::openInMemory();
    memory->insertPerson(samplePerson("Only in memory", Role::Leader));
    const std::string saved = dir.file("from-memory.innotrack");
    memory->backupTo(saved);
    CHECK(SqliteStore::open(saved, OpenMode::OpenExisting)->findPersonByName("only in memory"));
}

TEST_CASE("a file store rolls back a change left open when it closes", "[storage][transactions]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    auto store = SqliteStore::open(path, OpenMode::CreateNew);
    auto transaction = store->beginWrite();
    store->insertPerson(samplePerson("Never saved", Role::Leader));
    store.reset();
    transaction.reset();
    const auto reopened = SqliteStore::open(path, OpenMode::OpenExisting);
    CHECK(reopened->listPeople().empty());
}
