// The leader's checklist answers: each one a new row, never updated.
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

Id SqliteStore::insertChecklistAnswer(const ChecklistAnswer& answer) {
    auto& c = *connection_;
    return c.run("record the checklist answer", [&] { return insertRecord(c, answer); });
}

std::vector<ChecklistAnswer> SqliteStore::listChecklistAnswers() const {
    auto& c = *connection_;
    return c.run("list the checklist answers", [&] {
        static const std::string sql = selectSql<ChecklistAnswer>() + " ORDER BY answered_on, id";
        Query query(c, sql);
        return readAll(query, readRecord<ChecklistAnswer>);
    });
}

}  // namespace innotrack::storage
