// The leader's checklist answers: each one a new row, never updated, as storage/src/checklist.cpp
// keeps them in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

namespace innotrack::storage_pg {

Id PgStore::insertChecklistAnswer(const ChecklistAnswer& answer) {
    auto& s = *session_;
    return s.change("record the checklist answer", [&] { return insertRecord(s, answer); });
}

std::vector<ChecklistAnswer> PgStore::listChecklistAnswers() const {
    auto& s = *session_;
    return s.run("list the checklist answers", [&] {
        static const std::string sql = selectSql<ChecklistAnswer>() + " ORDER BY answered_on, id";
        pq::Statement list(s.connection(), sql);
        return readAll(list.run(), readRecord<ChecklistAnswer>);
    });
}

}  // namespace innotrack::storage_pg
