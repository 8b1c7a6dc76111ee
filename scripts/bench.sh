#!/usr/bin/env bash
# Where the time goes: the native criterion benches (benches/estimate.rs) and the wasm under Node
# (benches/wasm.mjs, on the pkg/ of this checkout) in one run, then the native/wasm ratio of each
# case both time, and the machine's load (the figures of docs/speed.md come from this script).
# Usage: scripts/bench.sh [N]   (N: timed runs per wasm case, default 200). Criterion's own
# reports stay in $CARGO_TARGET_DIR/criterion/ (target/ when unset).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-200}"
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(uptime | sed 's/.*load average: //'); $(nproc) CPUs"
cargo bench --bench estimate -- --noplot 2>&1 | grep -E '^[a-z_/0-9]+ *$|time:|thrpt:' || true
node benches/wasm.mjs "$runs" | tee "$target/wasm-bench.jsonl"
# Each wasm case beside criterion's median of the native one (ns in estimates.json).
TARGET="$target" node -e '
  const fs = require("fs");
  const target = process.env.TARGET;
  for (const line of fs.readFileSync(`${target}/wasm-bench.jsonl`, "utf8").trim().split("\n")) {
    const w = JSON.parse(line);
    const file = `${target}/criterion/${w.bench}/new/estimates.json`;
    if (!fs.existsSync(file)) continue;
    const native = JSON.parse(fs.readFileSync(file, "utf8")).median.point_estimate / 1000;
    console.log(`${w.bench}: native ${native.toFixed(1)} µs, wasm ${w.median_us} µs, ratio ${(w.median_us / native).toFixed(2)}`);
  }'
echo "# load after: $(uptime | sed 's/.*load average: //')"
