// The mini-program loader under a simulated WeChat runtime (tests/embed/wx-sim.mjs): no global
// WebAssembly, fetch, TextEncoder or TextDecoder; WXWebAssembly.instantiate takes only a path
// inside the package. Builds miniprogram/lib from pkg/ first, then checks the loader against the
// native CLI, the example project's page as a rider would use it, and the package size.
// Run: node tests/embed/miniprogram.mjs (after `cargo build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, readFileSync, mkdtempSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { join } from 'node:path';
import vm from 'node:vm';
import { createRuntime } from './wx-sim.mjs';
import { addMonths } from '../../web/src/answer.js';
import { SCENARIOS, ROOT, cli, badInputs, assertRefusal, check, done } from './common.mjs';

const MP = join(ROOT, 'miniprogram');
execFileSync(process.execPath, [join(ROOT, 'embed/build-miniprogram.mjs')], { stdio: 'inherit' });

const PKG_GLOBALS = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(ROOT, 'pkg/pension_estimator_bg.wasm'))))
  .filter((e) => e.kind === 'global').map((e) => e.name);
// What a mini-program does not have: gone from this process too, not only from the sandbox.
const NativeTextEncoder = TextEncoder, NativeTextDecoder = TextDecoder;
for (const name of ['WebAssembly', 'fetch', 'TextEncoder', 'TextDecoder']) delete globalThis[name];
assert.equal(typeof WebAssembly, 'undefined');

const rt = createRuntime(MP);
const lib = rt.require('/lib/pension-estimator.js');
const pe = await lib.load();
const results = {};

/** The example project as WeChat starts it: a fresh runtime (`saved`: what its storage holds), the app launched, the page's code loaded. */
function launchExample(saved) {
  const sim = createRuntime(MP);
  if (saved !== undefined) sim.storage.set('pe.miniprogram.input', JSON.parse(JSON.stringify(saved)));
  sim.require('/app.js');
  sim.app.onLaunch.call(sim.app);
  sim.require('/pages/index/index.js');
  return sim;
}

/** …and its page opened (onLoad done). */
async function openExample(saved) {
  const sim = launchExample(saved);
  const page = sim.instantiatePage(sim.pages[0]);
  await page.onLoad();
  return { sim, page };
}

await check('no WebAssembly, fetch, TextEncoder or TextDecoder inside the simulated runtime', () => {
  for (const name of ['WebAssembly', 'fetch', 'TextEncoder', 'TextDecoder', 'process', 'require', 'Buffer']) {
    assert.equal(vm.runInContext(`typeof ${name}`, rt.context), 'undefined', name);
  }
  assert.deepEqual(rt.calls.instantiate, ['/lib/pension_estimator_bg.wasm'], 'instantiated from the package path');
});

await check('the WXWebAssembly shim accepts only a package path (so the loader is tested against that)', async () => {
  const bytes = readFileSync(join(MP, 'lib/pension_estimator_bg.wasm'));
  const shim = rt.context.WXWebAssembly;
  await assert.rejects(shim.instantiate(bytes, {}), /path string/);
  await assert.rejects(shim.instantiate('https://example.com/x.wasm', {}), /not a package/);
  await assert.rejects(shim.instantiate('/../pkg/pension_estimator_bg.wasm', {}), /outside the package/);
});

await check('as WeChat on iOS (no exported globals): the built wasm loads; pkg/\'s own would be refused if it exports any', async () => {
  // The runtime above is iOS-strict (the default) and loaded the built wasm already.
  const raw = mkdtempSync(join(tmpdir(), 'pe-mp-'));
  mkdirSync(join(raw, 'lib'));
  copyFileSync(join(MP, 'lib/pension-estimator.js'), join(raw, 'lib/pension-estimator.js'));
  copyFileSync(join(ROOT, 'pkg/pension_estimator_bg.wasm'), join(raw, 'lib/pension_estimator_bg.wasm'));
  const refused = await createRuntime(raw).require('/lib/pension-estimator.js').load()
    .then(() => false, (e) => e.errors[0].code === 'load_failed' && /global/.test(e.message));
  assert.equal(refused, PKG_GLOBALS.length > 0, `pkg/ exports globals: ${PKG_GLOBALS}`);
  results.pkg_exported_globals = PKG_GLOBALS;
});

await check('estimate, gaps and choices equal the native CLI (3 scenarios)', () => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    for (const command of ['estimate', 'gaps', 'choices']) {
      const r = pe[command](s);
      assert.equal(r.ok, true, `${name} ${command}`);
      assert.deepEqual(JSON.parse(JSON.stringify(r[command])), cli(command, s), `${name} ${command}`);
    }
  }
  assert.equal(pe.schemaVersion, JSON.parse(execFileSync(process.execPath, ['-e',
    `import('${ROOT}embed/index.mjs').then(async (m) => console.log((await m.load()).schemaVersion))`], { encoding: 'utf8' })));
});

await check('bad input: structured errors, never a throw; regions, params, validate', () => {
  for (const input of badInputs()) for (const command of ['estimate', 'gaps', 'choices', 'validate']) assertRefusal(pe[command](input), command);
  assert.equal(pe.params('XX', '2026-11').errors[0].code, 'unknown_region');
  assert.ok(pe.regions().regions.some((r) => r.code === 'GD-SZ'));
  assert.equal(pe.validate(SCENARIOS.readme_example).valid, true);
  assert.equal(pe.estimate(SCENARIOS.readme_example).ok, true);
});

await check('a trap: structured error, a fresh instance from the package path, same answers after', async () => {
  const before = rt.calls.instantiate.length;
  const r = pe.selftestTrap();
  assert.equal(r.error, 'internal');
  // The size build traps without a panic message (-C panic=immediate-abort): the text says what
  // happened and what the page did; the reason is the engine's ("unreachable").
  assert.match(r.errors[0].en, /unexpected error in the calculation; the module was reloaded/);
  await pe.ready();
  assert.deepEqual(rt.calls.instantiate.slice(before), ['/lib/pension_estimator_bg.wasm']);
  assert.deepEqual(JSON.parse(JSON.stringify(pe.estimate(SCENARIOS.readme_example).estimate)), cli('estimate', SCENARIOS.readme_example));
});

await check('the UTF-8 fallback encodes and decodes like the standard classes (20 000 random cases)', () => {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const E = new lib.Utf8Encoder(), D = new lib.Utf8Decoder('utf-8', { ignoreBOM: true });
  const TE = new NativeTextEncoder(), TD = new NativeTextDecoder('utf-8', { ignoreBOM: true });
  for (let t = 0; t < 20000; t++) {
    let s = '';
    for (let i = Math.floor(rnd() * 20); i > 0; i--) { const k = rnd(); s += String.fromCharCode(k < 0.4 ? rnd() * 128 : k < 0.7 ? rnd() * 0x800 : k < 0.9 ? rnd() * 0x10000 : 0xd800 + rnd() * 0x800); }
    assert.deepEqual([...E.encode(s)], [...TE.encode(s)], JSON.stringify(s));
    const bytes = Uint8Array.from({ length: Math.floor(rnd() * 12) }, () => (rnd() < 0.5 ? rnd() * 256 : 0x80 + rnd() * 64));
    assert.equal(D.decode(bytes), TD.decode(bytes), String([...bytes]));
  }
  assert.equal(D.decode(), '');
  assert.equal(D.decode(TE.encode('养老金 😀')), '养老金 😀');
});

await check('with TextEncoder/TextDecoder present (newer base libraries) the loader uses them and agrees', async () => {
  const rt2 = createRuntime(MP, { textCodecs: true });
  const pe2 = await rt2.require('/lib/pension-estimator.js').load();
  assert.deepEqual(JSON.parse(JSON.stringify(pe2.estimate(SCENARIOS.shenzhen_then_shanghai_woman))), JSON.parse(JSON.stringify(pe.estimate(SCENARIOS.shenzhen_then_shanghai_woman))));
});

await check('the example project: a rider enters a short history and sees the CLI\'s pensions and gap effects', async () => {
  const { sim: rt3, page } = await openExample();
  assert.equal(page.data.ready, true);
  // Nothing made up: no answer before the person and a record are given, and the page says what is missing.
  assert.equal(page.data.answer, null);
  assert.match(page.data.waiting, /出生年月和户口/);
  const idx = (code) => page.regions.findIndex((r) => r.code === code);
  const tap = (handler, i, field, value) => page[handler]({ currentTarget: { dataset: { i, field } }, detail: { value } });
  page.onBirth({ detail: { value: '1990-05' } });
  page.onHukou({ detail: { value: String(idx('JX')) } });
  assert.equal(page.data.answer, null);
  assert.match(page.data.waiting, /经历/);
  // The README example's history, entered through the form.
  page.addSegment();
  assert.equal(page.data.waiting, '');
  tap('onSegment', 0, 'from', '2012-03'); tap('onSegment', 0, 'to', '2014-12'); tap('onSegment', 0, 'kindIndex', '2');
  page.addSegment();
  tap('onSegment', 1, 'from', '2015-03'); tap('onSegment', 1, 'to', '2018-06'); tap('onSegment', 1, 'kindIndex', '1');
  tap('onSegment', 1, 'regionIndex', String(idx('GD'))); tap('onSegment', 1, 'ratioIndex', '1');
  page.addSegment();
  tap('onSegment', 2, 'from', '2018-07'); tap('onSegment', 2, 'to', '2019-12'); tap('onSegment', 2, 'kindIndex', '3');
  page.addSegment();
  tap('onSegment', 3, 'from', '2020-01'); tap('onSegment', 3, 'to', '2026-10');
  tap('onSegment', 3, 'regionIndex', String(idx('GD'))); tap('onSegment', 3, 'ratioIndex', '0');
  page.onPlan({ detail: { value: true } });
  const sc = page.scenario();
  assert.equal(sc.history.length, 4);
  assert.deepEqual(page.data.errors, []);
  const native = cli('estimate', sc);
  assert.equal(page.data.result.employee.total, native.employee.pension.total);
  assert.equal(page.data.result.employee.today, native.employee.pension.formula_total_today);
  assert.equal(page.data.result.resident.eligible, native.resident.eligible);
  const nativeGaps = cli('gaps', sc).gaps;
  assert.equal(page.data.gaps.length, nativeGaps.length);
  // Months still to come are worded 打算不交, not 没交 (index.wxml): the core's `planned`, carried.
  assert.deepEqual(page.data.gaps.map((x) => x.planned), nativeGaps.map((x) => x.planned));
  assert.ok(nativeGaps.some((x) => !x.planned), 'a past gap among them');
  const g = page.data.gaps.find((x) => x.from === '2018-07');
  const want = nativeGaps.find((x) => x.from === '2018-07').at_neighbour;
  assert.equal(g.gain, Number(want.gain).toFixed(2));
  assert.equal(g.cost, Number(want.cost).toFixed(2));
  // Its effect in words, in today's money, as on the web page (answer.js gapEffect): rounded to 10 元.
  const yuan = (x) => String(Math.round(Number(x) / 10) * 10).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  assert.ok(Number(want.gain_today) >= 0, 'filling this gap raises the pension');
  assert.equal(g.effect, `补上要交约 ${yuan(want.cost)} 元，每月多领约 ${yuan(want.gain_today)} 元（按今天的钱）`);
  // The answer card, as on the web page (web/src/answer.js built into lib/answer.js): the plan is
  // "carry on as now" from this month (the history ends before it, so this month is still open),
  // and the three rows hold the CLI's choices rounded to 10 元.
  const plain = (x) => JSON.parse(JSON.stringify(x)); // objects of the mini-program's own realm
  assert.deepEqual(plain(sc.plan), [{ from: sc.as_of, kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }]);
  const choices = cli('choices', sc).choices;
  const a = page.data.answer;
  assert.equal(a.current, 'flexible_0.6');
  assert.deepEqual(plain(a.rows.map((r) => r.id)), ['flexible_0.6', choices.filter((c) => c.kind === 'resident').sort((x, y) => x.tier - y.tier)[0].id, 'none']);
  const tens = (x) => String(Math.round(Number(x) / 10) * 10).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  for (const r of a.rows) {
    const c = choices.find((x) => x.id === r.id);
    assert.equal(r.todayRaw, c.pension_today, r.id);
    assert.equal(r.cost, tens(c.monthly_cost_now), r.id); // 1,150-style, below 100 000
  }
  assert.equal(a.headline.todayRaw, choices.find((c) => c.id === 'flexible_0.6').pension_today);
  // 现在还在交吗 → 不交了: the stop row is the current one.
  page.onPlan({ detail: { value: false } });
  assert.deepEqual(plain(page.scenario().plan), []);
  assert.equal(page.data.answer.current, 'none');
  page.onPlan({ detail: { value: true } });
  // A bad entry shows the core's message instead of a result, and the page keeps working.
  tap('onSegment', 3, 'to', '2019-01');
  assert.ok(page.data.errors.length > 0 && page.data.result === null, 'a reversed segment is reported');
  tap('onSegment', 3, 'to', '2026-10');
  assert.equal(page.data.result.employee.total, native.employee.pension.total);
  // What was entered is kept in the mini-program's storage.
  assert.equal(rt3.storage.get('pe.miniprogram.input').segments.length, 4);
  // mini_program_saves_region_codes_not_positions: a data update that reorders the regions
  // restores the same places, and a code the data no longer has is told.
  const saved = rt3.storage.get('pe.miniprogram.input');
  assert.equal(saved.person.hukou, 'JX');
  const codes = page.data.segments.map((x) => page.regions[x.regionIndex].code);
  assert.deepEqual(saved.segments.map((x) => x.region), codes);
  assert.equal(codes[1], 'GD');
  const reordered = [...page.regions].reverse();
  const again = rt3.instantiatePage(rt3.pages[0]);
  again.regions = reordered;
  const back = again.restore(saved);
  assert.equal(reordered[back.person.hukouIndex].code, 'JX');
  assert.deepEqual(back.segments.map((x) => reordered[x.regionIndex].code), codes);
  again.regions = page.regions.filter((r) => r.code !== 'JX');
  again.restore(saved);
  assert.ok(again.notices.length === 1 && again.notices[0].includes('JX'), again.notices.join());
});

await check('the example page: a record from 掌上12333 replaces the segments it covers after a dialog, the CLI\'s figures', async () => {
  const { sim: rt5, page } = await openExample();
  const idx = (code) => page.regions.findIndex((r) => r.code === code);
  const field = (name, value) => page.onStatement({ currentTarget: { dataset: { field: name } }, detail: { value } });
  const plain = (x) => JSON.parse(JSON.stringify(x));
  const asOf = page.asOf; // the page's own clock (the core's current month)
  page.onBirth({ detail: { value: '1986-04' } });
  page.onHukou({ detail: { value: String(idx('HA')) } });
  page.addSegment();
  // The new segment runs from a year ago to this month; a statement up to last month covers
  // most of it. Declined: kept, and the core says what overlaps; accepted: it starts this month.
  rt5.modalReply = false;
  page.onStatementOn({ detail: { value: true } });
  assert.equal(rt5.modals.length, 1);
  assert.match(rt5.modals[0].content, /0段去掉，1段改成/);
  assert.equal(page.data.segments.length, 1);
  assert.equal(page.data.segments[0].from < asOf, true, 'declined: nothing changed');
  assert.ok(page.data.errors.some((e) => /对账单已包含/.test(e)), page.data.errors.join());
  rt5.modalReply = true;
  page.onStatementOn({ detail: { value: false } });
  page.onStatementOn({ detail: { value: true } });
  assert.deepEqual(plain(page.data.segments.map((x) => [x.from, x.to])), [[asOf, asOf]]);
  field('regionIndex', String(idx('GD')));
  field('months', '120');
  field('index', '0.6');
  field('balance', '42000');
  const sc = page.scenario();
  assert.deepEqual(plain(sc.summary), { at: plain(page.data.statement.at), region: 'GD', employee_months: 120, avg_index: '0.6', account_balance: '42000' });
  assert.deepEqual(page.data.errors, []);
  const native = cli('estimate', sc);
  assert.equal(page.data.result.employee.total, native.employee.pension.total);
  const choices = cli('choices', sc).choices;
  for (const r of page.data.answer.rows) assert.equal(r.todayRaw, choices.find((c) => c.id === r.id).pension_today, r.id);
  // Saved by region code, restored as entered.
  const saved = rt5.storage.get('pe.miniprogram.input');
  assert.deepEqual(plain(saved.statement), { at: sc.summary.at, region: 'GD', months: '120', index: '0.6', balance: '42000' });
  const again = rt5.instantiatePage(rt5.pages[0]);
  again.regions = page.regions;
  const back = again.restore(saved);
  assert.equal(back.statementOn, true);
  assert.equal(page.regions[back.statement.regionIndex].code, 'GD');
});

await check('the example page opened a year after the last visit: 这几个月交了吗, and either answer settles it (the CLI\'s figures)', async () => {
  const now = pe.currentMonth();
  const then = addMonths(now, -13);
  const saved = { version: 2, person: { birth: '1990-05', sex: 'male', hukou: 'JX' }, planMode: 'auto', savedAt: then,
    segments: [{ from: addMonths(then, -60), to: then, kindIndex: 0, region: 'GD', ratioIndex: 0, tier: '200' }] };
  for (const paid of [true, false]) {
    const { sim: rt6, page } = await openExample(saved);
    // Paying through `then` when saved: the carry-on plan of that day ran from the month after it.
    assert.deepEqual(JSON.parse(JSON.stringify(page.data.since)), { from: addMonths(then, 1), to: addMonths(now, -1), text: page.data.since.text });
    assert.match(page.data.since.text, /这几个月交了吗/);
    assert.equal(rt6.storage.get('pe.miniprogram.input').savedAt, then, 'asked again until answered');
    if (paid) page.onSincePaid(); else page.onSinceUnpaid();
    assert.equal(page.data.since, null);
    const sc = page.scenario();
    const added = sc.history[sc.history.length - 1];
    assert.deepEqual(JSON.parse(JSON.stringify(added)), paid
      ? { from: addMonths(then, 1), to: addMonths(now, -1), kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }
      : { from: addMonths(then, 1), to: addMonths(now, -1), kind: 'gap' });
    // Paid up to last month: carrying on from this month; not paid: nothing more (auto).
    assert.deepEqual(JSON.parse(JSON.stringify(sc.plan)), paid ? [{ from: now, kind: 'flexible', region: 'GD', base: { ratio: '0.6' } }] : []);
    assert.deepEqual(page.data.errors, []);
    assert.equal(page.data.result.employee.total, cli('estimate', sc).employee.pension.total);
    assert.equal(rt6.storage.get('pe.miniprogram.input').savedAt, now);
  }
});

await check('the example page: six months short and not paying, 只交够年限就停 under 继续交 with the CLI\'s figures', async () => {
  const now = pe.currentMonth();
  // Born 1985-10, pension at 63: 20 years needed; 108 employee + 126 flexible months, the last 6 months ago.
  const saved = { version: 2, person: { birth: '1985-10', sex: 'male', hukou: 'AH' }, planMode: 'auto', savedAt: now,
    segments: [{ from: addMonths(now, -239), to: addMonths(now, -132), kindIndex: 1, region: 'SH', ratioIndex: 1, tier: '200' },
      { from: addMonths(now, -131), to: addMonths(now, -6), kindIndex: 0, region: 'AH', ratioIndex: 0, tier: '200' }] };
  const { page } = await openExample(saved);
  const sc = page.scenario();
  assert.deepEqual(JSON.parse(JSON.stringify(sc.plan)), [], 'stopped six months ago: not paying on');
  const { enough } = cli('choices', sc);
  assert.equal(enough.months, 6);
  const yuan = (x) => String(Math.round(Number(x) / 10) * 10).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const [y, m] = enough.to.split('-');
  const flex = page.data.answer.rows.find((r) => r.id.startsWith('flexible_'));
  assert.equal(flex.enough, `只交够年限就停：按60%再交 6个月（到${y}年${Number(m)}月，共约 ${yuan(enough.choice.own_contributions)} 元），每月也能领 ${yuan(enough.choice.pension_today)} 元。`);
  assert.deepEqual(page.data.answer.rows.filter((r) => r.enough).map((r) => r.id), [flex.id], 'only under 继续交');
});

await check('the example page for a rider who never paid: 我还没交过养老保险, rows named for starting, the CLI\'s figures', async () => {
  const { page } = await openExample();
  page.onBirth({ detail: { value: '1996-04' } });
  page.onHukou({ detail: { value: String(page.regions.findIndex((r) => r.code === 'GX')) } });
  assert.equal(page.data.answer, null, 'no record yet: no answer');
  page.onNever();
  const sc = page.scenario();
  assert.deepEqual(JSON.parse(JSON.stringify([sc.history, sc.plan])), [[], []]);
  assert.deepEqual(page.data.errors, []);
  const names = page.data.answer.rows.map((r) => r.name);
  assert.equal(names[0].startsWith('开始交灵活就业'), true, names.join());
  assert.equal(names[2], '不交');
  assert.match(page.data.answer.rows[0].enough, /^只交够年限就停：按60%交 20年（/, 'never paid: 交, not 再交');
  const choices = cli('choices', sc).choices;
  for (const r of page.data.answer.rows) assert.equal(r.todayRaw, choices.find((c) => c.id === r.id).pension_today, r.id);
});

await check('the example page: the answer card first; every handler its WXML binds exists; 看结果 ↑ while the card is off the screen', async () => {
  const wxml = readFileSync(join(MP, 'pages/index/index.wxml'), 'utf8');
  assert.ok(wxml.indexOf('id="answer"') < wxml.indexOf('我的情况'), 'the answer card comes before the form');
  const rt4 = launchExample();
  const cfg = rt4.pages[0];
  const bound = [...wxml.matchAll(/\bbind(?:tap|change|blur|input)="(\w+)"/g)].map((m) => m[1]);
  assert.ok(bound.length >= 8, bound.join());
  for (const name of bound) assert.equal(typeof cfg[name], 'function', `the WXML binds ${name}`);
  const page = rt4.instantiatePage(cfg);
  await page.onLoad();
  assert.equal(rt4.observers.length, 0, 'no card yet, nothing watched');
  page.onBirth({ detail: { value: '1990-05' } });
  page.onHukou({ detail: { value: String(page.regions.findIndex((r) => r.code === 'SC')) } });
  page.addSegment();
  assert.ok(page.data.answer, 'a first answer');
  // Watched once, relative to the viewport, by the card's id.
  assert.equal(rt4.observers.length, 1);
  const [ob] = rt4.observers;
  assert.ok(ob.viewport && ob.component === page);
  assert.deepEqual(ob.observed.map((o) => o.selector), ['#answer']);
  page.onBirth({ detail: { value: '1988-03' } });
  assert.equal(rt4.observers.length, 1, 'not watched again on each change');
  assert.equal(page.data.barOn, false);
  ob.observed[0].callback({ intersectionRatio: 0 });
  assert.equal(page.data.barOn, true, 'the card is off the screen: the bar shows');
  ob.observed[0].callback({ intersectionRatio: 0.3 });
  assert.equal(page.data.barOn, false, 'the card is back: the bar goes');
  page.toAnswer();
  assert.deepEqual(JSON.parse(JSON.stringify(rt4.scrolls)), [{ scrollTop: 0, duration: 200 }]);
  page.onUnload();
  assert.equal(ob.disconnected, true);
});

await check('--br: the brotli-compressed wasm (base library >= 2.14.0) loads from its package path and agrees', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pe-mp-br-'));
  execFileSync(process.execPath, [join(ROOT, 'embed/build-miniprogram.mjs'), '--out', join(dir, 'lib'), '--br'], { stdio: 'ignore' });
  const rtBr = createRuntime(dir);
  const peBr = await rtBr.require('/lib/pension-estimator.js').load();
  assert.deepEqual(rtBr.calls.instantiate, ['/lib/pension_estimator_bg.wasm.br']);
  assert.deepEqual(JSON.parse(JSON.stringify(peBr.estimate(SCENARIOS.readme_example).estimate)), cli('estimate', SCENARIOS.readme_example));
  results.lib_br_bytes = readdirSync(join(dir, 'lib')).reduce((n, f) => n + statSync(join(dir, 'lib', f)).size, 0);
});

await check('package size against WeChat\'s 2 MB main-package limit', () => {
  const files = [];
  const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else files.push(p); } };
  walk(MP);
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const wasm = readFileSync(join(MP, 'lib/pension_estimator_bg.wasm'));
  const br = brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  Object.assign(results, { package_bytes: total, files: files.length, wasm_bytes: wasm.length, wasm_br_bytes: br, wasm_gzip_bytes: gzipSync(wasm, { level: 9 }).length,
    limit_bytes: 2 * 1024 * 1024, share_of_limit: +(total / (2 * 1024 * 1024)).toFixed(3) });
  assert.ok(total < 2 * 1024 * 1024, `the example package is ${total} bytes, over 2 MB`);
});

console.log(JSON.stringify(results));
done();
