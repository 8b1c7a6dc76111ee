#!/usr/bin/env bash
# The wasm's size against its speed, level by level: builds the module at each optimization level
# (opt-level z as shipped, s, 2 — each otherwise as scripts/build-wasm.sh builds pkg/, into
# target/wasm-levels/<level>/, pkg/ untouched) and measures each side by side
# (benches/wasm-levels.mjs): the download (the page's gzip measure and the first visit it makes),
# the headline in Node, the core's calls of one edit of the page in Node, and with PAGE=1 the
# rider's wait after an edit in Chromium at 4x CPU throttle (the browser test's measure).
# Usage: scripts/wasm-levels.sh [levels…]   (default: z s 2; about 3 minutes a level to build).
# docs/speed.md ("Round 8") has the figures and what they decided.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ $# -gt 0 ]; then levels=("$@"); else levels=(z s 2); fi
dirs=()
for level in "${levels[@]}"; do
  WASM_OPT_LEVEL="$level" WASM_OUT="target/wasm-levels/$level" bash scripts/build-wasm.sh
  dirs+=("target/wasm-levels/$level")
done
node web/build.mjs   # the page of this checkout: its first visit, and the page PAGE=1 serves
node benches/wasm-levels.mjs "${dirs[@]}"
