// The page inside a platform's app, in Chromium: a host page on another origin (localhost vs
// 127.0.0.1, another port) frames the page, declares itself with `#host=`, prefills by fragment
// or postMessage, and listens. Checks: prefill works; nothing is posted before the person presses
// 分享给应用, then exactly one message reaches the host, with the shown result; a message from an
// undeclared origin is ignored; saved data is not replaced without consent (and is backed up);
// a wrong declaration gets no button.
// Run: node web/tests/embed.mjs (after `node web/build.mjs`; scripts/test.sh does both).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import assert from 'node:assert/strict';
import { serve } from '../serve.mjs';
import { TODAY, addMonths, pinContext } from '../../tests/clock.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = process.env.CLI || `${ROOT}target/debug/pension-estimator`;
const ARGS = ['--headless', '--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let passed = 0, failed = 0;
async function check(name, fn) {
  try { await fn(); passed++; console.log(`ok   ${name}`); } catch (e) { failed++; console.log(`FAIL ${name}\n${e.stack}`); }
}

// The host apps below are all on http://localhost:<port>: the deployer's frame-ancestors list.
const pageServer = await serve(0, '127.0.0.1', { frameAncestors: 'http://localhost:*' });
const PAGE = `http://127.0.0.1:${pageServer.address().port}`;

// The host app's page and an unrelated third party, each on its own origin (localhost:port).
// The host page records every message it receives, with its origin.
function hostServer(html) {
  const s = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html(url));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}
const evil = await hostServer(() => `<!doctype html><script>
  // A third party framed next to the page: the test makes it post a prefill to the page; it
  // reports to the top page anything it ever receives.
  window.addEventListener('message', (e) => parent.postMessage({ evilGot: e.data }, '*'));
</script>`);
const EVIL = `http://localhost:${evil.address().port}`;
const host = await hostServer((url) => `<!doctype html><meta charset="utf-8"><title>host</title><script>
  window.__got = [];
  window.addEventListener('message', (e) => window.__got.push({ origin: e.origin, data: e.data }));
</script>
<iframe id="pe" src="${url.searchParams.get('frame')}" style="width:390px;height:800px"></iframe>
${url.searchParams.has('evil') ? `<iframe id="evil" src="${EVIL}/"></iframe>` : ''}`);
const HOST = `http://localhost:${host.address().port}`;

const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
// What a delivery platform knows: the city and when the rider started.
const PREFILL = { person: { birth: '1995-03', hukou: 'HN' },
  history: [{ from: addMonths(TODAY, -66), to: addMonths(TODAY, -2), kind: 'flexible', region: 'GD-SZ', base: { ratio: '0.6' } }] };

// The repository's embed/ and pkg/ as a static site (the browser example), and the
// WebView host example (both shown in docs/embedding.md) on another origin.
const TYPES = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const repo = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = `${ROOT}${path.slice(1)}`;
  if (!/^\/(embed|pkg)\/[\w./-]+$/.test(path) || path.includes('..') || !existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => repo.listen(0, '127.0.0.1', r));
const REPO = `http://127.0.0.1:${repo.address().port}`;
const exampleHost = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  .end(readFileSync(`${ROOT}embed/examples/webview-host.html`)));
await new Promise((r) => exampleHost.listen(0, '127.0.0.1', r));
const EXAMPLE_HOST = `http://localhost:${exampleHost.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });

async function open(frameUrl, { evilFrame = false } = {}) {
  const ctx = await pinContext(await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 900 }, serviceWorkers: 'block' }));
  const page = await ctx.newPage();
  const errors = [], frameRequests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (r.frame().url().startsWith(PAGE)) frameRequests.push(r.url()); });
  await page.goto(`${HOST}/?frame=${encodeURIComponent(frameUrl)}${evilFrame ? '&evil=1' : ''}`);
  const frame = await pageFrame(page);
  await frame.waitForSelector('body[data-ready]');
  return { ctx, page, frame, errors, frameRequests };
}
async function pageFrame(page) {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => x.url().startsWith(PAGE));
    if (f) return f;
    await page.waitForTimeout(50);
  }
  throw new Error('the page frame did not appear');
}
const got = (page) => page.evaluate(() => window.__got);
// The page's scenario (its own storage may be refused to a framed page: the page then works in
// memory and says so).
const stored = (frame) => frame.evaluate(() => window.__scenario());

await check('prefill by fragment; nothing posted until 分享给应用, then exactly one message, to the host, with the shown result', async () => {
  const { ctx, page, frame, errors, frameRequests } = await open(`${PAGE}/#host=${encodeURIComponent(HOST)}&prefill=${b64(PREFILL)}`);
  const sc = await stored(frame);
  assert.equal(sc.person.hukou, 'HN');
  assert.equal(sc.person.birth, '1995-03');
  assert.deepEqual(sc.history, PREFILL.history);
  const notes = (await frame.locator('.notice').allTextContents()).join('|');
  assert.match(notes, new RegExp(`已填入应用（${HOST}）`));
  // Where the browser refuses storage to a framed page, the page works in memory and says so.
  const hasStorage = await frame.evaluate(() => { try { localStorage.getItem('x'); return true; } catch { return false; } });
  if (!hasStorage) assert.match(notes, /不能在本机保存数据/);
  console.log(`note: the framed page's storage is ${hasStorage ? 'available' : 'refused by this browser (third-party)'}`);
  assert.equal(await frame.evaluate(() => location.hash), `#host=${encodeURIComponent(HOST)}`, 'the data left the address bar');
  // The person looks around and edits: still nothing is sent.
  await frame.click('button[name=plan-pay]');
  await frame.waitForSelector('#answer');
  await page.waitForTimeout(300);
  assert.deepEqual(await got(page), [], 'nothing is posted before the button');
  const button = frame.locator('button[name=share-with-app]');
  assert.equal(await button.count(), 1);
  assert.match(await frame.locator('#share-app').textContent(), new RegExp(HOST.replace(/[.]/g, '\\.')));
  await button.click();
  await page.waitForFunction(() => window.__got.length > 0);
  await page.waitForTimeout(300);
  const msgs = await got(page);
  assert.equal(msgs.length, 1, 'exactly one message');
  assert.equal(msgs[0].origin, PAGE);
  assert.equal(msgs[0].data.type, 'pension-estimator:result');
  const sent = msgs[0].data;
  const native = JSON.parse(execFileSync(CLI, ['estimate', '-'], { input: JSON.stringify(sent.scenario), encoding: 'utf8' }));
  assert.deepEqual(sent.estimate, native, 'the result sent is the CLI\'s estimate of the scenario sent');
  assert.equal(sent.scenario.person.hukou, 'HN');
  assert.equal(sent.schema_version, JSON.parse(readFileSync(`${ROOT}examples/rider-guangdong.json`, 'utf8')).schema_version);
  // The card shows the core's figure for that scenario (in today's money; or the years missing).
  const p = native.employee.pension;
  if (p.eligible) assert.equal(await frame.locator('#headline [data-today]').getAttribute('data-today'), p.formula_total_today);
  else assert.match(await frame.locator('#headline').textContent(), /年限还差/);
  assert.ok(frameRequests.length > 0 && frameRequests.every((u) => u.startsWith(`${PAGE}/`)), `the framed page requests only its own origin: ${frameRequests.filter((u) => !u.startsWith(PAGE))}`);
  assert.deepEqual(errors, []);
  await ctx.close();
});

await check('prefill by postMessage from the declared host; a message from an undeclared origin is ignored', async () => {
  const { ctx, page, frame, errors } = await open(`${PAGE}/#host=${encodeURIComponent(HOST)}`, { evilFrame: true });
  // The page's window sees the third party's message (delivered), and does nothing with it.
  await frame.evaluate(() => { window.__seen = []; window.addEventListener('message', (e) => window.__seen.push(e.origin)); });
  const evilFrame = page.frames().find((f) => f.url().startsWith(EVIL));
  await evilFrame.evaluate((scenario) => parent.frames[0].postMessage({ type: 'pension-estimator:prefill', scenario }, '*'),
    { person: { birth: '1970-01', sex: 'male', hukou: 'BJ' } });
  await frame.waitForFunction((origin) => window.__seen.includes(origin), EVIL);
  await page.waitForTimeout(300);
  assert.equal((await stored(frame)).person.hukou, '', 'the third party\'s prefill was not applied (still empty)');
  assert.equal((await frame.locator('.notice').allTextContents()).join('|').includes('已填入'), false);
  // Also from the host's own origin but not its window (a popup of the same origin would be): the
  // declared origin posting through its own window works.
  await page.evaluate(([target, scenario]) => document.getElementById('pe').contentWindow.postMessage({ type: 'pension-estimator:prefill', scenario }, target), [PAGE, PREFILL]);
  await frame.waitForSelector('#answer');
  await frame.waitForFunction(() => window.__scenario().person.hukou === 'HN');
  assert.equal((await stored(frame)).person.hukou, 'HN');
  const msgs = await got(page);
  assert.equal(msgs.filter((m) => m.origin === PAGE).length, 0, 'the page has sent nothing');
  assert.equal(msgs.some((m) => m.data && m.data.evilGot), false, 'the third party received nothing');
  assert.deepEqual(errors, []);
  await ctx.close();
});

await check('saved data is not replaced without consent; on consent it is backed up and can be restored', async () => {
  // Top-level (a WebView loading the page itself), where the page has its storage.
  const mine = { person: { birth: '1988-08', sex: 'male', hukou: 'SC' }, history: [{ from: '2015-01', to: '2020-12', kind: 'flexible', region: 'SC', base: { ratio: '1' } }], plan: [] };
  const ctx = await pinContext(await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' }));
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${PAGE}/`);
  await page.waitForSelector('body[data-ready]');
  await page.evaluate((sc) => localStorage.setItem('pe.state', JSON.stringify({ version: 1, scenario: sc })), mine);
  await page.goto(`${PAGE}/#host=${encodeURIComponent(HOST)}&prefill=${b64(PREFILL)}`);
  await page.reload(); // a fragment-only navigation does not reload the page
  await page.waitForSelector('body[data-ready]');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('pe.state')).scenario.person.hukou);
  assert.equal(await saved(), 'SC', 'not replaced yet');
  assert.match(await page.locator('#prefill-offer').textContent(), /已经有你保存的数据/);
  await page.click('button[name=accept-prefill]');
  assert.equal(await saved(), 'HN');
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('pe.state.before-host'))).scenario.person.hukou, 'SC');
  await page.click('button[name=restore-before-host]');
  assert.equal(await saved(), 'SC');
  assert.equal(await page.locator('button[name=share-with-app]').count(), 0, 'not framed and no app bridge: no button');
  assert.deepEqual(errors, []);
  await ctx.close();
});

await check('no button and no prefill when the page is framed by another origin than the one declared, or by none', async () => {
  const { ctx, page, frame } = await open(`${PAGE}/#host=${encodeURIComponent(EVIL)}&prefill=${b64(PREFILL)}`);
  assert.equal(await frame.locator('button[name=share-with-app]').count(), 0);
  assert.equal((await stored(frame)).person.hukou, '');
  assert.match((await frame.locator('.notice').allTextContents()).join('|'), /不一致/);
  await page.evaluate(([target, scenario]) => document.getElementById('pe').contentWindow.postMessage({ type: 'pension-estimator:prefill', scenario }, target), [PAGE, PREFILL]);
  await page.waitForTimeout(300);
  assert.equal((await stored(frame)).person.hukou, '');
  await ctx.close();
  // The page on its own, with no host declared: no button.
  const ctx2 = await pinContext(await browser.newContext({ serviceWorkers: 'block' }));
  const p2 = await ctx2.newPage();
  await p2.goto(`${PAGE}/#prefill=${b64(PREFILL)}`);
  await p2.waitForSelector('body[data-ready]');
  await p2.fill('#birth', '1990-05');
  await p2.locator('#birth').dispatchEvent('change'); // an edit: saved
  assert.equal(await p2.locator('button[name=share-with-app]').count(), 0);
  assert.notEqual((await p2.evaluate(() => JSON.parse(localStorage.getItem('pe.state')).scenario)).person.hukou, 'HN', 'no prefill without a declared host');
  await ctx2.close();
});

await check('in a React Native WebView (no frame, the app\'s bridge): the button sends one message to the bridge, naming the host', async () => {
  const ctx = await pinContext(await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' }));
  await ctx.addInitScript(() => { window.__bridge = []; window.ReactNativeWebView = { postMessage: (text) => window.__bridge.push(text) }; });
  const page = await ctx.newPage();
  await page.goto(`${PAGE}/#host=${encodeURIComponent('https://rider.example')}&prefill=${b64(PREFILL)}`);
  await page.waitForSelector('#answer');
  await page.click('button[name=plan-pay]');
  assert.deepEqual(await page.evaluate(() => window.__bridge), [], 'nothing before the button');
  await page.click('button[name=share-with-app]');
  // Sent once the sources' descriptions are loaded (fetched on this first share).
  await page.waitForFunction(() => window.__bridge.length > 0);
  const sent = (await page.evaluate(() => window.__bridge)).map((t) => JSON.parse(t));
  assert.equal(sent.length, 1);
  assert.equal(sent[0].type, 'pension-estimator:result');
  assert.equal(sent[0].to, 'https://rider.example');
  assert.deepEqual(sent[0].estimate, JSON.parse(execFileSync(CLI, ['estimate', '-'], { input: JSON.stringify(sent[0].scenario), encoding: 'utf8' })));
  await ctx.close();
});

await check('the browser example of docs/embedding.md (embed/ as ES modules, strict CSP) shows the CLI\'s figure', async () => {
  const ctx = await pinContext(await browser.newContext({ serviceWorkers: 'block' }));
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${REPO}/embed/examples/browser.html`);
  await page.waitForSelector('#out[data-scenario]');
  const out = page.locator('#out');
  const native = JSON.parse(execFileSync(CLI, ['estimate', '-'], { input: await out.getAttribute('data-scenario'), encoding: 'utf8' }));
  assert.equal(await out.getAttribute('data-total'), native.employee.pension.total);
  assert.match(await out.textContent(), new RegExp(native.employee.pension.total.replace('.', '\\.')));
  assert.deepEqual(errors, []);
  await ctx.close();
});

await check('the WebView host example of docs/embedding.md receives the result after 分享给应用, not before', async () => {
  const ctx = await pinContext(await browser.newContext({ serviceWorkers: 'block' }));
  const page = await ctx.newPage();
  await page.goto(`${EXAMPLE_HOST}/?page=${encodeURIComponent(`${PAGE}/`)}`);
  const frame = await pageFrame(page);
  await frame.waitForSelector('#answer');
  assert.equal((await stored(frame)).person.hukou, 'HN');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#received').getAttribute('data-total'), null);
  await frame.click('button[name=share-with-app]');
  await page.waitForSelector('#received[data-total]');
  const native = JSON.parse(execFileSync(CLI, ['estimate', '-'], { input: JSON.stringify({ ...(await stored(frame)), as_of: TODAY }), encoding: 'utf8' }));
  const p = native.employee.pension;
  assert.equal(await page.locator('#received').getAttribute('data-total'), p.eligible ? p.total : p.formula_total);
  await ctx.close();
});

await browser.close();
for (const s of [pageServer, host, evil, repo, exampleHost]) s.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
