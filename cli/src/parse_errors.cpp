// Boost's own messages ("the option '--reason' is required but missing") name the option but
// not what it is for; these say what was wrong and what the option means.
#include "parse_errors.hpp"

#include "cli/registry.hpp"

#include "tracker/text.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace innotrack::cli {

namespace po = boost::program_options;

namespace {

std::string bare(std::string name) {
    while (!name.empty() && name.front() == '-') name.erase(0, 1);
    return name;
}

const po::option_description* describe(const Command* command, const std::string& name) {
    // "--" on its own leaves an empty name, which every option without a short name matches:
    // Boost then throws ambiguous_option even from find_nothrow, out of the error handler
    // (found by fuzz/cli_fuzz.cpp).
    if (name.empty()) return nullptr;
    if (command != nullptr)
        if (const auto* option = command->options().all().find_nothrow(name, false)) return option;
    return globalOptions().find_nothrow(name, false);
}

std::string purpose(const Command* command, const std::string& name) {
    const auto* option = describe(command, name);
    return option == nullptr ? std::string() : " (" + option->description() + ")";
}

std::string helpHint(const Command* command) {
    return command == nullptr ? " (see: innotrack --help)" : " (see: innotrack " + command->name() + " --help)";
}

// The words after the command that are not options or option values: the first unexpected one
// is what to name when there are too many.
std::vector<std::string> positionalWords(const Command* command, const std::vector<std::string>& arguments) {
    std::vector<std::string> words;
    bool skippedCommandWords = false;
    std::size_t commandWords = command == nullptr ? 0 : command->words().size();
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& token = arguments[i];
        if (token.size() > 1 && token.front() == '-') {
            if (token.find('=') != std::string::npos) continue;
            const auto* option = describe(command, bare(token));
            if (option != nullptr && option->semantic()->min_tokens() > 0) ++i;
            continue;
        }
        if (!skippedCommandWords && commandWords > 0) {
            --commandWords;
            skippedCommandWords = commandWords == 0;
            continue;
        }
        words.push_back(token);
    }
    return words;
}

// "-1" after a command that takes an ID: Boost reads it as an option, but it was meant as the id.
bool looksLikeNegativeNumber(const std::string& token) {
    return token.size() > 1 && token.front() == '-' &&
           std::all_of(token.begin() + 1, token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The option that sets a field the domain calls by another name; every other field is its option
// with dashes for spaces ("cabinet lead" is --cabinet-lead).
std::string optionFor(const std::string& field) {
    static constexpr std::array<std::pair<const char*, const char*>, 22> kOtherNames{{
        {"horizon year", "horizon"},
        {"start date", "start"},
        {"target date", "target"},
        {"due date", "due"},
        {"stop reason", "reason"},
        {"expected benefits", "benefits"},
        {"early warning signs", "warnings"},
        {"community concern", "concern"},
        {"what happened", "what"},
        // The day an event happened, typed as --on (or --since, for the day a stage was reached).
        {"date", "on"},
        {"moved on", "on"},
        {"recorded on", "on"},
        {"stage since", "since"},
        // An idea's criteria and days (cli/src/ideas.cpp).
        {"strategic fit", "fit"},
        {"benefit to residents", "benefit"},
        {"cost to try", "cost"},
        {"evidence from elsewhere", "evidence"},
        {"look again on", "look-again"},
        {"submitted on", "on"},
        {"scored on", "on"},
        {"parked on", "on"},
        {"decided on", "on"},
    }};
    for (const auto& [domain, option] : kOtherNames)
        if (field == domain) return option;
    std::string option = field;
    std::replace(option.begin(), option.end(), ' ', '-');
    return option;
}

}  // namespace

std::string notARecordNumber(const std::string& typed) {
    return quotedValue(typed) + " is not a record number: ids are whole numbers from 1, such as 14";
}

std::string namedAsTyped(const ValidationError& error, const Command* command) {
    const std::string message = error.what();
    const std::string& field = error.field();
    const bool startsWithField = !field.empty() && message.rfind(field, 0) == 0 && message.size() > field.size() &&
                                 (message[field.size()] == ':' || message[field.size()] == ' ');
    if (command == nullptr || !startsWithField || field.front() == '-') return message;
    const std::string option = optionFor(field);
    if (command->options().all().find_nothrow(option, false) == nullptr) return message;
    return "--" + option + message.substr(field.size());
}

std::string reworded(const po::error& error, const Command* command, const std::vector<std::string>& arguments) {
    if (const auto* missing = dynamic_cast<const po::required_option*>(&error)) {
        const std::string name = bare(missing->get_option_name());
        if (name == "id" && command != nullptr)
            return "missing ID (" + command->options().idDescription() + ")";
        return "missing --" + name + purpose(command, name);
    }
    if (const auto* unknown = dynamic_cast<const po::unknown_option*>(&error)) {
        if (command != nullptr && command->options().takesId() && looksLikeNegativeNumber(unknown->get_option_name()))
            return notARecordNumber(unknown->get_option_name());
        return "unknown option " + unknown->get_option_name() + helpHint(command);
    }
    if (const auto* repeated = dynamic_cast<const po::multiple_occurrences*>(&error)) {
        const std::string name = bare(repeated->get_option_name());
        return (name == "id" ? std::string("ID") : "--" + name) + " is given more than once";
    }
    if (const auto* syntax = dynamic_cast<const po::invalid_command_line_syntax*>(&error)) {
        const std::string name = bare(syntax->get_option_name());
        switch (syntax->kind()) {
            case po::invalid_syntax::missing_parameter:
                return "--" + name + " needs a value" + purpose(command, name);
            case po::invalid_syntax::extra_parameter:
                return "--" + name + " takes no value; give it on its own";
            default:
                break;
        }
    }
    if (dynamic_cast<const po::too_many_positional_options_error*>(&error)) {
        const auto words = positionalWords(command, arguments);
        const bool takesId = command != nullptr && command->options().takesId();
        const std::string extra = words.size() > (takesId ? 1u : 0u) ? words[takesId ? 1 : 0] : std::string("?");
        return "unexpected '" + extra.substr(0, 40) + "'; " +
               (takesId ? "this command takes one ID" : "this command takes no ID") +
               " and its values follow options such as --title" + helpHint(command);
    }
    return std::string(error.what()) + helpHint(command);
}

}  // namespace innotrack::cli
