#!/usr/bin/env bash
# The three weekly jobs done in the desktop app's real window, as a person would, then checked
# through the command line:
#   1. the cabinet member (Cllr Priya Shah) looks at the board, runs the weekly review: starts it,
#      records a confidence, comment and decision for the first innovation, and closes it;
#   2. the project officer (Gareth Evans) logs a setback for an innovation he leads, with its lesson;
#   3. the leader (Cllr Helen Marsh) opens the tally in the Reports view and writes it as Markdown.
# Each runs innotrack-gui on a fresh demo portfolio under an Xvfb display of its own, driven by
# xdotool with real key presses and mouse clicks. Where to click is read from the app itself
# (innotrack-gui --locations FILE writes where each named control was drawn), so nothing depends
# on pixel positions guessed in advance. A screenshot of each step goes to the output folder.
# Afterwards `innotrack` checks that what was done is stored; the script exits 1 with the reason if
# not. Finally it prints how many clicks, keys and typed characters each job took.
#
# Usage: scripts/gui_weekly_jobs.sh [--build DIR] [--out DIR] [--keep]
#   --build DIR  where innotrack-gui and innotrack were built (default: build, else build/release)
#   --out DIR    where the screenshots go (default: BUILD/gui_weekly_jobs; the last run's are replaced)
#   --keep       keep the portfolio and the app's settings (the path is printed)
# Needs Xvfb, xdotool and ImageMagick's import (Debian packages xvfb, xdotool, imagemagick; all
# in scripts/packages.txt, so scripts/install-deps.sh installs them). It installs nothing itself.
set -euo pipefail

name=gui_weekly_jobs
# shellcheck source=scripts/gui_drive.sh
source "$(dirname "${BASH_SOURCE[0]}")/gui_drive.sh"
drive_options "$@"
drive_setup
rm -f "$out"/[0-9][0-9]-*.png "$out/leader-tally.md"  # the last run's, nothing else


# An innovation's id by its title, from the command line. (No awk 'exit' in these pipelines:
# with pipefail, the command it cut off would fail the script.)
innovation_id() {
  "$cli" --db "$db" --format csv innovation list | tr -d '\r' |
    awk -F, -v t="$1" 'NR > 1 && $2 == t && !found { print $1; found = 1 }'
}

today=$(date +%F)
stamp=$(date +%H%M%S)
comment="One milestone slipped a week; the team expects to recover it ($stamp)."
decision="Report the recovery plan at the next review ($stamp)."
setback_text="The car park survey found asbestos in the ticket office ($stamp)."
setback_response="Work moved to the other five car parks while the office is cleared."
lesson_effect="Three weeks lost on one site."
lesson_cause="No asbestos survey before the contract was let."
lesson_warnings="The building dates from 1972."
lesson_recommendation="Commission an asbestos survey of every old building on a site before letting the contract."

# --- job 1: the cabinet member's weekly review ---------------------------------------------
launch "cabinet member" "Cllr Priya Shah"
key ctrl+1
await "board.filter.text" "the board did not show"
shot "cabinet-board"
key ctrl+2
await "review.start" "the weekly review's start button did not show"
shot "cabinet-review-start"
click "review.start"
await "review.record" "the review did not start"
shot "cabinet-review-started"
click "review.confidence.amber"
click "review.comment"
type_text "$comment"
click "review.decision"
type_text "$decision"
shot "cabinet-entry-typed"
click "review.record"
sleep 0.5
click "review.close"
await "review.close.confirm" "the close summary did not show"
shot "cabinet-close-summary"
click "review.close.confirm"
await "review.start" "the review did not close"
shot "cabinet-review-closed"
quit

# --- job 2: the project officer's setback and lesson ---------------------------------------
officer_innovation="Solar canopies on council car parks"
officer_id=$(innovation_id "$officer_innovation")
[[ -n "$officer_id" ]] || fail "the demo has no innovation called '$officer_innovation'"
setbacks_before=$("$cli" --db "$db" --format csv setback list --innovation "$officer_id" | tail -n +2 | wc -l)
launch "project officer" "Gareth Evans"
key ctrl+4
await "setback.innovation" "the setback form did not show"
shot "officer-setback-form"
click "setback.innovation"
# The innovation in the chooser's list; scrolled to when the list is longer than the popup.
for _ in $(seq 10); do
  shown "setback.innovation.$officer_id" 1 && break
  xdotool click 5
  clicks[$job]=$((${clicks[$job]} + 1))
done
click "setback.innovation.$officer_id"
click "setback.what"
type_text "$setback_text"
click "setback.response"
type_text "$setback_response"
click "setback.kind.basic"
shot "officer-setback-typed"
click "setback.submit"
await "lesson.what" "the setback was not logged (the lesson step did not show)"
shot "officer-lesson-step"
# "What happened" comes filled in with the setback's own words; the officer keeps them.
await "lesson.what"
click "lesson.effect"
type_text "$lesson_effect"
click "lesson.cause"
type_text "$lesson_cause"
click "lesson.warnings"
type_text "$lesson_warnings"
click "lesson.recommendation"
type_text "$lesson_recommendation"
click "lesson.tags"
type_text "asbestos, surveys"
shot "officer-lesson-typed"
click "lesson.submit"
await "setback.another" "the lesson was not saved"
shot "officer-done"
quit

# --- job 3: the leader reads the tally -----------------------------------------------------
launch "leader" "Cllr Helen Marsh"
key ctrl+8
await "reports.period" "the Reports view did not show"
shot "leader-tally"
click "reports.write.md"
tally_file="$work/tally-$today.md"
for _ in $(seq 30); do [[ -s "$tally_file" ]] && break; sleep 0.1; done
shot "leader-tally-written"
quit

# --- what is stored ------------------------------------------------------------------------
echo "gui_weekly_jobs: checking what is stored, through innotrack"
q() { "$cli" --db "$db" --format csv "$@" | tr -d '\r'; }

review_line=$(q review list | awk -F, -v d="$today" 'NR > 1 && $2 == d && !found { print; found = 1 }')
[[ -n "$review_line" ]] || fail "cabinet member: no review held on $today is stored"
review_id=${review_line%%,*}
[[ "$review_line" == *",Cllr Priya Shah,closed,$today" ]] ||
  fail "cabinet member: the review of $today is not closed and chaired by Cllr Priya Shah: $review_line"
# The entry typed, as stored: its confidence, comment and decision (the CSV form of review show
# has no entries, so the JSON one is read).
reviewed=$("$cli" --db "$db" --format json review show "$review_id" | python3 -c '
import json, sys
review = json.load(sys.stdin)
comment, decision = sys.argv[1], sys.argv[2]
found = [e for e in review["entries"] if e["comment"] == comment]
if len(found) != 1: sys.exit("no entry holds the comment typed")
if found[0]["decision"] != decision: sys.exit("the entry does not hold the decision typed")
if found[0]["confidence"] != "amber": sys.exit("the entry records confidence " + found[0]["confidence"] + ", not Amber")
print(found[0]["innovation"])' "$comment" "$decision" 2>&1) ||
  fail "cabinet member: review $review_id: $reviewed"
q history --entity review --id "$review_id" | grep -qi "close" ||
  fail "cabinet member: the audit trail does not show review $review_id closed"

setbacks=$(q setback list --innovation "$officer_id")
setback_line=$(grep -F "$setback_text" <<<"$setbacks" || true)
[[ -n "$setback_line" ]] || fail "project officer: no setback with the text typed is stored for '$officer_innovation'"
[[ $(tail -n +2 <<<"$setbacks" | wc -l) -eq $((setbacks_before + 1)) ]] ||
  fail "project officer: expected exactly one new setback for '$officer_innovation'"
setback_id=${setback_line%%,*}
grep -qF ",basic," <<<"$setback_line" || fail "project officer: the setback is not recorded as a basic failure"
grep -qF "Gareth Evans" <<<"$setback_line" || fail "project officer: the setback is not logged by Gareth Evans"
lesson_line=$(q lesson list | grep -F "$lesson_recommendation" || true)
[[ -n "$lesson_line" ]] || fail "project officer: no lesson with the recommendation typed is stored"
grep -qF "$setback_text" <<<"$lesson_line" || fail "project officer: the lesson does not say what happened in the setback's words"
[[ "$lesson_line" == *",$setback_id,"* ]] || fail "project officer: the lesson is not tied to setback $setback_id: $lesson_line"
grep -qF "$lesson_cause" <<<"$lesson_line" || fail "project officer: the lesson's cause is not stored"
grep -qF "asbestos" <<<"$lesson_line" || fail "project officer: the lesson's tags are not stored"
q audit verify >/dev/null 2>&1 || "$cli" --db "$db" audit verify >/dev/null ||
  fail "the audit trail does not verify after the three jobs"

[[ -s "$tally_file" ]] || fail "leader: the tally was not written next to the portfolio ($tally_file)"
cli_tally=$("$cli" --db "$db" --format md report tally 2>/dev/null || true)
[[ -n "$cli_tally" ]] || fail "leader: innotrack report tally printed nothing"
# The same figures: every table row of the command's tally is in the file the app wrote.
while IFS= read -r row; do
  grep -qF -- "$row" "$tally_file" || fail "leader: the app's tally lacks the command's row: $row"
done < <(grep '^|' <<<"$cli_tally" | grep -v -- '---')
cp "$tally_file" "$out/leader-tally.md"

echo "gui_weekly_jobs: PASSED: review $review_id closed with the entry typed for '$reviewed'; setback $setback_id and its lesson stored; the tally written ($(grep -c '^|' "$tally_file") table rows, as the command prints them)"
echo
printf '%-16s %7s %6s %17s\n' "job" "clicks" "keys" "characters typed"
for each in "cabinet member" "project officer" "leader"; do
  printf '%-16s %7d %6d %17d\n' "$each" "${clicks[$each]}" "${keys[$each]}" "${typed[$each]}"
done
echo "(keys: shortcuts such as Ctrl+2 and Ctrl+Q, each chord counted once; a click on a list's scroll wheel counts as a click)"
