#!/usr/bin/env bash
# The benchmark of issue 7: innotrack beside the sqlite3 shell (the physical reference) and beside
# Taskwarrior (what a council might use instead, at N up to 10,000, when `task` is installed), side by
# side in one run, each figure the median of RUNS runs after a warm-up, ratios computed pair by pair;
# and the desktop app's stage board at N = 10,000 and above (bench_gui_board: start-up to the first
# frame, a reload after another program's change, frame time).
#   bench/run.sh [--sizes "1000 10000"] [--runs 5] [--build-dir DIR] [--smoke] [--desktop-board]
# Without --build-dir it configures and builds Release in build-bench. --smoke (the ctest): N = 1,000,
# one run, no warm-up, no build; it checks that every step runs (Taskwarrior too when installed, and
# the desktop board on the N = 1,000 file), not how fast. --desktop-board: only generate each file and
# time the desktop board on it (e.g. --sizes "10000 100000" --desktop-board: the board's targets).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes="1000 10000"
runs=5
build_dir=""
smoke=0
desktop_board_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --smoke) smoke=1; sizes=1000; runs=1; shift ;;
    --desktop-board) desktop_board_only=1; shift ;;
    *) echo "run.sh: unknown option $1 (use --sizes, --runs, --build-dir, --smoke or --desktop-board)" >&2; exit 2 ;;
  esac
done
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing: install the packages in scripts/packages.txt" >&2; exit 2; }
done
if [ -z "$build_dir" ]; then
  build_dir="$root/build-bench"
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINNOTRACK_WARNINGS_AS_ERRORS=OFF >/dev/null
  cmake --build "$build_dir" -j2 --target innotrack bench_generate bench_gui_board >/dev/null
fi
generate="$build_dir/bench/bench_generate"
innotrack="$build_dir/cli/innotrack"
gui_board="$build_dir/bench/bench_gui_board"
taskwarrior=0
command -v task >/dev/null && taskwarrior=1
[ "$taskwarrior" = 1 ] || echo "run.sh: task (Debian's taskwarrior) is not installed: the Taskwarrior rows are left out" >&2
work=$(mktemp -d "${TMPDIR:-/tmp}/innotrack-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export INNOTRACK_TODAY=2026-11-27   # the generator's "today": every run sees the same figures

source "$here/common.sh"  # timed, median, ratio

# One innotrack load: a new file written through the storage layer; the time is bench_generate's
# own store_write_ms (open, insert every row, commit, close), not the generation in memory.
load_innotrack() {
  local n=$1
  rm -f "$work/p$n.db"*
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$generate" "$n" --db "$work/p$n.db" >"$work/out"
  # The CPU time is the whole process's, so it includes generating the portfolio in memory.
  echo "$(awk '/store_write_ms/ {printf "%d", $2}' "$work/out") $(awk '{printf "%d %d", $1, ($2 + $3) * 1000}' "$work/rss")" \
    >>"$work/load-innotrack-$n"
}
load_sqlite() {
  local n=$1
  rm -f "$work/r$n.db"*
  timed "load-sqlite3-$n" sqlite3 -bail "$work/r$n.db" -init /dev/null ".read $work/import$n.sql"
}

printf '%-44s %10s %10s %7s %12s %12s %21s\n' "measure (median of $runs)" "innotrack" "sqlite3" "ratio" "innotrack RSS" \
  "sqlite3 RSS" "CPU: innotrack sqlite3 ratio"
row() {  # row TITLE LABEL-A LABEL-B
  local ta tb ma mb ca cb
  ta=$(median 1 "$2"); tb=$(median 1 "$3"); ma=$(median 2 "$2"); mb=$(median 2 "$3"); ca=$(median 3 "$2"); cb=$(median 3 "$3")
  printf '%-44s %8s ms %8s ms %6sx %9s KiB %9s KiB %6s ms %6s ms %5sx\n' "$1" "$ta" "$tb" "$(ratio "$ta" "$tb")" "$ma" "$mb" \
    "$ca" "$cb" "$(ratio "$ca" "$cb")"
}
# Against Taskwarrior the ratios are the other way round: how many times faster and smaller innotrack is.
task_row() {  # task_row TITLE LABEL-INNOTRACK LABEL-TASK
  local ta tb ma mb ca cb
  ta=$(median 1 "$2"); tb=$(median 1 "$3"); ma=$(median 2 "$2"); mb=$(median 2 "$3"); ca=$(median 3 "$2"); cb=$(median 3 "$3")
  printf '%-44s %8s ms %8s ms %6sx faster %9s KiB %9s KiB %6sx less memory; CPU %s ms %s ms %sx\n' "$1" "$ta" "$tb" \
    "$(ratio "$tb" "$ta")" "$ma" "$mb" "$(ratio "$mb" "$ma")" "$ca" "$cb" "$(ratio "$cb" "$ca")"
}
# Taskwarrior on its own data directory in the benchmark's folder, with hooks, garbage collection,
# confirmations and messages off, so only its own work is measured.
task_in() {  # task_in DIRECTORY: the command line that runs Taskwarrior on that data, in $task
  task=(env TASKDATA="$1" TASKRC="$1/taskrc" task rc.confirmation=off rc.verbose=nothing rc.hooks=off rc.gc=off)
}
task_import() {  # task_import N: a new data directory each time, so every run imports into nothing
  local n=$1
  rm -rf "$work/task$n"; mkdir -p "$work/task$n"; : >"$work/task$n/taskrc"
  task_in "$work/task$n"
  timed "import-task-$n" "${task[@]}" import "$work/tasks$n.json"
}
# The desktop board: bench_gui_board's own figures (start-up to the first board frame; a reload after
# an outside change, the median of five; the median frame over 100 frames), each the median of RUNS
# processes, and the process's max RSS. Start-up and reload have a target of 150 ms at 100,000.
gui_board_runs() {  # gui_board_runs N
  local n=$1 out frames=100
  [ "$smoke" = 1 ] && frames=10  # the smoke may run a Debug or sanitizer build
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%M" -o "$work/rss" "$gui_board" --db "$work/p$n.db" "$frames" >"$work/gui-out"
    out="$work/gui-out"
    echo "$(awk '/^startup_ms/ {printf "%d", $2}' "$out") $(cat "$work/rss")" >>"$work/gui-startup-$n"
    echo "$(awk '/^first_frame_ms/ {printf "%d", $2}' "$out") $(cat "$work/rss")" >>"$work/gui-first-$n"
    echo "$(awk '/^frame_median_ms/ {printf "%.2f", $2}' "$out") $(cat "$work/rss")" >>"$work/gui-frame-$n"
    echo "$(awk '/^reload_ms/ {printf "%d", $2}' "$out") $(cat "$work/rss")" >>"$work/gui-reload-$n"
  done
  printf '%-44s %8s ms %33s %9s KiB (target 150 ms at 100,000)\n' "desktop board start-up to first frame, N=$n" \
    "$(median 1 "gui-startup-$n")" "" "$(median 2 "gui-startup-$n")"
  printf '%-44s %8s ms\n' "  of which the first frame (reads the board)" "$(median 1 "gui-first-$n")"
  printf '%-44s %8s ms %33s (target 150 ms at 100,000)\n' "  reload after another program's change" \
    "$(median 1 "gui-reload-$n")" ""
  printf '%-44s %8s ms %33s (target 5.5 ms, %s cards)\n' "desktop board frame (median of $frames), N=$n" \
    "$(median 1 "gui-frame-$n")" "" "$(awk '/^cards/ {print $2}' "$work/gui-out")"
}

for n in $sizes; do
  if [ "$desktop_board_only" = 1 ]; then
    "$generate" "$n" --db "$work/p$n.db" >"$work/gen$n"
    gui_board_runs "$n"
    rm -f "$work/p$n.db"*
    continue
  fi
  mkdir -p "$work/csv$n"
  with_task=0
  [ "$taskwarrior" = 1 ] && [ "$n" -le 10000 ] && with_task=1
  task_file=()
  [ "$with_task" = 1 ] && task_file=(--taskwarrior "$work/tasks$n.json")
  "$generate" "$n" --db "$work/p$n.db" --csv "$work/csv$n" "${task_file[@]}" >"$work/gen$n"
  rows=$(awk '/^rows/ {print $2}' "$work/gen$n")
  sqlite3 "$work/p$n.db" .schema | python3 "$here/reference_schema.py" >"$work/schema$n.sql"
  {
    echo "PRAGMA journal_mode = WAL;"   # as innotrack opens its files
    echo "PRAGMA synchronous = NORMAL;"
    # Keys stay unchecked: .import writes an absent optional link as '', which no key matches
    # (innotrack checks its keys, so this only makes the reference faster).
    echo "PRAGMA foreign_keys = OFF;"
    echo ".read $work/schema$n.sql"
    echo "BEGIN;"
    echo ".mode csv"
    for table in people ambitions innovations stage_changes milestones milestone_moves benefits risks setbacks \
                 lessons lesson_tags reviews; do
      echo ".import $work/csv$n/$table.csv $table"
    done
    echo "COMMIT;"
  } >"$work/import$n.sql"
  head -n 4 "$work/import$n.sql" >"$work/empty$n.sql"  # the settings and the schema, no rows
  [ "$smoke" = 1 ] || { load_innotrack "$n"; load_sqlite "$n"; rm -f "$work"/load-*-"$n"; }  # warm-up
  for _ in $(seq "$runs"); do load_innotrack "$n"; load_sqlite "$n"; done
  row "load N=$n ($rows rows)" "load-innotrack-$n" "load-sqlite3-$n"
  # The load's fixed cost: a new file with the schema and no rows, both ways.
  for _ in $(seq "$runs"); do
    rm -f "$work/e$n.db"* "$work/re$n.db"*
    /usr/bin/time -f "%M" -o "$work/rss" "$generate" 1 --empty-db "$work/e$n.db" >"$work/out"
    echo "$(awk '/empty_store_ms/ {printf "%d", $2}' "$work/out") $(cat "$work/rss")" >>"$work/empty-innotrack-$n"
    timed "empty-sqlite3-$n" sqlite3 -bail "$work/re$n.db" -init /dev/null ".read $work/empty$n.sql"
  done
  rm -f "$work/e$n.db"* "$work/re$n.db"*
  row "  of which fixed: the schema, no rows" "empty-innotrack-$n" "empty-sqlite3-$n"
  for table in innovations milestones risks setbacks lessons; do  # both loads hold the same rows
    a=$(sqlite3 -readonly "$work/p$n.db" "SELECT count(*) FROM $table")
    b=$(sqlite3 -readonly "$work/r$n.db" "SELECT count(*) FROM $table")
    [ "$a" = "$b" ] || { echo "run.sh: $table has $a rows in innotrack's file but $b in the reference" >&2; exit 1; }
  done

  db="$work/p$n.db"
  [ "$smoke" = 1 ] || "$innotrack" --db "$db" report tally --fy 2026 >/dev/null  # warm-up: file in the page cache
  for _ in $(seq "$runs"); do
    timed "tally-innotrack-$n" "$innotrack" --db "$db" report tally --fy 2026
    timed "tally-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/tally.sql"
    timed "board-innotrack-$n" "$innotrack" --db "$db" report board
    timed "board-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/board.sql"
    timed "trend-innotrack-$n" "$innotrack" --db "$db" report trend
    timed "trend-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/trend.sql"
    timed "trendhtml-innotrack-$n" "$innotrack" --db "$db" report trend --format html
    timed "list-innotrack-$n" "$innotrack" --db "$db" innovation list --stage piloting --ambition 3
    timed "list-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/list.sql"
  done
  row "report tally --fy 2026, N=$n" "tally-innotrack-$n" "tally-sqlite3-$n"
  row "report board, N=$n" "board-innotrack-$n" "board-sqlite3-$n"
  row "report trend (5 years by quarter), N=$n" "trend-innotrack-$n" "trend-sqlite3-$n"
  row "  as HTML with its charts" "trendhtml-innotrack-$n" "trend-sqlite3-$n"
  row "innovation list --stage --ambition, N=$n" "list-innotrack-$n" "list-sqlite3-$n"
  rm -rf "$work/csv$n" "$work/r$n.db"*

  if [ "$with_task" = 1 ]; then
    # Taskwarrior takes seconds a command at 10,000 (an import 8-40 s here): at most 3 runs there.
    task_runs=$runs
    [ "$n" -ge 10000 ] && [ "$task_runs" -gt 3 ] && task_runs=3
    for _ in $(seq "$task_runs"); do task_import "$n"; done
    task_in "$work/task$n"
    tasks=$("${task[@]}" count)
    expected=$(sqlite3 -readonly "$db" "SELECT (SELECT count(*) FROM innovations) + (SELECT count(*) FROM milestones)")
    [ "$tasks" = "$expected" ] || { echo "run.sh: Taskwarrior holds $tasks tasks, not the $expected innovations and milestones" >&2; exit 1; }
    [ "$smoke" = 1 ] || "${task[@]}" list >/dev/null  # warm-up
    for _ in $(seq "$task_runs"); do
      timed "all-innotrack-$n" "$innotrack" --db "$db" innovation list
      timed "milestones-innotrack-$n" "$innotrack" --db "$db" milestone list
      timed "all-task-$n" "${task[@]}" list
      timed "project-innotrack-$n" "$innotrack" --db "$db" innovation list --ambition 3
      timed "project-task-$n" "${task[@]}" project:A003 list
      timed "summary-innotrack-$n" "$innotrack" --db "$db" report board
      timed "summary-task-$n" "${task[@]}" summary
    done
    echo "Taskwarrior, $tasks tasks (median of $task_runs)"
    task_row "load | task import, N=$n" "load-innotrack-$n" "import-task-$n"
    task_row "innovation list | task list, N=$n" "all-innotrack-$n" "all-task-$n"
    task_row "milestone list | task list, N=$n" "milestones-innotrack-$n" "all-task-$n"
    task_row "innovation list --ambition 3 | task project:A003 list, N=$n" "project-innotrack-$n" "project-task-$n"
    task_row "report board | task summary, N=$n" "summary-innotrack-$n" "summary-task-$n"
    rm -rf "$work/task$n" "$work/tasks$n.json"
  fi
  if [ "$n" -ge 10000 ] || [ "$smoke" = 1 ]; then gui_board_runs "$n"; fi
done
