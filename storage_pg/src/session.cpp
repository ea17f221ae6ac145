// The session's errors in words, read snapshots and the insert and update shapes; see session.hpp.
#include "session.hpp"

namespace innotrack::storage_pg {

namespace {

std::string inQuotes(std::string_view text) { return "'" + std::string(text) + "'"; }

// A constraint named as a sentence ("priority must be 1 to 5") is the reason itself.
bool isSentence(const std::string& name) { return name.find(' ') != std::string::npos; }

// "Key (name)=(Ann) already exists." gives "name".
std::string keyColumns(const std::string& detail) {
    const auto open = detail.find("Key (");
    const auto close = detail.find(")=", open);
    if (open == std::string::npos || close == std::string::npos) return "values";
    std::string columns = detail.substr(open + 5, close - open - 5);
    for (char& c : columns)
        if (c == '_') c = ' ';
    // lower(name) and the like, from an index on an expression: the column inside.
    const auto paren = columns.find('(');
    if (paren != std::string::npos) {
        const auto end = columns.find_first_of(",)", paren + 1);
        columns = columns.substr(paren + 1, end - paren - 1);
    }
    // translate(name::text, …) names the column with its cast: the column alone.
    return columns.substr(0, columns.find("::"));
}

}  // namespace

std::string reasonFor(const pq::Failure& failure, std::string_view location) {
    const std::string& state = failure.sqlstate();
    const std::string& constraint = failure.constraint();
    const std::string said = failure.what();
    if (said.find("authentication failed") != std::string::npos || said.find("no password supplied") != std::string::npos)
        return "the server refused the login (" + said +
               "): check the user name, and the password in ~/.pgpass or PGPASSWORD";
    if (said.find("does not exist") != std::string::npos && state.rfind("08", 0) == 0)
        return "the server has no such database or login (" + said + "): check the address";
    if (failure.connectionLost())
        return "the server of the shared portfolio " + inQuotes(location) + " could not be reached (" +
               failure.what() + "); check the network and that the server is running, then try again";
    if (state == "23505") return "a record with the same " + keyColumns(failure.detail()) + " already exists";
    if (state == "23503") return "it refers to a record that does not exist";
    if (state == "23514" || state == "23P01")
        return "a value is not allowed: " + (isSentence(constraint) ? constraint : std::string(failure.what()));
    if (state == "23502") return std::string("a required value is missing (") + failure.what() + ")";
    if (state == "22001") return "a text is longer than the shared portfolio allows";
    if (state == "40001" || state == "40P01")
        return "someone at another desk changed the same records at the same moment; try again";
    if (state == "42501")
        return "the server does not allow your login to do this (" + std::string(failure.what()) + ")";
    if (state == "25006") return "the shared portfolio was opened read-only; open it for writing to make changes";
    if (state == "53100") return "the server's disk is full: ask its administrator to free some space";
    if (state == "53200") return "the server ran out of memory: try again, or ask its administrator";
    if (state == "57014") return "the server cancelled the request because it took too long; try again";
    if (state == "P0001") return failure.what();  // our triggers raise sentences meant for people
    return "the server of the shared portfolio said '" + std::string(failure.what()) + "'";
}

Session::Session(const std::string& conninfo, std::string shown)
    : location_(std::move(shown)), connection_(conninfo) {}

const ServerLogin& Session::login() {
    if (!login_) {
        login_ = run("find out who is signed in", [&] {
            // session_user: who signed in, even inside a function that runs as its owner.
            const pq::Result found = connection_.query(
                "SELECT session_user AS login, "
                "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) "
                "OR pg_has_role(session_user, (SELECT c.relowner FROM pg_catalog.pg_class c "
                "WHERE c.oid = to_regclass('people')), 'MEMBER') AS administrator");
            const pq::Row row(found, 0);
            return ServerLogin{row["login"].text(), row["administrator"].flag()};
        });
    }
    return *login_;
}

bool Session::reconnect() {
    endBulk();  // the transaction went with the connection
    forgetSequences();
    if (!connection_.reset()) return false;
    if (readOnly_) {
        try {
            connection_.execute("SET default_transaction_read_only = on");
        } catch (const pq::Failure&) {
            return false;
        }
    }
    return true;
}

void Session::makeReadOnly() {
    run("open the shared portfolio read-only", [&] { connection_.execute("SET default_transaction_read_only = on"); });
    readOnly_ = true;
}

void Session::requireWritable(std::string_view doing) const {
    if (readOnly_)
        throw StorageError("Could not " + std::string(doing) + ": the shared portfolio " + inQuotes(location_) +
                           " was opened read-only; open it for writing to make changes");
}

void Session::raise(const pq::Failure& failure, std::string_view doing) const {
    // A statement sent ahead is named by what it was doing, not by the call that read its answer.
    const std::string_view what = failure.during().empty() ? doing : std::string_view(failure.during());
    const std::string message = "Could not " + std::string(what) + ": " + reasonFor(failure, location_);
    if (failure.worthRetrying()) throw BusyError(message);
    throw StorageError(message);
}

ReadSnapshot::ReadSnapshot(Session& session) : session_(session) {
    auto& connection = session_.connection();
    if (connection.writeDepth > 0 || connection.readDepth > 0) {
        ++connection.readDepth;
        return;
    }
    session_.run("start reading the portfolio",
                 [&] { connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); });
    ownsTransaction_ = true;
    ++connection.readDepth;
}

ReadSnapshot::~ReadSnapshot() {
    auto& connection = session_.connection();
    --connection.readDepth;
    if (!ownsTransaction_) return;
    try {
        connection.execute("COMMIT");
    } catch (const pq::Failure&) {
        // A read-only transaction has nothing to lose; a broken connection is reported by the next call.
    }
}

std::string nextIdSql(const char* table) {
    return std::string("COALESCE(:id, nextval(pg_get_serial_sequence('") + table + "', 'id')))";
}

void Session::endBulk() {
    bulk_ = false;
    bulkDoing_.clear();
    bulkAuditTail.reset();
}

void Session::send(pq::Statement& statement) {
    if (bulk_) statement.send(bulkDoing_);
    else statement.run();
}

Id insertRow(Session& session, pq::Statement& insert, const char* table, Id given) {
    if (given == 0) session.moveSequences(table);  // numbered above any id given earlier
    if (given != 0 && session.bulk()) {
        // The id is known, so nothing waits for the server's answer (RETURNING id).
        session.send(insert);
        session.sequencePast(table, given);
        return given;
    }
    const pq::Result inserted = insert.run();
    const Id id = pq::Row(inserted, 0)["id"].integer();
    if (given != 0) session.sequencePast(table, given);
    return id;
}

void Session::sequencePast(const std::string& table, Id id) {
    Id& highest = sequencesAhead_[table];
    if (id > highest) highest = id;
    if (connection_.writeDepth == 0) moveSequences(table);
}

void Session::moveSequences(const std::string& table) {
    for (auto it = sequencesAhead_.begin(); it != sequencesAhead_.end();) {
        if (!table.empty() && it->first != table) {
            ++it;
            continue;
        }
        // setval is not undone by a rollback; a sequence that ran ahead only leaves a gap.
        pq::Statement advance(connection_,
                              "SELECT setval(s, GREATEST(:id, COALESCE(pg_sequence_last_value(s), 0))) "
                              "FROM (SELECT pg_get_serial_sequence(:table, 'id')::regclass AS s) sequence");
        advance.bind(":table", it->first);
        advance.bind(":id", it->second);
        advance.run();
        it = sequencesAhead_.erase(it);
    }
}

void updateRow(pq::Statement& update, std::string_view entity, Id id) {
    if (update.run().affected() == 0) throw NotFound("There is no " + std::string(entity) + " " + std::to_string(id));
}

std::string containsPattern(std::string_view text) {
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    pattern += '%';
    return pattern;
}

std::string asciiLower(const std::string& column) {
    return "translate(" + column + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
}

}  // namespace innotrack::storage_pg
