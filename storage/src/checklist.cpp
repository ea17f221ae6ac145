// The leader's checklist answers: each one a new row, never updated.
#include "storage/sqlite_store.hpp"

#include "checklist_rows.hpp"
#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace detail {

ChecklistAnswer readChecklistAnswer(const SQLite::Statement& row) {
    ChecklistAnswer answer;
    answer.id = id(row, "id");
    answer.questionKey = text(row, "question_key");
    answer.answer = key<Answer>(row, "answer");
    answer.evidence = text(row, "evidence");
    answer.answeredById = id(row, "answered_by_id");
    answer.answeredOn = date(row, "answered_on");
    return answer;
}

}  // namespace detail

Id SqliteStore::insertChecklistAnswer(const ChecklistAnswer& answer) {
    auto& c = *connection_;
    return c.run("record the checklist answer", [&] {
        Query query(c, "INSERT INTO checklist_answers (id, question_key, answer, evidence, answered_by_id, answered_on) "
                       "VALUES (:id, :question_key, :answer, :evidence, :answered_by_id, :answered_on)");
        bindParam(*query, ":id", givenId(answer.id));
        bindParam(*query, ":question_key", answer.questionKey);
        bindParam(*query, ":answer", answer.answer);
        bindParam(*query, ":evidence", answer.evidence);
        bindParam(*query, ":answered_by_id", answer.answeredById);
        bindParam(*query, ":answered_on", answer.answeredOn);
        return insertRow(c, query);
    });
}

std::vector<ChecklistAnswer> SqliteStore::listChecklistAnswers() const {
    auto& c = *connection_;
    return c.run("list the checklist answers", [&] {
        Query query(c, std::string(kSelectChecklistAnswer) + " ORDER BY answered_on, id");
        return readAll(query, readChecklistAnswer);
    });
}

}  // namespace innotrack::storage
