// Batch throughput: the embedding API under Node against the native CLI's `batch` (JSONL), on
// the same 1,000 scenarios, with every answer compared. Prints estimates per second for both.
// Run: node tests/embed/throughput.mjs [N]   (CLI=… to choose the binary; default the release
// build if there is one, else the debug build — say which when quoting the figures).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { load } from '../../embed/index.mjs';
import { SCENARIOS, ROOT } from './common.mjs';

const N = Number(process.argv[2] || 1000);
const CLI = process.env.CLI || (existsSync(`${ROOT}target/release/pension-estimator`) ? `${ROOT}target/release/pension-estimator` : `${ROOT}target/debug/pension-estimator`);
const base = Object.values(SCENARIOS);
const scenarios = Array.from({ length: N }, (_, i) => {
  const s = structuredClone(base[i % base.length]);
  const [y, m] = s.person.birth.split('-').map(Number);
  s.person.birth = `${y}-${String(((m - 1 + i) % 12) + 1).padStart(2, '0')}`; // vary the birth month
  return s;
});

// Node: one process, module loaded once; objects in, parsed objects out.
const t0 = performance.now();
const pe = await load();
const loadMs = performance.now() - t0;
for (let i = 0; i < 20; i++) pe.estimate(scenarios[i]); // warm-up
const t1 = performance.now();
const mine = scenarios.map((s) => pe.estimate(s));
const nodeMs = performance.now() - t1;

// The native CLI: one `batch` process over the JSONL (includes process start and data parsing).
const input = scenarios.map((s) => JSON.stringify(s)).join('\n') + '\n';
const t2 = performance.now();
const run = spawnSync(CLI, ['batch'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
const cliMs = performance.now() - t2;
assert.equal(run.status, 0, run.stderr);
const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));

assert.equal(lines.length, N);
for (let i = 0; i < N; i++) {
  assert.equal(mine[i].ok, true, `scenario ${i}`);
  assert.deepEqual(mine[i].estimate, lines[i], `scenario ${i}: the wasm and the CLI differ`);
}
const result = {
  scenarios: N, node: process.version, cpu: cpus()[0]?.model, cli: CLI.replace(ROOT, ''),
  node_load_ms: +loadMs.toFixed(1), node_ms: +nodeMs.toFixed(0), node_per_s: Math.round(N / (nodeMs / 1000)),
  cli_batch_ms: +cliMs.toFixed(0), cli_per_s: Math.round(N / (cliMs / 1000)),
};
console.log(JSON.stringify(result));
console.log(`ok   ${N} estimates identical; Node ${result.node_per_s}/s, native CLI batch ${result.cli_per_s}/s`);
