#!/usr/bin/env bash
# The main job: builds the web page from the committed pkg/ (rebuilding pkg/ first when the Rust
# sources changed and a Rust toolchain is here) and serves it at http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
ensure_web_deps
if command -v cargo >/dev/null && ! cargo test -q --test pkg_fresh >/dev/null 2>&1; then
  say "pkg/ is older than the Rust sources: rebuilding it"
  bash scripts/build-wasm.sh
fi
node web/build.mjs
exec node web/serve.mjs "${PORT:-8080}"
