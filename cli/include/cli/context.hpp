// What a running command works with: its parsed options, the output streams, the clock, the
// acting person and the portfolio, opened the way the command needs.
#pragma once

#include "cli/command.hpp"
#include "reports/table.hpp"
#include "reports/table_stream.hpp"
#include "tracker/backend.hpp"
#include "tracker/portfolio.hpp"

#include <boost/program_options/variables_map.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace innotrack::cli {

// The command line was used wrongly (exit 2). The message names the option and the value.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The process environment, passed in so tests can run commands against a chosen one.
using Environment = std::function<std::optional<std::string>(const std::string& name)>;
Environment systemEnvironment();

// What opening the portfolio is for, by what the command does with it.
OpenPurpose openPurpose(Access access);

class Context {
public:
    Context(const Command& command, const boost::program_options::variables_map& args, std::ostream& out,
            std::ostream& err, Environment environment, const PortfolioOpener& opener);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const Command& command() const { return command_; }
    std::ostream& out() { return out_; }
    std::ostream& err() { return err_; }
    const Clock& clock() const { return *clock_; }
    reports::Format format() const { return format_; }

    // Where the portfolio is: --db, else $INNOTRACK_DB, else the file
    // $XDG_DATA_HOME/innotrack/portfolio.db, else ~/.local/share/innotrack/portfolio.db.
    std::string location() const;
    // Opened on first use, for what the command does (openPurpose), by the opener main() chose.
    PortfolioBackend& backend();
    Portfolio& portfolio();
    // Saves what the command changed; until then nothing it did has landed (see backend()).
    void finish();
    // For a command that opens more than one portfolio (copy).
    const PortfolioOpener& opener() const { return opener_; }
    // The person named by --as (or $INNOTRACK_USER). Throws UsageError when neither is given.
    const Person& actor();

    // ---- the command's options, read and checked -------------------------------------------
    bool has(const std::string& name) const;
    std::optional<std::string> text(const std::string& name) const;
    std::optional<std::int64_t> number(const std::string& name) const;
    std::optional<int> smallNumber(const std::string& name) const;  // fits an int
    std::optional<double> decimal(const std::string& name) const;
    bool flag(const std::string& name) const;
    std::optional<bool> yesNo(const std::string& name) const;
    std::optional<Date> date(const std::string& name) const;
    // The day a report is read as of: --on, which may not be after today, else today. `what`
    // names the report in the refusal ("the checklist").
    Date asOf(const std::string& what) const;
    std::optional<Pence> pounds(const std::string& name) const;
    template <typename E>
    std::optional<E> scale(const std::string& name) const {
        const auto value = text(name);
        if (!value) return std::nullopt;
        return parseScale<E>("--" + name, *value);
    }
    // The record's number given after the command words.
    Id id() const;
    OptionalId optionalId() const;
    // A person named by id or name in option `name`; NotFound names the option.
    OptionalId person(const std::string& name);
    // An id option (--innovation 3).
    OptionalId idOption(const std::string& name) const;

    // A person's name for display, "" for nobody, "#7" for an id that is not in the file.
    std::string nameOf(OptionalId personId);
    // Reads every person's name now, for a list that names people while the store hands its rows
    // over (when the store can answer nothing else).
    void readNames();

    // ---- output -------------------------------------------------------------------------------
    // A list: the table in the chosen format; in text, `whenEmpty` instead of an empty table.
    void print(const reports::Table& table, const std::string& whenEmpty);
    // A list too long to hold: `fill` adds each row to the stream as the store hands it over, and
    // each is written as it comes (text holds the first kTextWindow rows to size its columns:
    // reports/table_stream.hpp); in text, `whenEmpty` when no row came.
    void printRows(std::vector<reports::Column> columns, const std::string& whenEmpty,
                   const std::function<void(reports::TableStream&)>& fill);
    // The columns a streamed list prints, for printRows and its rows: in text only those a person
    // reads (Column::inText), so no cell is made for the ids and long fields the text leaves out;
    // in CSV and JSON every column.
    std::vector<reports::Column> listedColumns(const reports::Table& columns) const;
    void print(const reports::Record& record);
    // A write's result: the one confirming line in text, the written record in CSV or JSON.
    void confirm(const std::string& line, const reports::Record& record);
    // A line of text (in text format) such as a summary; nothing in CSV or JSON.
    void note(const std::string& line);
    // The process's exit status when the command finishes without an exception: `check`
    // reports problems with 1.
    void setExitCode(int code) { exitCode_ = code; }
    int exitCode() const { return exitCode_; }

private:
    const boost::program_options::variable_value* find(const std::string& name) const;

    const Command& command_;
    const boost::program_options::variables_map& args_;
    std::ostream& out_;
    std::ostream& err_;
    Environment environment_;
    const PortfolioOpener& opener_;
    std::unique_ptr<Clock> clock_;
    reports::Format format_ = reports::Format::Text;
    std::unique_ptr<PortfolioBackend> backend_;
    std::unique_ptr<Portfolio> portfolio_;
    // Last, so that a command that fails rolls back before the portfolio closes.
    std::unique_ptr<WriteTransaction> transaction_;
    std::optional<Person> actor_;
    std::optional<std::map<Id, std::string>> names_;
    int exitCode_ = 0;
};

}  // namespace innotrack::cli
