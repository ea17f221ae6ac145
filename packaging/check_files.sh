#!/usr/bin/env bash
# Checks the files the install rules generate (ctest runs it; so can anyone):
#   packaging/check_files.sh PATH/TO/innotrack PACKAGING-BUILD-DIR
# the bash completion offers every command's words and options, the manual pages format without a
# groff warning, the desktop entry is valid, and the PNG icons have their sizes.
set -euo pipefail
bin=${1:?usage: check_files.sh INNOTRACK PACKAGING-BUILD-DIR}
generated=${2:?usage: check_files.sh INNOTRACK PACKAGING-BUILD-DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# command_list
. "$here/../cli/help_lib.sh"
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

# What the completion offers for a command line whose last word is being typed.
# shellcheck disable=SC1091
source "$generated/completion/innotrack"
offers() {
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
  _innotrack
  echo " ${COMPREPLY[*]} "
}
[[ $(offers innotrack mil) == " milestone " ]] || fail "innotrack mil<TAB> offers$(offers innotrack mil)"
# Every command's words, each from its first two letters, and each of its options from "--".
while read -r first second; do
  [[ $(offers innotrack "${first:0:2}") == *" $first "* ]] || fail "innotrack ${first:0:2}<TAB> misses $first"
  words=("$first")
  if [[ -n "$second" ]]; then
    [[ $(offers innotrack "$first" "${second:0:2}") == *" $second "* ]] ||
      fail "innotrack $first ${second:0:2}<TAB> misses $second"
    words+=("$second")
  fi
  offered=$(offers innotrack "${words[@]}" --)
  for option in $("$bin" "${words[@]}" --help | sed '/^Global options:/,$d' | awk '/^  --/ {print $1}'); do
    option=${option%%\[*}
    [[ "$offered" == *" $option "* ]] || fail "innotrack ${words[*]} --<TAB> misses $option"
  done
done < <(command_list)
[[ $(offers innotrack milestone move --to 2027-01-12 --re) == " --reason " ]] ||
  fail "innotrack milestone move --to 2027-01-12 --re<TAB> offers$(offers innotrack milestone move --to 2027-01-12 --re)"

# The manual pages: groff's warnings are errors here.
for page in innotrack innotrack-gui; do
  warnings=$(gzip -dc "$generated/man/$page.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
  [[ -z "$warnings" ]] || fail "$page.1: $warnings"
done

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$here/innotrack.desktop" || fail "innotrack.desktop is not valid"
fi
for size in 48 256; do
  png=$generated/icons/$size/innotrack.png
  [[ ! -e "$png" ]] || file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not $size x $size"
done

((failures == 0)) || exit 1
echo "packaging: completion, manual pages, desktop entry and icons are sound"
