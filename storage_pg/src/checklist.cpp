// The leader's checklist answers: each one a new row, never updated, as storage/src/checklist.cpp
// keeps them in a file.
#include "pg_store.hpp"

#include "checklist_rows.hpp"

namespace innotrack::storage_pg {

ChecklistAnswer readChecklistAnswer(const pq::Row& row) {
    ChecklistAnswer answer;
    answer.id = row["id"].integer();
    answer.questionKey = row["question_key"].text();
    answer.answer = key<Answer>(row["answer"], "answer");
    answer.evidence = row["evidence"].text();
    answer.answeredById = row["answered_by_id"].integer();
    answer.answeredOn = row["answered_on"].date();
    return answer;
}

Id PgStore::insertChecklistAnswer(const ChecklistAnswer& answer) {
    auto& s = *session_;
    return s.change("record the checklist answer", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO checklist_answers (id, question_key, answer, evidence, "
                                         "answered_by_id, answered_on) VALUES (") +
                                 nextIdSql("checklist_answers") +
                                 ", :question_key, :answer, :evidence, :answered_by_id, :answered_on) RETURNING id");
        insert.bind(":id", givenId(answer.id));
        insert.bind(":question_key", answer.questionKey);
        insert.bind(":answer", answer.answer);
        insert.bind(":evidence", answer.evidence);
        insert.bind(":answered_by_id", answer.answeredById);
        insert.bind(":answered_on", answer.answeredOn);
        return insertRow(s, insert, "checklist_answers", answer.id);
    });
}

std::vector<ChecklistAnswer> PgStore::listChecklistAnswers() const {
    auto& s = *session_;
    return s.run("list the checklist answers", [&] {
        pq::Statement list(s.connection(), std::string("SELECT ") + kChecklistAnswerColumns + " FROM checklist_answers ORDER BY answered_on, id");
        return readAll(list.run(), readChecklistAnswer);
    });
}

}  // namespace innotrack::storage_pg
