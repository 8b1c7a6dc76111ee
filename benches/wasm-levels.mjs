// The wasm modules of scripts/wasm-levels.sh side by side (each a directory with the module and
// its glue): the download, the core's speed in Node, and with PAGE=1 the rider's wait after an
// edit in Chromium at 4x CPU throttle. Rounds interleave the modules (the machine's timings drift
// by a third between minutes). Prints one table row per module.
// Run: node benches/wasm-levels.mjs DIR…   (scripts/wasm-levels.sh builds the directories).
import { readFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import PARAMS from '../pkg/params.js';

const ROOT = new URL('..', import.meta.url);
const file = (p) => readFileSync(new URL(p, ROOT), 'utf8');
const dirs = process.argv.slice(2).map((d) => resolve(d));
if (!dirs.length) throw new Error('usage: node benches/wasm-levels.mjs DIR…');
const forty = file('benches/forty-years.json');
// The page's edit: the full estimate (the cards), the choices, the history alone, the gaps.
const story = file('benches/page-story.json');
const alone = JSON.stringify({ ...JSON.parse(story), plan: [] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const report = JSON.parse(file('web/dist/size-report.json'));
const shipped = report.files['pkg/pension_estimator_bg.wasm'].gzip;
const rows = [];
for (const dir of dirs) {
  const bytes = readFileSync(`${dir}/pension_estimator_bg.wasm`);
  const glue = await import(`${pathToFileURL(dir).href}/pension_estimator.js`);
  await glue.default({ module_or_path: bytes });
  const loaded = JSON.parse(glue.load_data(PARAMS));
  if (!loaded.ok) throw new Error(`${dir}: ${JSON.stringify(loaded.errors)}`);
  const gzip = gzipSync(bytes, { level: 9 }).length; // the page's measure (web/build.mjs)
  rows.push({ dir, glue, gzip, firstVisit: report.total_gzip - shipped + gzip, headline: [], edit: [], page: [], core: [] });
}
const ops = [
  ['headline', 100, (g) => g.estimate_headline(forty, undefined, false)],
  ['edit', 10, (g) => { g.estimate(story); g.choices(story); g.estimate_headline(alone, undefined, false); g.gaps(story); }],
];
for (let round = 0; round < 7; round++) {
  for (const row of rows) {
    for (const [name, n, f] of ops) {
      for (let i = 0; i < 3; i++) f(row.glue);
      for (let i = 0; i < n; i++) { const t = performance.now(); f(row.glue); row[name].push((performance.now() - t) * 1000); }
    }
  }
}
if (process.env.PAGE) await page(rows);
console.log('| module | wasm (gzip) | first visit | headline, 40-year history (Node) | one edit\'s core calls (Node) |' + (process.env.PAGE ? ' answer after an edit at 4× (Chromium) | of it in the core |' : ''));
for (const r of rows) {
  console.log(`| ${r.dir.replace(/.*\/target\//, 'target/')} | ${r.gzip} B | ${r.firstVisit} B | ${median(r.headline).toFixed(0)} µs | ${(median(r.edit) / 1000).toFixed(2)} ms |` +
    (process.env.PAGE ? ` ${median(r.page).toFixed(0)} ms | ${median(r.core).toFixed(0)} ms |` : ''));
}

/** The browser test's measure of the wait after an edit (web/tests/e2e.mjs), each module served
 *  in turn as the page's own (web/dist/ is put back afterwards). */
async function page(rows) {
  const { chromium } = await import('../web/node_modules/playwright-core/index.mjs');
  const { serve } = await import('../web/serve.mjs');
  const { TODAY, addMonths, pinContext } = await import('../tests/clock.mjs');
  const server = await serve(0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--lang=zh-CN', '--no-sandbox', '--disable-gpu'] });
  const served = new URL('web/dist/pkg/pension_estimator_bg.wasm', ROOT);
  // The browser test's factory story, dated from the pinned month.
  const saved = JSON.stringify({ version: 1, scenario: { person: { birth: '1984-08', sex: 'female', category: 'flexible', hukou: 'SC' },
    history: [{ from: addMonths(TODAY, -249), to: addMonths(TODAY, -132), kind: 'employee', region: 'GD', base: { ratio: '1' } },
      { from: addMonths(TODAY, -131), to: addMonths(TODAY, -96), kind: 'gap' },
      { from: addMonths(TODAY, -95), to: TODAY, kind: 'flexible', region: 'SC', base: { ratio: '0.6' } }] } });
  try {
    for (let round = 0; round < 4; round++) {
      for (const row of rows) {
        copyFileSync(`${row.dir}/pension_estimator_bg.wasm`, served);
        const ctx = await pinContext(await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, serviceWorkers: 'block' }));
        const p = await ctx.newPage();
        await p.goto(base);
        await p.evaluate((text) => localStorage.setItem('pe.state', text), saved);
        await p.reload();
        await p.waitForSelector('body[data-answer="1"]');
        const cdp = await ctx.newCDPSession(p);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        for (let i = 0; i < 10; i++) {
          // The level slider let go (saved as the plan), as the browser test's first-screen edit.
          const t = await p.evaluate((r) => {
            const el = document.getElementById('level');
            const spent = window.__core.spent;
            const c0 = spent.ms;
            const t0 = performance.now();
            el.value = String(r % 2);
            el.dispatchEvent(new Event('change'));
            return new Promise((done) => setTimeout(() => done({ ms: performance.now() - t0, core: spent.ms - c0, answer: document.body.dataset.answer }), 0));
          }, i);
          if (t.answer !== '1') throw new Error(`${row.dir}: the answer was not back after an edit`);
          row.page.push(t.ms);
          row.core.push(t.core);
        }
        await ctx.close();
      }
    }
  } finally {
    copyFileSync(new URL('pkg/pension_estimator_bg.wasm', ROOT), served);
    await browser.close();
    server.close();
  }
}
