// The audit trail is append-only, and its list honours every filter and the limit.
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

TEST_CASE("the audit list filters by record and actor, and a limit keeps the newest, oldest first",
          "[storage][audit]") {
    auto store = SqliteStore::openInMemory();
    const Seed ids = seed(*store);
    for (int i = 1; i <= 5; ++i) {
        AuditEntry entry = sampleAudit(i % 2 ? ids.leader : ids.cabinet, "innovation", ids.innovation, "changed");
        entry.newValue = std::to_string(i);
        store->appendAudit(entry);
    }
    store->appendAudit(sampleAudit(ids.leader, "person", ids.officer, "added"));

    const auto values = [](const std::vector<AuditEntry>& entries) {
        std::string out;
        for (const auto& entry : entries) out += entry.newValue.empty() ? "p" : entry.newValue;
        return out;
    };
    CHECK(values(store->listAudit({})) == "12345p");

    AuditFilter byEntity;
    byEntity.entity = "innovation";
    CHECK(values(store->listAudit(byEntity)) == "12345");
    byEntity.entityId = ids.innovation + 1;
    CHECK(store->listAudit(byEntity).empty());

    AuditFilter byActor;
    byActor.actorId = ids.cabinet;
    CHECK(values(store->listAudit(byActor)) == "24");

    AuditFilter limited;
    limited.limit = 3;
    CHECK(values(store->listAudit(limited)) == "45p");
    limited.actorId = ids.leader;
    limited.limit = 2;
    CHECK(values(store->listAudit(limited)) == "5p");
}
