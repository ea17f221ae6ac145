// Every command registered in one list; `innotrack --help` and each group's and command's help
// are generated from it, so help can never forget a command.
#include "cli/registry.hpp"

#include "commands.hpp"
#include "checklist_commands.hpp"
#include "decision_commands.hpp"
#include "exchange_commands.hpp"
#include "idea_commands.hpp"
#include "report_board.hpp"
#include "report_public.hpp"
#include "report_wellbeing.hpp"
#include "report_tally.hpp"
#include "report_trend.hpp"

#include "innotrack/version.hpp"

#include <boost/program_options/value_semantic.hpp>

#include <algorithm>

namespace innotrack::cli {

namespace po = boost::program_options;

namespace {

CommandList makeAll() {
    using namespace commands;
    CommandList list;
    const auto add = [&list](Made command) { list.push_back(std::move(command)); };
    // The portfolio as a whole
    add(init());
    add(demo());
    add(stageBoard());
    add(check());
    add(backup());
    add(history());
    add(auditVerify());
    // Entities, each with add, list, show and update
    add(personAdd());
    add(personList());
    add(personShow());
    add(personUpdate());
    add(ambitionAdd());
    add(ambitionList());
    add(ambitionShow());
    add(ambitionUpdate());
    add(innovationAdd());
    add(innovationList());
    add(innovationShow());
    add(innovationUpdate());
    add(innovationStage());
    add(milestoneAdd());
    add(milestoneList());
    add(milestoneShow());
    add(milestoneUpdate());
    add(milestoneDone());
    add(milestoneMove());
    add(riskAdd());
    add(riskList());
    add(riskShow());
    add(riskUpdate());
    add(riskClose());
    add(riskOccurred());
    add(setbackLog());
    add(setbackList());
    add(setbackShow());
    add(setbackUpdate());
    add(lessonAdd());
    add(lessonList());
    add(lessonShow());
    add(lessonUpdate());
    add(benefitAdd());
    add(benefitList());
    add(benefitShow());
    add(benefitUpdate());
    add(benefitRealise());
    add(engagementAdd());
    add(engagementList());
    add(engagementShow());
    add(engagementUpdate());
    add(decisionAdd());
    add(decisionList());
    add(decisionShow());
    add(decisionUpdate());
    add(decisionNotice());
    add(decisionException());
    add(decisionUrgency());
    add(decisionRecord());
    add(decisionThreshold());
    add(decisionNation());
    add(reviewStart());
    add(reviewRecord());
    add(reviewClose());
    add(reviewAbandon());
    add(reviewList());
    add(reviewShow());
    add(checklistAnswer());
    add(checklistList());
    add(ideaSubmit());
    add(ideaUpdate());
    add(ideaList());
    add(ideaShow());
    add(ideaScore());
    add(ideaPromote());
    add(ideaDecline());
    add(ideaPark());
    add(ideaGate());
    // Reports
    add(reportTally());
    add(reportTrend());
    add(reportBoard());
    add(reportPublic());
    add(reportChecklist());
    add(reportIdeas());
    add(reportForwardPlan());
    add(reportDecision());
    add(reportWellbeing());
    // Data in and out
    add(importPortfolio());
    for (const exchange::Register reg : exchange::allRegisters()) add(importRegister(reg));
    add(exportPortfolio());
    add(copyPortfolio());
    for (const exchange::Register reg : exchange::allRegisters()) add(exportRegister(reg));
    return list;
}

constexpr std::size_t kOptionColumn = 28;
constexpr std::size_t kHelpWidth = 80;

// Lays out units (words, or "[--on DATE]") in lines of at most 80 columns; the text starts at
// column `indent` and continues under itself.
std::string laidOut(const std::vector<std::string>& units, std::size_t indent) {
    const std::size_t room = kHelpWidth - indent;
    std::string out;
    std::string line;
    for (const auto& unit : units) {
        if (!line.empty() && line.size() + 1 + unit.size() > room) {
            out += line + "\n" + std::string(indent, ' ');
            line.clear();
        }
        line += (line.empty() ? "" : " ") + unit;
    }
    return out + line;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string wrapped(const std::string& text, std::size_t indent = kOptionColumn) {
    return laidOut(words(text), indent);
}

// A usage line breaks only between options: "[--email ADDRESS]" and "--due DATE" stay whole.
std::string wrappedUsage(const std::string& usage, std::size_t indent) {
    std::vector<std::string> units;
    int depth = 0;
    for (const auto& word : words(usage)) {
        const bool joinsBracket = depth > 0;
        const bool isValue = !units.empty() && units.back().rfind("--", 0) == 0 &&
                             units.back().find(' ') == std::string::npos && word.front() != '-' &&
                             word.front() != '[';
        if (joinsBracket || isValue)
            units.back() += " " + word;
        else
            units.push_back(word);
        for (char c : word) depth += c == '[' ? 1 : (c == ']' ? -1 : 0);
    }
    return laidOut(units, indent);
}

// "  --reason TEXT              the reason the date moves (required)"
std::string optionLines(const po::options_description& options) {
    std::string out;
    for (const auto& option : options.options()) {
        const auto& semantic = *option->semantic();
        std::string left = "  --" + option->long_name();
        if (semantic.max_tokens() > 0) {
            const std::string parameter = option->format_parameter();
            const bool implicit = semantic.min_tokens() == 0;
            left += implicit ? "[=yes|no]" : " " + parameter;
        }
        std::string line = left;
        if (line.size() + 2 > kOptionColumn)
            line += "\n" + std::string(kOptionColumn, ' ');
        else
            line += std::string(kOptionColumn - line.size(), ' ');
        line += wrapped(option->description() + (semantic.is_required() ? " (required)" : ""));
        out += line + '\n';
    }
    return out;
}

std::string commandLine(const Command& command, std::size_t nameWidth) {
    std::string name = command.name();
    name += std::string(nameWidth > name.size() ? nameWidth - name.size() : 0, ' ');
    return "  " + name + "  " + wrapped(command.summary(), nameWidth + 4) + '\n';
}

}  // namespace

const CommandList& allCommands() {
    static const CommandList list = makeAll();
    return list;
}

const Command* findCommand(const std::vector<std::string>& words) {
    for (const auto& command : allCommands())
        if (command->words() == words) return command.get();
    return nullptr;
}

std::vector<std::string> groups() {
    std::vector<std::string> out;
    for (const auto& command : allCommands()) {
        const std::string group = command->group();
        if (!group.empty() && std::find(out.begin(), out.end(), group) == out.end()) out.push_back(group);
    }
    return out;
}

bool isGroup(const std::string& word) {
    const auto all = groups();
    return std::find(all.begin(), all.end(), word) != all.end();
}

std::string commandsOf(const std::string& group) {
    std::vector<std::string> names;
    for (const auto& command : allCommands())
        if (command->group() == group) names.push_back(command->words().back());
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : (i + 1 == names.size() ? " or " : ", ")) + names[i];
    return out;
}

const po::options_description& globalOptions() {
    static const po::options_description options = [] {
        po::options_description global("Global options");
        global.add_options()(
            "db", po::value<std::string>()->value_name("LOCATION"),
            "the portfolio: a file, or a shared portfolio on a server (postgresql://host/council) (default "
            "$INNOTRACK_DB, else $XDG_DATA_HOME/innotrack/portfolio.db, else ~/.local/share/innotrack/portfolio.db)")(
            "as", po::value<std::string>()->value_name("PERSON"),
            "who is making the change, by id or name (default $INNOTRACK_USER); needed for every change")(
            "format", po::value<std::string>()->value_name("FORMAT"), "output as text, csv or json (default text); reports also as md, html or pdf")(
            "help,h", po::bool_switch(), "show help for the program, a group or a command")(
            "version", po::bool_switch(), "show the version");
        return global;
    }();
    return options;
}

std::string versionLine() { return std::string("innotrack ") + kVersion; }

std::string programHelp() {
    std::size_t width = 0;
    for (const auto& command : allCommands()) width = std::max(width, command->name().size());
    std::string out = versionLine() + ": run a council's portfolio of priority innovations\n\n";
    out += "Usage: innotrack [--db FILE] [--as PERSON] [--format FORMAT] COMMAND [OPTIONS]\n\n";
    out += "Commands for the whole portfolio:\n";
    for (const auto& command : allCommands())
        if (command->group().empty()) out += commandLine(*command, width);
    for (const auto& group : groups()) {
        out += "\n";
        for (const auto& command : allCommands())
            if (command->group() == group) out += commandLine(*command, width);
    }
    out += "\nGlobal options (before or after the command):\n" + optionLines(globalOptions());
    out += "\nEnvironment: INNOTRACK_DB and INNOTRACK_USER as above, and\nINNOTRACK_TODAY=YYYY-MM-DD, which "
           "fixes \"today\" so runs are repeatable.\n";
    out += "Run 'innotrack GROUP --help' or 'innotrack GROUP COMMAND --help' for details.\n";
    return out;
}

std::string groupHelp(const std::string& group) {
    std::size_t width = 0;
    for (const auto& command : allCommands())
        if (command->group() == group) width = std::max(width, command->name().size());
    std::string out = "Usage: innotrack " + group + " COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& command : allCommands())
        if (command->group() == group) out += commandLine(*command, width);
    out += "\nRun 'innotrack " + group + " COMMAND --help' for a command's options.\n";
    return out;
}

std::string commandHelp(const Command& command) {
    const std::string head = "Usage: innotrack " + command.name();
    std::string out = command.usage().empty() ? head : head + " " + wrappedUsage(command.usage(), head.size() + 1);
    out += "\n\n" + command.summary() + ".\n";
    if (command.options().takesId())
        out += "\nID: " + command.options().idDescription() + (command.options().idRequired() ? "" : ", optional") +
               ".\n";
    if (!command.options().shown().options().empty()) out += "\nOptions:\n" + optionLines(command.options().shown());
    out += "\nGlobal options:\n" + optionLines(globalOptions());
    if (command.writes() && command.access() == Access::Writes)
        out += "\nThis command changes the portfolio: give --as PERSON or set INNOTRACK_USER.\n";
    // "export" is a command and a group ("export risks"): its help lists both.
    if (command.group().empty() && isGroup(command.name())) {
        std::size_t width = 0;
        for (const auto& other : allCommands())
            if (other->group() == command.name()) width = std::max(width, other->name().size());
        out += "\nOne register at a time:\n";
        for (const auto& other : allCommands())
            if (other->group() == command.name()) out += commandLine(*other, width);
    }
    return out;
}

}  // namespace innotrack::cli
