// Boost's own messages ("the option '--reason' is required but missing") name the option but
// not what it is for; these say what was wrong and what the option means.
#include "parse_errors.hpp"

#include "cli/registry.hpp"

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

}  // namespace

std::string reworded(const po::error& error, const Command* command, const std::vector<std::string>& arguments) {
    if (const auto* missing = dynamic_cast<const po::required_option*>(&error)) {
        const std::string name = bare(missing->get_option_name());
        if (name == "id" && command != nullptr)
            return "missing ID (" + command->options().idDescription() + ")";
        return "missing --" + name + purpose(command, name);
    }
    if (const auto* unknown = dynamic_cast<const po::unknown_option*>(&error))
        return "unknown option " + unknown->get_option_name() + helpHint(command);
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
