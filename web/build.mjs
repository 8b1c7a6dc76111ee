// Assembles web/dist/ from web/src/, WeUI's stylesheet and the committed pkg/, fills in the
// service worker's file list and version, and reports the transfer sizes (gzip -9).
import { mkdirSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'pkg'), { recursive: true });

const files = new Map();
for (const f of readdirSync(join(here, 'src'))) files.set(f, readFileSync(join(here, 'src', f)));
files.set('weui.min.css', readFileSync(join(here, 'node_modules/weui/dist/style/weui.min.css')));
for (const f of ['pension_estimator.js', 'pension_estimator_bg.wasm']) files.set(`pkg/${f}`, readFileSync(join(here, '..', 'pkg', f)));

const shell = [...files.keys()].filter((f) => f !== 'sw.js');
const hash = createHash('sha256');
for (const f of shell.sort()) hash.update(f).update(files.get(f));
const version = `pe-${hash.digest('hex').slice(0, 12)}`;
files.set('sw.js', Buffer.from(files.get('sw.js').toString()
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...shell]))));

const report = { version, files: {}, total_bytes: 0, total_gzip: 0 };
for (const [f, data] of files) {
  writeFileSync(join(dist, f), data);
  const gz = gzipSync(data, { level: 9 }).length;
  report.files[f] = { bytes: data.length, gzip: gz };
  // First visit transfers everything except the service worker's own later fetch.
  report.total_bytes += data.length;
  report.total_gzip += gz;
}
writeFileSync(join(dist, 'size-report.json'), JSON.stringify(report, null, 2));
console.error(`[web] dist/ ${version}: ${report.total_bytes} bytes, ${report.total_gzip} gzipped (wasm ${report.files['pkg/pension_estimator_bg.wasm'].gzip} gzipped)`);
