#!/bin/sh
# Regenerates the "## Commands" part of docs/COMMANDS.md from the program's own help, keeping the
# hand-written introduction above it. Run after changing a command:
#   cli/make_commands_doc.sh build-cli/cli/innotrack
# (tests/cli checks the document still matches the help.)
set -eu
bin=${1:?usage: make_commands_doc.sh PATH/TO/innotrack}
doc=$(dirname "$0")/../docs/COMMANDS.md
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# help_of and command_list
. "$(dirname "$0")/help_lib.sh"

section() {
    printf '\n#### innotrack %s\n\n```\n' "$*"
    help_of "$@"
    printf '```\n'
}

{
    sed '/^## Commands$/,$d' "$doc"
    printf '## Commands\n\n### The whole portfolio\n'
    # Every command, in the order the program's own help lists them: "check" or "milestone move".
    previous=""
    command_list |
    while read -r first second; do
        if [ -n "$second" ] && [ "$first" != "$previous" ]; then printf '\n### %s\n' "$first"; previous=$first; fi
        # shellcheck disable=SC2086 # one or two words, split on purpose
        section $first $second
    done
} > "$tmp"
mv "$tmp" "$doc"
trap - EXIT
