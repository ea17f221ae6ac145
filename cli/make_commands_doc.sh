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

# The help of one command without the global options every command repeats.
help_of() {
    "$bin" "$@" --help | sed '/^Global options:/,$d' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

section() {
    printf '\n#### innotrack %s\n\n```\n' "$*"
    help_of "$@"
    printf '```\n'
}

{
    sed '/^## Commands$/,$d' "$doc"
    printf '## Commands\n\n### The whole portfolio\n'
    for command in init demo board check history; do section "$command"; done
    for group in person ambition innovation milestone risk setback lesson benefit review; do
        printf '\n### %s\n' "$group"
        for command in $("$bin" "$group" --help | awk '/^  /{print $2}'); do section "$group" "$command"; done
    done
} > "$tmp"
mv "$tmp" "$doc"
trap - EXIT
