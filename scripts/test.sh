#!/usr/bin/env bash
# README's test command: installs what is missing, builds the dev preset (warnings as errors)
# and runs every test through ctest. Pass --asan to use the sanitizer preset instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=dev
[[ "${1:-}" == "--asan" ]] && preset=asan

scripts/install-deps.sh
cmake --workflow --preset "$preset"
