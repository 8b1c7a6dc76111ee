#!/usr/bin/env bash
# Runs every test that depends on "today" with the current month pretended, so that a test (or
# the product) that only works in the month it was written cannot come back unnoticed.
#
#   bash scripts/time-travel.sh [--quick] [YYYY-MM ...]
#
# Default months: 2026-12 2027-07 2031-01 2039-12. Each run sets PENSION_TODAY, the one place the
# current month comes from in the tests: the CLI reads it (src/clock.rs), the JS tests pin Node's
# and Chromium's Date to it (tests/clock.mjs), and the wasm core reads that Date. --quick leaves
# out the two browser suites (scripts/test.sh runs the quick check at the later months; the
# browser suites run there once, at the default month). Expects what scripts/test.sh builds:
# the debug CLI, pkg/, web/dist/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi
months=("$@")
[ ${#months[@]} -gt 0 ] || months=(2026-12 2027-07 2031-01 2039-12)
for m in "${months[@]}"; do
  printf '\n--- pretending the current month is %s\n' "$m"
  export PENSION_TODAY="$m"
  [ "$(target/debug/pension-estimator today)" = "$m" ] || { echo "the CLI does not read PENSION_TODAY"; exit 1; }
  cargo test -q --test time --test cli
  node tests/wasm/smoke.mjs
  node tests/embed/node.mjs
  node tests/embed/miniprogram.mjs
  node --test web/tests/ 2>&1 | tail -n 8
  if [ "$quick" = 0 ]; then
    node web/tests/e2e.mjs
    node web/tests/embed.mjs
  fi
done
unset PENSION_TODAY
printf '\ntime travel: %s month(s) passed\n' "${#months[@]}"
