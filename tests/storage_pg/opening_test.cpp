// What a database must hold before innotrack uses it, and what it refuses, leaving it untouched.
#include "backends/location_opener.hpp"
#include "records.hpp"
#include "storage_pg/server_backend.hpp"
#include "test_server.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace innotrack::testing {
namespace {

const backends::LocationOpener opener;

// The message of the exception of type E that `open` throws; fails the test for any other outcome.
template <typename E, typename Open>
std::string refusal(Open open) {
    try {
        open();
    } catch (const E& error) {
        return error.what();
    }
    FAIL("no refusal of the expected kind");
    return {};
}

TEST_CASE("init makes the schema in an empty database, and only once", "[server][opening]") {
    const TestDatabase database(TestDatabase::Holding::Nothing);
    CHECK_THAT(refusal<NotFound>([&] { opener.open(database.location(), OpenPurpose::Read); }),
               Catch::Contains("innotrack init"));
    {
        const auto created = opener.open(database.location(), OpenPurpose::Create);
        created->store().insertPerson(samplePerson("Cllr Ann Leader", Role::Leader));
    }
    CHECK_THROWS_AS(opener.open(database.location(), OpenPurpose::Create), ConflictError);
    const auto again = opener.open(database.location(), OpenPurpose::Read);
    CHECK(again->store().listPeople().size() == 1);
    CHECK(again->store().portfolioKey().size() == 16);
}

TEST_CASE("a database holding other tables is refused and left as it was", "[server][opening]") {
    const TestDatabase database(TestDatabase::Holding::Nothing);
    runAsAdministrator(database.name(), "CREATE TABLE payroll (id integer); INSERT INTO payroll VALUES (7)");
    for (const OpenPurpose purpose : {OpenPurpose::Read, OpenPurpose::Write, OpenPurpose::Create, OpenPurpose::CreateOrFill}) {
        CHECK_THAT(refusal<StorageError>([&] { opener.open(database.location(), purpose); }),
                   Catch::Contains("not an innotrack portfolio") && Catch::Contains("nothing was changed"));
    }
    // Still only the council's own table, with its row; no schema of ours was started.
    runAsAdministrator(database.name(),
                       "DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') <> 1 "
                       "OR (SELECT count(*) FROM payroll) <> 1 THEN RAISE EXCEPTION 'changed'; END IF; END $$");
}

TEST_CASE("a portfolio from a newer innotrack is refused, unchanged", "[server][opening]") {
    const TestDatabase database;
    runAsAdministrator(database.name(), "UPDATE innotrack_schema SET version = 99");
    CHECK_THAT(refusal<StorageError>([&] { opener.open(database.location(), OpenPurpose::Write); }),
               Catch::Contains("newer innotrack") && Catch::Contains("format version 99"));
    runAsAdministrator(database.name(),
                       "DO $$ BEGIN IF (SELECT version FROM innotrack_schema) <> 99 THEN RAISE EXCEPTION 'changed'; "
                       "END IF; END $$");
}

TEST_CASE("a password in a location is never shown", "[server][opening]") {
    using storage_pg::withoutPassword;
    CHECK(withoutPassword("postgresql://ann:s3cret@db.council.example/council") ==
          "postgresql://ann@db.council.example/council");
    CHECK(withoutPassword("postgres://ann:@db/council") == "postgres://ann@db/council");
    CHECK(withoutPassword("postgresql://db.council.example/council") == "postgresql://db.council.example/council");
    CHECK(withoutPassword("postgresql://ann@db/council?sslmode=require") == "postgresql://ann@db/council?sslmode=require");
    CHECK(withoutPassword("host=db password=s3cret dbname=council") == "host=db password=… dbname=council");
}

TEST_CASE("a refused login and a missing database are said in words", "[server][opening]") {
    CHECK_THAT(refusal<StorageError>([&] { opener.open("postgresql:///no_such_council_database", OpenPurpose::Read); }),
               Catch::Contains("no such database"));
    CHECK_THAT(refusal<StorageError>([&] { opener.open("postgresql://nobody_at_all@/postgres", OpenPurpose::Read); }),
               Catch::Contains("login") || Catch::Contains("no such database"));
}

TEST_CASE("a schema 8 shared portfolio is upgraded with its audit trail chained once", "[server][opening][audit-chain]") {
    const TestDatabase server;
    {
        auto backend = opener.open(server.location(), OpenPurpose::Write);
        const Seed ids = seed(backend->store());
        for (int i = 0; i < 5; ++i) backend->store().appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "changed"));
    }
    // The shape schema 8 had: no hashes, no account columns, no turn to take; no ideas (schema 10)
    // no engagements (schema 11), no decisions (schema 12), no well-being goals (schema 13) and no
    // undoing of stage changes (schema 14) or of additions (schema 16).
    std::string undoingAdditions;
    for (const char* table : {"milestones", "risks", "setbacks", "lessons", "benefits"})
        undoingAdditions += std::string("DROP TRIGGER only_its_leads_undo_adding ON ") + table +
                            "; DROP POLICY its_leads_undo_adding ON " + table + "; ";
    undoingAdditions += "DROP TRIGGER only_its_leads_undo_moving ON milestone_moves; "
                        "DROP POLICY its_leads_undo_moving ON milestone_moves; "
                        "DROP TRIGGER only_cabinet_undoes_adding ON innovations; "
                        "DROP POLICY cabinet_undoes_adding ON innovations; "
                        // and schema 17's, for people and ambitions (the other tables go below)
                        "DROP TRIGGER only_the_leader_undoes_adding ON people; "
                        "DROP TRIGGER removed_people_leave_their_desks ON people; "
                        "DROP POLICY the_leader_undoes_adding ON people; "
                        "DROP TRIGGER only_the_leader_undoes_adding ON ambitions; "
                        "DROP POLICY the_leader_undoes_adding ON ambitions; ";
    runAsAdministrator(server.name(), undoingAdditions + "DROP TABLE decisions, idea_scores, ideas; DELETE FROM settings WHERE key = 'ideas.gate'; "
                                      "ALTER TABLE audit DROP COLUMN hash, DROP COLUMN os_user, DROP COLUMN host; "
                                      "DROP TABLE audit_chain_turn; DROP TABLE engagements; "
                                      "ALTER TABLE innovations DROP COLUMN is_public, DROP COLUMN public_description, "
                                      "DROP COLUMN wellbeing_goals, DROP COLUMN ways_of_working; "
                                      "ALTER TABLE ambitions DROP COLUMN wellbeing_goals, DROP COLUMN ways_of_working; "
                                      "DROP TRIGGER only_its_cabinet_lead_undoes_moves ON stage_changes; "
                                      "DROP POLICY its_cabinet_lead_undoes_moves ON stage_changes; "
                                      "DROP TRIGGER only_its_chair_undoes_entries ON review_entries; "
                                      "DROP POLICY its_chair_undoes_entries ON review_entries; "
                                      "DROP FUNCTION innotrack_refuse_removal_unless(); "
                                      "DROP FUNCTION innotrack_refuse_removal_by_others(); "
                                      "DROP FUNCTION innotrack_unsync_login(); "
                                      "UPDATE innotrack_schema SET version = 8");

    auto backend = opener.open(server.location(), OpenPurpose::Write);
    PortfolioStore& store = backend->store();
    const auto trail = store.listAudit({});
    REQUIRE(trail.size() == 5);
    CHECK(trail.front().hash == chainLink(store.portfolioKey(), trail.front()));
    CHECK(verifyChain(store.portfolioKey(), trail).intact());
    CHECK_THAT(refusalOf(server.location(), "UPDATE audit SET new_value = 'forged'"),
               Catch::Contains("the audit trail cannot be changed"));
    store.appendAudit(sampleAudit(trail.front().actorId, "person", trail.front().actorId, "changed"));
    CHECK(verifyChain(store.portfolioKey(), store.listAudit({})).intact());
}

}  // namespace
}  // namespace innotrack::testing
