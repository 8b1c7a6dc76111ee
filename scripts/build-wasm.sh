#!/usr/bin/env bash
# Builds pkg/ (the npm package: wasm module, JS glue, TypeScript declarations) from the Rust
# core, shrinks the wasm with Debian's wasm-opt, and records the hash of the sources it was built
# from (pkg/SOURCE_HASH; tests/pkg_fresh.rs fails when pkg/ is stale).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
ensure_rust
ensure_wasm_tools
ensure_web_deps
wasm_opt="$PWD/web/node_modules/.bin/wasm-opt"   # binaryen 132 from npm (Debian's 108 breaks externref tables)
eval "$(wasm_env)"
# For the phone: opt-level z (size), one codegen unit, LTO, abort on panic (the core does not panic
# on input; see src/wasm.rs). z costs speed: decimal arithmetic is slow in wasm32 (128-bit products
# are emulated), and an estimate of the README example takes about 6.5 ms in Node (V8) with z
# against 4.7 ms with s (measured 2026-11-23). The page's re-render was made cheaper so that the
# per-edit budget (16 ms) still holds with z, and z is what keeps the module under its 120 kB
# budget (118.5 kB against 125 kB with s). WASM_OPT_LEVEL=s builds the other way, for measuring.
# WASM_OUT=dir builds such a copy there instead of pkg/ (module and glue only, its own cargo target
# directory; pkg/ untouched): scripts/wasm-levels.sh measures the levels side by side.
out=${WASM_OUT:-pkg}
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${WASM_OPT_LEVEL:-z} CARGO_PROFILE_RELEASE_LTO=true \
       CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_PANIC=abort
export CARGO_TARGET_DIR=target/wasm${WASM_OUT:+-${WASM_OPT_LEVEL:-z}}
# Smaller still: the standard library rebuilt for size (-Z build-std, build-std-features
# optimize_for_size) with panics as immediate traps (-C panic=immediate-abort: no panic
# messages or formatting machinery in the module), when the std source is at hand — rustup's
# rust-src, or Debian's rust-web-src on the Debian route. It needs RUSTC_BOOTSTRAP (as the
# fuzzing step does). Measured (z, 2026-11-23): 210 kB gzipped → 202 kB (std for size) → 186 kB
# (and immediate abort). A trap is still caught and the instance replaced by the JS door
# (web/src/core.js, embed/api.mjs); only the panic's text is lost. Without the source the
# prebuilt std is used: the module works the same and is larger.
std_args=()
std_src="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
if [ ! -d "$std_src" ] && [ "$PENSION_WASM_ROUTE" = rustup ]; then
  timeout 60 rustup component add rust-src >/dev/null 2>&1 || true
fi
if [ -d "$std_src" ]; then
  std_args=(. -- -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size)
  export RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
else
  printf '[build-wasm] no std source (%s): prebuilt std, larger module\n' "$std_src" >&2
fi
mkdir -p target   # the log below is written there, also on a fresh clone before any cargo build
wasm_before="$(stat -c %Y "$out/pension_estimator_bg.wasm" 2>/dev/null || echo 0)"
if ! wasm-pack build --release --target web --out-dir "$(realpath -m "$out")" --out-name pension_estimator --no-opt "${std_args[@]}" >target/wasm-pack.log 2>&1; then
  grep -v '^\[INFO\]' target/wasm-pack.log | tail -40 >&2
  echo "[build-wasm] wasm-pack failed (log: target/wasm-pack.log)" >&2
  exit 1
fi
unset RUSTC_BOOTSTRAP RUSTFLAGS
test -s "$out/pension_estimator_bg.wasm"
[ "$(stat -c %Y "$out/pension_estimator_bg.wasm")" != "$wasm_before" ] || { echo "[build-wasm] $out/ was not rebuilt" >&2; exit 1; }
# Functions that differ only in constants merged (rust_decimal's operators come in near-identical
# copies), then -Oz twice. Measured (gzip -9): -Oz, merge, -Oz was 0.5 kB less than -Oz alone
# (2026-11-23); merging first, before -Oz has inlined the copies into different shapes, is
# 0.2 kB less again (126,189 -> 126,005 bytes, 2026-12, docs/size.md).
"$wasm_opt" --merge-similar-functions -Oz -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-multivalue \
  "$out/pension_estimator_bg.wasm" -o "$out/pension_estimator_bg.wasm"
rm -f "$out/.gitignore"
unset CARGO_TARGET_DIR
if [ "$out" != pkg ]; then
  printf '[build-wasm] %s/pension_estimator_bg.wasm (opt-level %s): %s bytes\n' "$out" "$CARGO_PROFILE_RELEASE_OPT_LEVEL" "$(wc -c < "$out/pension_estimator_bg.wasm")" >&2
  exit 0
fi
# The JSON types (Scenario, Estimate, replies …) from the Rust types, and listed in the package.
UPDATE_TYPES=1 cargo test -q --test ts_types >/dev/null
node -e '
  const fs = require("fs"); const p = "pkg/package.json"; const j = JSON.parse(fs.readFileSync(p));
  for (const f of ["types.d.ts", "params.js", "params.d.ts", "sources.js", "sources.d.ts"]) if (!j.files.includes(f)) j.files.push(f);
  fs.writeFileSync(p, JSON.stringify(j, null, 2) + "\n");'
# The source hash, and pkg/params.js and pkg/sources.js: the parameter data and its sources' descriptions, which the module does not embed.
PKG_HASH_WRITE=1 cargo test -q --test pkg_fresh >/dev/null
printf '[build-wasm] pkg/pension_estimator_bg.wasm: %s bytes, %s gzipped\n' \
  "$(wc -c < pkg/pension_estimator_bg.wasm)" "$(gzip -9 -c pkg/pension_estimator_bg.wasm | wc -c)" >&2
