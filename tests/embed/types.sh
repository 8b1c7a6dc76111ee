#!/usr/bin/env bash
# Type-checks the embedding API's declarations (embed/index.d.ts) with the generated scenario and
# result types (pkg/types.d.ts, generated from the Rust types) as an app would use them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
web/node_modules/.bin/tsc --noEmit --strict --target es2022 --module esnext --moduleResolution bundler \
  --lib es2022,dom tests/embed/types-check.ts 2>&1 || { echo "FAIL embed/index.d.ts against pkg/types.d.ts (the import is in embed/types.d.ts)"; exit 1; }
echo "ok   embed/index.d.ts type-checks against pkg/types.d.ts"
