// Reading a command line: find the command's words, parse its options with
// Boost.Program_options, run it, and turn every failure into one line and an exit status.
#include "cli/run.hpp"

#include "cli/registry.hpp"
#include "parse_errors.hpp"

#include "tracker/errors.hpp"
#include "tracker/retry.hpp"

#include <boost/program_options/parsers.hpp>

#include <sstream>

namespace innotrack::cli {

namespace po = boost::program_options;

namespace {

// Global options that take a value, so the word after them is not a command word.
bool isGlobalWithValue(const std::string& token) { return token == "--db" || token == "--as" || token == "--format"; }

bool isGlobalToken(const std::string& token) {
    return token == "--help" || token == "-h" || token == "--version" || token.rfind("--db=", 0) == 0 ||
           token.rfind("--as=", 0) == 0 || token.rfind("--format=", 0) == 0;
}

struct Split {
    std::vector<std::string> words;  // the command's words, at most two
    std::vector<std::string> rest;   // everything else, in order
};

// Command words come first, though global options may stand before or between them:
// "innotrack --db x.db milestone list".
Split splitWords(const std::vector<std::string>& arguments) {
    Split split;
    bool collecting = true;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& token = arguments[i];
        if (collecting && isGlobalWithValue(token)) {
            split.rest.push_back(token);
            if (i + 1 < arguments.size()) split.rest.push_back(arguments[++i]);
            continue;
        }
        if (collecting && isGlobalToken(token)) {
            split.rest.push_back(token);
            continue;
        }
        const bool isWord = !token.empty() && token.front() != '-';
        if (collecting && isWord) {
            split.words.push_back(token);
            // A one-word command, or a group and its command, ends the words. A word that is both
            // a command and a group ("export", "export risks") takes a second word if one follows.
            if ((findCommand(split.words) != nullptr && !isGroup(split.words.front())) ||
                split.words.size() == 2 || !isGroup(split.words.front()))
                collecting = false;
            continue;
        }
        collecting = false;
        split.rest.push_back(token);
    }
    return split;
}

int style() {
    // No guessing: "--tit" must not quietly mean "--title".
    return po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
}

// Messages quote what was typed, which may hold new lines or terminal escapes: the line printed
// is always one line of printable text (ESC in a date once reached the terminal).
std::string oneLine(std::string message) {
    for (char& c : message) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = '?';
    }
    return message;
}

// No command: --version, --help, or nothing at all.
int runWithoutCommand(const std::vector<std::string>& rest, std::ostream& out) {
    po::variables_map args;
    po::store(po::command_line_parser(rest).options(globalOptions()).style(style()).run(), args);
    if (args["version"].as<bool>()) {
        out << versionLine() << '\n';
        return kExitOk;
    }
    if (args["help"].as<bool>() || rest.empty()) {
        out << programHelp();
        return kExitOk;
    }
    throw UsageError("no command given (see: innotrack --help)");
}

int runGroup(const std::string& group, const std::vector<std::string>& rest, std::ostream& out) {
    po::variables_map args;
    po::store(po::command_line_parser(rest).options(globalOptions()).style(style()).run(), args);
    if (args["help"].as<bool>()) {
        out << groupHelp(group);
        return kExitOk;
    }
    throw UsageError("which " + group + " command? " + commandsOf(group) + " (see: innotrack " + group + " --help)");
}

int runCommand(const Command& command, const std::vector<std::string>& rest, std::ostream& out, std::ostream& err,
               const Environment& environment, const PortfolioOpener& opener) {
    po::options_description all;
    all.add(globalOptions()).add(command.options().all());
    po::variables_map args;
    po::store(po::command_line_parser(rest)
                  .options(all)
                  .positional(command.options().positional())
                  .style(style())
                  .run(),
              args);
    if (args["help"].as<bool>()) {
        out << commandHelp(command);
        return kExitOk;
    }
    if (args["version"].as<bool>()) {
        out << versionLine() << '\n';
        return kExitOk;
    }
    po::notify(args);  // only now, so --help works without the required options
    if (command.access() == Access::Reads) {
        Context context(command, args, out, err, environment, opener);
        command.execute(context);
        return context.exitCode();
    }
    // A change that collided with another desk's is made again from the start, so what it printed
    // is kept back until it has landed.
    return retryWhenBusy([&] {
        std::ostringstream heldOut, heldErr;
        Context context(command, args, heldOut, heldErr, environment, opener);
        command.execute(context);
        context.finish();
        out << heldOut.str();
        err << heldErr.str();
        return context.exitCode();
    });
}

}  // namespace

int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
        const Environment& environment, const PortfolioOpener& opener) {
    const Command* command = nullptr;
    std::string prefix = "innotrack: ";
    // Hidden, for packaging: the bash completion script made from the command list.
    if (arguments == std::vector<std::string>{"--completion", "bash"}) {
        out << bashCompletion();
        return kExitOk;
    }
    try {
        const Split split = splitWords(arguments);
        if (split.words.empty()) return runWithoutCommand(split.rest, out);
        command = findCommand(split.words);
        if (command == nullptr && split.words.size() == 2 && findCommand({split.words.front()}) != nullptr) {
            // "import portfolio.json": the second word was the one-word command's argument.
            command = findCommand({split.words.front()});
            std::vector<std::string> rest{split.words[1]};
            rest.insert(rest.end(), split.rest.begin(), split.rest.end());
            prefix = "innotrack " + command->name() + ": ";
            return runCommand(*command, rest, out, err, environment, opener);
        }
        if (command == nullptr) {
            const std::string& first = split.words.front();
            if (!isGroup(first)) throw UsageError("unknown command '" + first + "' (see: innotrack --help)");
            if (split.words.size() == 1) {
                prefix = "innotrack " + first + ": ";
                return runGroup(first, split.rest, out);
            }
            throw UsageError("unknown command '" + first + " " + split.words[1] + "'; " + first + " has " +
                             commandsOf(first) + " (see: innotrack " + first + " --help)");
        }
        prefix = "innotrack " + command->name() + ": ";
        return runCommand(*command, split.rest, out, err, environment, opener);
    } catch (const po::error& error) {
        err << prefix << oneLine(reworded(error, command, arguments)) << '\n';
        return kExitUsage;
    } catch (const UsageError& error) {
        err << prefix << oneLine(error.what()) << '\n';
        return kExitUsage;
    } catch (const StorageError& error) {
        err << "innotrack: " << oneLine(error.what()) << '\n';
        return kExitStorage;
    } catch (const ValidationError& error) {
        err << "innotrack: " << oneLine(namedAsTyped(error, command)) << '\n';
        return kExitRefused;
    } catch (const Error& error) {
        // NotFound, ConflictError, PermissionDenied: the person can put it right.
        err << "innotrack: " << oneLine(error.what()) << '\n';
        return kExitRefused;
    } catch (const std::exception& error) {
        err << "innotrack: innotrack went wrong (" << oneLine(error.what())
            << "); please report this, with the command you ran" << '\n';
        return kExitStorage;
    }
}

}  // namespace innotrack::cli
