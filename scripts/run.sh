#!/usr/bin/env bash
# README's run command: installs what is missing, builds a release, creates the demo portfolio
# in ./demo-portfolio.db if there is none yet, and shows it: in the desktop app when there is a
# display, else as the stage board in the terminal.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target innotrack innotrack-gui

bin=build/release/cli/innotrack
db=${INNOTRACK_DB:-$PWD/demo-portfolio.db}
if [[ ! -e "$db" ]]; then
  "$bin" --db "$db" demo
fi
echo
echo "Portfolio file: $db"
echo "Try: $bin --db $db innovation list     (or --help for every command)"
echo
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "Opening the desktop app: build/release/gui/innotrack-gui --db $db"
  exec build/release/gui/innotrack-gui --db "$db"
fi
"$bin" --db "$db" board
