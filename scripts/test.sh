#!/usr/bin/env bash
# README's test command: installs what is missing, builds the dev preset (warnings as errors)
# and runs every test through ctest, the PostgreSQL suites on a throwaway cluster that
# pg_virtualenv (postgresql-common) creates for this run and removes after, as root too. Pass
# --asan to use the sanitizer preset instead. Without a cluster the PostgreSQL tests fail; they
# never skip.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=dev
[[ "${1:-}" == "--asan" ]] && preset=asan

scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
# Nothing in the throwaway cluster must survive a power cut, so it skips flushing to disk.
# -t: its own temporary folder, even as root, so it never meets another run's cluster.
pg_virtualenv -t -o fsync=off -o synchronous_commit=off -o full_page_writes=off \
    ctest --preset "$preset"
# How many cases ran on each backend, so the output shows the server's suites ran: the suites
# run once per backend ("contract on a server:"), and the server's own ("server:").
ctest --preset "$preset" -N | sed -n 's/^ *Test *#[0-9]*: //p' |
    awk '/ on a server:/ || /^server:/ {s++} / on a file:/ {f++} / in memory:/ {m++} END {
        printf "Cases per backend: %d on a file, %d in memory, %d on a PostgreSQL server\n", f, m, s }'
