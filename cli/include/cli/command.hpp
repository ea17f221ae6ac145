// One command of the innotrack program: how it describes itself, the options it takes, and
// the one function that runs it. Shaped after Taskwarrior's Command.h.
#pragma once

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/positional_options.hpp>

#include <string>
#include <vector>

namespace innotrack::cli {

class Context;

// What a command does to the portfolio file, which decides how the file is opened and whether
// --as is required.
enum class Access {
    Reads,          // opened read-only; --as not needed
    Writes,         // opened for writing; --as required
    Creates,        // init: the file must not exist yet
    CreatesOrFills  // demo: a new file, or an existing portfolio with nobody in it
};

enum class Need { Optional, Required };

// The options one command takes. Descriptions are noun phrases ("the reason the date moves")
// because a missing option is reported as "missing --reason (the reason the date moves)".
class Options {
public:
    Options();

    // --name VALUE, taken as text and checked by the command (dates, money, scales, people).
    Options& text(const char* name, const char* valueName, const char* description, Need need = Need::Optional);
    // --name N: a whole number; anything else is wrong usage.
    Options& number(const char* name, const char* valueName, const char* description, Need need = Need::Optional);
    // --name N: a number that may have a fractional part.
    Options& decimal(const char* name, const char* valueName, const char* description, Need need = Need::Optional);
    // --name on its own sets it.
    Options& flag(const char* name, const char* description);
    // --name [yes|no]: on its own means yes; `update` can set it back with --name=no.
    Options& yesNo(const char* name, const char* description);
    // The record's number as the first word after the command: "innotrack milestone done 14".
    Options& id(const char* description, Need need = Need::Required);
    // A file as the first word after the command ("innotrack import risks risks.csv"), or as
    // --file FILE; shown in the help as --file. The command checks it was given.
    Options& file(const std::string& description);

    const boost::program_options::options_description& shown() const { return shown_; }
    const boost::program_options::options_description& all() const { return all_; }
    const boost::program_options::positional_options_description& positional() const { return positional_; }
    bool takesId() const { return takesId_; }
    bool idRequired() const { return idRequired_; }
    const std::string& idDescription() const { return idDescription_; }

private:
    void add(const char* name, const boost::program_options::value_semantic* value, const char* description);

    boost::program_options::options_description shown_;
    boost::program_options::options_description all_;
    boost::program_options::positional_options_description positional_;
    bool takesId_ = false;
    bool idRequired_ = false;
    std::string idDescription_;
};

class Command {
public:
    Command(std::vector<std::string> words, std::string summary, std::string usage, Access access);
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // {"milestone", "move"}; a command of the whole portfolio has one word ({"check"}).
    const std::vector<std::string>& words() const { return words_; }
    std::string name() const;  // "milestone move"
    // The entity group ("milestone"), or "" for a one-word command.
    std::string group() const;
    const std::string& summary() const { return summary_; }
    // What follows the words, e.g. "ID --to DATE --reason TEXT".
    const std::string& usage() const { return usage_; }
    Access access() const { return access_; }
    bool writes() const { return access_ != Access::Reads; }
    const Options& options() const { return options_; }

    virtual void execute(Context& context) const = 0;

protected:
    Options& declare() { return options_; }

private:
    std::vector<std::string> words_;
    std::string summary_;
    std::string usage_;
    Access access_;
    Options options_;
};

}  // namespace innotrack::cli
