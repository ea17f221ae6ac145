// The audit trail's list and the checklist's answers through the port: every filter, the limit,
// the orders, and answers kept whole (the append-only rule inside each backend is that backend's
// own test: tests/storage/audit_test.cpp for files).
#include "backend_under_test.hpp"
#include "records.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

using namespace innotrack;
using namespace innotrack::testing;

TEST_CASE("the audit list filters by record and actor, and a limit keeps the newest, oldest first",
          "[contract][backend][audit]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
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

TEST_CASE("a checklist answer keeps every field, answers list by date, then id", "[contract][backend][checklist]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
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
    CHECK(answers[0] == early);
    CHECK(answers[1] == late);
    CHECK(answers[2] == sameDay);

    // In force on a day: the latest per question, ordered by key.
    const auto inForce = portfolio.backend().checklistQueries().latestChecklistAnswers(Date(2026, 11, 27));
    REQUIRE(inForce.size() == 2);
    CHECK(inForce[0] == sameDay);  // "new-ideas" sorts first
    CHECK(inForce[1] == late);
    CHECK(portfolio.backend().checklistQueries().latestChecklistAnswers(Date(2026, 11, 26)).at(0) == early);
}

TEST_CASE("an answer stored with a key this version does not know is read, not dropped", "[contract][backend][checklist]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    const Seed ids = seed(*store);
    // A newer innotrack may add questions; this one must still open the file and list them.
    store->insertChecklistAnswer(sampleAnswer(ids.leader, "a-question-from-the-future", Answer::Yes,
                                              Date(2026, 11, 27), ""));
    CHECK(store->listChecklistAnswers().at(0).questionKey == "a-question-from-the-future");
    CHECK(portfolio.backend().checklistQueries().latestChecklistAnswers(Date(2026, 11, 27)).size() == 1);
}

TEST_CASE("each entry is chained from the one before it, the first from the portfolio key",
          "[contract][backend][audit][audit-chain]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    const Seed ids = seed(*store);
    const AuditChainHead empty = store->auditChainHead();
    CHECK(empty.entries == 0);
    CHECK(empty.hash.empty());

    AuditEntry first = sampleAudit(ids.leader, "innovation", ids.innovation, "added");
    first.osUser = "ann";
    first.host = "desk-7.council.example";
    first.hash = "whatever a caller says is ignored";
    store->appendAudit(first);
    store->appendAudit(sampleAudit(ids.cabinet, "innovation", ids.innovation, "changed"));
    store->appendAudit(sampleAudit(ids.leader, "person", ids.officer, "added"));

    const auto entries = store->listAudit({});
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].osUser == "ann");
    CHECK(entries[0].host == "desk-7.council.example");
    CHECK(entries[0].hash == chainLink(store->portfolioKey(), entries[0]));
    CHECK(entries[1].hash == chainLink(entries[0].hash, entries[1]));
    CHECK(entries[2].hash == chainLink(entries[1].hash, entries[2]));
    CHECK(verifyChain(store->portfolioKey(), entries).intact());
    const AuditChainHead head = store->auditChainHead();
    CHECK(head.entries == 3);
    CHECK(head.hash == entries[2].hash);
}

TEST_CASE("a rolled-back change leaves the chain where it was, and the next chains from there",
          "[contract][backend][audit][audit-chain]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    const Seed ids = seed(*store);
    store->appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "added"));
    const AuditChainHead before = store->auditChainHead();
    {
        auto transaction = store->beginWrite();
        store->appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "changed"));
        {
            auto inner = store->beginWrite();
            store->appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "moved"));
        }  // the savepoint rolled back: only "changed" is left in the outer change
        transaction->commit();
    }
    {
        auto abandoned = store->beginWrite();
        store->appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "stopped"));
    }
    store->appendAudit(sampleAudit(ids.leader, "innovation", ids.innovation, "closed"));
    const auto entries = store->listAudit({});
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].hash == before.hash);
    CHECK(entries[1].action == "changed");
    CHECK(entries[2].action == "closed");
    CHECK(verifyChain(store->portfolioKey(), entries).intact());
}

TEST_CASE("entries are only appended after the last, and the key the chain starts from never changes",
          "[contract][backend][audit][audit-chain]") {
    TestPortfolio portfolio;
    PortfolioStore* store = &portfolio.store();
    const Seed ids = seed(*store);
    const std::string key = store->portfolioKey();
    store->setPortfolioKey("0123456789abcdef");  // before any entry, as a restore does
    CHECK(store->portfolioKey() == "0123456789abcdef");
    AuditEntry given = sampleAudit(ids.leader, "innovation", ids.innovation, "added");
    given.id = 10;
    CHECK(store->appendAudit(given) == 10);
    given.id = 7;
    CHECK_THROWS_AS(store->appendAudit(given), StorageError);
    CHECK_THROWS_AS(store->setPortfolioKey(key), StorageError);
    CHECK(store->portfolioKey() == "0123456789abcdef");
    CHECK(store->appendAudit(sampleAudit(ids.leader, "person", ids.officer, "added")) == 11);
    CHECK(verifyChain(store->portfolioKey(), store->listAudit({})).intact());
}
