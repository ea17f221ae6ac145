#!/usr/bin/env bash
# The pictures --screenshot cannot take, because a person's clicks, typing and keys lead to them,
# made in the real window under Xvfb with xdotool:
#   review-close-summary-WxH.png  the weekly review's summary shown before closing: what has no
#                                 entry yet, and a comment typed but not recorded (1280x800, 1024x700);
#   meeting-end-WxH.png           meeting mode's end page, the decisions taken (1280x800, 1024x700);
#   focus-outline-1280x800.png, focus-outline-dark-1280x800.png
#                                 the keyboard focus outline on the setback form, moved there with
#                                 the arrow keys, in the light and the dark theme.
# On a fresh demo portfolio, Cllr Priya Shah starts this week's review and records three
# innovations through innotrack; the app then does the rest.
#
# Usage: scripts/gui_window_screenshots.sh [--build DIR] [--out DIR] [--keep]
#   --build DIR  where innotrack-gui and innotrack were built (default: build, else build/release)
#   --out DIR    where the pictures go (default: gui/screenshots)
#   --keep       keep the portfolio and the app's settings (the path is printed)
# Needs Xvfb, xdotool and ImageMagick's import (in scripts/packages.txt); installs nothing.
set -euo pipefail

name=gui_window_screenshots
# shellcheck source=scripts/gui_drive.sh
source "$(dirname "${BASH_SOURCE[0]}")/gui_drive.sh"
drive_options "$@"
[[ -n "$out" ]] || out="$root/gui/screenshots"
drive_setup

chair="Cllr Priya Shah"
as_chair() { "$cli" --db "$db" --as "$chair" "$@" >/dev/null || fail "innotrack $* did not succeed"; }
as_chair review start
as_chair review record --innovation 5 --confidence amber --comment "Westfield team two carers short." \
  --decision "Recruit two carers before the next review; Sophie Turner to report."
as_chair review record --innovation 8 --confidence amber-red --comment "The grid connection slipped to March." \
  --decision "Ask the network operator for a firm date; consider a smaller first phase."
as_chair review record --innovation 3 --confidence amber --comment "Social value weighting agreed by procurement." \
  --decision "Take the revised procurement rules to cabinet in January."
draft_for=6  # Falls prevention sensors at home: typed, not recorded

for size in 1280x800 1024x700; do
  launch "close summary $size" "$chair" --size "$size"
  key ctrl+2
  await "review.item.$draft_for" "the open review's list did not show"
  click "review.item.$draft_for"
  click "review.comment"
  type_text "Forty homes fitted; the responder contract starts in January."
  click "review.close"
  await "review.close.record" "the close summary did not offer to record what was typed"
  shot "" "$out/review-close-summary-$size.png"
  click "review.close.keep"
  quit

  launch "meeting end $size" "$chair" --size "$size" --meeting
  await "review.meeting.leave" "meeting mode did not show"
  for _ in $(seq 40); do
    shown "review.meeting.decisions" 0.4 && break
    key Right
  done
  await "review.meeting.decisions" "the arrow keys did not reach meeting mode's end page"
  shot "" "$out/meeting-end-$size.png"
  quit
done

# The focus outline: Down from the tabs focuses the view, Space enters it, and Down steps through
# the form (the innovation, what happened, when, the risk, the response) to its second question.
for theme in light dark; do
  launch "focus outline $theme" "Gareth Evans" --theme "$theme"
  key ctrl+4
  await "setback.question.0" "the setback form did not show"
  key Down
  key space
  for _ in $(seq 6); do key Down; done
  shot "" "$out/focus-outline$([[ $theme == dark ]] && echo -dark)-1280x800.png"
  quit
done
echo "$name: wrote, in $out, review-close-summary-{1280x800,1024x700}.png, meeting-end-{1280x800,1024x700}.png," \
  "focus-outline-1280x800.png and focus-outline-dark-1280x800.png"
