// The audit trail: appended to, read back, never changed (the schema's triggers refuse that), as
// storage/src/audit.cpp keeps it in a file.
#include "pg_store.hpp"
#include "record_rows.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace innotrack::storage_pg {

namespace {

// The newest `limit` entries are found in reverse, then put back oldest first.
std::string auditListSql(const AuditFilter& filter) {
    std::string sql = selectSql<AuditEntry>() + " WHERE true";
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

// The end of the trail an entry chains from, and the stamp the server puts on it (schema.cpp,
// innotrack_stamp_audit): a signed-in person's entry gets the server's time and login, and the
// hash must cover those. With `numbered`, also the server's next id (next_id). One round trip.
Session::AuditTail PgStore::askAuditTail(bool numbered, Id& nextId) const {
    auto& s = *session_;
    pq::Statement ask(s.connection(),
                      "SELECT last.id AS last_id, last.hash AS last_hash, date_trunc('second', now()) AS server_time, "
                      "session_user AS login, innotrack_is_administrator() AS administrator, "
                      "CASE WHEN :numbered THEN nextval(pg_get_serial_sequence('audit', 'id')) END AS next_id "
                      "FROM (SELECT 1) AS one "
                      "LEFT JOIN (SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1) AS last ON true");
    ask.bind(":numbered", numbered);
    const pq::Result state = ask.run();
    const pq::Row row(state, 0);
    Session::AuditTail tail;
    tail.lastId = row["last_id"].optionalId();
    tail.lastHash = tail.lastId ? row["last_hash"].text() : portfolioKey();
    tail.administrator = row["administrator"].flag();
    tail.serverTime = row["server_time"].timestamp();
    tail.login = row["login"].text();
    nextId = row["next_id"].integer();
    return tail;
}

Id PgStore::appendAudit(const AuditEntry& given) {
    auto transaction = beginWrite();  // holds the chain's turn (or is a savepoint inside one that does)
    auto& s = *session_;
    const Id added = s.change("record the change in the audit trail", [&] {
        if (given.id == 0) s.moveSequences("audit");  // numbered above any id given earlier
        // A bulk write keeps the trail's end itself after its first entry: now() and the login stay
        // the same for the whole transaction, and nobody else extends the chain while it holds the
        // turn, so nothing is asked of the server per entry.
        Id nextId = 0;
        const bool known = s.bulk() && s.bulkAuditTail && given.id != 0;
        Session::AuditTail tail = known ? *s.bulkAuditTail : askAuditTail(given.id == 0, nextId);
        AuditEntry entry = given;
        if (!tail.administrator) {
            entry.at = tail.serverTime;
            entry.login = tail.login;
        }
        if (entry.id == 0) {
            entry.id = nextId;
        } else if (tail.lastId && entry.id <= *tail.lastId) {
            throw StorageError("Could not record audit entry " + std::to_string(entry.id) +
                               ": the trail already runs to entry " + std::to_string(*tail.lastId) +
                               ", and entries are only ever added after the last");
        }
        entry.hash = chainLink(tail.lastHash, entry);

        // The id is always given here (the server's next, asked for above), so no sequence is read.
        static const std::string sql = sql::insertSql<AuditEntry>(":id", "");
        pq::Statement insert(s.connection(), sql);
        bindRecord(insert, entry);
        s.send(insert);
        if (given.id != 0) s.sequencePast("audit", given.id);
        if (s.bulk()) {
            tail.lastId = entry.id;
            tail.lastHash = entry.hash;
            s.bulkAuditTail = std::move(tail);
        }
        return entry.id;
    });
    transaction->commit();
    return added;
}

AuditChainHead PgStore::auditChainHead() const {
    auto& s = *session_;
    return s.run("read the audit trail", [&] {
        const pq::Result found = s.connection().query(
            "SELECT (SELECT count(*) FROM audit) AS entries, "
            "coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '') AS hash");
        const pq::Row row(found, 0);
        AuditChainHead head;
        head.entries = static_cast<std::size_t>(row["entries"].integer());
        head.hash = row["hash"].text();
        return head;
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
        return readAll(list.run(), readRecord<AuditEntry>);
    });
}

}  // namespace innotrack::storage_pg
