#!/bin/sh
# Builds one fuzz target with Clang and libFuzzer in build-fuzz/ and runs it for N seconds on the
# kept corpus, in one process (no -jobs/-workers) at a low priority: the machine is shared.
#   fuzz/run.sh TARGET [SECONDS] [extra libFuzzer options]     e.g.  fuzz/run.sh date 600
#   fuzz/run.sh TARGET --merge   minimise fuzz/corpus/TARGET (with what build-fuzz/corpus-TARGET found)
# New inputs go to build-fuzz/corpus-TARGET/ (not the source tree); a crash is written to
# build-fuzz/crash-TARGET/ and should be copied into fuzz/crashes/TARGET/ once fixed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build="$root/build-fuzz"

[ $# -ge 1 ] || { echo "usage: fuzz/run.sh TARGET [SECONDS|--merge] [libFuzzer options]" >&2; exit 2; }
target=$1
shift
[ -f "$here/${target}_fuzz.cpp" ] || { echo "fuzz/run.sh: no target '$target' (see fuzz/README.md)" >&2; exit 2; }

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DINNOTRACK_FUZZ=ON -DINNOTRACK_BUILD_TESTS=OFF >/dev/null
fi
nice -n 19 cmake --build "$build" -j2 --target "fuzz_$target"

program="$build/fuzz/fuzz_$target"
corpus="$here/corpus/$target"
found="$build/corpus-$target"
crashes="$build/crash-$target"
mkdir -p "$found" "$crashes"
dict=""
[ -f "$here/$target.dict" ] && dict="-dict=$here/$target.dict"

if [ "${1:-}" = "--merge" ]; then
  shift
  # Everything kept and found, minimised into a fresh folder that then replaces the kept corpus.
  # Only new edges count (-use_counters=0), not new hit counts, so the kept corpus stays a few
  # hundred files that ctest replays in seconds; build-fuzz/corpus-TARGET keeps the rest locally.
  merged="$build/merged-$target"
  rm -rf "$merged" && mkdir -p "$merged"
  nice -n 19 "$program" -merge=1 -use_counters=0 $dict "$@" "$merged" "$corpus" "$found"
  rm -f "$corpus"/*
  cp "$merged"/* "$corpus"/
  echo "fuzz/run.sh: fuzz/corpus/$target now holds $(ls "$corpus" | wc -l) inputs, $(du -sh "$corpus" | cut -f1)"
  exit 0
fi

seconds=${1:-60}
[ $# -ge 1 ] && shift
# Paths are absolute: the CLI target works in a folder of its own.
exec nice -n 19 "$program" -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="$crashes/" $dict "$@" "$found" "$corpus"
