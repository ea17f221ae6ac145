// The libpq wrapper: see pq.hpp.
#include "pq.hpp"

#include <libpq-fe.h>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <charconv>
#include <cstdlib>
#include <exception>

namespace innotrack::storage_pg::pq {

namespace {

// PostgreSQL's built-in type ids (catalog/pg_type.dat); fixed since the types were added.
constexpr unsigned kBool = 16, kInt8 = 20, kText = 25, kFloat8 = 701, kInt8Array = 1016, kDate = 1082,
                   kTimestampTz = 1184;

std::string field(const PGresult* result, int code) {
    const char* value = PQresultErrorField(result, code);
    return value ? value : "";
}

// libpq's messages end in a newline; ours are one line.
std::string oneLine(std::string message) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    for (char& c : message)
        if (c == '\n') c = ' ';
    return message;
}

Failure failureOf(pg_conn* connection, const PGresult* result) {
    if (result == nullptr) return Failure(oneLine(PQerrorMessage(connection)), "");
    const std::string primary = field(result, PG_DIAG_MESSAGE_PRIMARY);
    return Failure(oneLine(primary.empty() ? PQresultErrorMessage(result) : primary), field(result, PG_DIAG_SQLSTATE),
                   field(result, PG_DIAG_CONSTRAINT_NAME), field(result, PG_DIAG_MESSAGE_DETAIL));
}

Result checked(pg_conn* connection, PGresult* result) {
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Result(result);
    Failure failure = failureOf(connection, result);
    PQclear(result);
    throw failure;
}

// Statements sent ahead before their answers are read. Neither side reads while it writes, so the
// answers of one batch (about 70 bytes each) must fit in the sockets' buffers, or both would wait
// on each other; 500 answers are about 35 KB. A batch costs one round trip, spread over its rows.
constexpr std::size_t kSentAhead = 500;

bool startsName(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool inName(char c) { return startsName(c) || (c >= '0' && c <= '9'); }

[[noreturn]] void unreadable(std::string_view value, const char* expected) {
    throw Failure("the server sent '" + std::string(value.substr(0, 40)) + "' where " + expected + " was expected",
                  "XX000");
}

}  // namespace

ParsedSql parseNamedParameters(std::string_view sql) {
    ParsedSql parsed;
    parsed.sql.reserve(sql.size());
    for (std::size_t at = 0; at < sql.size(); ++at) {
        const char c = sql[at];
        if (c == '\'' || c == '"') {  // a literal or a quoted name, copied whole
            const std::size_t end = sql.find(c, at + 1);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            parsed.sql.append(sql.substr(at, stop - at));
            at = stop - 1;
        } else if (c == ':' && at + 1 < sql.size() && sql[at + 1] == ':') {  // a cast, x::date
            parsed.sql += "::";
            ++at;
        } else if (c == ':' && at + 1 < sql.size() && startsName(sql[at + 1])) {
            std::size_t end = at + 1;
            while (end < sql.size() && inName(sql[end])) ++end;
            const std::string name(sql.substr(at, end - at));
            std::size_t position = 0;
            while (position < parsed.names.size() && parsed.names[position] != name) ++position;
            if (position == parsed.names.size()) parsed.names.push_back(name);
            parsed.sql += "$" + std::to_string(position + 1);
            at = end - 1;
        } else {
            parsed.sql += c;
        }
    }
    return parsed;
}

// Result

Result::~Result() {
    if (result_) PQclear(result_);
}

Result& Result::operator=(Result&& other) noexcept {
    if (this != &other) {
        if (result_) PQclear(result_);
        result_ = other.result_;
        other.result_ = nullptr;
    }
    return *this;
}

int Result::rows() const { return PQntuples(result_); }

int Result::column(const char* name) const {
    const int at = PQfnumber(result_, name);
    if (at < 0) throw Failure(std::string("the statement has no column ") + name, "42703");
    return at;
}

bool Result::isNull(int row, int column) const { return PQgetisnull(result_, row, column) == 1; }

std::string_view Result::text(int row, int column) const {
    return {PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column))};
}

std::int64_t Result::affected() const {
    const char* count = PQcmdTuples(result_);
    return count && *count ? std::strtoll(count, nullptr, 10) : 0;
}

// Value

std::int64_t Value::integer() const {
    if (isNull()) return 0;
    const std::string_view stored = view();
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
    if (error != std::errc() || end != stored.data() + stored.size()) unreadable(stored, "a whole number");
    return value;
}

double Value::real() const {
    if (isNull()) return 0;
    const std::string stored = text();
    char* end = nullptr;
    const double value = std::strtod(stored.c_str(), &end);
    if (end != stored.c_str() + stored.size()) unreadable(stored, "a number");
    return value;
}

bool Value::flag() const {
    const std::string_view stored = view();
    if (stored == "t") return true;
    if (stored == "f") return false;
    unreadable(stored, "t or f");
}

Date Value::date() const {
    if (const auto day = readStoredDate(view())) return *day;
    unreadable(view(), "a date written YYYY-MM-DD");
}

Timestamp Value::timestamp() const {
    // timestamptz(0) in UTC with DateStyle ISO: "2026-03-02 09:15:00+00".
    std::string stored = text();
    if (stored.size() == 22 && stored[10] == ' ' && stored.compare(19, 3, "+00") == 0) {
        stored[10] = 'T';
        stored.replace(19, 3, "Z");
    }
    try {
        return parseTimestamp(stored);
    } catch (const std::exception&) {
        unreadable(view(), "a time in UTC");
    }
}

OptionalId Value::optionalId() const { return isNull() ? OptionalId{} : OptionalId{integer()}; }

std::optional<int> Value::optionalInteger() const {
    return isNull() ? std::optional<int>{} : std::optional<int>{static_cast<int>(integer())};
}

std::optional<double> Value::optionalReal() const {
    return isNull() ? std::optional<double>{} : std::optional<double>{real()};
}

std::optional<Date> Value::optionalDate() const { return isNull() ? std::optional<Date>{} : std::optional<Date>{date()}; }

// Statement

Statement::Statement(Connection& connection, std::string sql)
    : connection_(connection), sql_(std::move(sql)), parsed_(&connection.parse(sql_)),
      types_(parsed_->names.size(), 0), values_(parsed_->names.size()) {}

void Statement::set(const char* name, unsigned type, std::optional<std::string> value) {
    for (std::size_t at = 0; at < parsed_->names.size(); ++at) {
        if (parsed_->names[at] == name) {
            types_[at] = type;
            values_[at] = std::move(value);
            return;
        }
    }
    throw Failure(std::string("the statement has no parameter ") + name, "42P02");
}

void Statement::bind(const char* name, const std::string& value) { set(name, kText, value); }
void Statement::bind(const char* name, std::int64_t value) { set(name, kInt8, std::to_string(value)); }
void Statement::bind(const char* name, int value) { set(name, kInt8, std::to_string(value)); }
void Statement::bind(const char* name, bool value) { set(name, kBool, value ? "t" : "f"); }
void Statement::bind(const char* name, double value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    set(name, kFloat8, error == std::errc() ? std::string(buffer, end) : std::to_string(value));
}
void Statement::bind(const char* name, Date value) { set(name, kDate, formatDate(value)); }
void Statement::bind(const char* name, Timestamp value) { set(name, kTimestampTz, formatTimestamp(value)); }
void Statement::bind(const char* name, const OptionalId& value) {
    set(name, kInt8, value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt);
}
void Statement::bind(const char* name, const std::optional<int>& value) {
    set(name, kInt8, value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt);
}
void Statement::bind(const char* name, const std::optional<double>& value) {
    if (value) bind(name, *value);
    else set(name, kFloat8, std::nullopt);
}
void Statement::bind(const char* name, const std::optional<Date>& value) {
    set(name, kDate, value ? std::optional<std::string>(formatDate(*value)) : std::nullopt);
}
void Statement::bind(const char* name, const std::vector<Id>& values) {
    std::string array = "{";
    for (const Id each : values) array += (array.size() > 1 ? "," : "") + std::to_string(each);
    set(name, kInt8Array, array + "}");
}

Result Statement::run() {
    for (std::size_t at = 0; at < types_.size(); ++at)
        if (types_[at] == 0) throw Failure("the statement's parameter " + parsed_->names[at] + " was not given", "42P02");
    return connection_.runPrepared(sql_, *parsed_, types_, values_);
}

void Statement::stream(const std::function<void(const Row&)>& visit) {
    for (std::size_t at = 0; at < types_.size(); ++at)
        if (types_[at] == 0) throw Failure("the statement's parameter " + parsed_->names[at] + " was not given", "42P02");
    connection_.streamPrepared(sql_, *parsed_, types_, values_, visit);
}

void Statement::send(std::string doing) {
    for (std::size_t at = 0; at < types_.size(); ++at)
        if (types_[at] == 0) throw Failure("the statement's parameter " + parsed_->names[at] + " was not given", "42P02");
    connection_.send(sql_, *parsed_, types_, values_, std::move(doing));
}

// Connection

Connection::Connection(const std::string& conninfo) {
    // The location is a URI or key=value string; the rest are innotrack's own settings.
    const char* keywords[] = {"dbname", "application_name", "client_encoding", "connect_timeout", nullptr};
    const char* values[] = {conninfo.c_str(), "innotrack", "UTF8", "10", nullptr};
    connection_ = PQconnectdbParams(keywords, values, 1);
    if (connection_ == nullptr) throw Failure("out of memory", "53200");
    if (PQstatus(connection_) != CONNECTION_OK) {
        // libpq tells each address it tried, with hints, over several lines: the first says it.
        std::string said = PQerrorMessage(connection_);
        said = said.substr(0, said.find('\n'));
        Failure failure(oneLine(said), "08001");
        PQfinish(connection_);
        throw failure;
    }
    applySettings();
}

Connection::~Connection() { PQfinish(connection_); }

void Connection::applySettings() {
    // The server's notices (such as "identifier will be truncated") are for administrators, not
    // for a councillor's terminal.
    PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
    // Dates and times are read in one fixed form, whatever the server's or the user's defaults.
    execute("SET DateStyle = ISO, YMD; SET TimeZone = 'UTC'; SET extra_float_digits = 3");
    // Statements are prepared once and run many times; after five runs PostgreSQL would switch to
    // a plan made without knowing the day, the limit or the cabinet lead, which made the board's
    // list of innovations twenty times slower at 3,000 innovations.
    execute("SET plan_cache_mode = force_custom_plan");
    // No just-in-time compilation: the planner cannot estimate the stage-on-day filter, so the
    // board's statements cost enough on paper to be compiled, and at 100,000 innovations compiling
    // them took 3.2 s of the 4.2 s its statements spent on the server.
    execute("SET jit = off");
}

void Connection::execute(const std::string& sql) { query(sql); }

Result Connection::query(const std::string& sql) {
    requireIdle();
    settle();
    return checked(connection_, PQexec(connection_, sql.c_str()));
}

std::string Connection::database() const { return PQdb(connection_); }
std::string Connection::user() const { return PQuser(connection_); }
std::string Connection::host() const {
    const char* host = PQhost(connection_);
    return host ? host : "";
}
bool Connection::healthy() const { return PQstatus(connection_) == CONNECTION_OK; }
bool Connection::reset() {
    sent_.clear();  // their answers went with the old connection
    PQreset(connection_);
    prepared_.clear();
    writeDepth = 0;
    readDepth = 0;
    if (PQstatus(connection_) != CONNECTION_OK) return false;
    try {
        applySettings();
    } catch (const Failure&) {
        return false;
    }
    return true;
}

bool Connection::inFailedTransaction() const { return PQtransactionStatus(connection_) == PQTRANS_INERROR; }

std::vector<Connection::Notice> Connection::notices() {
    if (PQconsumeInput(connection_) == 0) throw Failure(oneLine(PQerrorMessage(connection_)), "08006");
    std::vector<Notice> arrived;
    const int ours = PQbackendPID(connection_);
    while (PGnotify* notice = PQnotifies(connection_)) {
        arrived.push_back(Notice{notice->relname, notice->extra ? notice->extra : "", notice->be_pid == ours});
        PQfreemem(notice);
    }
    return arrived;
}

int Connection::socket() const { return PQsocket(connection_); }

const ParsedSql& Connection::parse(const std::string& sql) {
    auto found = parsed_.find(sql);
    if (found == parsed_.end())
        found = parsed_.emplace(sql, std::make_unique<ParsedSql>(parseNamedParameters(sql))).first;
    return *found->second;
}

const std::string& Connection::preparedName(const std::string& sql, const ParsedSql& parsed,
                                           const std::vector<unsigned>& types) {
    std::string key = sql;
    for (const unsigned type : types) key += "\x1f" + std::to_string(type);
    auto found = prepared_.find(key);
    if (found == prepared_.end()) {
        // Prepared with a round trip of its own, never sent ahead: a refused statement could then
        // leave a name we believe prepared that the server never made.
        settle();
        const std::string name = "innotrack_" + std::to_string(prepared_.size() + 1);
        std::vector<Oid> oids(types.begin(), types.end());
        checked(connection_, PQprepare(connection_, name.c_str(), parsed.sql.c_str(), static_cast<int>(oids.size()),
                                       oids.data()));
        found = prepared_.emplace(std::move(key), name).first;
    }
    return found->second;
}

void Connection::requireIdle() const {
    if (streaming_) throw std::logic_error("a statement was run while a list was still being read row by row");
}

namespace {

std::vector<const char*> pointersTo(const std::vector<std::optional<std::string>>& values) {
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const auto& value : values) pointers.push_back(value ? value->c_str() : nullptr);
    return pointers;
}

}  // namespace

Result Connection::runPrepared(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types,
                               const std::vector<std::optional<std::string>>& values) {
    requireIdle();
    const std::string& name = preparedName(sql, parsed, types);
    settle();
    const std::vector<const char*> pointers = pointersTo(values);
    return checked(connection_, PQexecPrepared(connection_, name.c_str(), static_cast<int>(pointers.size()),
                                               pointers.data(), nullptr, nullptr, 0));
}

// Single-row mode rather than a cursor: it needs no transaction (a cursor does), so it works the
// same inside a write, a snapshot or neither; it is one round trip, not one per batch; and the
// statement is the prepared one run() uses. The price is that the connection is busy until the
// last row, which streaming_ enforces.
void Connection::streamPrepared(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types,
                                const std::vector<std::optional<std::string>>& values,
                                const std::function<void(const Row&)>& visit) {
    requireIdle();
    settle();  // whatever was sent ahead, before single-row mode starts
    const std::string& name = preparedName(sql, parsed, types);
    const auto pointers = pointersTo(values);
    if (PQsendQueryPrepared(connection_, name.c_str(), static_cast<int>(pointers.size()), pointers.data(), nullptr,
                            nullptr, 0) != 1)
        throw failureOf(connection_, nullptr);
    PQsetSingleRowMode(connection_);
    streaming_ = true;
    std::optional<Failure> failure;
    // Every result is read, even after a failure or a visitor's exception, so the connection is
    // idle again for the next statement. The rest of the rows are dropped rather than the query
    // cancelled: a cancel would abandon the transaction it runs in, which the caller may go on with.
    std::exception_ptr thrown;
    while (PGresult* raw = PQgetResult(connection_)) {
        Result result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_SINGLE_TUPLE && !failure && !thrown) {
            try {
                visit(Row(result, 0));
            } catch (...) {
                thrown = std::current_exception();
            }
        } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK &&
                   !failure) {
            failure = failureOf(connection_, raw);
        }
    }
    streaming_ = false;
    if (thrown) std::rethrow_exception(thrown);
    if (failure) throw *failure;
}

void Connection::send(const std::string& sql, const ParsedSql& parsed, const std::vector<unsigned>& types,
                      const std::vector<std::optional<std::string>>& values, std::string doing) {
    requireIdle();
    const std::string& name = preparedName(sql, parsed, types);
    if (PQpipelineStatus(connection_) == PQ_PIPELINE_OFF && PQenterPipelineMode(connection_) != 1)
        throw failureOf(connection_, nullptr);
    const std::vector<const char*> pointers = pointersTo(values);
    if (PQsendQueryPrepared(connection_, name.c_str(), static_cast<int>(pointers.size()), pointers.data(), nullptr,
                            nullptr, 0) != 1) {
        Failure failure = failureOf(connection_, nullptr);
        abandonSent();
        throw failure;
    }
    sent_.push_back(std::move(doing));
    if (sent_.size() >= kSentAhead) settle();
}

void Connection::settle() {
    if (PQpipelineStatus(connection_) == PQ_PIPELINE_OFF) return;
    std::optional<Failure> first;
    if (PQpipelineSync(connection_) != 1) first = failureOf(connection_, nullptr);
    // Each statement's answers end in a null; then comes the sync's. Two nulls in a row mean
    // nothing more will come (the connection broke).
    std::size_t statement = 0;
    bool ended = false;
    bool synced = first.has_value();
    while (!synced) {
        PGresult* result = PQgetResult(connection_);
        if (result == nullptr) {
            if (ended) {
                if (!first) first = failureOf(connection_, nullptr);
                break;
            }
            ended = true;
            ++statement;
            continue;
        }
        ended = false;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) synced = true;
        else if (status == PGRES_FATAL_ERROR && !first) {
            first = failureOf(connection_, result);
            if (statement < sent_.size()) first->setDuring(sent_[statement]);
        }
        // PGRES_PIPELINE_ABORTED: skipped after the first refusal, which is the one reported.
        PQclear(result);
    }
    sent_.clear();
    PQexitPipelineMode(connection_);
    if (first) throw *first;
}

void Connection::abandonSent() noexcept {
    try {
        settle();
    } catch (const Failure&) {
        // The transaction is being given up anyway.
    }
}

}  // namespace innotrack::storage_pg::pq
