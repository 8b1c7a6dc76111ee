// The restore path, fuzzed: whatever is in storage, load() returns a usable scenario and says
// what it dropped; the core then answers it with an estimate or structured errors, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { load, save, cleanScenario, toFragment, fromFragment, defaultScenario, futureData, MAX_SAVED_CHARS } from '../src/state.js';
import * as wasm from '../../pkg/pension_estimator.js';
import PARAMS from '../../pkg/params.js';

wasm.initSync({ module: readFileSync(new URL('../../pkg/pension_estimator_bg.wasm', import.meta.url)) });
assert.equal(JSON.parse(wasm.load_data(PARAMS)).ok, true);

class Memory {
  constructor() { this.m = new Map(); }
  getItem(k) { return this.m.has(k) ? this.m.get(k) : null; }
  setItem(k, v) { this.m.set(k, String(v)); }
  removeItem(k) { this.m.delete(k); }
}

// A small seeded PRNG (mulberry32): the same cases on every run.
function rng(seed) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const example = JSON.parse(readFileSync(new URL('../../examples/rider-guangdong.json', import.meta.url), 'utf8'));
delete example.as_of; delete example.schema_version;

function usable(sc) {
  assert.equal(typeof sc.person.birth, 'string');
  assert.ok(Array.isArray(sc.history) && Array.isArray(sc.plan));
  const r = JSON.parse(wasm.estimate(JSON.stringify({ ...sc, as_of: '2026-11' })));
  assert.equal(typeof r.ok, 'boolean');
  if (!r.ok) assert.ok(r.errors.every((e) => e.code && e.path && e.zh && e.en));
}

test('a saved state round-trips unchanged', () => {
  const st = new Memory();
  const sc = cleanScenario(example);
  assert.ok(save(sc, st));
  const back = load(st);
  assert.deepEqual(back.scenario, sc);
  assert.deepEqual(back.lost, []);
});

test('2,000 corrupted saved states: never a throw, always usable, the backup used when the copy is unreadable', () => {
  const random = rng(20261123);
  const good = JSON.stringify({ version: 1, scenario: cleanScenario(example) });
  let recoveredFromBackup = 0;
  for (let i = 0; i < 2000; i++) {
    const st = new Memory();
    st.setItem('pe.state.backup', good);
    let text = good;
    const how = Math.floor(random() * 4);
    if (how === 0) text = text.slice(0, Math.floor(random() * text.length)); // truncated
    if (how === 1) { // bytes flipped
      const a = [...text];
      for (let k = 0; k < 1 + random() * 8; k++) a[Math.floor(random() * a.length)] = String.fromCharCode(32 + Math.floor(random() * 95));
      text = a.join('');
    }
    if (how === 2) text = JSON.stringify({ version: 1 + Math.floor(random() * 3), scenario: { ...JSON.parse(good).scenario, history: [{ from: 'x' }, 42, null, ...JSON.parse(good).scenario.history] } });
    if (how === 3) text = JSON.stringify([null, 1, 'a', {}, { version: 'x' }][Math.floor(random() * 5)]);
    st.setItem('pe.state', text);
    const r = load(st);
    usable(r.scenario);
    if (r.lost.some((l) => l.includes('备份'))) recoveredFromBackup++;
  }
  assert.ok(recoveredFromBackup > 100, `backup used ${recoveredFromBackup} times`);
});

test('share-link fragments are cleaned like any input', () => {
  const random = rng(7);
  const frag = toFragment(cleanScenario(example));
  assert.deepEqual(fromFragment('#' + frag), cleanScenario(example));
  for (let i = 0; i < 500; i++) {
    const a = [...frag];
    a[4 + Math.floor(random() * (a.length - 4))] = 'ABCxyz019-_'[Math.floor(random() * 11)];
    const lost = [];
    const sc = fromFragment('#' + a.join(''), lost);
    if (sc) usable(sc);
  }
  assert.equal(fromFragment('#s=<script>'), null);
  assert.equal(fromFragment('#nothing'), null);
});

test('a fresh device starts from the default scenario', () => {
  const r = load(new Memory());
  assert.equal(r.fresh, true);
  assert.deepEqual(r.scenario, defaultScenario());
});

// A storage with a quota, like a browser's (about 5 million characters per origin).
class Quota extends Memory {
  constructor(limit) { super(); this.limit = limit; }
  setItem(k, v) {
    const used = [...this.m].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
    if (used + String(v).length > this.limit) throw new Error('QuotaExceededError');
    super.setItem(k, v);
  }
}

test('saved_state_an_oversized_value_never_blocks_later_saves', () => {
  const st = new Quota(5_000_000);
  st.setItem('pe.state', 'x'.repeat(3_000_000));
  const r = load(st);
  assert.ok(r.lost.some((l) => l.includes('大得不正常')), r.lost.join());
  assert.equal(st.getItem('pe.state'), null, 'removed');
  assert.ok(save(cleanScenario(example), st), 'saving works again');
  assert.ok(save(defaultScenario(), st), 'clearing (saving the default) works');
  // Even when the quota is full of someone else's data, the state alone is written.
  const full = new Quota(5_000_000);
  full.setItem('other', 'y'.repeat(4_990_000 - 2 * JSON.stringify({ version: 1, scenario: defaultScenario() }).length));
  assert.ok(save(defaultScenario(), full));
  assert.ok(save(defaultScenario(), full), 'and again, without a backup');
  assert.equal(save({ ...defaultScenario(), big: 'z'.repeat(MAX_SAVED_CHARS) }, new Memory()), false, 'a state over the limit is not written');
});

test('saved_state_of_a_newer_version_survives_the_first_save', () => {
  const st = new Memory();
  const future = { version: 2, scenario: { ...cleanScenario(example), new_field: { x: 1 } } };
  st.setItem('pe.state', JSON.stringify(future));
  const r = load(st);
  assert.ok(r.lost.some((l) => l.includes('更新的版本')));
  assert.ok(save(r.scenario, st));
  assert.ok(save({ ...r.scenario, plan: [] }, st));
  assert.deepEqual(futureData(st), future, 'kept aside, unchanged');
});

test('saved_state_every_drop_or_change_is_told', () => {
  const cases = [
    [{ ...example, person: { ...example.person, sex: 'x' } }, '性别'],
    [{ ...example, person: { ...example.person, hukou: 5 } }, '户籍'],
    [{ ...example, person: { ...example.person, sex: 'female', category: 'boss' } }, '身份'],
    [{ ...example, retirement: { mode: 'soon' } }, '退休方式'],
    [{ ...example, assumptions: { wage_growth: 'fast' } }, '假设'],
    [{ ...example, overrides: [{ param: 'GD.avg_wage', value: 'x' }] }, '参数设置'],
    [{ ...example, overrides: Array(60).fill({ param: 'GD.avg_wage', value: '9000' }) }, '超过50项'],
    [{ ...example, summary: 'x' }, '对账单'],
    [{ ...example, extra: 1 }, 'extra'],
    [{ ...example, history: {} }, '不是一组记录'],
  ];
  for (const [raw, word] of cases) {
    const lost = [];
    cleanScenario(raw, lost);
    assert.ok(lost.some((l) => l.includes(word)), `${word}: ${lost.join(' | ')}`);
  }
  const lost = [];
  cleanScenario(example, lost);
  assert.deepEqual(lost, []);
});

test('share_link_with_a_statement_or_overrides_says_so', () => {
  const lost = [];
  const sc = fromFragment('#' + toFragment({ ...example, overrides: [{ param: 'GD.avg_wage', value: '9000' }],
    summary: { at: '2014-12', employee_months: 12, avg_index: '1' } }), lost);
  assert.equal(sc.overrides.length, 1);
  assert.ok(lost.some((l) => l.includes('对账单')) && lost.some((l) => l.includes('GD.avg_wage=9000')), lost.join(' | '));
});
