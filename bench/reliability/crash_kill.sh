#!/bin/sh
# Crash safety at full size: KILLS (default 200) innotrack writers killed with SIGKILL at random
# moments; after each kill the file must pass `innotrack check`, hold every change reported done
# and no half change. SEED repeats a run. Prints kills survived and changes checked.
# Usage: bench/reliability/crash_kill.sh [BUILD_DIR]   (default: build)
set -eu
build=${1:-build}
tests="$build/tests/reliability/reliability_tests"
[ -x "$tests" ] || { echo "no $tests: build the reliability_tests target first" >&2; exit 2; }
INNOTRACK_RELIABILITY_KILLS=${KILLS:-200} INNOTRACK_RELIABILITY_SEED=${SEED:-} "$tests" "[crash]"
