// Schema 16: undoing an addition, or a milestone's move, just made removes its row
// (Portfolio::undoAddition, undoMilestoneMove). SQLite numbers a new row one above the highest id
// left in the table, so a removed record's id would be given to the next one, and the audit trail,
// which keeps the removed record's entries by id, would seem to speak of the new one. The file so
// keeps, per table, the highest id ever removed, and inserts number above it (record_sql.hpp). On a
// server, sequences never give an id twice; there this step lets who may add a record remove it
// (storage_pg/src/schema_undo_additions.hpp).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

#include <string>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kRemovable[] = {"innovations", "stage_changes", "milestones", "milestone_moves",
                                      "risks",       "setbacks",      "lessons",    "benefits"};

}  // namespace

void keepRemovedIds(SQLite::Database& db) {
    db.exec(R"sql(
CREATE TABLE removed_ids (
    collection TEXT PRIMARY KEY,
    highest    INTEGER NOT NULL
);
)sql");
    for (const std::string table : kRemovable)
        db.exec("CREATE TRIGGER " + table + "_keep_removed_id AFTER DELETE ON " + table +
                " BEGIN INSERT INTO removed_ids (collection, highest) VALUES ('" + table +
                "', OLD.id) ON CONFLICT (collection) DO UPDATE SET highest = max(highest, excluded.highest); END;");
}

}  // namespace innotrack::storage::detail
