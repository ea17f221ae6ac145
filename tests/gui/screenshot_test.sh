#!/bin/sh
# Draws one view of innotrack-gui in a real window on a virtual X display (Xvfb), saves it as a PNG
# and checks the image's size and that it is not blank.
# Usage: screenshot_test.sh GUI PNG_CHECK OUT_FILE VIEW [more innotrack-gui options]
set -eu
gui=$1 check=$2 out=$3 view=$4
shift 4
rm -f "$out"
xvfb-run -a -s "-screen 0 1280x800x24" "$gui" --screenshot "$out" --view "$view" --size 1280x800 "$@"
"$check" "$out" 1280 800 40
