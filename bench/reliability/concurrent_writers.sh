#!/bin/sh
# Concurrent writers at full size: WRITERS (default 2, at most 3) innotrack processes making
# CHANGES (default 1000) milestone changes each against one file at once. Prints the figures:
# changes landed, missing, duplicated, unaudited, failed or "busy", and the timings.
# Usage: bench/reliability/concurrent_writers.sh [BUILD_DIR]   (default: build)
set -eu
build=${1:-build}
tests="$build/tests/reliability/reliability_tests"
[ -x "$tests" ] || { echo "no $tests: build the reliability_tests target first" >&2; exit 2; }
INNOTRACK_RELIABILITY_WRITERS=${WRITERS:-2} INNOTRACK_RELIABILITY_CHANGES=${CHANGES:-1000} \
    "$tests" "[concurrency]"
