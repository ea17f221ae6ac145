// The command's context: where the portfolio file is, who is acting, what "today" is, and how
// option values become domain values.
#include "cli/context.hpp"

#include "parse_errors.hpp"

#include "tracker/acting.hpp"
#include "tracker/errors.hpp"
#include "tracker/money.hpp"
#include "tracker/text.hpp"

#include <charconv>
#include <filesystem>
#include <cstdlib>
#include <limits>

namespace innotrack::cli {

namespace po = boost::program_options;

namespace {

std::unique_ptr<Clock> makeClock(const Environment& environment) {
    if (const auto today = environment("INNOTRACK_TODAY"); today && !today->empty()) {
        const SystemClock system;
        return std::make_unique<FixedClock>(parseDate(*today, system, "INNOTRACK_TODAY"));
    }
    return std::make_unique<SystemClock>();
}

}  // namespace

Environment systemEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (value == nullptr) return std::nullopt;
        return std::string(value);
    };
}

OpenPurpose openPurpose(Access access) {
    switch (access) {
        case Access::Reads: return OpenPurpose::Read;
        case Access::Writes: return OpenPurpose::Write;
        case Access::Creates: return OpenPurpose::Create;
        case Access::CreatesOrFills: return OpenPurpose::CreateOrFill;
    }
    return OpenPurpose::Write;
}

Context::Context(const Command& command, const po::variables_map& args, std::ostream& out, std::ostream& err,
                 Environment environment, const PortfolioOpener& opener)
    : command_(command),
      args_(args),
      out_(out),
      err_(err),
      environment_(std::move(environment)),
      opener_(opener),
      clock_(makeClock(environment_)) {
    // Reports take more formats (md, html), and exports others again (xlsx, ics): they check
    // --format themselves, so only commands that print tables and records are held to these three.
    const std::string& family = command_.words().front();
    const bool checksOwnFormat = family == "report" || family == "export" || family == "import";
    if (const auto name = text("format"); name && !checksOwnFormat) {
        const auto format = reports::parseFormat(*name);
        if (!format) throw UsageError("--format must be text, csv or json, not " + quotedValue(*name));
        format_ = *format;
    }
}

Context::~Context() = default;

std::string Context::location() const {
    if (const auto db = text("db")) return *db;
    if (const auto db = environment_("INNOTRACK_DB"); db && !db->empty()) return *db;
    if (const auto data = environment_("XDG_DATA_HOME"); data && !data->empty())
        return (std::filesystem::path(*data) / "innotrack" / "portfolio.db").string();
    const auto home = environment_("HOME");
    if (!home || home->empty())
        throw UsageError("no portfolio file given: use --db FILE or set INNOTRACK_DB (HOME is not set either)");
    return (std::filesystem::path(*home) / ".local" / "share" / "innotrack" / "portfolio.db").string();
}

PortfolioBackend& Context::backend() {
    if (backend_) return *backend_;
    // The backend says what was wrong with the location; the command line adds how to put it right.
    try {
        backend_ = opener_.open(location(), openPurpose(command_.access()));
    } catch (const NotFound& missing) {
        // A portfolio that is not there is a problem with the file, not with what was asked of it:
        // exit 3, like a file that cannot be read (docs/COMMANDS.md "Exit status").
        throw StorageError(std::string(missing.what()) + " (--db); create one with: innotrack init --leader NAME");
    } catch (const ConflictError& taken) {
        throw ConflictError(std::string(taken.what()) + " (--db)");
    }
    // A command that changes the portfolio is one transaction, whatever service calls it makes:
    // all of it lands or none, and when another desk's change collides with it the whole command
    // can be made again (runCommand).
    if (command_.access() != Access::Reads) transaction_ = backend_->store().beginWrite();
    return *backend_;
}

void Context::finish() {
    if (transaction_) transaction_->commit();
    transaction_.reset();
}

Portfolio& Context::portfolio() {
    if (!portfolio_) {
        portfolio_ = std::make_unique<Portfolio>(backend().store(), *clock_);
        portfolio_->setDeskAccount(backend().deskAccount());
    }
    return *portfolio_;
}

Date Context::asOf(const std::string& what) const {
    const Date today = clock().today();
    const Date on = date("on").value_or(today);
    if (on > today)
        throw ValidationError("--on", formatDate(on),
                              "--on: " + formatDate(on) + " is after today (" + formatDate(today) + "); " + what +
                                  " can only be read as of a day that has come");
    return on;
}

const Person& Context::actor() {
    if (actor_) return *actor_;
    auto who = text("as");
    if (!who) who = environment_("INNOTRACK_USER");
    const auto signedIn = backend().serverLogin();
    // On a file, or as a server's administrator, somebody must be named (on a file, the computer's
    // account names its person when it is one's login).
    if ((!signedIn || signedIn->administrator) && (!who || who->empty()) &&
        (signedIn || !personAtTheDesk(portfolio())))
        throw UsageError("who is making this change? Give --as PERSON (a person's id or name) or set INNOTRACK_USER");
    try {
        actor_ = actingPerson(portfolio(), signedIn, who);
    } catch (const NotFound& notFound) {
        throw NotFound(std::string("--as: ") + notFound.what());
    }
    return *actor_;
}

const po::variable_value* Context::find(const std::string& name) const {
    const auto it = args_.find(name);
    if (it == args_.end() || it->second.empty()) return nullptr;
    return &it->second;
}

bool Context::has(const std::string& name) const {
    const auto* value = find(name);
    if (value == nullptr) return false;
    if (const bool* on = boost::any_cast<bool>(&value->value())) return *on;
    return true;
}

std::optional<std::string> Context::text(const std::string& name) const {
    const auto* value = find(name);
    if (value == nullptr) return std::nullopt;
    if (const auto* string = boost::any_cast<std::string>(&value->value())) return *string;
    return std::nullopt;
}

std::optional<std::int64_t> Context::number(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    std::int64_t result = 0;
    const char* end = value->data() + value->size();
    const auto [ptr, error] = std::from_chars(value->data(), end, result);
    if (error != std::errc() || ptr != end || value->empty())
        throw UsageError("--" + name + " must be a whole number, not " + quotedValue(*value));
    return result;
}

std::optional<int> Context::smallNumber(const std::string& name) const {
    const auto value = number(name);
    if (!value) return std::nullopt;
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        throw ValidationError("--" + name, std::to_string(*value),
                              "--" + name + ": " + std::to_string(*value) + " is far too large");
    return static_cast<int>(*value);
}

std::optional<double> Context::decimal(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    double result = 0;
    const char* end = value->data() + value->size();
    const auto [ptr, error] = std::from_chars(value->data(), end, result);
    if (error != std::errc() || ptr != end || value->empty() || result != result)
        throw UsageError("--" + name + " must be a number such as 12 or 4.5, not " + quotedValue(*value));
    return result;
}

bool Context::flag(const std::string& name) const { return has(name); }

std::optional<bool> Context::yesNo(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    if (*value == "yes" || *value == "true") return true;
    if (*value == "no" || *value == "false") return false;
    throw UsageError("--" + name + " must be yes or no, not " + quotedValue(*value));
}

std::optional<Date> Context::date(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    return parseDate(*value, *clock_, "--" + name);
}

std::optional<Pence> Context::pounds(const std::string& name) const {
    const auto value = text(name);
    if (!value) return std::nullopt;
    return parsePounds("--" + name, *value);
}

OptionalId Context::idOption(const std::string& name) const {
    const auto value = number(name);
    if (value && *value <= 0)
        throw UsageError("--" + name + ": " + notARecordNumber(std::to_string(*value)));
    return value;
}

Id Context::id() const {
    const auto value = optionalId();
    if (!value) throw UsageError("missing ID (" + command_.options().idDescription() + ")");
    return *value;
}

OptionalId Context::optionalId() const {
    const auto value = text("id");
    if (!value) return std::nullopt;
    std::int64_t result = 0;
    const char* end = value->data() + value->size();
    const auto [ptr, error] = std::from_chars(value->data(), end, result);
    if (error != std::errc() || ptr != end || value->empty() || result <= 0)
        throw UsageError(notARecordNumber(*value));
    return result;
}

OptionalId Context::person(const std::string& name) {
    const auto value = text(name);
    if (!value) return std::nullopt;
    try {
        return portfolio().person(*value).id;
    } catch (const NotFound& notFound) {
        throw NotFound("--" + name + ": " + notFound.what());
    }
}

std::string Context::nameOf(OptionalId personId) {
    if (!personId) return "";
    readNames();
    const auto it = names_->find(*personId);
    return it == names_->end() ? "#" + std::to_string(*personId) : it->second;
}

void Context::readNames() {
    if (names_) return;
    names_.emplace();
    for (const auto& person : portfolio().store().listPeople()) (*names_)[person.id] = person.name;
}

void Context::printRows(std::vector<reports::Column> columns, const std::string& whenEmpty,
                        const std::function<void(reports::TableStream&)>& fill) {
    reports::TableStream stream(out_, std::move(columns), format_);
    fill(stream);
    if (format_ == reports::Format::Text && stream.rows() == 0) {
        out_ << whenEmpty << '\n';
        return;
    }
    stream.finish();
}

std::vector<reports::Column> Context::listedColumns(const reports::Table& columns) const {
    if (format_ != reports::Format::Text) return columns.columns();
    std::vector<reports::Column> shown;
    for (const auto& column : columns.columns())
        if (column.inText) shown.push_back(column);
    return shown;
}

void Context::print(const reports::Table& table, const std::string& whenEmpty) {
    if (format_ == reports::Format::Text && table.empty()) {
        out_ << whenEmpty << '\n';
        return;
    }
    out_ << reports::render(table, format_);
}

void Context::print(const reports::Record& record) { out_ << reports::render(record, format_); }

void Context::confirm(const std::string& line, const reports::Record& record) {
    if (format_ == reports::Format::Text)
        out_ << line << '\n';
    else
        out_ << reports::render(record, format_);
}

void Context::note(const std::string& line) {
    if (format_ == reports::Format::Text) out_ << line << '\n';
}

}  // namespace innotrack::cli
