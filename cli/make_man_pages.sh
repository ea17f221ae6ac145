#!/bin/sh
# Writes the manual pages innotrack(1) and innotrack-gui(1), gzipped as Debian wants them, from the
# programs' own help (as make_commands_doc.sh writes docs/COMMANDS.md):
#   cli/make_man_pages.sh PATH/TO/innotrack PATH/TO/innotrack-gui OUTPUT-DIR
# The date is $SOURCE_DATE_EPOCH's when set, so a package build is repeatable.
set -eu
bin=${1:?usage: make_man_pages.sh INNOTRACK INNOTRACK-GUI OUTPUT-DIR}
gui=${2:?usage: make_man_pages.sh INNOTRACK INNOTRACK-GUI OUTPUT-DIR}
out=${3:?usage: make_man_pages.sh INNOTRACK INNOTRACK-GUI OUTPUT-DIR}
# help_of and command_list
. "$(dirname "$0")/help_lib.sh"

version=$("$bin" --version | awk '{print $2}')
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}" +%Y-%m-%d)

# Help text as roff: backslashes and hyphens escaped, no line taken for a request.
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^[.']/\\\\\\&&/"; }
verbatim() { printf '.nf\n'; roff; printf '.fi\n'; }

page() {  # NAME: the roff on stdin, gzipped to OUTPUT-DIR/NAME.1.gz without a time stamp
    mkdir -p "$out"
    gzip -9nc > "$out/$1.1.gz"
}

{
    printf '.TH INNOTRACK 1 "%s" "innotrack %s" "User Commands"\n' "$date" "$version"
    printf '.SH NAME\ninnotrack \\- run a council'"'"'s portfolio of priority innovations\n'
    printf '.SH SYNOPSIS\n.B innotrack\n[\\-\\-db LOCATION] [\\-\\-as PERSON] [\\-\\-format FORMAT] COMMAND [OPTIONS]\n'
    printf '.SH DESCRIPTION\n'
    printf 'innotrack keeps a council'"'"'s ambitions, the innovations that serve them, their milestones,\n'
    printf 'risks, setbacks, lessons, benefits and weekly reviews, with an audit trail of every change, in one\n'
    printf 'SQLite file or a shared portfolio on a PostgreSQL server.\n'
    printf 'What follows is the program'"'"'s own help, then each command'"'"'s.\n.PP\n'
    "$bin" --help | verbatim
    printf '.SH COMMANDS\n'
    command_list | while read -r first second; do
        # shellcheck disable=SC2086 # one or two words, split on purpose
        printf '.SS "innotrack %s"\n' "$(echo $first $second | roff)"
        # shellcheck disable=SC2086
        help_of $first $second | verbatim
    done
    printf '.SH EXIT STATUS\n'
    printf '.TP\n0\nsuccess\n.TP\n1\ninvalid input, not found, or not permitted\n'
    printf '.TP\n2\nwrong usage: an unknown command or option, a missing option\n'
    printf '.TP\n3\nthe portfolio could not be read or written\n'
    printf '.SH FILES\n.TP\n.I ~/.local/share/innotrack/portfolio.db\n'
    printf 'the portfolio used when neither \\-\\-db nor INNOTRACK_DB names one\n'
    printf '.SH SEE ALSO\n.BR innotrack\\-gui (1),\n'
    printf '.IR /usr/share/doc/innotrack/README.md ,\n.I /usr/share/doc/innotrack/docs/COMMANDS.md\n'
} | page innotrack

{
    printf '.TH INNOTRACK\\-GUI 1 "%s" "innotrack %s" "User Commands"\n' "$date" "$version"
    printf '.SH NAME\ninnotrack\\-gui \\- the desktop app for a council'"'"'s portfolio of priority innovations\n'
    printf '.SH SYNOPSIS\n.B innotrack\\-gui\n[\\-\\-db FILE] [\\-\\-as PERSON] [\\-\\-view NAME]\n.br\n'
    printf '.B innotrack\\-gui\n\\-\\-screenshot FILE \\-\\-view NAME [\\-\\-db FILE] [\\-\\-as PERSON]\n'
    printf '.SH DESCRIPTION\n'
    printf 'The stage board, the weekly review, setbacks and lessons, and the risk\\-versus\\-success tally, for\n'
    printf 'the same portfolios as\n.BR innotrack (1).\n'
    printf 'At start you choose who you are acting as. What follows is the program'"'"'s own help.\n.PP\n'
    "$gui" --help | verbatim
    printf '.SH SEE ALSO\n.BR innotrack (1),\n.I /usr/share/doc/innotrack/README.md\n'
} | page innotrack-gui
