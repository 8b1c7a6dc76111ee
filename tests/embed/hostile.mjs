// One contract per door, tested the same way: generated hostile scenarios (HOSTILE_CASES, default
// 400, seeded: the same on every run) go through
//   - the native CLI (`batch`, one JSON line each),
//   - the embedding API, as JSON text and as objects,
//   - the page's restore paths: saved state (web/src/state.js load) and share links (fromFragment),
// and every door must give the same outcome class (answered / refused / internal), the same first
// error code and the same path. The page may repair what it restores, but only saying so: a
// restore that tells nothing must answer exactly as the CLI does. 0 throws, 0 traps allowed.
// Needs pkg/ built from the same Rust source as the CLI (scripts/build-wasm.sh).
// Run: node tests/embed/hostile.mjs (after `cargo build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { load } from '../../embed/index.mjs';
import { load as restore, fromFragment, toFragment } from '../../web/src/state.js';
import { SCENARIOS, CLI, check, done } from './common.mjs';

const N = Number(process.env.HOSTILE_CASES || 400);
const PAGE_MONTH = '2026-11'; // the page values at its own month; the generated inputs use it too

// mulberry32: the same inputs on every run.
function rng(seed) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

// Awkward values: wrong types, edges of the format, numbers where text is expected, text that
// is almost a month or a decimal, lone surrogates, long text.
const AWKWARD = [null, true, 0, -1, 1.5, 1e21, '', 'x', '2026-13', '2026-1', '1899-12', '2101-01', '1e400', '5000.0', '-0',
  '0', '0.6', '3', '10.01', 'GD', 'XX', 'gd', '\uD800', 'x'.repeat(70), [], {}, [1], { ratio: '0.6' }, { amount: 0 }];
// Overrides at and beyond their bounds, and names that are not parameters.
const OVERRIDES = [['GD.avg_wage', '0'], ['GD.avg_wage', '0.01'], ['CN.individual_account_rate', '0.5'],
  ['CN.resident_min_years', '15'], ['CN.resident_min_years', '51'], ['GD.flex_rate', '1'], ['GD.flex_rate', '1.01'],
  ['CN.crediting_rate', '-0.1'], ['CN.crediting_rate', '0.21'], ['CN.retirement_age_man', '70'], ['CN.retirement_age_man', '60.5'],
  ['CN.flexible_retirement_months', '36'], ['CN.flexible_retirement_months', '37'], ['GD.no_such', '1'], ['nodot', '1'],
  ['CN.divisor_table', '1'], ['GD.crediting_rate', '0.02'], ['GD.benefit_base', '-1'], ['CN.base_floor_ratio', '0.9'],
  ['CN.base_ceiling_ratio', '0.5']];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Every [parent, key] inside `v` (objects and arrays), for mutation. */
function slots(v, out = []) {
  if (v && typeof v === 'object') for (const k of Object.keys(v)) { out.push([v, k]); slots(v[k], out); }
  return out;
}

function mutate(r, base) {
  const s = structuredClone(base);
  s.as_of = PAGE_MONTH;
  // One or two changes: an awkward value, a key removed or added (each in about one input of
  // five, so that many inputs stay valid and reach the calculation), an override, a retirement
  // choice or a statement.
  for (let n = 1 + (r() < 0.3 ? 1 : 0); n > 0; n--) {
    const how = Math.floor(r() * 8);
    const targets = slots(s).filter(([p, k]) => !(p === s && k === 'as_of'));
    const [parent, key] = targets.length ? pick(r, targets) : [s, 'person'];
    if (how <= 1) parent[key] = structuredClone(pick(r, AWKWARD));
    else if (how === 3 && !Array.isArray(parent)) delete parent[key];
    else if (how === 4 && !Array.isArray(parent)) parent[`${key}_x`] = 1;
    else if (how === 5 || how === 2) (s.overrides = Array.isArray(s.overrides) ? s.overrides : []).push({ param: pick(r, OVERRIDES)[0], value: pick(r, OVERRIDES)[1] });
    else if (how === 6) s.retirement = { mode: pick(r, ['early', 'late', 'statutory', 'soon']), months: pick(r, [0, 12, 36, 37, -1]) };
    else s.summary = { at: pick(r, ['2011-12', '2026-10', '2027-01']), employee_months: pick(r, [0, 12, 120, 960]),
      avg_index: pick(r, ['0.6', '1', '11']), deemed_months: pick(r, [0, 24]), resident_years: pick(r, [0, 3, 90]) };
  }
  return s;
}

function generate(n) {
  const r = rng(20261206);
  const bases = Object.values(SCENARIOS);
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = mutate(r, pick(r, bases));
    if (i % 8 === 0) {
      const o = pick(r, OVERRIDES);
      s.overrides = [{ param: o[0], value: o[1] }];
    }
    out.push(s);
  }
  return out;
}

/** Outcome of one answer: `ok`, or class:code@path of the first error. */
function outcome(r) {
  if (r && r.ok) return 'ok';
  if (r && Array.isArray(r.errors) && r.errors[0]) return `${r.error}:${r.errors[0].code}@${r.errors[0].path}`;
  return `malformed:${JSON.stringify(r).slice(0, 80)}`;
}

/** The CLI's outcome of each scenario text (batch: one line each, in order). */
function cliOutcomes(texts) {
  const out = execFileSync(CLI, ['batch'], { input: texts.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, texts.length);
  return lines.map((l) => (l.errors ? `${l.error}:${l.errors[0].code}@${l.errors[0].path}` : 'ok'));
}

class Memory {
  constructor() { this.m = new Map(); }
  getItem(k) { return this.m.has(k) ? this.m.get(k) : null; }
  setItem(k, v) { this.m.set(k, String(v)); }
  removeItem(k) { this.m.delete(k); }
}

const pe = await load({ asOf: PAGE_MONTH });
const inputs = generate(N);
const texts = inputs.map((s) => JSON.stringify(s));
const reference = cliOutcomes(texts);
const tally = {};
const count = (door, o) => { const c = o === 'ok' ? 'answered' : o.split(':')[0]; tally[door] = tally[door] || {}; tally[door][c] = (tally[door][c] || 0) + 1; };

await check(`${N} hostile scenarios: CLI and embedding API (text) agree on class, code and path`, () => {
  const diffs = [];
  texts.forEach((t, i) => {
    const o = outcome(pe.estimate(t));
    count('cli', reference[i]);
    count('api_text', o);
    if (o !== reference[i]) diffs.push(`#${i} cli ${reference[i]} api ${o}: ${t.slice(0, 300)}`);
  });
  assert.deepEqual(diffs, []);
});

await check(`${N} hostile scenarios: the embedding API (objects) agrees with the CLI`, () => {
  const diffs = [];
  inputs.forEach((s, i) => {
    const o = outcome(pe.estimate(s));
    count('api_objects', o);
    if (o !== reference[i]) diffs.push(`#${i} cli ${reference[i]} api ${o}: ${texts[i].slice(0, 300)}`);
  });
  assert.deepEqual(diffs, []);
});

await check('validate ok => estimate, gaps and choices answer, at the API as at the CLI', () => {
  const diffs = [];
  inputs.forEach((s, i) => {
    if (!pe.validate(s).ok) return;
    for (const c of ['estimate', 'gaps', 'choices']) if (!pe[c](s).ok) diffs.push(`#${i} ${c}: ${outcome(pe[c](s))}`);
  });
  assert.deepEqual(diffs, []);
});

/** The page's restore of `s` by `how` (saved state or share link): the scenario and what it told. */
function pageRestore(how, s) {
  const lost = [];
  if (how === 'storage') {
    const st = new Memory();
    st.setItem('pe.state', JSON.stringify({ version: 1, saved_at: '2026-11-30T00:00:00Z', scenario: s }));
    const r = restore(st);
    return { scenario: r.scenario, told: r.lost };
  }
  const sc = fromFragment('#' + toFragment(s), lost);
  return { scenario: sc, told: lost };
}

for (const how of ['storage', 'link']) {
  await check(`${N} hostile scenarios restored by the page (${how}): what it does not tell, it does not change`, () => {
    const diffs = [];
    let told = 0;
    inputs.forEach((s, i) => {
      const { scenario, told: notes } = pageRestore(how, s);
      assert.ok(scenario && typeof scenario === 'object', `#${i}: a usable scenario`);
      const o = outcome(pe.estimate({ ...scenario, as_of: PAGE_MONTH }));
      count(`page_${how}`, o);
      // Shared data that changes the result is announced even when kept as it is.
      const silent = notes.filter((n) => !/会影响结果/.test(n)).length === 0;
      if (!silent) { told++; return; }
      if (o !== reference[i]) diffs.push(`#${i} cli ${reference[i]} page ${o}: ${texts[i].slice(0, 300)}`);
    });
    tally[`page_${how}`].told = told;
    assert.deepEqual(diffs, []);
  });
}

await check('no trap and no internal error at any door', () => {
  assert.equal(pe.traps, 0);
  for (const door of Object.keys(tally)) assert.equal(tally[door].internal || 0, 0, door);
});

console.log(JSON.stringify(tally));
done();
