#!/usr/bin/env bash
# Runs every test: formatting, lints, unit/integration/property/doc tests, the CLI example,
# and a wasm32 build of the core (proving the core has no native-only dependency).
# Installs what it needs first (idempotent). Exit status non-zero when anything fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
ensure_rust
ensure_wasm_tools
ensure_web_deps
ensure_chromium

step() { printf '\n=== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --all-targets -- -D warnings

step "cargo test (unit, integration, property, doc)"
cargo test --all-targets
cargo test --doc

step "cargo doc (intra-doc links resolve, warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -q

step "benchmarks compile"
cargo bench --no-run -q

step "committed pkg/ under Node equals the native CLI"
cargo build -q
node tests/wasm/smoke.mjs

step "pkg/types.d.ts (generated from the Rust types) accepts the CLI's real JSON (tsc --strict)"
node web/tests/types-check.mjs

step "embedding API: Node host, simulated WeChat mini-program runtime (both against the native CLI)"
node tests/embed/node.mjs
node tests/embed/miniprogram.mjs
node tests/embed/throughput.mjs 200
bash tests/embed/types.sh

step "one contract per door: generated hostile scenarios at the CLI, the API (text, objects) and the page's restore"
node tests/embed/hostile.mjs

step "saved-state restore path, fuzzed (node:test)"
node --test web/tests/

step "web page in Chromium (playwright-core), alone and framed by a host app on another origin"
node web/build.mjs
node web/tests/e2e.mjs
node web/tests/embed.mjs

step "time travel: the date-dependent tests with the current month pretended (PENSION_TODAY)"
bash scripts/time-travel.sh --quick 2027-07 2031-01 2039-12

step "core builds for wasm32 (no CLI or native dependency)"
( eval "$(wasm_env)"; cargo build -q --lib --release --target wasm32-unknown-unknown --target-dir target/wasm-check )
ls -l target/wasm-check/wasm32-unknown-unknown/release/pension_estimator.wasm
wasm-pack --version

step "dependency licences and duplicate versions (cargo deny, offline)"
ensure_cargo_tool cargo-deny cargo-deny
cargo deny --offline check licenses bans

# The fuzzing time (FUZZ_SECONDS, default 60) is split between the two targets: any text ->
# estimate, and structured hostile scenarios -> validate, estimate, gaps, choices.
# -s none: no AddressSanitizer. The crate forbids unsafe code (src/lib.rs), so the sanitizer finds
# nothing a panic would not; without it the structured target runs about twice as many inputs in
# the same time (1,344 corpus inputs replayed in 18 s against 35 s, measured 2026-12-06).
fuzz_half=$(( (${FUZZ_SECONDS:-60} + 1) / 2 ))
step "fuzzing scenario JSON -> estimate for ${fuzz_half} s (cargo fuzz)"
ensure_cargo_tool cargo-fuzz cargo-fuzz
mkdir -p fuzz/corpus/estimate fuzz/corpus/hostile
( cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none estimate corpus/estimate seeds/estimate regressions -- \
    -max_total_time="$fuzz_half" -timeout=5 -rss_limit_mb=2048 2>&1 | grep -E '^Done|ERROR|SUMMARY|panicked' )

step "fuzzing structured hostile scenarios -> validate ok => estimate, gaps, choices answer, for ${fuzz_half} s"
# -len_control=0 -max_len=1024: the generator needs a few hundred bytes of input for a whole
# scenario; libFuzzer would otherwise grow inputs from a few bytes (92 after 50 minutes).
( cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none hostile corpus/hostile regressions-hostile -- \
    -max_total_time="$fuzz_half" -timeout=10 -rss_limit_mb=2048 -len_control=0 -max_len=1024 2>&1 | grep -E '^Done|ERROR|SUMMARY|panicked' )

step "all tests passed"
