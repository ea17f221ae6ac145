// The audit trail: appended to, read back, never changed (the schema's triggers refuse that), as
// storage/src/audit.cpp keeps it in a file.
#include "pg_store.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace innotrack::storage_pg {

namespace {

AuditEntry readAudit(const pq::Row& row) {
    AuditEntry entry;
    entry.id = row["id"].integer();
    entry.at = row["at"].timestamp();
    entry.actorId = row["actor_id"].integer();
    entry.entity = row["entity"].text();
    entry.entityId = row["entity_id"].integer();
    entry.action = row["action"].text();
    entry.field = row["field"].text();
    entry.oldValue = row["old_value"].text();
    entry.newValue = row["new_value"].text();
    entry.login = row["login"].text();
    return entry;
}

// The newest `limit` entries are found in reverse, then put back oldest first.
std::string auditListSql(const AuditFilter& filter) {
    std::string sql = "SELECT id, at, actor_id, entity, entity_id, action, field, old_value, new_value, login "
                      "FROM audit WHERE true";
    if (filter.entity) sql += " AND entity = :entity";
    if (filter.entityId) sql += " AND entity_id = :entity_id";
    if (filter.actorId) sql += " AND actor_id = :actor_id";
    if (filter.limit == 0) return sql + " ORDER BY id";
    return "SELECT * FROM (" + sql + " ORDER BY id DESC LIMIT :limit) AS newest ORDER BY id";
}

// A limit beyond what bigint holds is no limit at all (SQLite read the wrapped value the same way);
// PostgreSQL would refuse the negative number a plain cast makes of it.
std::int64_t limitOf(std::size_t limit) {
    constexpr auto most = static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max());
    return static_cast<std::int64_t>(std::min(limit, most));
}

}  // namespace

Id PgStore::appendAudit(const AuditEntry& entry) {
    auto& s = *session_;
    return s.change("record the change in the audit trail", [&] {
        pq::Statement insert(s.connection(),
                             std::string("INSERT INTO audit (id, at, actor_id, entity, entity_id, action, field, "
                                         "old_value, new_value, login) VALUES (") +
                                 nextIdSql("audit") +
                                 ", :at, :actor_id, :entity, :entity_id, :action, :field, :old_value, :new_value, "
                                 ":login) "
                                 "RETURNING id");
        insert.bind(":id", givenId(entry.id));
        insert.bind(":at", entry.at);
        insert.bind(":actor_id", entry.actorId);
        insert.bind(":login", entry.login);
        insert.bind(":entity", entry.entity);
        insert.bind(":entity_id", entry.entityId);
        insert.bind(":action", entry.action);
        insert.bind(":field", entry.field);
        insert.bind(":old_value", entry.oldValue);
        insert.bind(":new_value", entry.newValue);
        return insertRow(s, insert, "audit", entry.id);
    });
}

std::vector<AuditEntry> PgStore::listAudit(const AuditFilter& filter) const {
    auto& s = *session_;
    return s.run("read the audit trail", [&] {
        pq::Statement list(s.connection(), auditListSql(filter));
        if (filter.entity) list.bind(":entity", *filter.entity);
        if (filter.entityId) list.bind(":entity_id", filter.entityId);
        if (filter.actorId) list.bind(":actor_id", filter.actorId);
        if (filter.limit != 0) list.bind(":limit", limitOf(filter.limit));
        return readAll(list.run(), readAudit);
    });
}

}  // namespace innotrack::storage_pg
