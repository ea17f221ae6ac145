// The audit trail: appended to, read back, never changed (the schema's triggers refuse that), each
// entry chained to the one before it (tracker/audit_chain.hpp).
#include "storage/sqlite_store.hpp"

#include "record_sql.hpp"

namespace innotrack::storage {

using namespace detail;

namespace {

// The newest `limit` entries are found in reverse, then put back oldest first.
std::string auditListSql(const AuditFilter& filter) {
    std::string sql = selectSql<AuditEntry>() + " WHERE 1 = 1";
    if (filter.entity) sql += " AND entity = :entity";
    if (filter.entityId) sql += " AND entity_id = :entity_id";
    if (filter.actorId) sql += " AND actor_id = :actor_id";
    if (filter.limit == 0) return sql + " ORDER BY id";
    return "SELECT * FROM (" + sql + " ORDER BY id DESC LIMIT :limit) ORDER BY id";
}

}  // namespace

Id SqliteStore::appendAudit(const AuditEntry& given) {
    // Inside the write lock, so nobody appends between reading the last link and adding this one.
    auto transaction = beginWrite();
    auto& c = *connection_;
    const Id added = c.run("record the change in the audit trail", [&] {
        AuditEntry entry = given;
        Id lastId = 0;
        std::string previous;
        {
            Query last(c, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
            if (last.step()) {
                lastId = id(*last, "id");
                previous = text(*last, "hash");
            }
        }
        if (lastId == 0) previous = portfolioKey();
        if (entry.id == 0) entry.id = lastId + 1;
        else if (entry.id <= lastId)
            throw StorageError("Could not record audit entry " + std::to_string(entry.id) +
                               ": the trail already runs to entry " + std::to_string(lastId) +
                               ", and entries are only ever added after the last");
        entry.hash = chainLink(previous, entry);

        return insertRecord(c, entry);
    });
    transaction->commit();
    return added;
}

std::vector<AuditEntry> SqliteStore::listAudit(const AuditFilter& filter) const {
    auto& c = *connection_;
    return c.run("read the audit trail", [&] {
        Query query(c, auditListSql(filter));
        if (filter.entity) bindParam(*query, ":entity", *filter.entity);
        if (filter.entityId) bindParam(*query, ":entity_id", filter.entityId);
        if (filter.actorId) bindParam(*query, ":actor_id", filter.actorId);
        if (filter.limit != 0) bindParam(*query, ":limit", static_cast<std::int64_t>(filter.limit));
        return readAll(query, readRecord<AuditEntry>);
    });
}

AuditChainHead SqliteStore::auditChainHead() const {
    auto& c = *connection_;
    return c.run("read the audit trail", [&] {
        Query query(c, "SELECT (SELECT count(*) FROM audit) AS entries, "
                       "coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '') AS hash");
        query.step();
        AuditChainHead head;
        head.entries = static_cast<std::size_t>(query->getColumn("entries").getInt64());
        head.hash = text(*query, "hash");
        return head;
    });
}

}  // namespace innotrack::storage
