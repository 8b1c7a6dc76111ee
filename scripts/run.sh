#!/usr/bin/env bash
# The main job. Until the web app exists: builds the CLI and estimates the bundled example,
# printing the headline figures (the full JSON goes to target/example-estimate.json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
ensure_rust
cargo build -q --release
bin=target/release/pension-estimator
"$bin" estimate examples/rider-guangdong.json > target/example-estimate.json
python3 - target/example-estimate.json <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))
p, r = e["employee"]["pension"], e["resident"]
print(f"例子 / example: examples/rider-guangdong.json (as of {e['as_of']})")
print(f"退休 / retirement: {e['retirement']['month']} at {e['retirement']['age']['years']}y{e['retirement']['age']['months']}m, paid in {e['benefit_location']['region']}")
print(f"职工养老金 / employee pension: {p['total']} yuan/month (today's money {p['formula_total_today']}); basic {p['basic']} + account {p['account']}")
print(f"城乡居民养老金 / resident pension: {r['total']} yuan/month ({r['years']} of {r['min_years']} years)")
print(f"full estimate: {sys.argv[1]}")
PY
