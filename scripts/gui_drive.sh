# Sourced by the scripts that drive innotrack-gui's real window (gui_weekly_jobs.sh,
# gui_window_screenshots.sh): an Xvfb display of their own, the app started as a person, and key
# presses, typing and clicks through xdotool, each click at a control the app itself says is
# there (innotrack-gui --locations FILE). Counts the clicks, keys and typed characters per job.
# Before sourcing, set name (for messages) and, if wanted, screen (WIDTHxHEIGHT, default
# 1280x800). Then call drive_options "$@" (which sets build, out and keep; out empty means
# BUILD/$name) and drive_setup; it makes $db, a fresh demo portfolio, and exports DISPLAY.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)  # the repository
build=""
out=""
keep=false

fail() { echo "$name: FAILED: $*" >&2; exit 1; }

# --build DIR, --out DIR, --keep, and --help, which prints the calling script's opening comment.
drive_options() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --build) build="$2"; shift 2 ;;
      --out) out="$2"; shift 2 ;;
      --keep) keep=true; shift ;;
      -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
      *) echo "$name: unknown option '$1'; see --help" >&2; exit 2 ;;
    esac
  done
}

drive_setup() {
  local missing=() each candidate n
  command -v Xvfb >/dev/null || missing+=("Xvfb (Debian package xvfb)")
  command -v xdotool >/dev/null || missing+=("xdotool (Debian package xdotool)")
  command -v import >/dev/null || missing+=("import (Debian package imagemagick)")
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "$name: this script needs, and does not install:" >&2
    for each in "${missing[@]}"; do echo "  - $each" >&2; done
    echo "Install them with scripts/install-deps.sh (they are in scripts/packages.txt)." >&2
    exit 1
  fi

  if [[ -z "$build" ]]; then
    for candidate in "$root/build" "$root/build/release"; do
      [[ -x "$candidate/gui/innotrack-gui" && -x "$candidate/cli/innotrack" ]] && { build="$candidate"; break; }
    done
  fi
  gui="$build/gui/innotrack-gui"
  cli="$build/cli/innotrack"
  [[ -x "$gui" && -x "$cli" ]] ||
    fail "no built innotrack-gui and innotrack in '${build:-build}'; build them (ninja -C build gui/innotrack-gui cli/innotrack) or give --build DIR"

  [[ -n "$out" ]] || out="$build/$name"
  work=$(mktemp -d "/tmp/$name.XXXXXX")
  db="$work/portfolio.db"
  locations="$work/locations.txt"
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  trap drive_cleanup EXIT

  # A display number nobody uses: no socket and no lock file.
  display=""
  for n in $(seq 71 139); do
    if [[ ! -e "/tmp/.X11-unix/X$n" && ! -e "/tmp/.X$n-lock" ]]; then display=$n; break; fi
  done
  [[ -n "$display" ]] || fail "no free X display number between :71 and :139"
  Xvfb ":$display" -screen 0 "${screen:-1280x800}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [[ -e "/tmp/.X11-unix/X$display" ]] && break; sleep 0.1; done
  [[ -e "/tmp/.X11-unix/X$display" ]] || fail "Xvfb did not start on :$display (see $work/xvfb.log)"
  export DISPLAY=":$display"
  # The app remembers its settings and window layout here, not in the person's own.
  export HOME="$work/home" XDG_CONFIG_HOME="$work/config"
  mkdir -p "$HOME" "$XDG_CONFIG_HOME"
  echo "$name: Xvfb on :$display, screenshots in $out"

  "$cli" --db "$db" demo >/dev/null || fail "could not create the demo portfolio in $db"
}

xvfb_pid=""
app_pid=""
drive_cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  if $keep; then echo "$name: kept $work"; else rm -rf "$work"; fi
}

job=""
declare -A clicks=() keys=() typed=()
step=0
window=""
# The centre of the control located under KEY, as "X Y" in window pixels, once it has been drawn
# at the same place in two looks 0.15 s apart (a dialog settles its size on its first frames);
# empty when it is not drawn within SECONDS (default 10).
where() {
  local key="$1" seconds="${2:-10}" last="" now="" tries
  tries=$(awk -v s="$seconds" 'BEGIN { print int(s / 0.15) }')
  for _ in $(seq "$tries"); do
    now=$(awk -v k="$key" '{ name = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ [^ ]+ /, "", name)
                              if (name == k) { printf "%d %d\n", ($1 + $3) / 2, ($2 + $4) / 2; exit } }' \
            "$locations" 2>/dev/null || true)
    [[ -n "$now" && "$now" == "$last" ]] && { echo "$now"; return 0; }
    last="$now"
    sleep 0.15
  done
  return 1
}

shown() { where "$1" "${2:-10}" >/dev/null; }
await() { shown "$1" "${3:-10}" || fail "$job: ${2:-the app never showed '$1'} (screenshots so far in $out)"; }

# The window as it is now, into OUT/NN-NAME.png; with a second argument, into OUT/FILE instead.
shot() {
  step=$((step + 1))
  sleep 0.3  # a frame or two, so what was just done is drawn
  import -window "$window" "${2:-$(printf '%s/%02d-%s.png' "$out" "$step" "$1")}"
}

# A click on the control KEY, the button held 0.1 s: ImGui 1.86 reads the mouse once a frame.
click() {
  local at
  at=$(where "$1") || fail "$job: '$1' is not on the screen to click (screenshots so far in $out)"
  # shellcheck disable=SC2086
  xdotool mousemove --window "$window" $at
  sleep 0.1
  xdotool mousedown 1
  sleep 0.1
  xdotool mouseup 1
  clicks[$job]=$((${clicks[$job]:-0} + 1))
  sleep 0.2
}

# A key or chord such as ctrl+2, held 0.1 s: ImGui 1.86 loses a key pressed and released
# between two frames.
key() {
  xdotool keydown "$1"
  sleep 0.1
  xdotool keyup "$1"
  keys[$job]=$((${keys[$job]:-0} + 1))
  sleep 0.2
}

type_text() {
  xdotool type --delay 60 "$1"
  typed[$job]=$((${typed[$job]:-0} + ${#1}))
  sleep 0.2
}

# Starts the app on the portfolio as PERSON, with any further innotrack-gui options, and waits
# for its window and its first frame.
launch() {
  job="$1"
  local person="$2"
  shift 2
  rm -f "$locations"
  "$gui" --db "$db" --as "$person" --locations "$locations" "$@" >"$work/gui-$step.log" 2>&1 &
  app_pid=$!
  window=$(timeout 15 xdotool search --sync --onlyvisible --name '^innotrack' | awk 'NR == 1') ||
    fail "$job: the app's window did not appear (see $work/gui-$step.log)"
  # On the window's bottom right edge, where nothing is hovered.
  eval "$(xdotool getwindowgeometry --shell "$window")"
  xdotool mousemove --window "$window" $((WIDTH - 4)) $((HEIGHT - 4))
  xdotool windowfocus "$window" 2>/dev/null || true
  await "tab.board" "the app did not draw its tabs"
  clicks[$job]=${clicks[$job]:-0} keys[$job]=${keys[$job]:-0} typed[$job]=${typed[$job]:-0}
}

# Ctrl+Q, then waits for the app to exit.
quit() {
  key ctrl+q
  for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$app_pid" 2>/dev/null && fail "$job: Ctrl+Q did not close the app"
  wait "$app_pid" || fail "$job: the app exited with an error (see $work/gui-*.log)"
  app_pid=""
}
