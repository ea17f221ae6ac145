// Schema 9: the audit chain, and who made each change on a file. Each entry gains its hash
// (tracker/audit_chain.hpp) and the operating-system account and computer it was made from; the
// entries already there are chained, oldest first, once, from the portfolio key. Those older
// entries were made before the account was recorded, so theirs stay empty.
#include "migrations.hpp"

#include "../columns.hpp"

#include "tracker/audit_chain.hpp"
#include "tracker/errors.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <vector>

namespace innotrack::storage::detail {

namespace {

constexpr const char* kAuditChainColumns = R"sql(
ALTER TABLE audit ADD COLUMN os_user TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN host TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
)sql";

// The append-only trigger is lifted for this one pass and put back as it was.
constexpr const char* kLiftUpdateGuard = "DROP TRIGGER audit_is_append_only_update";
constexpr const char* kRestoreUpdateGuard = R"sql(
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
)sql";

std::string portfolioKeyOf(SQLite::Database& db) {
    SQLite::Statement key(db, "SELECT value FROM settings WHERE key = 'portfolio.key'");
    if (!key.executeStep())
        throw StorageError("Could not chain the audit trail: the portfolio file has no portfolio key "
                           "(setting 'portfolio.key'); restore it from a backup");
    return key.getColumn(0).getString();
}

}  // namespace

void chainAuditTrail(SQLite::Database& db) {
    db.exec(kAuditChainColumns);
    std::string previous = portfolioKeyOf(db);
    std::vector<std::pair<Id, std::string>> links;
    {
        // The columns as they are at this step, read here and not by the store's reader: a later
        // step may add a column the store reads, which a file upgraded from 8 does not have yet.
        SQLite::Statement entries(db, "SELECT id, at, actor_id, entity, entity_id, action, field, old_value, "
                                      "new_value, login FROM audit ORDER BY id");
        while (entries.executeStep()) {
            AuditEntry entry;
            entry.id = id(entries, "id");
            entry.at = timestamp(entries, "at");
            entry.actorId = id(entries, "actor_id");
            entry.entity = text(entries, "entity");
            entry.entityId = id(entries, "entity_id");
            entry.action = text(entries, "action");
            entry.field = text(entries, "field");
            entry.oldValue = text(entries, "old_value");
            entry.newValue = text(entries, "new_value");
            entry.login = text(entries, "login");
            previous = chainLink(previous, entry);
            links.emplace_back(entry.id, previous);
        }
    }
    db.exec(kLiftUpdateGuard);
    SQLite::Statement save(db, "UPDATE audit SET hash = :hash WHERE id = :id");
    for (const auto& [entryId, hash] : links) {
        save.reset();
        bindParam(save, ":hash", hash);
        bindParam(save, ":id", entryId);
        save.exec();
    }
    db.exec(kRestoreUpdateGuard);
}

}  // namespace innotrack::storage::detail
