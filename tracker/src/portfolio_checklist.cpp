// The service's checklist: the leader's answer to a question, validated, kept and audited.
#include "portfolio_change.hpp"

namespace innotrack {
namespace {

// An answer in words for the audit trail: "Partly (2026-10-01): evidence".
std::string inWords(const ChecklistAnswer& answer) {
    std::string words = std::string(labelOf(answer.answer)) + " (" + formatDate(answer.answeredOn) + ")";
    if (!answer.evidence.empty()) words += ": " + answer.evidence;
    return words;
}

}  // namespace

ChecklistAnswer Portfolio::answerChecklist(Id actor, const std::string& questionKey, Answer answer,
                                           const std::string& evidence, std::optional<Date> on) {
    Change change(*this, actor);
    require(change.actor(), Action::AnswerChecklist);
    ChecklistAnswer given;
    given.questionKey = std::string(checklistQuestion("question", questionKey).key);
    given.answer = answer;
    given.evidence = optionalText("evidence", evidence, kMaxEvidence);
    given.answeredById = change.actor().id;
    given.answeredOn = on.value_or(change.today());
    rules::requireNotFuture("answered on", given.answeredOn, change.today());

    // The audit row says what the answer was before, so the trail alone tells the story.
    std::string before;
    for (const ChecklistAnswer& earlier : store_.listChecklistAnswers())
        if (earlier.questionKey == given.questionKey && !(given.answeredOn < earlier.answeredOn))
            before = inWords(earlier);
    given.id = store_.insertChecklistAnswer(given);
    change.record("checklist", given.id, "answered", given.questionKey, before, inWords(given));
    change.commit();
    return given;
}

}  // namespace innotrack
