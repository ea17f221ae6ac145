// One open portfolio on a server: the connection, where it is (for messages), and the shapes every
// statement repeats: run some work and turn the server's refusals into errors a councillor can act
// on, read rows into records, insert keeping a given id, update a row that must exist.
#pragma once

#include "pq.hpp"

#include "tracker/backend.hpp"
#include "tracker/errors.hpp"
#include "tracker/scales.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innotrack::storage_pg {

class Session {
public:
    // Connects with `conninfo` (what the user gave); `shown` is the same without any password,
    // for messages and settings.
    Session(const std::string& conninfo, std::string shown);

    // Who connected, as the server authenticated it; read once, on the first call.
    const ServerLogin& login();

    // From now on, every transaction is read-only, as the server enforces.
    void makeReadOnly();

    pq::Connection& connection() { return connection_; }
    const std::string& location() const { return location_; }
    bool readOnly() const { return readOnly_; }

    // Runs `work`, turning a failure into StorageError ("Could not <doing>: <reason>"), or
    // BusyError when another desk's change collided with it.
    template <typename Work>
    auto run(std::string_view doing, Work&& work) -> decltype(work()) {
        try {
            return work();
        } catch (const pq::Failure& failure) {
            raise(failure, doing);
        }
    }

    // The same for a statement that changes something. Inside a write transaction it runs in a
    // savepoint of its own, because PostgreSQL otherwise abandons the whole transaction after one
    // refused statement, and the store's contract is that the rest stays as it was.
    template <typename Work>
    auto change(std::string_view doing, Work&& work) -> decltype(work()) {
        requireWritable(doing);
        if (bulk()) {
            bulkDoing_ = doing;  // named by a statement sent ahead (send) if the server refuses it
            return run(doing, work);
        }
        if (connection_.writeDepth == 0) return run(doing, work);
        return run(doing, [&] {
            connection_.execute("SAVEPOINT innotrack_statement");
            try {
                if constexpr (std::is_void_v<decltype(work())>) {
                    work();
                    connection_.execute("RELEASE innotrack_statement");
                } else {
                    auto result = work();
                    connection_.execute("RELEASE innotrack_statement");
                    return result;
                }
            } catch (const pq::Failure& failure) {
                if (!failure.connectionLost()) connection_.execute("ROLLBACK TO innotrack_statement");
                throw;
            }
        });
    }

    // After the server went away: connects again with the same settings; false when it cannot yet.
    bool reconnect();

    void requireWritable(std::string_view doing) const;

    // Inside beginBulkWrite() (a copy, a restore: all or nothing): a refused statement spoils the
    // whole transaction anyway, so no statement gets a savepoint of its own, and statements whose
    // answer nobody reads (the rows, a nested transaction's SAVEPOINT) are sent ahead (send).
    bool bulk() const { return bulk_; }
    void beginBulk() { bulk_ = true; }
    // The bulk write ended (committed, rolled back, or gone with the connection).
    void endBulk();

    // Runs `statement`, whose answer nobody reads; in a bulk write it is sent ahead, and the
    // server's refusal, if any, comes from a later call, naming what this one was doing.
    void send(pq::Statement& statement);

    // The end of the audit trail as a bulk write extends it, kept here rather than asked of the
    // server before every entry: the last entry and the stamp the server would put on a new one
    // (now() and the login stay the same for the whole transaction).
    struct AuditTail {
        OptionalId lastId;
        std::string lastHash;
        bool administrator = false;
        Timestamp serverTime{};
        std::string login;
    };
    std::optional<AuditTail> bulkAuditTail;

    // A given id inserted into `table` inside a transaction: its sequence is moved past it before
    // the table's next numbered insert, or at the commit, one step per table, not one per row.
    void sequencePast(const std::string& table, Id id);
    // Moves `table`'s sequence (or every table's, with "") past the ids given to it so far.
    void moveSequences(const std::string& table = {});
    // A rolled-back transaction's given ids are gone: nothing to move past.
    void forgetSequences() { sequencesAhead_.clear(); }
    // BusyError when the same work, tried again, may succeed; StorageError otherwise.
    [[noreturn]] void raise(const pq::Failure& failure, std::string_view doing) const;

private:
    std::string location_;
    bool readOnly_ = false;
    pq::Connection connection_;
    std::optional<ServerLogin> login_;
    std::map<std::string, Id> sequencesAhead_;
    bool bulk_ = false;
    std::string bulkDoing_;
};

// The reason, in words, for what the server refused (no "SQLSTATE", no "relation").
std::string reasonFor(const pq::Failure& failure, std::string_view location);

// Every statement a report makes, seeing one moment of the portfolio: a read-only, repeatable-read
// transaction, unless a write transaction is already open (which sees its own changes).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Session& session);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Session& session_;
    bool ownsTransaction_ = false;
};

template <typename Read>
auto readAll(const pq::Result& result, Read read) {
    std::vector<decltype(read(pq::Row(result, 0)))> rows;
    rows.reserve(static_cast<std::size_t>(result.rows()));
    for (int row = 0; row < result.rows(); ++row) rows.push_back(read(pq::Row(result, row)));
    return rows;
}

template <typename Read>
auto readOne(const pq::Result& result, Read read) -> std::optional<decltype(read(pq::Row(result, 0)))> {
    if (result.rows() == 0) return std::nullopt;
    return read(pq::Row(result, 0));
}

// The id an INSERT writes: the record's own when it has one (a restore keeps every id), else NULL,
// which the statement turns into the table's next.
inline OptionalId givenId(Id id) { return id == 0 ? OptionalId() : OptionalId(id); }

// Runs `insert` (an INSERT INTO `table` … with id = COALESCE(:id, nextval(…)) … RETURNING id)
// and returns the new id. After a given id, the table's sequence is moved past it, so a later
// insert with id 0 is numbered above every id used so far.
Id insertRow(Session& session, pq::Statement& insert, const char* table, Id given);

// The `id` value for an INSERT into `table`: the given id, or the table's next.
std::string nextIdSql(const char* table);

// Runs `update` (an UPDATE … WHERE id = :id); an id that matches nothing is NotFound.
void updateRow(pq::Statement& update, std::string_view entity, Id id);

template <typename E>
E keyFromText(std::string_view stored, const char* column) {
    for (const auto& entry : Scale<E>::entries)
        if (entry.key == stored) return entry.value;
    throw StorageError("The shared portfolio holds '" + std::string(stored.substr(0, 40)) + "' as " + column +
                       ", where this version of innotrack expects " + std::string(acceptedKeys<E>()) +
                       ": it may have been written by a newer innotrack");
}

template <typename E>
E key(const pq::Value& value, const char* column) {
    return keyFromText<E>(value.view(), column);
}

// The keys of the scale's values for which `holds` is true, as an SQL list: "'cabinet', 'leader'".
// Keys are the scales' own words, never a person's, so they are written into the SQL as they are.
template <typename E, typename Predicate>
std::string sqlKeysWhere(Predicate holds) {
    std::string out;
    for (const auto& entry : Scale<E>::entries)
        if (holds(entry.value)) out += (out.empty() ? "'" : ", '") + std::string(entry.key) + "'";
    return out;
}

// A LIKE pattern matching `text` anywhere, with '%', '_' and '\' taken literally; use with
// ESCAPE '\'.
std::string containsPattern(std::string_view text);

// `column` with only ASCII letters lowered: the store's "any case" (store.hpp), whatever the
// server's locale would make of "É".
std::string asciiLower(const std::string& column);

}  // namespace innotrack::storage_pg
