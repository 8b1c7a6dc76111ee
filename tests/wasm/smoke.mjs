// The committed pkg/ under Node: same answers as the native CLI, structured errors, no throws.
// Run: node tests/wasm/smoke.mjs (scripts/test.sh does, after building the CLI).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import * as wasm from '../../pkg/pension_estimator.js';
import PARAMS from '../../pkg/params.js';
import SOURCES from '../../pkg/sources.js';
import { TODAY, pinProcess } from '../clock.mjs';

pinProcess(); // the core's clock (JavaScript's Date) reads the pretend month

wasm.initSync({ module: readFileSync(new URL('../../pkg/pension_estimator_bg.wasm', import.meta.url)) });

let passed = 0, failed = 0;
function check(name, fn) {
  try { fn(); passed++; } catch (e) { failed++; console.error(`FAIL ${name}\n${e.stack}`); }
}

// The module does not embed the parameter data: until load_data, every call says so.
check('without parameter data: a structured error, not a throw', () => {
  for (const r of [wasm.estimate('{}'), wasm.regions(), wasm.params('GD', '2026-01'), wasm.validate('{}'), wasm.load_data(SOURCES)].map(JSON.parse)) {
    assert.equal(r.ok, false);
    assert.equal(r.errors[0].code, 'parameter_data');
    assert.ok(r.errors[0].zh && r.errors[0].en);
  }
});
check('data that is not parameter data is refused with the line', () => {
  for (const bad of ['', 'hello', 'R\tGD\t广东\tGuangdong\t\nE\tnot-a-month']) {
    const r = JSON.parse(wasm.load_data(bad));
    assert.equal(r.ok, false, bad);
    assert.equal(r.errors[0].code, 'parameter_data');
  }
});
check('the package data loads', () => {
  const r = JSON.parse(wasm.load_data(PARAMS));
  assert.equal(r.ok, true);
  assert.ok(r.regions >= 31, `regions: ${r.regions}`);
});

const example = readFileSync('examples/rider-guangdong.json', 'utf8');
const cli = process.env.CLI || 'target/debug/pension-estimator';

// The source descriptions come in a file of their own (pkg/sources.js), given to load_data after
// the data when a source is to be shown. Before: the same figures, each used value's source its id alone.
function sourcesAreIdsAlone() {
  const native = JSON.parse(execFileSync(cli, ['estimate', 'examples/rider-guangdong.json'], { encoding: 'utf8' }));
  const r = JSON.parse(wasm.estimate(example));
  assert.equal(r.ok, true);
  const used = r.estimate.parameters_used;
  assert.ok(used.length > 20);
  for (const [i, u] of used.entries()) {
    assert.deepEqual(u.source, { publisher: '', title: '', id: u.source.id }, `${u.param}: ${JSON.stringify(u.source)}`);
    assert.match(u.source.id, /^[a-z0-9_]+$/i);
    assert.ok(native.parameters_used[i].source.title, 'the CLI describes it');
    u.source = native.parameters_used[i].source;
  }
  assert.deepEqual(r.estimate, native, 'nothing else differs');
}
check('before the sources are loaded: the same estimate, each source its id alone', sourcesAreIdsAlone);

check('source descriptions cut or of other data are refused whole', () => {
  // Whole (its integrity line made again: src/params/checksum.rs, FNV-1a) but for other data.
  const body = SOURCES.slice(0, SOURCES.lastIndexOf('Z\t')).replace(/^F[^\n]*/, 'F\t1\t00000000');
  let h = 0x811c9dc5;
  for (const b of Buffer.from(body)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const otherData = `${body}Z\t${body.split('\n').length - 1}\t${h.toString(16).padStart(8, '0')}\n`;
  for (const [bad, why] of [[SOURCES.slice(0, SOURCES.length / 2), /incomplete/], [SOURCES.slice(0, -2), /incomplete/],
    [otherData, /these sources are not for the data loaded/]]) {
    const r = JSON.parse(wasm.load_data(bad));
    assert.equal(r.ok, false);
    assert.equal(r.error, 'invalid_input');
    assert.equal(r.errors[0].code, 'parameter_data');
    assert.equal(r.errors[0].path, '$');
    assert.match(r.errors[0].en, /^the parameter data cannot be read: /);
    assert.match(r.errors[0].en, why);
    assert.match(r.errors[0].zh, /^政策参数数据读不出来：/);
  }
  sourcesAreIdsAlone(); // nothing of them kept
});

check('the package sources load, once', () => {
  const r = JSON.parse(wasm.load_data(SOURCES));
  assert.equal(r.ok, true);
  assert.equal(r.regions, SOURCES.split("\n").filter((l) => l.startsWith("R\t")).length, "regions whose sources were read");
  assert.equal(JSON.parse(wasm.load_data(SOURCES)).ok, true, 'the same again');
});

check('estimate equals the native CLI', () => {
  const native = JSON.parse(execFileSync(cli, ['estimate', 'examples/rider-guangdong.json'], { encoding: 'utf8' }));
  const r = JSON.parse(wasm.estimate(example));
  assert.equal(r.ok, true);
  assert.deepEqual(r.estimate, native);
});

check('gap analysis equals the native CLI', () => {
  const native = JSON.parse(execFileSync(cli, ['gaps', 'examples/rider-guangdong.json'], { encoding: 'utf8' }));
  const r = JSON.parse(wasm.gaps(example));
  assert.equal(r.ok, true);
  assert.deepEqual(r.gaps, native);
});

check('choices equal the native CLI', () => {
  const native = JSON.parse(execFileSync(cli, ['choices', 'examples/rider-guangdong.json'], { encoding: 'utf8' }));
  const r = JSON.parse(wasm.choices(example));
  assert.equal(r.ok, true);
  assert.deepEqual(r.choices, native);
});

check('bad input gives structured errors, never a throw', () => {
  const inputs = ['', '{', 'null', '[]', '{"person": 1}', JSON.stringify({ as_of: '2026-13' }),
    '\uD800', 'x'.repeat(100000), '['.repeat(10000) + ']'.repeat(10000),
    JSON.stringify({ ...JSON.parse(example), history: Array(100000).fill({ from: '2020-01', to: '2020-01', kind: 'gap' }) }),
    JSON.stringify({ ...JSON.parse(example), person: { birth: 1990, sex: ['male'], hukou: {} } }),
    JSON.stringify({ ...JSON.parse(example), as_of: null }),
    JSON.stringify({ ...JSON.parse(example), overrides: [{ param: 'GD.benefit_base', value: '1e400' }] }),
    JSON.stringify({ ...JSON.parse(example), assumptions: { wage_growth: 'NaN' } })];
  for (const text of inputs) {
    const r = JSON.parse(wasm.estimate(text));
    assert.equal(r.ok, false, text.slice(0, 40));
    assert.ok(r.errors.length > 0 && r.errors[0].code && r.errors[0].zh && r.errors[0].en);
  }
  // Still usable afterwards.
  assert.equal(JSON.parse(wasm.estimate(example)).ok, true);
});

check('the current month is the core\'s clock; a scenario without as_of is valued at it or at the host\'s month', () => {
  assert.equal(wasm.current_month(), TODAY);
  const { as_of, ...rest } = JSON.parse(example);
  assert.equal(JSON.parse(wasm.estimate(JSON.stringify(rest))).estimate.as_of, TODAY);
  assert.equal(JSON.parse(wasm.estimate(JSON.stringify(rest), as_of)).estimate.as_of, as_of);
  // A scenario's own as_of wins over the host's month.
  assert.equal(JSON.parse(wasm.estimate(example, '2030-01')).estimate.as_of, as_of);
  const bad = JSON.parse(wasm.estimate(JSON.stringify(rest), '2030-13'));
  assert.equal(bad.errors[0].path, 'asOf');
  const withCli = JSON.parse(execFileSync(cli, ['estimate', '-'], { input: JSON.stringify(rest), encoding: 'utf8', env: { ...process.env, PENSION_TODAY: TODAY } }));
  assert.deepEqual(JSON.parse(wasm.estimate(JSON.stringify(rest))).estimate, withCli);
});

check('validate, regions, params, version', () => {
  assert.deepEqual(JSON.parse(wasm.validate(example)), { ok: true, valid: true });
  const v = JSON.parse(wasm.validate('{"person": {}}'));
  assert.equal(v.ok, false);
  const regions = JSON.parse(wasm.regions()).regions;
  assert.ok(regions.length >= 32 && regions.some(r => r.code === 'GD-SZ' && r.parent === 'GD'));
  const gd = JSON.parse(wasm.params('GD', '2026-11')).params;
  const bb = gd.params.find(p => p.key === 'benefit_base');
  assert.equal(bb.from_region, 'GD');
  assert.ok(bb.source.publisher.length > 0);
  assert.equal(JSON.parse(wasm.params('XX', '2026-11')).errors[0].code, 'unknown_region');
  assert.equal(JSON.parse(wasm.params('GD', '26-11')).errors[0].code, 'wrong_type');
  assert.equal(JSON.parse(wasm.version()).schema_version, 1);
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
