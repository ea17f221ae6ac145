// Schema 17: undoing the addition of a person, an ambition, an engagement, an idea or a decision
// (Portfolio::undoAddition) removes its row, so, as schema 16 does for the delivery records, the
// file keeps the highest id removed from each of these tables and no later record is given it. On
// a server this step lets who may add such a record remove it (storage_pg/src/schema_undo_more.hpp).
#include "migrations.hpp"

#include <SQLiteCpp/Database.h>

#include <string>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kRemovableToo[] = {"people", "ambitions", "engagements", "ideas", "decisions"};

}  // namespace

void keepMoreRemovedIds(SQLite::Database& db) {
    for (const std::string table : kRemovableToo)
        db.exec("CREATE TRIGGER " + table + "_keep_removed_id AFTER DELETE ON " + table +
                " BEGIN INSERT INTO removed_ids (collection, highest) VALUES ('" + table +
                "', OLD.id) ON CONFLICT (collection) DO UPDATE SET highest = max(highest, excluded.highest); END;");
}

}  // namespace innotrack::storage::detail
