// The bash completion script, generated from the command list so it can never offer a command
// or option the program does not have, nor miss one it has.
#include "cli/registry.hpp"

#include <string>
#include <vector>

namespace innotrack::cli {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : " ") + item;
    return out;
}

std::vector<std::string> longNames(const boost::program_options::options_description& options) {
    std::vector<std::string> out;
    for (const auto& option : options.options()) out.push_back("--" + option->long_name());
    return out;
}

}  // namespace

std::string bashCompletion() {
    // The first word: a command of the whole portfolio or a group ("milestone").
    std::vector<std::string> first;
    for (const auto& command : allCommands())
        if (command->group().empty()) first.push_back(command->name());
    for (const auto& group : groups())
        if (!findCommand({group})) first.push_back(group);

    std::string groupCases;
    for (const auto& group : groups()) {
        std::vector<std::string> second;
        for (const auto& command : allCommands())
            if (command->group() == group) second.push_back(command->words().back());
        groupCases += "        " + group + ") subcommands=\"" + joined(second) + "\" ;;\n";
    }
    std::string optionCases;
    for (const auto& command : allCommands())
        optionCases += "        \"" + command->name() + "\") options=\"" + joined(longNames(command->options().shown())) +
                       "\" ;;\n";

    std::string out;
    out += "# bash completion for innotrack, generated from its command list by `innotrack --completion bash`\n";
    out += "_innotrack() {\n";
    out += "    local cur prev i word\n";
    out += "    cur=${COMP_WORDS[COMP_CWORD]}\n";
    out += "    prev=${COMP_WORDS[COMP_CWORD-1]}\n";
    out += "    case $prev in\n";
    out += "        --db|--file|--out) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
    out += "        --format) COMPREPLY=($(compgen -W \"text csv json md html xlsx ics\" -- \"$cur\")); return ;;\n";
    out += "        --as) return ;;\n";
    out += "    esac\n";
    out += "    # The command's words typed so far, skipping options and the values of --db, --as, --format.\n";
    out += "    local -a typed=()\n";
    out += "    for ((i = 1; i < COMP_CWORD; i++)); do\n";
    out += "        word=${COMP_WORDS[i]}\n";
    out += "        case $word in\n";
    out += "            --db|--as|--format) ((i++)) ;;\n";
    out += "            -*) ;;\n";
    out += "            *) typed+=(\"$word\") ;;\n";
    out += "        esac\n";
    out += "    done\n";
    out += "    local globals=\"" + joined(longNames(globalOptions())) + "\"\n";
    out += "    local subcommands=\"\" options=\"\"\n";
    out += "    case ${typed[0]-} in\n" + groupCases + "    esac\n";
    out += "    local name=\"${typed[*]:0:2}\"\n";
    out += "    case $name in\n" + optionCases + "        *) case ${typed[0]-} in\n";
    for (const auto& command : allCommands())
        if (command->group().empty())
            out += "            " + command->name() + ") options=\"" +
                   joined(longNames(command->options().shown())) + "\" ;;\n";
    out += "        esac ;;\n    esac\n";
    out += "    if [[ $cur == -* ]]; then\n";
    out += "        COMPREPLY=($(compgen -W \"$options $globals\" -- \"$cur\"))\n";
    out += "    elif ((${#typed[@]} == 0)); then\n";
    out += "        COMPREPLY=($(compgen -W \"" + joined(first) + "\" -- \"$cur\"))\n";
    out += "    elif ((${#typed[@]} == 1)) && [[ -n $subcommands ]]; then\n";
    out += "        COMPREPLY=($(compgen -W \"$subcommands\" -- \"$cur\"))\n";
    out += "    else\n";
    out += "        COMPREPLY=($(compgen -f -- \"$cur\"))\n";
    out += "    fi\n";
    out += "}\n";
    out += "complete -F _innotrack innotrack\n";
    return out;
}

}  // namespace innotrack::cli
