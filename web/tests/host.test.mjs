// The host-app rules of web/src/host.js, without a browser: which origins count as declared,
// which messages are read, where a result goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHost, embedding, prefillFrom, sendResult, PREFILL, RESULT } from '../src/host.js';
import { cleanPrefill } from '../src/state.js';

test('a declared host is an exact http(s) origin, never a wildcard or a path', () => {
  assert.equal(parseHost('https://app.example'), 'https://app.example');
  assert.equal(parseHost('http://localhost:8080'), 'http://localhost:8080');
  for (const bad of ['*', '', null, 'https://app.example/', 'https://app.example/x', 'javascript:alert(1)', 'file:///x',
    'https://user@app.example', 'HTTPS://APP.EXAMPLE', 'app.example', 'x'.repeat(300)]) assert.equal(parseHost(bad), null, bad);
});

function win({ framed = true, ancestors = [], rn = false } = {}) {
  const parent = { sent: [], postMessage(m, o) { this.sent.push([m, o]); } };
  const w = { location: { ancestorOrigins: ancestors }, ReactNativeWebView: rn ? { sent: [], postMessage(t) { this.sent.push(t); } } : undefined };
  w.parent = framed ? parent : w;
  return w;
}
const frag = (s) => new URLSearchParams(s);

test('the channel: the parent when framed by the declared origin, React Native\'s bridge, else none', () => {
  assert.equal(embedding(win(), frag('')).channel, null);
  assert.equal(embedding(win({ ancestors: ['https://app.example'] }), frag('host=https://app.example')).channel, 'parent');
  const m = embedding(win({ ancestors: ['https://evil.example'] }), frag('host=https://app.example'));
  assert.equal(m.host, null);
  assert.equal(m.mismatch, 'https://evil.example');
  assert.equal(embedding(win({ framed: false, rn: true }), frag('host=https://app.example')).channel, 'react-native');
  assert.equal(embedding(win({ framed: false }), frag('host=https://app.example')).channel, null);
});

test('frame_policy_no_share_in_a_frame_whose_origin_the_browser_does_not_name', () => {
  // Firefox has no location.ancestorOrigins: a framed page cannot check who frames it.
  const unnamed = { ...win(), location: {} };
  unnamed.parent = win().parent;
  const ctx = embedding(unnamed, frag('host=https://app.example'));
  assert.equal(ctx.host, null);
  assert.equal(ctx.channel, null);
  assert.equal(embedding(win({ ancestors: [] }), frag('host=https://app.example')).channel, null);
});

test('only a well-formed prefill from the declared origin and the parent window is read', () => {
  const w = win({ ancestors: ['https://app.example'] });
  const ctx = embedding(w, frag('host=https://app.example'));
  const ok = { origin: 'https://app.example', source: w.parent, data: { type: PREFILL, scenario: { person: { hukou: 'GD' } } } };
  assert.deepEqual(prefillFrom(ok, ctx, w), { person: { hukou: 'GD' } });
  assert.equal(prefillFrom({ ...ok, origin: 'https://evil.example' }, ctx, w), null);
  assert.equal(prefillFrom({ ...ok, source: {} }, ctx, w), null);
  assert.equal(prefillFrom({ ...ok, data: { type: 'other', scenario: {} } }, ctx, w), null);
  assert.equal(prefillFrom({ ...ok, data: 'text' }, ctx, w), null);
  assert.equal(prefillFrom({ ...ok, data: { type: PREFILL, scenario: { big: 'x'.repeat(300000) } } }, ctx, w), null);
  assert.equal(prefillFrom(ok, embedding(w, frag('')), w), null, 'nothing is read without a declared host');
});

test('a result goes to the declared origin only, once per call', () => {
  const w = win({ ancestors: ['https://app.example'] });
  const ctx = embedding(w, frag('host=https://app.example'));
  assert.equal(sendResult(w, ctx, { type: RESULT }), true);
  assert.deepEqual(w.parent.sent, [[{ type: RESULT }, 'https://app.example']]);
  const r = win({ framed: false, rn: true });
  sendResult(r, embedding(r, frag('host=https://app.example')), { type: RESULT });
  assert.deepEqual(JSON.parse(r.ReactNativeWebView.sent[0]), { type: RESULT, to: 'https://app.example' });
  const none = win({ framed: false });
  assert.equal(sendResult(none, embedding(none, frag('host=https://app.example')), { type: RESULT }), false);
});

test('a partial prefill is cleaned over the defaults; what cannot be read is named', () => {
  const lost = [];
  const sc = cleanPrefill({ person: { hukou: 'GD', birth: 'soon' }, history: [{ from: '2021-06', to: '2026-10', kind: 'flexible', region: 'GD-SZ', base: { ratio: '0.6' } }, { kind: 'warp' }] }, lost);
  assert.equal(sc.person.hukou, 'GD');
  assert.equal(sc.history.length, 1);
  assert.ok(lost.some((l) => l.includes('出生')) && lost.some((l) => l.includes('第2段')), lost.join('|'));
  assert.equal(cleanPrefill([1], []), null);
});
