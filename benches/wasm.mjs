// The wasm core's timings under Node, beside the native criterion benches (benches/estimate.rs;
// scripts/bench.sh runs both and prints the native/wasm ratio). For the README example and the
// 40-year history of benches/forty-years.json: the full estimate, the headline, the headline
// with its range — each a call of the raw wasm-bindgen export with the scenario's text and the
// answer's JSON parsed (what the embedding API does), median and 90th percentile of N timed runs
// after a warm-up. Prints one JSON line per case (microseconds).
// Run: node benches/wasm.mjs [N]   (uses the pkg/ of this checkout: rebuild it first with
// scripts/build-wasm.sh when measuring a change).
import { readFileSync } from 'node:fs';
import PARAMS from '../pkg/params.js';
import init, * as glue from '../pkg/pension_estimator.js';

const ROOT = new URL('..', import.meta.url);
const N = Number(process.argv[2] || 200);
await init({ module_or_path: readFileSync(new URL('pkg/pension_estimator_bg.wasm', ROOT)) });
const loaded = JSON.parse(glue.load_data(PARAMS));
if (!loaded.ok) throw new Error(`load_data: ${JSON.stringify(loaded.errors)}`);

const scenarios = {
  readme_example: readFileSync(new URL('examples/rider-guangdong.json', ROOT), 'utf8'),
  '40_year_history': readFileSync(new URL('benches/forty-years.json', ROOT), 'utf8'),
};
// What each case calls; an answer that is not ok stops the run (a benchmark of refusals is no use).
const cases = {
  estimate: (text) => JSON.parse(glue.estimate(text)),
  headline: (text) => JSON.parse(glue.estimate_headline(text, undefined, false)),
  headline_range: (text) => JSON.parse(glue.estimate_headline(text, undefined, true)),
};

/** Median and 90th percentile (nearest rank) of `n` timed calls of `f`, in microseconds. */
function time(f, n) {
  for (let i = 0; i < Math.min(20, n); i++) f(); // warm-up: the JIT and the core's first calls
  const us = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    us.push((performance.now() - t) * 1000);
  }
  us.sort((a, b) => a - b);
  const at = (p) => us[Math.min(n, Math.max(1, Math.ceil((p * n) / 100))) - 1];
  return { median_us: +at(50).toFixed(1), p90_us: +at(90).toFixed(1) };
}

for (const [scenario, text] of Object.entries(scenarios)) {
  for (const [name, call] of Object.entries(cases)) {
    const answer = call(text);
    if (!answer.ok) throw new Error(`${name} ${scenario}: ${JSON.stringify(answer.errors)}`);
    console.log(JSON.stringify({ bench: `${name}_${scenario}`, runs: N, node: process.version, ...time(() => call(text), N) }));
  }
}
