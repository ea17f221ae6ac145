// A thin RAII wrapper of libpq, innotrack's own: a connection, statements with named parameters
// (always bound, never spliced into the SQL), results, and the failures the server reports.
// Nothing outside storage_pg/ sees a libpq header.
#pragma once

#include "tracker/dates.hpp"
#include "tracker/ids.hpp"
#include "tracker/scales.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace innotrack::storage_pg::pq {

// What the server (or libpq, on the way to it) refused, with PostgreSQL's SQLSTATE and, for a
// broken constraint, its name (our constraints are named as sentences).
class Failure : public std::runtime_error {
public:
    Failure(const std::string& message, std::string sqlstate, std::string constraint = {}, std::string detail = {})
        : std::runtime_error(message), sqlstate_(std::move(sqlstate)), constraint_(std::move(constraint)),
          detail_(std::move(detail)) {}
    const std::string& sqlstate() const noexcept { return sqlstate_; }
    const std::string& constraint() const noexcept { return constraint_; }
    const std::string& detail() const noexcept { return detail_; }
    // SQLSTATE class 08, a shutdown (57P01-57P03), or no answer at all: the server went away.
    bool connectionLost() const noexcept {
        return sqlstate_.empty() || sqlstate_.rfind("08", 0) == 0 || sqlstate_.rfind("57P", 0) == 0;
    }
    // 40001 serialization failure, 40P01 deadlock: the same work, tried again, may succeed.
    bool worthRetrying() const noexcept { return sqlstate_ == "40001" || sqlstate_ == "40P01"; }
    // For a statement sent ahead (Connection::send), what it was doing ("add the risk 'Flooding'"):
    // its answer is read later, while the caller is doing something else.
    const std::string& during() const noexcept { return during_; }
    void setDuring(std::string doing) { during_ = std::move(doing); }

private:
    std::string during_;
    std::string sqlstate_;
    std::string constraint_;
    std::string detail_;
};

// One result set, owned.
class Result {
public:
    explicit Result(pg_result* result) : result_(result) {}
    ~Result();
    Result(Result&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    Result& operator=(Result&& other) noexcept;
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    int rows() const;
    // The column's position; throws Failure when the statement has no such column (our bug).
    int column(const char* name) const;
    bool isNull(int row, int column) const;
    std::string_view text(int row, int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    std::int64_t affected() const;

private:
    pg_result* result_;
};

// The value of one column in one row, read as the domain's types. Text format throughout: the
// server writes dates as YYYY-MM-DD (DateStyle ISO, set on connecting) and booleans as t / f.
class Value {
public:
    Value(const Result& result, int row, int column) : result_(&result), row_(row), column_(column) {}
    bool isNull() const { return result_->isNull(row_, column_); }
    std::string_view view() const { return result_->text(row_, column_); }
    std::string text() const { return std::string(view()); }
    std::int64_t integer() const;  // NULL reads as 0 (a SUM over no rows)
    double real() const;
    bool flag() const;
    Date date() const;
    Timestamp timestamp() const;
    OptionalId optionalId() const;
    std::optional<int> optionalInteger() const;
    std::optional<double> optionalReal() const;
    std::optional<Date> optionalDate() const;

private:
    const Result* result_;
    int row_;
    int column_;
};

// One row of a result, read by column name.
class Row {
public:
    Row(const Result& result, int row) : result_(&result), row_(row) {}
    Value operator[](const char* column) const { return {*result_, row_, result_->column(column)}; }
    Value at(int column) const { return {*result_, row_, column}; }

private:
    const Result* result_;
    int row_;
};

class Connection;

// A statement's SQL with its :name parameters rewritten to $1, $2 …, and the names in that order.
struct ParsedSql {
    std::string sql;
    std::vector<std::string> names;
};

// A statement written with :name parameters, as the file backend's are, rewritten to $1, $2 …
// once. Each bind() names a parameter and gives it a value with its PostgreSQL type; an unbound
// parameter is an error, not a NULL.
class Statement {
public:
    Statement(Connection& connection, std::string sql);

    void bind(const char* name, const std::string& value);
    void bind(const char* name, const char* value) = delete;  // would bind as bool: pass std::string
    void bind(const char* name, std::int64_t value);
    void bind(const char* name, int value);
    void bind(const char* name, bool value);
    void bind(const char* name, double value);
    void bind(const char* name, Date value);
    void bind(const char* name, Timestamp value);
    void bind(const char* name, const OptionalId& value);
    void bind(const char* name, const std::optional<int>& value);
    void bind(const char* name, const std::optional<double>& value);
    void bind(const char* name, const std::optional<Date>& value);
    // An array of ids, for `= ANY(:ids)`.
    void bind(const char* name, const std::vector<Id>& values);
    template <typename E>
        requires std::is_enum_v<E>
    void bind(const char* name, E value) {
        bind(name, std::string(keyOf(value)));
    }

    // Runs it; the Result holds every row.
    Result run();
    // Runs it, handing each row to `visit` as the server sends it (libpq's single-row mode), so
    // one row is held at a time however long the list. Until the last row the connection is busy:
    // `visit` must not run a statement on it (std::logic_error if it tries).
    void stream(const std::function<void(const Row&)>& visit);
    // Sends it without waiting for the answer (Connection::send); `doing` names it if it is refused.
    void send(std::string doing);

private:
    void set(const char* name, unsigned type, std::optional<std::string> value);

    Connection& connection_;
    std::string sql_;
    const ParsedSql* parsed_;
    std::vector<unsigned> types_;
    std::vector<std::optional<std::string>> values_;
};

// One connection to the server, opened from a libpq connection string or URI. Passwords come
// from where libpq finds them (~/.pgpass, PGPASSWORD, a service file), never from our command line.
class Connection {
public:
    explicit Connection(const std::string& conninfo);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs SQL without parameters (one or more statements: schema steps, BEGIN, SAVEPOINT).
    void execute(const std::string& sql);
    // The same, returning the last statement's rows.
    Result query(const std::string& sql);

    // The database, user and host, for messages and settings ("council on db.example.gov.uk").
    std::string database() const;
    std::string user() const;
    std::string host() const;
    // Whether the connection is usable; false after the server went away.
    bool healthy() const;
    // After the server went away: connects again with the same settings (transactions and
    // prepared statements are gone with the old connection); false when it cannot yet.
    bool reset();
    // Inside a transaction that a failed statement has already abandoned.
    bool inFailedTransaction() const;

    // A notification (NOTIFY) from any connection to the same database, after LISTEN.
    struct Notice {
        std::string channel;
        std::string payload;
        bool fromUs = false;  // sent by a statement of this connection
    };
    // Every notice that has arrived, without waiting; throws Failure when the server went away.
    std::vector<Notice> notices();
    // The connection's socket, to wait on for notices (poll/select).
    int socket() const;

    // Statements sent ahead, for a bulk write (a copy, a restore): libpq's pipeline mode sends each
    // without waiting for its answer, and the answers are read a batch at a time, so a row costs no
    // round trip of its own. Chosen over COPY FROM STDIN because the rows go through the same
    // prepared INSERTs, parameters and triggers as every other write (COPY would need a second,
    // text-escaped way of writing each record), and the restore's order of tables stays as it is.
    // Nothing sent this way returns rows to its caller; every other call reads the answers first.
    void send(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types,
              const std::vector<std::optional<std::string>>& values, std::string doing);
    // Reads the answers to everything sent ahead; throws the first refusal, with what its statement
    // was doing (Failure::during), once every answer is read.
    void settle();
    // Reads and drops the answers to everything sent ahead (the transaction is being rolled back).
    void abandonSent() noexcept;
    // How many statements were sent and not yet settled.
    std::size_t unsettled() const { return sent_.size(); }

    // Nesting of write transactions: the outermost is BEGIN, the others savepoints.
    int writeDepth = 0;
    // Nesting of read snapshots (a report's statements all see one moment).
    int readDepth = 0;

private:
    friend class Statement;
    const ParsedSql& parse(const std::string& sql);
    void applySettings();
    // The name `sql` with these parameter types is prepared under, preparing it first if needed.
    const std::string& preparedName(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types);
    Result runPrepared(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types,
                       const std::vector<std::optional<std::string>>& values);
    void streamPrepared(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types,
                        const std::vector<std::optional<std::string>>& values,
                        const std::function<void(const Row&)>& visit);
    void requireIdle() const;

    pg_conn* connection_;
    // Each SQL text is rewritten once, and prepared once per set of parameter types, under a name
    // given in the order first seen.
    std::unordered_map<std::string, std::unique_ptr<ParsedSql>> parsed_;
    std::unordered_map<std::string, std::string> prepared_;
    // A streamed statement's rows are still arriving.
    bool streaming_ = false;
    // What each statement sent ahead, and not yet settled, was doing, in the order sent.
    std::vector<std::string> sent_;
};

// `sql` with each :name (outside quotes, and not a :: cast) replaced by $N.
ParsedSql parseNamedParameters(std::string_view sql);

}  // namespace innotrack::storage_pg::pq
