// The command registry and the help and usage errors generated from it, checked in-process.
#include "cli/registry.hpp"
#include "cli/run.hpp"
#include "files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

using namespace innotrack::cli;

namespace {

struct InProcess {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Fails the case if anything opens a portfolio.
class RefusingOpener final : public innotrack::PortfolioOpener {
public:
    std::unique_ptr<innotrack::PortfolioBackend> open(const std::string&, innotrack::OpenPurpose) const override {
        throw std::logic_error("a help or usage case opened the portfolio");
    }
    std::unique_ptr<innotrack::PortfolioBackend> openScratch() const override {
        throw std::logic_error("a help or usage case opened a scratch portfolio");
    }
};

// No storage: every case here must be answered before a file is opened.
InProcess runInProcess(const std::vector<std::string>& arguments) {
    std::ostringstream out;
    std::ostringstream err;
    const Environment noEnvironment = [](const std::string&) -> std::optional<std::string> { return std::nullopt; };
    const RefusingOpener refuse;
    const int code = run(arguments, out, err, noEnvironment, refuse);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("command words are unique", "[cli][registry]") {
    std::set<std::vector<std::string>> seen;
    for (const auto& command : allCommands()) {
        INFO(command->name());
        CHECK(seen.insert(command->words()).second);
        CHECK((command->words().size() == 1 || command->words().size() == 2));
    }
    CHECK(seen.size() == allCommands().size());
}

TEST_CASE("a one-word command shares its word with a group only for import and export", "[cli][registry]") {
    // "export --format xlsx" (the whole portfolio) beside "export risks" (one register).
    for (const auto& command : allCommands()) {
        INFO(command->name());
        const std::string& word = command->words().front();
        if (command->group().empty() && word != "import" && word != "export") CHECK_FALSE(isGroup(word));
    }
    CHECK(findCommand({"import"}) != nullptr);
    CHECK(findCommand({"export"}) != nullptr);
    CHECK(isGroup("import"));
    CHECK(isGroup("export"));
}

TEST_CASE("every command has a summary and appears in the generated help", "[cli][registry]") {
    const std::string program = programHelp();
    for (const auto& command : allCommands()) {
        INFO(command->name());
        CHECK_FALSE(command->summary().empty());
        CHECK(program.find("  " + command->name() + " ") != std::string::npos);
        if (!command->group().empty())
            CHECK(groupHelp(command->group()).find(command->name()) != std::string::npos);
        const std::string help = commandHelp(*command);
        CHECK(help.find("Usage: innotrack " + command->name()) != std::string::npos);
        for (const auto& option : command->options().shown().options()) {
            INFO("--" << option->long_name());
            CHECK_FALSE(option->description().empty());
            CHECK(help.find("--" + option->long_name()) != std::string::npos);
        }
    }
}

TEST_CASE("help fits 80 columns", "[cli][registry]") {
    std::vector<std::string> pages{programHelp()};
    for (const auto& group : groups()) pages.push_back(groupHelp(group));
    for (const auto& command : allCommands()) pages.push_back(commandHelp(*command));
    for (const auto& page : pages) {
        std::istringstream lines(page);
        for (std::string line; std::getline(lines, line);) {
            INFO(line);
            CHECK(line.size() <= 80);
            CHECK((line.empty() || line.back() != ' '));
        }
    }
}

TEST_CASE("every entity group can add, list, show and update", "[cli][registry]") {
    const std::vector<std::string> entities = {"person", "ambition", "innovation", "milestone", "risk",
                                               "setback", "lesson", "benefit", "engagement", "review", "decision"};
    for (const auto& group : entities) {
        INFO(group);
        CHECK((findCommand({group, "add"}) != nullptr || findCommand({group, "log"}) != nullptr ||
               findCommand({group, "start"}) != nullptr));
        CHECK(findCommand({group, "list"}) != nullptr);
        CHECK(findCommand({group, "show"}) != nullptr);
        if (group != "review") CHECK(findCommand({group, "update"}) != nullptr);
    }
    // Every other group is one that is not a kind of record: the checklist, the reports, the
    // registers imported and exported, and the audit trail's checks; or ideas, which are
    // submitted and decided rather than added, and corrected by update.
    CHECK(findCommand({"idea", "submit"}) != nullptr);
    CHECK(findCommand({"idea", "update"}) != nullptr);
    CHECK(findCommand({"idea", "list"}) != nullptr);
    CHECK(findCommand({"idea", "show"}) != nullptr);
    for (const auto& group : groups()) {
        INFO(group);
        const bool entity = std::find(entities.begin(), entities.end(), group) != entities.end();
        CHECK((entity || group == "checklist" || group == "report" || group == "import" || group == "export" ||
               group == "audit" || group == "idea"));
    }
}

TEST_CASE("list and show commands only read, add and update commands write", "[cli][registry]") {
    for (const auto& command : allCommands()) {
        INFO(command->name());
        const std::string& last = command->words().back();
        if (last == "list" || last == "show") CHECK_FALSE(command->writes());
        if (last == "add" || last == "update") CHECK(command->access() == Access::Writes);
    }
    CHECK(findCommand({"init"})->access() == Access::Creates);
}

TEST_CASE("help at every level prints help and exits 0", "[cli][registry]") {
    const auto top = runInProcess({"--help"});
    CHECK(top.exitCode == 0);
    CHECK(top.out == programHelp());

    const auto group = runInProcess({"milestone", "--help"});
    CHECK(group.exitCode == 0);
    CHECK(group.out == groupHelp("milestone"));

    const auto command = runInProcess({"milestone", "move", "--help"});
    CHECK(command.exitCode == 0);
    CHECK(command.out == commandHelp(*findCommand({"milestone", "move"})));
    CHECK(command.out.find("--reason TEXT") != std::string::npos);

    const auto nothing = runInProcess({});
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out == programHelp());
}

TEST_CASE("a word that is both a command and a group reaches the right command", "[cli][registry]") {
    // "export --help" is the whole-portfolio export, and its help lists the registers too.
    const auto whole = runInProcess({"export", "--help"});
    CHECK(whole.exitCode == 0);
    CHECK(whole.out == commandHelp(*findCommand({"export"})));
    CHECK(whole.out.find("export risks") != std::string::npos);

    const auto one = runInProcess({"export", "risks", "--help"});
    CHECK(one.exitCode == 0);
    CHECK(one.out == commandHelp(*findCommand({"export", "risks"})));

    // Global options may stand between the words.
    const auto between = runInProcess({"import", "--db", "x.db", "milestones", "--help"});
    CHECK(between.exitCode == 0);
    CHECK(between.out == commandHelp(*findCommand({"import", "milestones"})));

    // A second word that names no register is the one-word command's file, not a command.
    const auto file = runInProcess({"import", "portfolio.json", "--help"});
    CHECK(file.exitCode == 0);
    CHECK(file.out == commandHelp(*findCommand({"import"})));
}

TEST_CASE("the version option prints the version", "[cli][registry]") {
    const auto result = runInProcess({"--version"});
    CHECK(result.exitCode == 0);
    CHECK(result.out == versionLine() + "\n");
    CHECK(result.out.rfind("innotrack ", 0) == 0);
}

TEST_CASE("usage errors are one line naming the option, with exit 2", "[cli][registry]") {
    const auto missing = runInProcess({"milestone", "move", "3", "--to", "2026-05-01"});
    CHECK(missing.exitCode == kExitUsage);
    CHECK(missing.err == "innotrack milestone move: missing --reason (the reason the date moves)\n");

    const auto missingId = runInProcess({"milestone", "done"});
    CHECK(missingId.exitCode == kExitUsage);
    CHECK(missingId.err == "innotrack milestone done: missing ID (the milestone's number)\n");

    const auto unknownOption = runInProcess({"milestone", "list", "--colour", "red"});
    CHECK(unknownOption.exitCode == kExitUsage);
    CHECK(unknownOption.err.find("unknown option --colour") != std::string::npos);

    const auto guessed = runInProcess({"milestone", "add", "--tit", "x"});
    CHECK(guessed.exitCode == kExitUsage);
    CHECK(guessed.err.find("unknown option --tit") != std::string::npos);

    const auto unknownCommand = runInProcess({"frobnicate"});
    CHECK(unknownCommand.exitCode == kExitUsage);
    CHECK(unknownCommand.err == "innotrack: unknown command 'frobnicate' (see: innotrack --help)\n");

    const auto unknownSub = runInProcess({"milestone", "explode"});
    CHECK(unknownSub.exitCode == kExitUsage);
    CHECK(unknownSub.err.find("unknown command 'milestone explode'") != std::string::npos);
    CHECK(unknownSub.err.find("add, list, show, update, done or move") != std::string::npos);

    const auto twice = runInProcess({"ambition", "add", "--title", "a", "--title", "b", "--horizon", "2040"});
    CHECK(twice.exitCode == kExitUsage);
    CHECK(twice.err.find("--title is given more than once") != std::string::npos);

    const auto extra = runInProcess({"milestone", "show", "3", "4"});
    CHECK(extra.exitCode == kExitUsage);
    CHECK(extra.err.find("unexpected '4'") != std::string::npos);

    for (const auto* result : {&missing, &missingId, &unknownOption, &unknownCommand, &twice, &extra}) {
        CHECK(result->out.empty());
        CHECK(std::count(result->err.begin(), result->err.end(), '\n') == 1);
    }
}

TEST_CASE("docs/COMMANDS.md shows every command's current help", "[cli][registry]") {
    const std::string doc = innotrack::testing::readFile(std::string(INNOTRACK_DOCS_DIR) + "/COMMANDS.md");
    REQUIRE(!doc.empty());
    for (const auto& command : allCommands()) {
        INFO(command->name() << ": regenerate with cli/make_commands_doc.sh");
        std::string help = commandHelp(*command);
        help = help.substr(0, help.find("\nGlobal options:"));
        while (!help.empty() && help.back() == '\n') help.pop_back();
        CHECK(doc.find("#### innotrack " + command->name() + "\n\n```\n" + help + "\n```") != std::string::npos);
    }
}
