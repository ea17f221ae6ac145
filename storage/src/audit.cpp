// The audit trail: appended to, read back, never changed (the schema's triggers refuse that).
#include "storage/sqlite_store.hpp"

#include "queries.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

AuditEntry readAudit(const SQLite::Statement& row) {
    AuditEntry entry;
    entry.id = id(row, "id");
    entry.at = timestamp(row, "at");
    entry.actorId = id(row, "actor_id");
    entry.entity = text(row, "entity");
    entry.entityId = id(row, "entity_id");
    entry.action = text(row, "action");
    entry.field = text(row, "field");
    entry.oldValue = text(row, "old_value");
    entry.newValue = text(row, "new_value");
    entry.login = text(row, "login");
    return entry;
}

// The newest `limit` entries are found in reverse, then put back oldest first.
std::string auditListSql(const AuditFilter& filter) {
    std::string sql = "SELECT id, at, actor_id, entity, entity_id, action, field, old_value, new_value, login "
                      "FROM audit WHERE 1 = 1";
    if (filter.entity) sql += " AND entity = :entity";
    if (filter.entityId) sql += " AND entity_id = :entity_id";
    if (filter.actorId) sql += " AND actor_id = :actor_id";
    if (filter.limit == 0) return sql + " ORDER BY id";
    return "SELECT * FROM (" + sql + " ORDER BY id DESC LIMIT :limit) ORDER BY id";
}

}  // namespace

Id SqliteStore::appendAudit(const AuditEntry& entry) {
    auto& c = *connection_;
    return c.run("record the change in the audit trail", [&] {
        Query query(c, "INSERT INTO audit (id, at, actor_id, entity, entity_id, action, field, old_value, new_value, login) "
                       "VALUES (:id, :at, :actor_id, :entity, :entity_id, :action, :field, :old_value, :new_value, :login)");
        bindParam(*query, ":id", givenId(entry.id));
        bindParam(*query, ":at", entry.at);
        bindParam(*query, ":actor_id", entry.actorId);
        bindParam(*query, ":login", entry.login);
        bindParam(*query, ":entity", entry.entity);
        bindParam(*query, ":entity_id", entry.entityId);
        bindParam(*query, ":action", entry.action);
        bindParam(*query, ":field", entry.field);
        bindParam(*query, ":old_value", entry.oldValue);
        bindParam(*query, ":new_value", entry.newValue);
        return insertRow(c, query);
    });
}

std::vector<AuditEntry> SqliteStore::listAudit(const AuditFilter& filter) const {
    auto& c = *connection_;
    return c.run("read the audit trail", [&] {
        Query query(c, auditListSql(filter));
        if (filter.entity) bindParam(*query, ":entity", *filter.entity);
        if (filter.entityId) bindParam(*query, ":entity_id", filter.entityId);
        if (filter.actorId) bindParam(*query, ":actor_id", filter.actorId);
        if (filter.limit != 0) bindParam(*query, ":limit", static_cast<std::int64_t>(filter.limit));
        return readAll(query, readAudit);
    });
}

}  // namespace innotrack::storage
