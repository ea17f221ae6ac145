# Shared by make_commands_doc.sh and make_man_pages.sh: each reads the program's own help, so the
# reference, the manual pages and the program can never disagree. Source it with $bin set.

# The help of one command without the global options every command repeats.
help_of() {
    "$bin" "$@" --help | sed '/^Global options:/,$d' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

# Every command, in the order the program's own help lists them: "check", "milestone move" or
# "report forward-plan".
command_list() {
    "$bin" --help | awk '/^  [a-z]/ { if ($2 ~ /^[a-z][a-z-]*$/) print $1 " " $2; else print $1 }'
}
