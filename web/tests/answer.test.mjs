// The answer card's rules without a browser (web/src/answer.js, shared with the mini-program):
// the default plan, the plan months now past, the rows picked from the core's choices.
import test from 'node:test';
import assert from 'node:assert/strict';
import { planFor, payingNow, pastPlan, settlePastPlan, firstOpenMonth, gapEffect, answerRows, yearsText, round, rowLabel, hasPaid, recordKind, statementKind, afterStatement, asNowWords, shortNote, choiceForPlan, planSoFar } from '../src/answer.js';

const flex = (from, to, region = 'GD', ratio = '0.6') => ({ from, ...(to ? { to } : {}), kind: 'flexible', region, base: { ratio } });

test('default plan: carry on as the last paid segment while paying, else nothing', () => {
  const paying = [flex('2019-01', '2026-12')];
  assert.equal(payingNow(paying, '2026-12'), true);
  assert.deepEqual(planFor('auto', paying, [], '2026-12'), [{ from: '2027-01', kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }]);
  // Entered up to last month: this month is still open, so carrying on starts with it (no gap).
  const upToLastMonth = [flex('2019-01', '2026-11')];
  assert.equal(payingNow(upToLastMonth, '2026-12'), true);
  assert.deepEqual(planFor('auto', upToLastMonth, [], '2026-12'), [{ from: '2026-12', kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }]);
  // Last paid month two months ago (2026-10 < 2026-11): not paying now.
  assert.deepEqual(planFor('auto', [flex('2019-01', '2026-10')], [], '2026-12'), []);
  // A gap after the last paid segment: not paying now; `pay` resumes the last paid segment.
  const stopped = [flex('2019-01', '2026-06'), { from: '2026-07', to: '2026-12', kind: 'gap' }];
  assert.deepEqual(planFor('auto', stopped, [], '2026-12'), []);
  assert.equal(planFor('pay', stopped, [], '2026-12')[0].from, '2027-01');
  // Resuming after a gap that ends before this month: from this month.
  assert.equal(planFor('pay', [flex('2019-01', '2026-06')], [], '2026-12')[0].from, '2026-12');
  assert.deepEqual(planFor('stop', paying, [], '2026-12'), []);
  const mine = [flex('2027-03', undefined, 'GD', '1')];
  assert.equal(planFor('custom', paying, mine, '2026-12'), mine);
});

test('a statement alone: paid up to last month is paying now; carrying on is flexible work at 60 % where it was paid', () => {
  // 掌上12333's figures: 96 months, last paid 2026-11, in Guangdong. Opened 2026-12.
  const stmt = { at: '2026-11', region: 'GD', employee_months: 96, avg_index: '0.6', account_balance: '35000' };
  assert.equal(statementKind(stmt), 'employee');
  assert.equal(recordKind([], stmt), 'employee');
  assert.equal(payingNow([], '2026-12', stmt), true);
  assert.deepEqual(planFor('auto', [], [], '2026-12', stmt), [{ from: '2026-12', kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }]);
  // Last paid two months ago: stopped; `pay` resumes from this month, not from the statement's month.
  const older = { ...stmt, at: '2026-10' };
  assert.equal(payingNow([], '2026-12', older), false);
  assert.deepEqual(planFor('auto', [], [], '2026-12', older), []);
  assert.equal(planFor('pay', [], [], '2026-12', older)[0].from, '2026-12');
  // Dated this month: covered, so the plan starts next month.
  assert.equal(planFor('auto', [], [], '2026-12', { ...stmt, at: '2026-12' })[0].from, '2027-01');
  // Segments after the statement decide (a gap after it: not paying; a paid segment: carry that on).
  assert.equal(payingNow([{ from: '2026-11', to: '2026-11', kind: 'gap' }], '2026-12', older), false);
  assert.deepEqual(planFor('auto', [flex('2026-11', '2026-11', 'SC', '1')], [], '2026-12', older),
    [{ from: '2026-12', kind: 'flexible', region: 'SC', base: { ratio: '1' } }]);
  // A resident-scheme statement (years only) is a resident record: nothing employee to carry on.
  const resident = { at: '2026-11', resident_years: 6, resident_balance: '1800' };
  assert.equal(statementKind(resident), 'resident');
  assert.equal(recordKind([], resident), 'resident');
  assert.deepEqual(planFor('pay', [], [], '2026-12', resident), []);
  assert.equal(statementKind(undefined), 'none');
});

test('a statement replaces the history up to its month: segments ending by it go, one running past it starts after it', () => {
  const gap = { from: '2020-01', to: '2020-12', kind: 'gap' };
  const history = [flex('2015-01', '2019-12'), gap, flex('2021-01', '2026-11'), flex('2027-03', '2027-05', 'SC')];
  const r = afterStatement(history, '2024-06');
  assert.deepEqual(r.dropped, [history[0], gap]);
  assert.deepEqual(r.clipped, [history[2]]);
  assert.deepEqual(r.kept, [flex('2024-07', '2026-11'), history[3]]);
  // A segment ending in the statement's month is covered; one starting the month after is not touched.
  const edge = afterStatement([flex('2020-01', '2024-06'), flex('2024-07', '2026-11')], '2024-06');
  assert.equal(edge.dropped.length, 1);
  assert.equal(edge.clipped.length, 0);
  assert.deepEqual(edge.kept, [flex('2024-07', '2026-11')]);
  assert.deepEqual(afterStatement([], '2026-11'), { kept: [], dropped: [], clipped: [] });
});

test('plan months now past: 交了 splits the plan at this month, 没交 makes them a gap', () => {
  // Planned from 2026-10, opened in 2026-12: October and November are past and unconfirmed;
  // December is this month, still open (the core's `unconfirmed` stops at the month before too).
  const history = [flex('2019-01', '2026-09')];
  const plan = [flex('2026-10', undefined, 'GD', '1')];
  assert.deepEqual(pastPlan(plan, '2026-12'), { from: '2026-10', to: '2026-11' });
  assert.equal(pastPlan(plan, '2026-10'), null, 'a plan from this month has nothing past');
  assert.equal(pastPlan(plan, '2026-09'), null);
  const paid = settlePastPlan(history, plan, '2026-12', true);
  assert.deepEqual(paid.history[1], { from: '2026-10', to: '2026-11', kind: 'flexible', region: 'GD', base: { ratio: '1' } });
  assert.deepEqual(paid.plan, [{ from: '2026-12', kind: 'flexible', region: 'GD', base: { ratio: '1' } }]);
  const unpaid = settlePastPlan(history, plan, '2026-12', false);
  assert.deepEqual(unpaid.history[1], { from: '2026-10', to: '2026-11', kind: 'gap' });
  assert.equal(unpaid.plan[0].from, '2026-12');
  // A plan segment that ended in the past moves whole (2026-10..2026-11) and leaves the plan.
  const ended = settlePastPlan(history, [flex('2026-10', '2026-11')], '2026-12', true);
  assert.deepEqual(ended.history[1].to, '2026-11');
  assert.deepEqual(ended.plan, []);
});

test('the first open month: this month unless the history covers it', () => {
  assert.equal(firstOpenMonth([flex('2019-01', '2026-11')], '2026-12'), '2026-12');
  assert.equal(firstOpenMonth([flex('2019-01', '2026-12')], '2026-12'), '2027-01');
  // A gap the person entered for this month covers it too: the plan starts next month.
  assert.equal(firstOpenMonth([flex('2019-01', '2026-06'), { from: '2026-07', to: '2026-12', kind: 'gap' }], '2026-12'), '2027-01');
  assert.equal(firstOpenMonth([], '2026-12'), '2026-12');
  // A statement dated this month covers everything up to it (the core's rule; the fuzz target
  // found choices paying into a month a statement held).
  assert.equal(firstOpenMonth([], '2026-12', { at: '2026-12' }), '2027-01');
  assert.equal(firstOpenMonth([], '2026-12', { at: '2026-06' }), '2026-12');
});

test('rows: keep paying at the plan\'s level, the lowest resident tier, stop; the plan\'s row is current', () => {
  const c = (id, kind, extra) => ({ id, kind, region: 'GD', monthly_cost_now: '1.00', own_contributions: '2.00', pension: '3.00', pension_today: '4.00',
    start: '2057-03', payback_months: null, heirs_receive: '0.00', scheme: 'employee', range: { pension_today: { low: '1', high: '9' } }, ...extra });
  const choices = [c('flexible_0.6', 'flexible', { base: { ratio: '0.6' } }), c('flexible_1', 'flexible', { base: { ratio: '1' } }),
    c('resident_200', 'resident', { tier: '200', region: 'HA' }), c('resident_100', 'resident', { tier: '100', region: 'HA' }), c('none', 'gap', { pension: '0.00' })];
  const a = answerRows(choices, [{ from: '2027-01', kind: 'flexible', region: 'GD', base: { ratio: '1' } }]);
  assert.deepEqual(a.rows.map((r) => r.id), ['flexible_1', 'resident_100', 'none']);
  assert.equal(a.current, 'flexible_1');
  assert.equal(a.rows[2].eligible, false);
  assert.equal(answerRows(choices, []).current, 'none');
  assert.equal(rowLabel(a.rows[1], 'HA', 'GD'), '回老家交城乡居民（每年100元）');
  assert.equal(rowLabel(a.rows[1], 'HA', 'HA'), '改交城乡居民（每年100元）');
});

test('a plan of several parts, or one that stops before retirement, is none of the rows; the rows keep its first level', () => {
  const c = (id, kind, extra) => ({ id, kind, region: 'GD', monthly_cost_now: '1.00', own_contributions: '2.00', pension: '3.00', pension_today: '4.00',
    start: '2057-03', payback_months: null, heirs_receive: '0.00', scheme: 'employee', range: { pension_today: { low: '1', high: '9' } }, ...extra });
  const choices = [c('flexible_0.6', 'flexible', { base: { ratio: '0.6' } }), c('flexible_1', 'flexible', { base: { ratio: '1' } }),
    c('resident_100', 'resident', { tier: '100', region: 'HA' }), c('resident_200', 'resident', { tier: '200', region: 'HA' }), c('none', 'gap', { pension: '0.00' })];
  const flex = { from: '2026-12', kind: 'flexible', region: 'GD', base: { ratio: '1' } };
  const home = { from: '2029-01', kind: 'resident', region: 'HA', tier: '200' };
  assert.equal(choiceForPlan(choices, [flex]).id, 'flexible_1');
  assert.equal(choiceForPlan(choices, [flex], '2026-12').id, 'flexible_1', 'from the first open month');
  assert.equal(choiceForPlan(choices, [flex], '2027-01').id, 'flexible_1', 'begun before: its past months stay in the choice');
  assert.equal(choiceForPlan(choices, [flex], '2026-11'), undefined, 'a plan that starts later is not the choice');
  assert.equal(choiceForPlan(choices, [{ ...flex, to: '2028-12' }]), undefined, 'stopping before retirement');
  assert.equal(choiceForPlan(choices, [{ ...flex, to: '2028-12' }, home]), undefined, 'two parts');
  const a = answerRows(choices, [{ ...flex, to: '2028-12' }, home], '2026-12');
  assert.equal(a.current, null);
  assert.deepEqual(a.rows.map((r) => r.id), ['flexible_1', 'resident_100', 'none']);
  assert.equal(answerRows(choices, [home], '2029-01').current, 'resident_200');
});

test('someone who never paid: nothing goes on or stops — start paying, pay into the resident scheme, don\'t pay', () => {
  const c = (id, kind, extra) => ({ id, kind, region: 'SC', monthly_cost_now: '1.00', own_contributions: '2.00', pension: '3.00', pension_today: '4.00',
    start: '2059-04', payback_months: null, heirs_receive: '0.00', scheme: 'employee', range: { pension_today: { low: '1', high: '9' } }, ...extra });
  const { rows } = answerRows([c('flexible_0.6', 'flexible', { base: { ratio: '0.6' } }), c('resident_200', 'resident', { tier: '200' }), c('none', 'gap', { pension: '0.00' })], []);
  assert.deepEqual(rows.map((r) => rowLabel(r, 'SC', undefined, 'none')), ['开始交灵活就业（按60%）', '交城乡居民（每年200元）', '不交']);
  // A resident-scheme member does not "carry on" with flexible work: she would switch to it.
  assert.deepEqual(rows.map((r) => rowLabel(r, 'SC', undefined, 'resident')), ['改交灵活就业（按60%）', '继续交城乡居民（每年200元）', '停交']);
  assert.deepEqual(rows.map((r) => rowLabel(r, 'SC', undefined)), ['继续交灵活就业（按60%）', '改交城乡居民（每年200元）', '停交'], 'an employee-scheme record is the default');
  // The record: employee-scheme months or a statement; else resident months; a gap alone is nothing.
  const seg = (kind) => ({ from: '2015-01', to: '2020-12', kind, ...(kind === 'gap' ? {} : { region: 'SC' }) });
  assert.deepEqual([[], [seg('gap')], [seg('resident'), seg('gap')], [seg('resident'), seg('flexible')], [seg('employee')]].map((h) => recordKind(h)),
    ['none', 'none', 'resident', 'employee', 'employee']);
  assert.equal(recordKind([], { at: '2026-10', employee_months: 30 }), 'employee');
  assert.deepEqual([[], [seg('gap')], [seg('resident')]].map((h) => hasPaid(h)), [false, false, true]);
  assert.deepEqual([[true, true], [false, true], [false, false], [true, false]].map(([paying, paid]) => asNowWords(paying, paid)),
    ['照现在这样交', '照现在这样（不再交）', '照现在这样（不交）', '照现在这样交']);
  // A plan that stops before retirement (交够年限就停, or two years then home) says until when.
  assert.equal(asNowWords(true, true, '2036-08'), '照这样交到2036年8月');
  assert.equal(asNowWords(false, true, '2036-08'), '照现在这样（不再交）', 'no plan: nothing to stop');
  // 交够了每月约 … only where the record pays something: 0.00 says nothing.
  assert.deepEqual(shortNote('1318.42'), { enough: '1,320', text: '到时候还不能每月领。' });
  assert.deepEqual(shortNote('0.00'), { enough: null, text: '到时候领不到：还没有交过职工养老' });
});

test('words and rounding', () => {
  assert.deepEqual([6, 12, 18, 138].map(yearsText), ['6个月', '1年', '1年6个月', '11年6个月']);
  // Rounded to 10 元: 4434.97 → 4430; 1146.04 → 1150; 794166.14 → 794170 → 79.4万.
  assert.deepEqual(['4434.97', '1146.04', '794166.14', '8.33'].map(round), ['4,430', '1,150', '79.4万', '10']);
});

// A slider's row comes from the core's headline with its range (a quarter of a full estimate's
// cost); it must be the row the full estimate gives, at every level and claim age.
test('slider rows: the headline gives the full estimate\'s row', async () => {
  const { rowFromEstimate, rowFromHeadline } = await import('../src/answer.js');
  const { load } = await import('../../embed/index.mjs');
  const { readFileSync } = await import('node:fs');
  const pe = await load();
  // Valued at a fixed month, so the answer does not depend on the day the test runs.
  const example = { ...JSON.parse(readFileSync(new URL('../../examples/rider-guangdong.json', import.meta.url))), as_of: '2026-11' };
  // The history alone, as the page asks for it (its headline); its own contributions are the
  // full estimate's.
  const baseline = pe.headline({ ...example, plan: [] }).headline;
  const alone = pe.estimate({ ...example, plan: [] }).estimate;
  assert.equal(baseline.employee.own_contributions, alone.employee.pension.own_contributions);
  assert.equal(baseline.resident.own_contributions, alone.resident.own_contributions);
  assert.ok(Number(baseline.employee.own_contributions) > 0, 'the history has employee payments');
  let compared = 0;
  for (const ratio of ['0.6', '1', '3']) {
    for (const [mode, months] of [['statutory', 0], ['early', 12], ['late', 36]]) {
      const s = { ...example, plan: example.plan.map((x) => ({ ...x, base: { ratio } })), retirement: { mode, months } };
      const full = pe.estimate(s);
      const head = pe.headline(s, { range: true });
      assert.equal(full.ok, head.ok, `${ratio} ${mode}`);
      if (!full.ok) continue;
      const a = rowFromEstimate(full.estimate, baseline, '1.00', 'preview');
      assert.deepEqual(rowFromHeadline(head.headline, baseline, '1.00', 'preview'), a);
      assert.ok(Number(a.total) > 0, 'the plan adds payments beyond the history');
      compared += 1;
    }
  }
  assert.ok(compared >= 6, `only ${compared} of 9 ways answered`);
});

test('a gap\'s effect in words: 多领 when filling raises the pension, 反而少领 with why when it lowers it', () => {
  // Rounded to 10 元 for display: 31,428.55 → 31,430; 297.3 → 300.
  assert.deepEqual(gapEffect('31428.55', '297.30'), { text: '补上要交约 31,430 元，每月多领约 300 元（按今天的钱）', lower: false });
  // The case issue 16 found (a statement's deemed months): gain_today −254.92 → 少领约 250, never "多领约 -250".
  const lower = gapEffect('9000.00', '-254.92');
  assert.equal(lower.text, '补上要交约 9,000 元，每月反而少领约 250 元（按今天的钱）');
  assert.equal(lower.lower, true);
  assert.match(lower.why, /视同缴费/);
  assert.equal(gapEffect('100', '0.00').text, '补上要交约 100 元，每月多领约 0 元（按今天的钱）');
});

test('planSoFar: the plan\'s months before the first open month, clipped (Scenario::plan_so_far)', () => {
  const flex = { kind: 'flexible', region: 'GD', base: { ratio: '0.6' } };
  const plan = [{ from: '2026-08', to: '2026-09', ...flex }, { from: '2026-10', ...flex }, { from: '2027-03', ...flex }];
  // First open month 2026-12: the first segment whole, the open one clipped to 2026-11, the later one left out.
  assert.deepEqual(planSoFar(plan, '2026-12'), [{ from: '2026-08', to: '2026-09', ...flex }, { from: '2026-10', to: '2026-11', ...flex }]);
  assert.deepEqual(planSoFar(plan, '2026-08'), [], 'nothing before the first open month');
  assert.deepEqual(planSoFar([], '2026-12'), []);
});
