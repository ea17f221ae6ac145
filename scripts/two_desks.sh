#!/usr/bin/env bash
# Two desks at one shared portfolio, each in a real window: the cabinet member (left) drags a card
# to another stage, and the officer's window (right) shows it moved, with nothing clicked there. A
# third desk's command-line change shows in both first. Screenshots go to docs/images/. Run from a
# built checkout, on a throwaway cluster:
#   pg_virtualenv -t scripts/two_desks.sh [BUILD_DIR]
# Needs xdotool and netpbm (xwdtopnm, pnmtopng) besides Xvfb; they are not in packages.txt
# because no test needs them: apt-get install xdotool x11-apps netpbm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=$(realpath "${1:-build/dev}")
it=$build/cli/innotrack
gui=$build/gui/innotrack-gui
for tool in Xvfb xdotool xwd xwdtopnm pnmtopng; do
    command -v "$tool" >/dev/null || { echo "two_desks.sh: $tool is missing (apt-get install xdotool x11-apps netpbm)"; exit 2; }
done
work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
pids=()
trap cleanup EXIT

shot() { DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$1"; }

createdb council
"$it" --db postgresql:///council demo > /dev/null
Xvfb "$display" -screen 0 2560x800x24 >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY=$display
mkdir -p "$work/a" "$work/b"
HOME=$work/a "$gui" --db postgresql:///council --as "Cllr Priya Shah" --view board >"$work/a.log" 2>&1 & pids+=($!)
sleep 3
HOME=$work/b "$gui" --db postgresql:///council --as "Gareth Evans" --view board >"$work/b.log" 2>&1 & pids+=($!)
sleep 3
mapfile -t windows < <(xdotool search --name innotrack)
[[ ${#windows[@]} -eq 2 ]] || { echo "two_desks.sh: expected two windows, found ${#windows[@]}"; exit 1; }
xdotool windowmove "${windows[0]}" 0 0 windowsize "${windows[0]}" 1280 800
xdotool windowmove "${windows[1]}" 1280 0 windowsize "${windows[1]}" 1280 800
sleep 2

echo "A third desk moves 'Heat pump street pilot' to Exploring from the command line"
"$it" --db postgresql:///council --as "Cllr Tom Okafor" innovation stage 2 --to exploring --reason "Tenants' association agreed"
sleep 2

echo "The cabinet member drags 'Neighbourhood care teams' from Piloting to Scaling in the left window"
xdotool mousemove 560 128 sleep 0.3 mousedown 1 sleep 0.3
for x in 600 650 700 750 770; do xdotool mousemove "$x" 300 sleep 0.1; done
xdotool sleep 0.3 mouseup 1 sleep 0.5 mousemove 1000 700
sleep 2.5
shot docs/images/two-desks.png
echo "Saved docs/images/two-desks.png; the trail says:"
"$it" --db postgresql:///council history --limit 2
stage=$("$it" --db postgresql:///council innovation show 5 --format json | sed -n 's/.*"stage": *"\([a-z]*\)".*/\1/p')
[[ $stage == scaling ]] || { echo "two_desks.sh: the drag did not move the innovation (stage '$stage')"; exit 1; }
echo "Both desks: done"
