// The audit trail is append-only in the file itself, even against another program writing SQL.
#include "storage_fixture.hpp"

#include "tracker/errors.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::storage;
using namespace innotrack::storage::testing;

TEST_CASE("the audit trail refuses UPDATE and DELETE, even from another program", "[storage][audit]") {
    TempDir dir;
    const std::string path = dir.file("p.innotrack");
    {
        auto store = SqliteStore::open(path, OpenMode::CreateNew);
        const Seed ids = seed(*store);
        store->appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "added"));
    }
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    const auto refused = [&](const std::string& sql) {
        try {
            db.exec(sql);
        } catch (const SQLite::Exception& failure) {
            return std::string(failure.what());
        }
        return std::string("accepted");
    };
    CHECK(refused("UPDATE audit SET new_value = 'forged'") == "the audit trail cannot be changed");
    CHECK(refused("DELETE FROM audit") == "the audit trail cannot be changed");
    CHECK(db.execAndGet("SELECT count(*) FROM audit WHERE new_value = ''").getInt() == 1);
}
