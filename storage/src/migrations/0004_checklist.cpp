// Schema 4: the leader's answers to the innovation checklist. Every answer is a new row, so the
// file keeps how the leader's view changed; the answer in force on a day is the latest on or before it.
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kChecklist = R"sql(
CREATE TABLE checklist_answers (
    id             INTEGER PRIMARY KEY,
    question_key   TEXT NOT NULL,
    answer         TEXT NOT NULL,
    evidence       TEXT NOT NULL DEFAULT '',
    answered_by_id INTEGER NOT NULL REFERENCES people (id),
    answered_on    TEXT NOT NULL,
    CONSTRAINT "a checklist answer needs a question key" CHECK (length(question_key) > 0),
    CONSTRAINT "answer must be yes, partly or no" CHECK (answer IN ('yes', 'partly', 'no')),
    CONSTRAINT "answer date must be written YYYY-MM-DD" CHECK (date(answered_on) IS answered_on)
);

-- The answer in force per question on a day: the latest by date, then id.
CREATE INDEX checklist_answers_by_question ON checklist_answers (question_key, answered_on, id);
CREATE INDEX checklist_answers_by_person ON checklist_answers (answered_by_id);
)sql";

}  // namespace

void addChecklistAnswers(SQLite::Database& db) {
    db.exec(kChecklist);
}

}  // namespace innotrack::storage::detail
