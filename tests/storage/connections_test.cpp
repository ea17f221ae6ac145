// Two programs on one file: committed data is shared, changes are noticed, a held write lock says busy.
#include "storage_fixture.hpp"

#include "tracker/errors.hpp"

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

TEST_CASE("a second connection sees committed data, and not uncommitted data", "[storage][connections]") {
    TempDir dir;
    const std::string path = dir.file("shared.innotrack");
    auto app = SqliteStore::open(path, OpenMode::CreateNew);
    auto commandLine = SqliteStore::open(path, OpenMode::OpenExisting);

    commandLine->insertPerson(samplePerson("Committed", Role::Leader));
    CHECK(app->findPersonByName("committed"));

    auto transaction = commandLine->beginWrite();
    commandLine->insertPerson(samplePerson("Pending", Role::Viewer));
    CHECK_FALSE(app->findPersonByName("pending"));
    transaction->commit();
    CHECK(app->findPersonByName("pending"));
}

TEST_CASE("changedSinceLastCall turns true after another connection writes", "[storage][connections]") {
    TempDir dir;
    const std::string path = dir.file("shared.innotrack");
    auto app = SqliteStore::open(path, OpenMode::CreateNew);
    auto commandLine = SqliteStore::open(path, OpenMode::OpenExisting);

    CHECK_FALSE(app->changedSinceLastCall());
    app->insertPerson(samplePerson("Own change", Role::Leader));
    CHECK_FALSE(app->changedSinceLastCall());  // its own writes are not news to it

    commandLine->insertPerson(samplePerson("From the command line", Role::Viewer));
    CHECK(app->changedSinceLastCall());
    CHECK_FALSE(app->changedSinceLastCall());  // reported once

    auto readOnly = SqliteStore::open(path, OpenMode::ReadOnly);
    CHECK_FALSE(readOnly->changedSinceLastCall());
    commandLine->insertPerson(samplePerson("Again", Role::Viewer));
    CHECK(readOnly->changedSinceLastCall());
    CHECK(app->changedSinceLastCall());
}

TEST_CASE("a second writer waits for the busy timeout, then is told the file is busy", "[storage][connections]") {
    TempDir dir;
    const std::string path = dir.file("shared.innotrack");
    auto app = SqliteStore::open(path, OpenMode::CreateNew);
    auto commandLine = SqliteStore::open(path, OpenMode::OpenExisting);

    auto holding = app->beginWrite();
    try {
        commandLine->beginWrite();
        FAIL("the second writer was not refused");
    } catch (const StorageError& error) {
        CHECK((error.code() & 0xff) == SQLITE_BUSY);
        CHECK_THAT(error.what(), Catch::Contains("busy: another innotrack is writing to it; try again"));
    }
    CHECK(commandLine->listPeople().empty());  // reading still works while the other writes
    holding->commit();
    auto next = commandLine->beginWrite();
    commandLine->insertPerson(samplePerson("After the wait", Role::Leader));
    next->commit();
    CHECK(app->findPersonByName("after the wait"));
}
