#!/usr/bin/env bash
# Builds the Debian package build/package/innotrack_VERSION_amd64.deb from a Release build with
# CPack, checks it with lintian (Debian's package checker: fails on any error, prints warnings
# and notes) and lists what the package holds.
#   scripts/package.sh [BUILD-DIR]        (default build/package; its own, without the tests)
# Then scripts/check-package.sh installs it on a clean Debian 12 and tries it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build/package}

scripts/install-deps.sh --packaging
# Debian's hardening flags, as dpkg-buildflags gives them to every package (fortified functions,
# stack protector, read-only relocations bound at start), keeping the release preset's -O3 and
# leaving out -g (CPack strips the programs).
flags() {
  local flag out=()
  for flag in $(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"); do
    [[ "$flag" == -g || "$flag" == -O2 ]] || out+=("$flag")
  done
  echo "${out[*]}"
}
cmake --preset release -B "$build" -DINNOTRACK_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$(flags CPPFLAGS) $(flags CXXFLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)" \
    -DCMAKE_STRIP="$PWD/packaging/strip.sh" >/dev/null
cmake --build "$build" --parallel "${INNOTRACK_JOBS:-2}" \
    --target innotrack innotrack-gui innotrack_package_files
rm -f "$build"/innotrack_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/innotrack_*_amd64.deb)
deb=${debs[0]}

echo
echo "== $deb"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Suggests
echo
echo "== What it installs"
dpkg-deb --contents "$deb" | awk '{print $1, $NF}' | column -t
echo
echo "== lintian"
# Exit status 2 on any error (lintian's default --fail-on); warnings and notes are printed.
status=0
lintian --info --display-info --fail-on error "$deb" || status=$?
if ((status != 0)); then
  echo "innotrack: lintian found errors in $deb (exit $status)" >&2
  exit 1
fi
echo "lintian: no errors in $deb"
