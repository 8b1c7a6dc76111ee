// Shared by the embedding tests: the scenarios compared with the native CLI, the CLI itself, a
// tiny check runner, and the bad inputs every host must answer with structured errors.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { TODAY, pinProcess } from '../clock.mjs';

// One "today" for the wasm core (its Date, pinned) and the native CLI (PENSION_TODAY, inherited).
process.env.PENSION_TODAY = TODAY;
pinProcess();
export { TODAY };

export const ROOT = new URL('../..', import.meta.url).pathname;
export const CLI = process.env.CLI || `${ROOT}target/debug/pension-estimator`;
const example = JSON.parse(readFileSync(`${ROOT}examples/rider-guangdong.json`, 'utf8'));

/** Scenarios with their own `as_of` (so the CLI and the loader value them at the same month). */
export const SCENARIOS = {
  readme_example: example,
  shenzhen_then_shanghai_woman: {
    person: { birth: '1985-02', sex: 'female', category: 'flexible', hukou: 'HN' }, as_of: '2026-11',
    history: [
      { from: '2019-04', to: '2021-12', kind: 'flexible', region: 'GD-SZ', base: { ratio: '0.6' } },
      { from: '2022-01', to: '2023-06', kind: 'gap' },
      { from: '2023-07', to: '2026-10', kind: 'employee', region: 'SH', base: { amount: '7000' } }],
    plan: [] },
  short_history_older_rider: {
    person: { birth: '1972-08', sex: 'male', hukou: 'SC' }, as_of: '2026-11',
    history: [{ from: '2021-01', to: '2026-10', kind: 'flexible', region: 'SC', base: { ratio: '0.6' } }],
    plan: [{ from: '2026-12', kind: 'flexible', region: 'SC', base: { ratio: '0.6' } }] },
};

/** The native CLI's answer (`estimate`, `gaps`, `choices`) for a scenario. */
export function cli(command, scenario, flags = []) {
  return JSON.parse(execFileSync(CLI, [command, ...flags, '-'], { input: JSON.stringify(scenario), encoding: 'utf8' }));
}

/** Inputs every host must refuse with a structured error and survive. */
export function badInputs() {
  return ['', '{', 'null', '[]', '{"person": 1}', JSON.stringify({ as_of: '2026-13' }), '\uD800',
    'x'.repeat(100000), '['.repeat(10000) + ']'.repeat(10000), null, 42, [], { person: 1 },
    { ...example, history: Array(100000).fill({ from: '2020-01', to: '2020-01', kind: 'gap' }) },
    { ...example, person: { birth: 1990, sex: ['male'], hukou: {} } },
    { ...example, overrides: [{ param: 'GD.benefit_base', value: '1e400' }] },
    { ...example, assumptions: { wage_growth: 'NaN' } }, { ...example, extra: { big: 10n } }];
}

export function assertRefusal(r, what) {
  assert.equal(r.ok, false, what);
  assert.ok(Array.isArray(r.errors) && r.errors.length > 0, what);
  for (const e of r.errors) {
    assert.ok(e.code && typeof e.path === 'string' && e.path.length > 0 && e.zh && e.en, `${what}: ${JSON.stringify(e)}`);
  }
}

let passed = 0, failed = 0;
export async function check(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); } catch (e) { failed++; console.log(`FAIL ${name}\n${e.stack}`); }
}
export function done() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
