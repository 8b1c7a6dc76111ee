#!/usr/bin/env bash
# Differential check: the CLI of a base commit and the CLI of this checkout give the same
# answers, byte for byte, over generated scenarios (scripts/differential-scenarios.py, seeded).
#
# Usage: scripts/differential.sh [COUNT] [BASE]
#   COUNT  scenarios (default 3000); `batch --detail full` and `batch --detail headline` run on
#          all of them, `gaps` and `choices` on every SAMPLE-th one (env SAMPLE, default 25).
#   BASE   the commit to compare with (default: the merge base with main). It is built in a
#          temporary `git worktree` under target/differential/ (release profile, this checkout's
#          target directory; the binary is kept there for the next run). BASE_BIN=path skips
#          that and uses a binary.
#   SEED   env, the generator's seed (default 17).
# Exit status 0 when every answer is equal, 1 on any difference (the first few are shown).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count="${1:-3000}"
base="${2:-$(git merge-base HEAD main)}"
sample="${SAMPLE:-25}"
seed="${SEED:-17}"
work=target/differential
root="$PWD"
mkdir -p "$work"

# The two binaries.
if [[ -n "${BASE_BIN:-}" ]]; then
    old="$BASE_BIN"
else
    old="$work/pension-estimator-$(git rev-parse --short "$base")"
    if [[ ! -x "$old" ]]; then
        tree="$work/base-tree"
        git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
        git worktree add --detach "$tree" "$base" >/dev/null
        # The checkout's target directory: the dependencies are built once for both.
        (cd "$tree" && cargo build --release --quiet --bin pension-estimator --target-dir "$root/target")
        cp target/release/pension-estimator "$old"
        git worktree remove --force "$tree"
    fi
fi
cargo build --release --quiet --bin pension-estimator
new=target/release/pension-estimator
echo "# base $(git rev-parse --short "$base") ($old) against the checkout $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + uncommitted changes')"

python3 scripts/differential-scenarios.py "$count" "$seed" > "$work/scenarios.jsonl"
# JSON in one canonical form — keys sorted, every number and string kept as its text — so that
# only the order of an object's fields may differ between the two builds (the CLI wrote them
# sorted until round 5 of docs/speed.md, in the types' order since); any other character of an
# answer still counts. `canon(text)` is that form, or None for text that is not JSON.
canon='import json
def canon(text):
    keep = lambda t: ["num", t]
    try:
        v = json.loads(text, parse_float=keep, parse_int=keep)
    except ValueError:
        return None
    return json.dumps(v, sort_keys=True, ensure_ascii=False, separators=(",", ":"))'

# One digest a line (full answers are ~100 kB each), of its canonical form when it is JSON.
digest() { python3 -c "$canon"'
import hashlib, sys
for line in sys.stdin.buffer:
    c = canon(line)
    print(hashlib.sha256(line if c is None else c.encode()).hexdigest())'; }

# One answer of `$1 $2` to the scenario `$3` (stdout and stderr: an indented JSON document) on
# one line, in the canonical form when it is JSON, then its exit status.
one() {
    local text status
    text=$("$1" "$2" - <<< "$3" 2>&1)
    status=$?
    printf '%s' "$text" | python3 -c "$canon"'
import sys
text = sys.stdin.read()
c = canon(text)
print(text.replace("\n", " ") if c is None else c, end="")'
    echo " exit $status"
}

export PENSION_TODAY=2026-11
differ=0
compare() { # name, file of old digests, file of new digests
    local n d
    n=$(wc -l < "$2")
    d=$(diff <(cat -n "$2") <(cat -n "$3") | grep -c '^<' || true)
    if [[ "$n" != "$(wc -l < "$3")" ]]; then d=$((d + 1)); fi
    echo "$1: $n answers compared, $d different"
    if [[ "$d" != 0 ]]; then
        differ=1
        diff <(cat -n "$2") <(cat -n "$3") | grep '^<' | head -5 | sed 's/^/  line /'
    fi
}
for detail in full headline; do
    # The exit status is compared too (a last line after the answers).
    { "$old" batch --detail "$detail" < "$work/scenarios.jsonl" 2>/dev/null; echo "exit $?"; } | digest > "$work/old-$detail.txt"
    { "$new" batch --detail "$detail" < "$work/scenarios.jsonl" 2>/dev/null; echo "exit $?"; } | digest > "$work/new-$detail.txt"
    compare "batch --detail $detail" "$work/old-$detail.txt" "$work/new-$detail.txt"
done
awk -v k="$sample" '(NR - 1) % k == 0' "$work/scenarios.jsonl" > "$work/sample.jsonl"
for cmd in gaps choices; do
    : > "$work/old-$cmd.txt"
    : > "$work/new-$cmd.txt"
    while IFS= read -r line; do
        one "$old" "$cmd" "$line" | digest >> "$work/old-$cmd.txt"
        one "$new" "$cmd" "$line" | digest >> "$work/new-$cmd.txt"
    done < "$work/sample.jsonl"
    compare "$cmd" "$work/old-$cmd.txt" "$work/new-$cmd.txt"
done
# How many of the scenarios were estimates and how many structured errors (both must match).
errors=$("$new" batch --detail headline < "$work/scenarios.jsonl" 2>/dev/null | grep -c '"error"')
echo "scenarios: $count (seed $seed), of which $errors answered with a structured error"
exit "$differ"
