#!/usr/bin/env bash
# The shared portfolio's benchmark (issue 12 §5): innotrack on a PostgreSQL server beside psql
# running hand-written SQL on the same database (the physical reference), and beside innotrack on
# the same portfolio in a file. For each N: the load (`innotrack copy` of a generated file into an
# empty database, beside psql restoring pg_dump's plain SQL of the same rows into another), the
# tally, the board and the filtered list, each figure the median of RUNS runs after a warm-up,
# ratios computed pair by pair; then how soon a change at one desk is seen at another
# (bench/notice_latency.cpp), and the desktop board's start-up and reload on the server
# (bench/gui_board_frame.cpp). Run it inside a throwaway cluster, which sets PGHOST, PGPORT, PGUSER
# and PGPASSWORD; pg_virtualenv turns fsync off unless told otherwise, so for figures give it
# PostgreSQL's default back:
#   pg_virtualenv -o fsync=on bench/run_server.sh [--sizes "10000 100000"] [--runs 3] [--build-dir DIR] [--smoke]
# Without --build-dir it configures and builds Release in build-bench. --smoke: N = 1,000, one run,
# no warm-up, no build; it checks that every step runs, not how fast. Not part of ctest (it needs a
# server).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes="10000 100000"
runs=3
build_dir=""
smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --smoke) smoke=1; sizes=1000; runs=1; shift ;;
    *) echo "run_server.sh: unknown option $1 (use --sizes, --runs, --build-dir or --smoke)" >&2; exit 2 ;;
  esac
done
for tool in psql createdb dropdb pg_dump /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_server.sh: $tool is missing: install postgresql and time" >&2; exit 2; }
done
psql -X -q -A -t -d postgres -c "SELECT 1" >/dev/null 2>&1 || {
  echo "run_server.sh: no PostgreSQL server answers: run it as pg_virtualenv bench/run_server.sh ..." >&2; exit 2; }
if [ -z "$build_dir" ]; then
  build_dir="$root/build-bench"
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINNOTRACK_WARNINGS_AS_ERRORS=OFF >/dev/null
  cmake --build "$build_dir" -j2 --target innotrack bench_generate notice_latency bench_gui_board >/dev/null
fi
generate="$build_dir/bench/bench_generate"
innotrack="$build_dir/cli/innotrack"
notice_latency="$build_dir/bench/notice_latency"
gui_board="$build_dir/bench/bench_gui_board"
work=$(mktemp -d "${TMPDIR:-/tmp}/innotrack-bench-server.XXXXXX")
databases=()
cleanup() {
  for database in "${databases[@]}"; do
    PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$database" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
export INNOTRACK_TODAY=2026-11-27   # the generator's "today": every run sees the same figures
source "$here/common.sh"  # timed, median, ratio

server_version=$(psql -X -q -A -t -d postgres -c "SHOW server_version")
echo "PostgreSQL $server_version at ${PGHOST:-localhost}:${PGPORT:-5432}; synchronous_commit" \
  "$(psql -X -q -A -t -d postgres -c "SHOW synchronous_commit"), fsync $(psql -X -q -A -t -d postgres -c "SHOW fsync")," \
  "shared_buffers $(psql -X -q -A -t -d postgres -c "SHOW shared_buffers")"
[ "$(psql -X -q -A -t -d postgres -c "SHOW fsync")" = on ] ||
  echo "run_server.sh: the server runs with fsync off (pg_virtualenv's own choice): for figures, run" \
    "pg_virtualenv -o fsync=on bench/run_server.sh, PostgreSQL's default" >&2
printf '%-44s %10s %10s %7s %10s %7s %14s\n' "measure (median of $runs)" "innotrack" "psql" "ratio" "file" \
  "server/file" "innotrack CPU"
row() {  # row TITLE LABEL-SERVER LABEL-PSQL [LABEL-FILE [NOTE]]: wall times, and the innotrack client's CPU
  local ta tb tf=- ca
  ta=$(median 1 "$2"); tb=$(median 1 "$3"); ca=$(median 3 "$2")
  [ -n "${4:-}" ] && tf=$(median 1 "$4")
  printf '%-44s %8s ms %8s ms %6sx %7s ms %10sx %11s ms %s\n' "$1" "$ta" "$tb" "$(ratio "$ta" "$tb")" "$tf" \
    "$(ratio "$ta" "$tf")" "$ca" "${5:-}"
}
# A new, empty database, dropped when the script ends.
fresh_database() {
  PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$1"
  createdb "$1"
  databases+=("$1")
}
# One innotrack load: a copy of the whole portfolio file into an empty database.
load_innotrack() {  # load_innotrack N
  fresh_database "db$1"
  timed "load-innotrack-$1" "$innotrack" copy --from "$work/p$1.db" --to "postgresql:///db$1"
}
# The same command into a new file, for the file column.
load_file() {  # load_file N
  rm -f "$work/copy$1.db"*
  timed "load-file-$1" "$innotrack" copy --from "$work/p$1.db" --to "$work/copy$1.db"
}
# The reference load: psql restoring, in one transaction, pg_dump's plain SQL of innotrack's
# database (the same schema, roles' grants, rows, indexes, keys and triggers): a COPY per table,
# then the indexes built and the keys checked once over the loaded rows.
load_reference() {  # load_reference N
  fresh_database "ref$1"
  timed "load-psql-$1" psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "ref$1" -f "$work/dump$1.sql"
}
count_rows() {  # count_rows DATABASE: every table's rows, one line
  psql -X -q -A -t -d "$1" -c "SELECT string_agg(t || ' ' || n, ', ' ORDER BY t) FROM (
    SELECT 'innovations' t, count(*) n FROM innovations UNION ALL SELECT 'milestones', count(*) FROM milestones
    UNION ALL SELECT 'risks', count(*) FROM risks UNION ALL SELECT 'setbacks', count(*) FROM setbacks
    UNION ALL SELECT 'lessons', count(*) FROM lessons UNION ALL SELECT 'review_entries', count(*) FROM review_entries
    UNION ALL SELECT 'audit', count(*) FROM audit) c"
}

for n in $sizes; do
  "$generate" "$n" --db "$work/p$n.db" >"$work/gen$n"
  rows=$(awk '/^rows/ {print $2}' "$work/gen$n")
  file="$work/p$n.db"
  server="postgresql:///db$n"

  # The load. The copy runs once more first (its database kept for the reports) unless --smoke.
  [ "$smoke" = 1 ] || { load_innotrack "$n"; rm -f "$work/load-innotrack-$n"; }
  for _ in $(seq "$runs"); do load_innotrack "$n"; load_file "$n"; done
  rm -f "$work/copy$n.db"*
  pg_dump --format=plain --no-owner -d "db$n" >"$work/dump$n.sql"
  [ "$smoke" = 1 ] || { load_reference "$n"; rm -f "$work/load-psql-$n"; }
  for _ in $(seq "$runs"); do load_reference "$n"; done
  a=$(count_rows "db$n"); b=$(count_rows "ref$n")
  [ "$a" = "$b" ] || { echo "run_server.sh: innotrack's database holds $a but the reference $b" >&2; exit 1; }
  dropdb "ref$n"
  rm -f "$work/dump$n.sql"
  row "load N=$n ($rows rows)" "load-innotrack-$n" "load-psql-$n" "load-file-$n"
  psql -X -q -d "db$n" -c "ANALYZE" # as autovacuum would soon after a load: every run sees the same plans

  psql_report=(psql -X -q -v ON_ERROR_STOP=1 -d "db$n" -f)
  if [ "$smoke" = 1 ]; then
    # Each report's hand-written SQL runs without error (the comparison with bench/sql's SQLite
    # statements is in docs/PERFORMANCE.md).
    for report in tally board list; do "${psql_report[@]}" "$here/sql_pg/$report.sql" >/dev/null; done
  else  # warm-up: the tables in the server's and the system's caches, the file in the page cache
    "$innotrack" --db "$server" report tally --fy 2026 >/dev/null
    "$innotrack" --db "$server" report board >/dev/null
    "$innotrack" --db "$file" report tally --fy 2026 >/dev/null
  fi
  for _ in $(seq "$runs"); do
    timed "tally-innotrack-$n" "$innotrack" --db "$server" report tally --fy 2026
    timed "tally-psql-$n" "${psql_report[@]}" "$here/sql_pg/tally.sql"
    timed "tally-file-$n" "$innotrack" --db "$file" report tally --fy 2026
    timed "board-innotrack-$n" "$innotrack" --db "$server" report board
    timed "board-psql-$n" "${psql_report[@]}" "$here/sql_pg/board.sql"
    timed "board-file-$n" "$innotrack" --db "$file" report board
    timed "list-innotrack-$n" "$innotrack" --db "$server" innovation list --stage piloting --ambition 3
    timed "list-psql-$n" "${psql_report[@]}" "$here/sql_pg/list.sql"
    timed "list-file-$n" "$innotrack" --db "$file" innovation list --stage piloting --ambition 3
  done
  row "report tally --fy 2026, N=$n" "tally-innotrack-$n" "tally-psql-$n" "tally-file-$n" "(target 1.3x)"
  row "report board, N=$n" "board-innotrack-$n" "board-psql-$n" "board-file-$n" "(target 1.3x)"
  row "innovation list --stage --ambition, N=$n" "list-innotrack-$n" "list-psql-$n" "list-file-$n" "(target 1.3x)"

  # A change at one desk seen at another: 20 milestones added by the leader (person 1 of a
  # generated portfolio) at desk A to the first innovation that is neither stopped nor mainstreamed,
  # each polled for at desk B every millisecond.
  leader=$(psql -X -q -A -t -d "db$n" -c "SELECT id FROM people WHERE role = 'leader' ORDER BY id LIMIT 1")
  innovation=$(psql -X -q -A -t -d "db$n" -c \
    "SELECT min(id) FROM innovations WHERE stage NOT IN ('stopped', 'mainstreamed')")
  "$notice_latency" "$server" "$leader" "$innovation" 20 >"$work/notice$n"
  printf '%-44s %8s ms (max %s ms; the change itself %s ms) target 1000 ms\n' \
    "change at one desk seen at another, N=$n" "$(awk '/^median_ms/ {print $2}' "$work/notice$n")" \
    "$(awk '/^max_ms/ {print $2}' "$work/notice$n")" "$(awk '/^write_median_ms/ {print $2}' "$work/notice$n")"
  # The desktop board on the server: start-up to its first frame, and its reload after another
  # connection's change (bench/gui_board_frame.cpp; target 150 ms at 100,000).
  "$gui_board" --db "$server" 20 >"$work/gui$n"
  printf '%-44s %8s ms (start-up %s ms, first frame %s ms) target 150 ms\n' \
    "desktop board's reload on the server, N=$n" "$(awk '/^reload_ms/ {printf "%d", $2}' "$work/gui$n")" \
    "$(awk '/^startup_ms/ {printf "%d", $2}' "$work/gui$n")" "$(awk '/^first_frame_ms/ {printf "%d", $2}' "$work/gui$n")"
  dropdb "db$n"
  rm -f "$work/p$n.db"*
done
