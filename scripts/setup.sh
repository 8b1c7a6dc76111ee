#!/usr/bin/env bash
# Installs what the project needs on a machine of this kind, idempotently: a second run skips
# what is already there. Sourced by scripts/test.sh and scripts/serve.sh; run alone it installs
# everything (`bash scripts/setup.sh`).
#
# The wasm32 toolchain follows ../shared/toolchain/wasm-build-here.md: `rustup target add` where
# it works; otherwise Debian's rustc-web + a wasm32 std built once from rust-web-src.
set -euo pipefail

say() { printf '[setup] %s\n' "$*" >&2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- native Rust: rustfmt and clippy are part of the test command -----------------------------
ensure_rust() {
  command -v cargo >/dev/null || { say "no cargo on PATH: install Rust (rustup) first"; exit 1; }
  cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
  cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
}

# --- wasm32 target ------------------------------------------------------------------------------
# Prints the environment to use for wasm builds (eval it): PATH and linker for the Debian route.
WASM_SYSROOT_LIB=/usr/lib/rustlib/wasm32-unknown-unknown/lib
wasm_env() {
  if [ "${PENSION_WASM_ROUTE:-}" != debian ] && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo "export PENSION_WASM_ROUTE=rustup"
  else
    echo "export PENSION_WASM_ROUTE=debian PATH=/usr/bin:\$PATH CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld"
  fi
}

# PENSION_WASM_ROUTE=debian forces the Debian route (to test it where rustup works).
ensure_wasm_target() {
  if [ "${PENSION_WASM_ROUTE:-}" != debian ]; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then return 0; fi
  fi
  if ls "$WASM_SYSROOT_LIB"/libstd-*.rlib >/dev/null 2>&1 && [ -x /usr/bin/wasm-ld ]; then return 0; fi
  if [ "${PENSION_WASM_ROUTE:-}" != debian ]; then
    say "trying: rustup target add wasm32-unknown-unknown (60 s at most)"
    if timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then return 0; fi
  fi
  say "rustup cannot download the target here: taking the Debian route (rustc-web + own std)"
  apt_install rustc-web cargo-web rust-web-src lld binaryen
  local tmp; tmp="$(mktemp -d)"
  mkdir -p "$tmp/src"
  printf '[package]\nname = "wasm-std-seed"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n[workspace]\n' > "$tmp/Cargo.toml"
  echo '#![no_std]' > "$tmp/src/lib.rs"
  ( cd "$tmp" && PATH=/usr/bin:$PATH RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Z force-unstable-if-unmarked" \
      /usr/bin/cargo build -q --release --target wasm32-unknown-unknown -Z build-std=std,panic_abort )
  $SUDO mkdir -p "$WASM_SYSROOT_LIB"
  find "$tmp/target/wasm32-unknown-unknown/release/deps" -name '*.rlib' ! -name 'libwasm_std_seed-*' \
    -exec $SUDO cp {} "$WASM_SYSROOT_LIB/" \;
  rm -rf "$tmp"
  say "wasm32 std installed in $WASM_SYSROOT_LIB"
}

# --- wasm-bindgen-cli (exactly the lock file's version) and wasm-pack ----------------------------
ensure_wasm_tools() {
  ensure_wasm_target
  # wasm-bindgen-cli must match the crate's own wasm-bindgen exactly (only when the crate uses it).
  local want=""
  if grep -q '^wasm-bindgen *=' "$root/Cargo.toml"; then
    want="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$root/Cargo.lock")"
  fi
  if [ -n "$want" ] && ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    say "cargo install wasm-bindgen-cli $want (a few minutes, once)"
    # --locked first; its lock file can name a version the registry no longer serves.
    cargo install -q wasm-bindgen-cli --version "$want" --locked 2>/dev/null \
      || cargo install -q wasm-bindgen-cli --version "$want"
  fi
  if ! command -v wasm-pack >/dev/null; then
    say "cargo install wasm-pack (a few minutes, once)"
    cargo install -q wasm-pack --locked
  fi
}

# --- cargo subcommands for the hardening checks -----------------------------------------------
ensure_cargo_tool() { # ensure_cargo_tool <crate> <command>
  command -v "$2" >/dev/null || { say "cargo install $1 (a few minutes, once)"; cargo install -q "$1" --locked; }
}

# --- the web page's npm packages (WeUI, binaryen's wasm-opt, playwright-core) -----------------
ensure_web_deps() {
  command -v node >/dev/null || apt_install nodejs npm
  local stamp="$root/web/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$root/web/package-lock.json" "$stamp"; then
    say "npm ci (web/)"
    ( cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error >/dev/null )
    cp "$root/web/package-lock.json" "$stamp"
  fi
}

# --- Chromium for the browser tests (Debian's; playwright cannot download its own here) --------
ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium
  # A Chinese font, so that the page is laid out (and the test screenshot drawn) with real glyphs
  # rather than empty boxes: WenQuanYi Micro Hei, 1.6 MB (Noto CJK would be 57 MB).
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || apt_install fonts-wqy-microhei
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_rust
  ensure_wasm_tools
  ensure_web_deps
  ensure_chromium
  say "ready"
fi
