// Saved data ages (issue 13 item 2, the page's side): a scenario saved with a plan, opened 1 … 240
// months later, always gives the page an answer — the estimate, with the plan months now past
// flagged for 这几个月交了吗？ — and either answer to that question (交了 / 没交) gives an estimate
// with nothing left to confirm. The page's own functions (web/src/answer.js) over the wasm core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as wasm from '../../pkg/pension_estimator.js';
import PARAMS from '../../pkg/params.js';
import { addMonths, pastPlan, settlePastPlan } from '../src/answer.js';

wasm.initSync({ module: readFileSync(new URL('../../pkg/pension_estimator_bg.wasm', import.meta.url)) });
assert.equal(JSON.parse(wasm.load_data(PARAMS)).ok, true);

// mulberry32: the same cases on every run.
function rng(seed) {
  return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const SAVED_AT = '2026-11';

/** A scenario as the page saves it: a history up to last month and a plan from this month (the first open month). */
function saved(r) {
  const birthYear = 1966 + Math.floor(r() * 34);
  const region = ['GD', 'JX', 'SC', 'HA'][Math.floor(r() * 4)];
  const plans = [
    [{ from: SAVED_AT, kind: 'flexible', region, base: { ratio: ['0.6', '1', '3'][Math.floor(r() * 3)] } }],
    [{ from: SAVED_AT, kind: 'resident', region, tier: '200' }],
    [{ from: SAVED_AT, to: addMonths(SAVED_AT, Math.floor(r() * 60)), kind: 'flexible', region, base: { ratio: '0.6' } }],
  ];
  return {
    person: { birth: `${birthYear}-0${1 + Math.floor(r() * 9)}`, sex: r() < 0.5 ? 'male' : 'female', category: 'flexible', hukou: region },
    history: [{ from: `${Math.max(birthYear + 18, 2010)}-01`, to: '2026-10', kind: 'flexible', region, base: { ratio: '0.6' } }],
    plan: plans[Math.floor(r() * plans.length)],
  };
}

const estimate = (sc, asOf) => JSON.parse(wasm.estimate(JSON.stringify({ ...sc, as_of: asOf })));

test('a saved plan opened 1 … 240 months later: an answer, then either reply to 这几个月交了吗 settles it', () => {
  const r = rng(20261206);
  const ks = [1, 2, 12, 119, 240, ...Array.from({ length: 35 }, () => 1 + Math.floor(r() * 240))];
  for (const k of ks) {
    const sc = saved(r);
    const asOf = addMonths(SAVED_AT, k);
    const e = estimate(sc, asOf);
    assert.equal(e.ok, true, `${k}: ${JSON.stringify(e.errors)}`);
    const past = pastPlan(sc.plan, asOf);
    assert.ok(past, 'the plan started 2026-11, so some of it is now past');
    // The core flags the same months unless they all fall on or after the pension start.
    const start = e.estimate.retirement.month;
    if (sc.plan[0].kind !== 'gap' && sc.plan[0].from < start) assert.ok(e.estimate.unconfirmed?.length, `${k}: flagged`);
    for (const paid of [true, false]) {
      const settled = settlePastPlan(sc.history, sc.plan, asOf, paid);
      assert.equal(pastPlan(settled.plan, asOf), null, 'nothing left to ask');
      const after = estimate({ ...sc, ...settled }, asOf);
      assert.equal(after.ok, true, `${k} ${paid}: ${JSON.stringify(after.errors)}`);
      assert.equal(after.estimate.unconfirmed, undefined);
    }
  }
});

test('a statement saved with the plan it implied, opened 1 … 240 months later: an answer, then either reply settles it', () => {
  const r = rng(20261207);
  for (const k of [1, 12, 13, 119, 240, ...Array.from({ length: 15 }, () => 1 + Math.floor(r() * 240))]) {
    // Saved in 2026-12 from 掌上12333's figures up to 2026-11: carrying on from 2026-12 (the page's default).
    const sc = {
      person: { birth: `${1970 + Math.floor(r() * 28)}-0${1 + Math.floor(r() * 9)}`, sex: r() < 0.5 ? 'male' : 'female', category: 'flexible', hukou: 'HA' },
      summary: { at: SAVED_AT, region: 'GD', employee_months: 24 + Math.floor(r() * 96), avg_index: '0.6', account_balance: String(5000 + Math.floor(r() * 60000)) },
      history: [],
      plan: [{ from: addMonths(SAVED_AT, 1), kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }],
    };
    const asOf = addMonths(SAVED_AT, 1 + k);
    const e = estimate(sc, asOf);
    assert.equal(e.ok, true, `${k}: ${JSON.stringify(e.errors)}`);
    assert.ok(pastPlan(sc.plan, asOf), `${k}: the months since are asked about`);
    for (const paid of [true, false]) {
      const settled = settlePastPlan(sc.history, sc.plan, asOf, paid);
      assert.equal(pastPlan(settled.plan, asOf), null);
      // Whatever is settled starts after the statement's month (the core refuses anything earlier).
      assert.ok(settled.history.every((s) => s.from > SAVED_AT), JSON.stringify(settled.history));
      const after = estimate({ ...sc, ...settled }, asOf);
      assert.equal(after.ok, true, `${k} ${paid}: ${JSON.stringify(after.errors)}`);
      assert.equal(after.estimate.unconfirmed, undefined);
    }
  }
});
