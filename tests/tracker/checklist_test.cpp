// The innovation checklist in the domain: its fixed questions, and the leader's answers through
// the service (permission, validation, audit, one transaction).
#include "portfolio_fixture.hpp"
#include "tracker/checklist.hpp"
#include "tracker/checklist_queries.hpp"
#include "tracker/errors.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace innotrack;
using innotrack::testing::PortfolioFixture;

TEST_CASE("The checklist asks about all five areas, with unique stable keys", "[tracker][checklist]") {
    const auto& questions = checklistQuestions();
    std::set<std::string_view> keys;
    std::set<ChecklistArea> areas;
    for (const ChecklistQuestion& question : questions) {
        CHECK(keys.insert(question.key).second);
        areas.insert(question.area);
        CHECK(question.text.back() == '?');
        // Keys are typed on the command line: lower case letters and hyphens only.
        for (char c : question.key) CHECK(((c >= 'a' && c <= 'z') || c == '-'));
    }
    CHECK(areas.size() == 5);
    // Released keys never change: answers in existing files refer to them.
    for (const char* key : {"new-ideas", "look-outside", "calculated-risks", "learn-from-failure",
                            "long-term-ambitions", "community-concerns", "financial-outlook", "time-and-money",
                            "lead-united", "take-people-with-you", "communicate-need", "programme-management",
                            "cabinet-led", "persistence", "regular-review", "use-checklist"})
        CHECK(isChecklistQuestion(key));
    CHECK(checklistQuestion("question", "look-outside").area == ChecklistArea::Climate);
    CHECK(checklistQuestion("question", "regular-review").area == ChecklistArea::Review);
    CHECK(keyOf(ChecklistArea::Leadership) == "leadership");
    CHECK(labelOf(ChecklistArea::Climate) == "Create the climate");
}

TEST_CASE("Answers are yes, partly or no", "[tracker][checklist]") {
    CHECK(parseAnswer("--answer", "yes") == Answer::Yes);
    CHECK(parseAnswer("--answer", "Partly") == Answer::Partly);
    CHECK(parseAnswer("--answer", "NO") == Answer::No);
    CHECK_THROWS_WITH(parseAnswer("--answer", "maybe"), "--answer: 'maybe' is not one of yes, partly or no");
    CHECK_THROWS_AS(parseAnswer("--answer", ""), ValidationError);
}

TEST_CASE("The review window is the 13 whole weeks before the week of the day", "[tracker][checklist]") {
    // Friday 27 November 2026 is in the week from Monday 23 November.
    CHECK(checklistReviewWindow(Date(2026, 11, 27)) == Period{Date(2026, 8, 24), Date(2026, 11, 22)});
    // A Monday starts its own week; a Sunday still belongs to the week before it.
    CHECK(checklistReviewWindow(Date(2026, 11, 23)) == Period{Date(2026, 8, 24), Date(2026, 11, 22)});
    CHECK(checklistReviewWindow(Date(2026, 11, 22)) == Period{Date(2026, 8, 17), Date(2026, 11, 15)});
}

TEST_CASE_METHOD(PortfolioFixture, "Only the leader answers the checklist", "[backend][tracker][checklist]") {
    for (const Person* refused : {&cabinet, &officer, &viewer}) {
        CHECK_THROWS_AS(portfolio.answerChecklist(refused->id, "look-outside", Answer::Yes, ""), PermissionDenied);
    }
    CHECK_THROWS_WITH(portfolio.answerChecklist(cabinet.id, "look-outside", Answer::Yes, ""),
                      "Cllr Bob Cabinet is a cabinet member: only the leader answers the innovation checklist");
    CHECK(store->listChecklistAnswers().empty());

    const ChecklistAnswer answer =
        portfolio.answerChecklist(leader.id, "look-outside", Answer::Partly, "  Two ideas from Wigan  ");
    CHECK(answer.id > 0);
    CHECK(answer.questionKey == "look-outside");
    CHECK(answer.answer == Answer::Partly);
    CHECK(answer.evidence == "Two ideas from Wigan");  // trimmed, as all text is
    CHECK(answer.answeredById == leader.id);
    CHECK(answer.answeredOn == clock.today());
}

TEST_CASE_METHOD(PortfolioFixture, "A checklist answer is validated, naming the field", "[backend][tracker][checklist]") {
    const std::size_t auditBefore = auditCount();
    CHECK_THROWS_WITH(portfolio.answerChecklist(leader.id, "look-inside", Answer::Yes, ""),
                      "question: 'look-inside' is not a checklist question (see the keys with: innotrack "
                      "checklist list)");
    CHECK_THROWS_AS(portfolio.answerChecklist(leader.id, "", Answer::Yes, ""), ValidationError);
    // Keys are exact: stored answers must match the table.
    CHECK_THROWS_AS(portfolio.answerChecklist(leader.id, "Look-Outside", Answer::Yes, ""), ValidationError);

    const std::string tooLong(10'000, 'x');
    try {
        portfolio.answerChecklist(leader.id, "look-outside", Answer::Yes, tooLong);
        FAIL("10,000 characters of evidence were accepted");
    } catch (const ValidationError& error) {
        CHECK(error.field() == "evidence");
        CHECK_THAT(error.what(), Catch::Contains("4000"));
    }
    CHECK_NOTHROW(portfolio.answerChecklist(leader.id, "look-outside", Answer::Yes, std::string(kMaxEvidence, 'x')));

    CHECK_THROWS_AS(portfolio.answerChecklist(leader.id, "look-outside", Answer::Yes, "bell\a"), ValidationError);
    CHECK_THROWS_WITH(portfolio.answerChecklist(leader.id, "look-outside", Answer::Yes, "", Date(2026, 11, 28)),
                      "answered on: 2026-11-28 is in the future (today is 2026-11-27)");
    // Only the one good answer landed, with its one audit row.
    CHECK(store->listChecklistAnswers().size() == 1);
    CHECK(auditCount() == auditBefore + 1);
}

TEST_CASE_METHOD(PortfolioFixture, "Every answer is kept and audited with the answer it replaced",
                 "[backend][tracker][checklist][audit]") {
    portfolio.answerChecklist(leader.id, "regular-review", Answer::No, "", Date(2026, 9, 1));
    const ChecklistAnswer second =
        portfolio.answerChecklist(leader.id, "regular-review", Answer::Yes, "Weekly since October");

    const auto answers = store->listChecklistAnswers();
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].answer == Answer::No);
    CHECK(answers[0].answeredOn == Date(2026, 9, 1));
    CHECK(answers[1].id == second.id);

    AuditFilter filter;
    filter.entity = "checklist";
    const auto trail = store->listAudit(filter);
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].action == "answered");
    CHECK(trail[0].field == "regular-review");
    CHECK(trail[0].oldValue.empty());
    CHECK(trail[0].newValue == "No (2026-09-01)");
    CHECK(trail[1].actorId == leader.id);
    CHECK(trail[1].entityId == second.id);
    CHECK(trail[1].oldValue == "No (2026-09-01)");
    CHECK(trail[1].newValue == "Yes (2026-11-27): Weekly since October");

    // An answer backdated before the latest one says what was in force on its own day.
    portfolio.answerChecklist(leader.id, "regular-review", Answer::Partly, "", Date(2026, 10, 1));
    CHECK(store->listAudit(filter).back().oldValue == "No (2026-09-01)");
}
