// The audit trail's list and the checklist's answers through the port: every filter, the limit,
// the orders, and answers kept whole (the append-only rule inside each backend is that backend's
// own test: tests/storage/audit_test.cpp for files).
#include "backend_under_test.hpp"
#include "records.hpp"

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

TEST_CASE("a checklist answer keeps every field; answers list by date, then id", "[contract][backend][checklist]") {
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
    CHECK(fieldsOf(answers[0]) == fieldsOf(early));
    CHECK(fieldsOf(answers[1]) == fieldsOf(late));
    CHECK(fieldsOf(answers[2]) == fieldsOf(sameDay));

    // In force on a day: the latest per question, ordered by key.
    const auto inForce = portfolio.backend().checklistQueries().latestChecklistAnswers(Date(2026, 11, 27));
    REQUIRE(inForce.size() == 2);
    CHECK(fieldsOf(inForce[0]) == fieldsOf(sameDay));  // "new-ideas" sorts first
    CHECK(fieldsOf(inForce[1]) == fieldsOf(late));
    CHECK(fieldsOf(portfolio.backend().checklistQueries().latestChecklistAnswers(Date(2026, 11, 26)).at(0)) == fieldsOf(early));
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
