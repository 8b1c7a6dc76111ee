// The embedding API under Node (ES modules): same answers as the native CLI, structured errors
// for bad input, recovery from a trapped instance, and the Node example of docs/embedding.md.
// Run: node tests/embed/node.mjs (after `cargo build`; scripts/test.sh does both).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { load } from '../../embed/index.mjs';
import { SCENARIOS, ROOT, TODAY, cli, badInputs, assertRefusal, check, done } from './common.mjs';
import { pinProcess } from '../clock.mjs';

const pe = await load();

await check('estimate, gaps and choices equal the native CLI (3 scenarios)', () => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    for (const command of ['estimate', 'gaps', 'choices']) {
      const r = pe[command](s);
      assert.equal(r.ok, true, `${name} ${command}`);
      assert.deepEqual(r[command], cli(command, s), `${name} ${command}`);
    }
    // JSON text in gives the same answer as an object in.
    assert.deepEqual(pe.estimate(JSON.stringify(s)), pe.estimate(s));
  }
});

await check('the headline level equals the CLI\'s --detail headline and the full estimate\'s figures (3 scenarios)', () => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    const h = pe.estimate(s, { detail: 'headline' });
    assert.equal(h.ok, true, name);
    assert.deepEqual(h.headline, cli('estimate', s, ['--detail', 'headline']), name);
    assert.deepEqual(pe.headline(s), h);
    const full = pe.estimate(s, { detail: 'full' }).estimate;
    assert.equal(h.headline.employee.total, full.employee.pension.total, name);
    assert.equal(h.headline.employee.formula_total_today, full.employee.pension.formula_total_today, name);
    assert.equal(h.headline.resident.start, full.resident.claim_month, name);
    assert.equal(h.headline.range, undefined, `${name}: no range unless asked`);
    assert.deepEqual(pe.headline(s, { range: true }).headline.range, full.range, name);
  }
  // The README example's employee pension (examples/rider-guangdong.estimate.json).
  assert.equal(pe.headline(SCENARIOS.readme_example).headline.employee.total, '12732.10');
  assert.equal(pe.estimate(SCENARIOS.readme_example, { detail: 'short' }).errors[0].path, 'options.detail');
  assert.equal(pe.estimate(SCENARIOS.readme_example, { range: true }).errors[0].path, 'options.range');
  assert.equal(pe.headline(SCENARIOS.readme_example, { range: 'yes' }).errors[0].path, 'options.range');
  assert.equal(pe.estimate(SCENARIOS.readme_example, 'headline').errors[0].path, 'options');
});

await check('a scenario without as_of is valued at the asOf option, else at the core\'s current month, like the CLI', async () => {
  const { as_of, ...rest } = SCENARIOS.readme_example;
  const fixed = await load({ asOf: as_of });
  assert.deepEqual(fixed.estimate(rest), pe.estimate(SCENARIOS.readme_example));
  assert.equal(fixed.currentMonth(), as_of);
  // The core's month (China's, UTC+8) is the CLI's (PENSION_TODAY here, pinned for both).
  assert.equal(pe.currentMonth(), TODAY);
  assert.equal(pe.estimate(rest).estimate.as_of, TODAY);
  assert.equal(pe.estimate(rest).estimate.as_of, cli('estimate', rest).as_of);
  assert.equal(rest.as_of, undefined, 'the caller\'s object is not changed');
  // The text is read once, as written, with or without as_of: a duplicate key is refused alike.
  const dup = '{"person": {"birth": "1990-05", "sex": "male", "hukou": "GD", "sex": "male"}}';
  assert.equal(pe.estimate(dup).errors[0].code, fixed.estimate(dup).errors[0].code);
  assert.equal(pe.estimate(dup).ok, false);
  assert.equal(fixed.estimate({ ...rest, as_of: undefined }).estimate.as_of, as_of);
  assert.equal((await load({ asOf: 'soon' })).estimate(rest).errors[0].path, 'asOf');
  // Midnight in Beijing: the core counts China's month, whatever this machine's time zone.
  const restore = pinProcess(new Date('2026-11-30T16:00:00Z'));
  try {
    assert.equal(pe.currentMonth(), '2026-12', 'midnight in Beijing');
    pinProcess(new Date('2026-11-30T15:59:59Z'));
    assert.equal(pe.currentMonth(), '2026-11');
  } finally {
    restore();
  }
  assert.equal(pe.currentMonth(), TODAY);
});

await check('parameter data: the package\'s by default; other data by the data option; unreadable data refused', async () => {
  const { default: PARAMS } = await import('../../pkg/params.js');
  const same = await load({ data: PARAMS });
  assert.deepEqual(same.estimate(SCENARIOS.readme_example), pe.estimate(SCENARIOS.readme_example));
  await assert.rejects(load({ data: 'not parameter data' }), (e) => e.errors[0].code === 'parameter_data' && !!e.errors[0].zh);
});

await check('source descriptions: the package\'s with its data, inside data of one file, of other data refused at load', async () => {
  const { default: PARAMS } = await import('../../pkg/params.js');
  const { default: SOURCES } = await import('../../pkg/sources.js');
  const full = pe.estimate(SCENARIOS.readme_example);
  assert.ok(full.estimate.parameters_used.every((u) => u.source.title && !('id' in u.source)), 'described');
  assert.deepEqual((await load({ data: PARAMS, sources: SOURCES })).estimate(SCENARIOS.readme_example), full);
  // Data given as the one file it was before (the sources' S lines inside, under each region's
  // header): described, no second file needed.
  const lines = (t) => t.slice(0, t.lastIndexOf('Z\t')).split('\n').filter(Boolean);
  const described = new Map();
  let region = null;
  for (const l of lines(SOURCES)) {
    if (/^[NR]\t/.test(l)) region = l.split('\t')[1];
    else if (l.startsWith('S\t')) described.set(region, [...(described.get(region) || []), l]);
  }
  const one = lines(PARAMS).flatMap((l) => (/^[NR]\t/.test(l) ? [l, ...(described.get(l.split('\t')[1]) || [])] : [l])).join('\n') + '\n';
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(one)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const oneFile = `${one}Z\t${one.split('\n').length - 1}\t${h.toString(16).padStart(8, '0')}\n`;
  assert.deepEqual((await load({ data: oneFile })).estimate(SCENARIOS.readme_example), full);
  // The package's sources with that (other) data: refused, structured, at load.
  await assert.rejects(load({ data: oneFile, sources: SOURCES }),
    (e) => e.errors[0].code === 'parameter_data' && /these sources are not for the data loaded/.test(e.errors[0].en) && /^政策参数数据读不出来/.test(e.errors[0].zh));
  await assert.rejects(load({ sources: SOURCES.slice(0, -3) }), (e) => e.errors[0].code === 'parameter_data');
});

await check('bad input: a structured error (code, path, zh, en) from every call, never a throw', () => {
  for (const input of badInputs()) {
    const what = typeof input === 'string' ? input.slice(0, 30) : JSON.stringify(input, (k, v) => (typeof v === 'bigint' ? 'bigint' : v))?.slice(0, 30);
    for (const command of ['estimate', 'gaps', 'choices', 'validate']) assertRefusal(pe[command](input), `${command} ${what}`);
  }
  assertRefusal(pe.params('XX', '2026-11'), 'unknown region');
  assert.equal(pe.params('XX', '2026-11').errors[0].code, 'unknown_region');
  assert.equal(pe.params('GD', '26-11').errors[0].code, 'wrong_type');
  assert.equal(pe.params(null).errors[0].path, 'region');
  assert.equal(pe.params('GD', 202611).errors[0].path, 'at');
  assert.equal(pe.estimate(SCENARIOS.readme_example).ok, true, 'still usable afterwards');
});

await check('validate, regions, params, version', () => {
  assert.deepEqual(pe.validate(SCENARIOS.readme_example), { ok: true, valid: true });
  const regions = pe.regions().regions;
  assert.ok(regions.length >= 32 && regions.some((r) => r.code === 'GD-SZ' && r.parent === 'GD'));
  const gd = pe.params('GD', '2026-11');
  assert.equal(gd.ok, true);
  assert.ok(gd.params.params.some((p) => p.key === 'benefit_base'));
  assert.equal(pe.params('GD').ok, true, 'at defaults to this month');
  const v = pe.version();
  assert.equal(v.ok, true);
  assert.equal(pe.schemaVersion, v.schema_version);
  assert.equal(pe.coreVersion, v.version);
  assert.ok(Number.isInteger(pe.schemaVersion) && pe.schemaVersion >= 1);
});

await check('a trap gives a structured error; the instance is replaced and the next call answers', async () => {
  const r = pe.selftestTrap();
  assertRefusal(r, 'trap');
  assert.equal(r.error, 'internal');
  // The size build traps without a panic message (-C panic=immediate-abort): the text says what
  // happened and what the page did; the reason is the engine's ("unreachable").
  assert.match(r.errors[0].en, /unexpected error in the calculation; the module was reloaded/);
  await pe.ready();
  assert.equal(pe.traps, 1);
  assert.deepEqual(pe.estimate(SCENARIOS.readme_example).estimate, cli('estimate', SCENARIOS.readme_example));
});

await check('two loads are two independent instances: a trap in one leaves the other answering', async () => {
  const a = await load(), b = await load();
  assert.equal(a.selftestTrap().error, 'internal');
  assert.equal(b.estimate(SCENARIOS.readme_example).ok, true);
  await a.ready();
  assert.equal(a.estimate(SCENARIOS.readme_example).ok, true);
});

await check('load() rejects with structured errors when the wasm is missing', async () => {
  await assert.rejects(load({ wasm: new URL('file:///nonexistent/pension.wasm') }), (e) => e.errors[0].code === 'load_failed');
});

await check('the Node example (docs/embedding.md) prints the CLI\'s figures', () => {
  const file = `${ROOT}examples/rider-guangdong.json`;
  const out = JSON.parse(execFileSync(process.execPath, [`${ROOT}embed/examples/node.mjs`, file], { encoding: 'utf8' }));
  const native = cli('estimate', SCENARIOS.readme_example);
  assert.equal(out.employee_total, native.employee.pension.total);
  assert.equal(out.today, native.employee.pension.formula_total_today);
  assert.equal(out.start, native.employee.pension.start);
});

await check('docs/embedding.md shows the tested examples as they are', () => {
  const readme = readFileSync(`${ROOT}docs/embedding.md`, 'utf8');
  for (const f of ['embed/examples/node.mjs', 'embed/examples/browser.mjs', 'embed/examples/browser.html',
    'embed/examples/webview-host.html', 'miniprogram/app.js']) {
    assert.ok(readme.includes(readFileSync(`${ROOT}${f}`, 'utf8').trimEnd()), `docs/embedding.md does not show ${f} as it is`);
  }
});

await check('never_throws_on_a_throwing_getter: an object whose getter throws gets a structured refusal', () => {
  const { as_of, ...rest } = SCENARIOS.readme_example;
  const hostile = Object.defineProperty({ ...rest }, 'history', { enumerable: true, get() { throw new Error('boom'); } });
  const withAsOf = Object.defineProperty({ ...SCENARIOS.readme_example }, 'plan', { enumerable: true, get() { throw new Error('boom'); } });
  for (const input of [hostile, withAsOf]) {
    for (const command of ['estimate', 'gaps', 'choices', 'validate']) {
      const r = pe[command](input);
      assertRefusal(r, command);
      assert.equal(r.errors[0].code, 'wrong_type');
      assert.equal(r.errors[0].path, '$');
    }
  }
});

await check('parameter_data_is_whole_and_loaded_once: cut data refused; a second load_data of other data refused, of the same data ok', async () => {
  const { default: PARAMS } = await import('../../pkg/params.js');
  const glue = await import('../../pkg/pension_estimator.js?data-once');
  await glue.default({ module_or_path: readFileSync(`${ROOT}pkg/pension_estimator_bg.wasm`) });
  const cut = PARAMS.slice(0, PARAMS.lastIndexOf('\n', PARAMS.length / 2) + 1);
  assert.equal(JSON.parse(glue.load_data(cut)).errors[0].code, 'parameter_data', 'half the file');
  assert.equal(JSON.parse(glue.load_data(PARAMS.slice(0, -2))).ok, false, 'a cut last line');
  assert.equal(JSON.parse(glue.load_data(PARAMS)).ok, true);
  assert.equal(JSON.parse(glue.load_data(PARAMS)).ok, true, 'the same data again');
  // Other data, sealed as build.rs seals it (last line: Z, line count, FNV-1a of the rest).
  const body = PARAMS.slice(0, PARAMS.trimEnd().lastIndexOf('\n') + 1).replace('China (national parameters)', 'China (other)');
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(body)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const other = `${body}Z\t${body.split('\n').length - 1}\t${h.toString(16).padStart(8, '0')}\n`;
  const r = JSON.parse(glue.load_data(other));
  assert.equal(r.ok, false, 'other data into a loaded instance');
  assert.match(r.errors[0].en, /already holds other parameter data/);
});

done();
