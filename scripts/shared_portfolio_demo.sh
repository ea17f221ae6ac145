#!/usr/bin/env bash
# The README's "first week" on a shared portfolio, at three desks, on a throwaway PostgreSQL
# cluster: what docs/SHARED_PORTFOLIO.md shows. Run it from a built checkout:
#   pg_virtualenv scripts/shared_portfolio_demo.sh [path/to/innotrack]
# (pg_virtualenv signs this script in as the cluster's superuser, the server's administrator.)
set -uo pipefail
it=$(realpath "${1:-build/release/cli/innotrack}")
export INNOTRACK_TODAY=2026-11-02
show() { printf '\n$ %s\n' "$*"; "$@"; status=$?; [ $status -ne 0 ] && echo "(exit status $status)"; return 0; }
desk() {  # desk LOGIN COMMAND...: a person at their own desk, signed in as themselves
    local login=$1; shift
    printf '\n[%s]$ innotrack %s\n' "$login" "$*"
    PGUSER=$login PGPASSWORD=$login-secret "$it" --db postgresql:///council "$@"
    status=$?; [ $status -ne 0 ] && echo "(exit status $status)"; return 0
}

echo "# The administrator: a login that may create roles, owning the council's database"
show createuser --createrole council_admin
show psql -qc "ALTER ROLE council_admin PASSWORD 'admin-secret'"
show createdb --owner council_admin council
export PGUSER=council_admin PGPASSWORD=admin-secret
show "$it" --db postgresql:///council init --leader "Cllr Sara Jones" --login sjones
show "$it" --db postgresql:///council --as "Cllr Sara Jones" person add --name "Cllr Tom Price" --role cabinet \
    --portfolio "Adult social care" --login tprice
show "$it" --db postgresql:///council --as "Cllr Sara Jones" person add --name "Nia Evans" --role officer --login nevans
show "$it" --db postgresql:///council --as "Cllr Sara Jones" person add --name "Dewi Hughes" --role viewer --login dhughes
# Passwords (or the council's Kerberos principals) are the administrator's to set, never innotrack's.
for login in sjones tprice nevans dhughes; do psql -qc "ALTER ROLE $login PASSWORD '$login-secret'"; done
show psql -Atc "SELECT rolname, rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname IN ('sjones', 'tprice', 'nevans', 'dhughes') ORDER BY 1"

echo
echo "# The leader's desk"
desk sjones ambition add --title "Every older person lives independently at home" --horizon 2045
echo
echo "# The cabinet member's desk"
desk tprice innovation add --title "Home care by video call" --ambition 1 --cabinet-lead "Cllr Tom Price" \
    --lead-officer "Nia Evans" --budget 250000 --inspired-by "Wigan Council's 'The Deal'"
echo
echo "# The officer's desk"
desk nevans milestone add --innovation 1 --title "Provider chosen" --due 2026-10-30
desk nevans milestone add --innovation 1 --title "Pilot starts" --due 2026-12-01
desk nevans milestone done 1 --on 2026-10-28
desk nevans milestone move 2 --to 2027-01-12 --reason "Tablets delivered late"
desk nevans setback log --innovation 1 --kind intelligent --on today \
    --what "Residents over 85 could not join calls without help" \
    --new-territory --credible-opportunity --informed --small --learned
echo
echo "# The officer claims to be the leader: refused"
desk nevans --as "Cllr Sara Jones" ambition add --title "Claimed" --horizon 2040
echo
echo "# The viewer tries to move the stage: refused"
desk dhughes innovation stage 1 --to piloting
echo
echo "# Who did what: each change names the login the server signed in"
desk sjones history
echo
echo "# A second innovation, led by another officer; Nia tries to change its milestone from psql"
desk sjones person add --name "Owen Morgan" --role officer --login omorgan
psql -qc "ALTER ROLE omorgan PASSWORD 'omorgan-secret'"
desk tprice innovation add --title "Community energy" --cabinet-lead "Cllr Tom Price" --lead-officer "Owen Morgan"
desk omorgan milestone add --innovation 2 --title "Panels up" --due 2027-05-01
printf '\n[nevans]$ psql -c "UPDATE milestones SET due = due + 30 WHERE id = 3"\n'
PGUSER=nevans PGPASSWORD=nevans-secret psql -d council -c "UPDATE milestones SET due = due + 30 WHERE id = 3" 2>&1
printf '\n[nevans]$ psql -c "DELETE FROM audit"\n'
PGUSER=nevans PGPASSWORD=nevans-secret psql -d council -c "DELETE FROM audit" 2>&1
exit 0
