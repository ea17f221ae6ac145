#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 and tries it as a person would (issue 17 §1):
# a fresh bookworm made by debootstrap (minbase) in a temporary folder, where `apt install
# ./innotrack_….deb` must pull in everything the package needs; then `innotrack --version`,
# `man -w innotrack`, bash completion of `innotrack mil<TAB>`, and the desktop app started under
# Xvfb by its .desktop entry's command. Needs root (debootstrap, chroot) and the network (the
# Debian mirror). The chroot is removed afterwards.
#   scripts/check-package.sh [DEB]     (default: build/package/innotrack_*_amd64.deb)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

deb=${1:-}
if [[ -z "$deb" ]]; then
  debs=(build/package/innotrack_*_amd64.deb)
  deb=${debs[0]}
fi
[[ -f "$deb" ]] || { echo "innotrack: no package $deb; run scripts/package.sh first" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "innotrack: check-package.sh needs root (debootstrap and chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || scripts/install-deps.sh --packaging
mirror=${INNOTRACK_MIRROR:-http://deb.debian.org/debian}

root=$(mktemp -d /tmp/innotrack-check.XXXXXX)
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
fail() { echo "innotrack: FAILED: $*" >&2; exit 1; }

step "A clean Debian 12 (debootstrap --variant=minbase bookworm) in $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log" >&2; rm -f "$root.debootstrap.log"; fail "debootstrap"; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")
in_root apt-get update -q >/dev/null

step "apt install ./$name"
# Recommends included, as a person's `apt install` does; what apt says is kept in a log and shown
# in full if it fails.
log=$root/tmp/apt.log
in_root apt-get install -y -q "/tmp/$name" >"$log" 2>&1 || { cat "$log" >&2; fail "apt install ./$name"; }
sed -n '/^The following NEW packages/,/^[0-9]* upgraded/p' "$log"
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' innotrack | grep -q 'install ok installed' ||
  fail "innotrack is not installed"
for program in innotrack innotrack-gui; do
  missing=$(in_root ldd "/usr/bin/$program" | grep 'not found' || true)
  [[ -z "$missing" ]] || fail "$program lacks libraries: $missing"
done
echo "every library both programs need is installed"

step "innotrack --version"
version=$(in_root innotrack --version)
echo "$version"
[[ "$version" == "innotrack $(dpkg-deb --field "$deb" Version)" ]] || fail "innotrack --version says '$version'"
in_root sh -c 'cd /tmp && innotrack --db /tmp/demo.db demo >/dev/null && innotrack --db /tmp/demo.db board | head -5'

step "What the checks need, installed after the package: man-db, bash-completion, xvfb, xauth"
in_root apt-get install -y -q --no-install-recommends man-db bash-completion xvfb xauth >"$log" 2>&1 ||
  { cat "$log" >&2; fail "apt install man-db bash-completion xvfb xauth"; }

step "man -w innotrack; man -w innotrack-gui"
in_root man -w innotrack || fail "man innotrack"
in_root man -w innotrack-gui || fail "man innotrack-gui"
in_root sh -c 'MANWIDTH=80 man innotrack 2>/dev/null | head -12'

step "bash completion: innotrack mil<TAB>"
# The completion as bash-completion loads it on first use, from the file the package installed.
offered=$(in_root bash -c '
  source /usr/share/bash-completion/bash_completion
  _completion_loader innotrack
  COMP_WORDS=(innotrack mil); COMP_CWORD=1; COMP_LINE="innotrack mil"; COMP_POINT=${#COMP_LINE}
  $(complete -p innotrack | sed "s/.*-F \([^ ]*\) .*/\1/") innotrack mil innotrack
  echo "${COMPREPLY[*]}"')
echo "innotrack mil<TAB> offers: $offered"
[[ " $offered " == *" milestone "* ]] || fail "completion of 'innotrack mil' does not offer milestone"

step "The desktop app, started by its .desktop entry's command under Xvfb"
desktop=$root/usr/share/applications/innotrack.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
echo "Exec=$exec_line"
# As the menu starts it: it must still be running after five seconds (timeout's 124).
status=0
in_root timeout 5 xvfb-run -a sh -c "$exec_line" >/dev/null 2>&1 || status=$?
# timeout kills xvfb-run, whose exit is then 124 (or 143 for the signal)
[[ $status -eq 124 || $status -eq 143 ]] || fail "'$exec_line' ended after less than 5 s (exit $status)"
echo "'$exec_line' was still running after 5 s"
# The same command drawing the demo's board to a PNG, to show it draws.
in_root xvfb-run -a sh -c "$exec_line --demo --view board --screenshot /tmp/board.png" ||
  fail "'$exec_line --screenshot' failed"
out=$(dirname "$deb")/check-package-board.png
cp "$root/tmp/board.png" "$out"
echo "its board, drawn in the clean system: $out"

step "innotrack's package installs and runs on a clean Debian 12"
