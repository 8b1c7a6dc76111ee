// Assembles web/dist/ from web/src/, WeUI's stylesheet and the committed pkg/, fills in the
// service worker's file lists and version, and reports the transfer sizes (gzip -9): the first
// visit (everything the service worker caches at install) and what is fetched later, when needed.
import { mkdirSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minify } from 'terser';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'pkg'), { recursive: true });

const files = new Map();
for (const f of readdirSync(join(here, 'src'))) files.set(f, readFileSync(join(here, 'src', f)));
files.set('weui.min.css', Buffer.from(pruneCss(
  readFileSync(join(here, 'node_modules/weui/dist/style/weui.min.css'), 'utf8'),
  usedWeuiClasses([...files.values()].map(String).join('\n')))));
for (const f of ['pension_estimator.js', 'pension_estimator_bg.wasm', 'params.js', 'sources.js']) files.set(`pkg/${f}`, readFileSync(join(here, '..', 'pkg', f)));
// The JavaScript goes out minified by terser (compressed, local names shortened, no comments;
// web/src/ and pkg/ keep the readable text): a parser, so no string or regular expression is
// ever cut. The data modules (pkg/params.js, pkg/sources.js: one string each) only lose their
// comments. Measured 2026-12-06: docs/web.md ("Minified").
for (const [f, data] of files) {
  if (!f.endsWith('.js')) continue;
  // Also left readable: the service worker (its constants are read by the browser test; 135 bytes).
  const plain = f === 'pkg/params.js' || f === 'pkg/sources.js' || f === 'sw.js';
  files.set(f, Buffer.from(await minified(data.toString(), f, plain)));
}
// Fetched only when the page shows what it holds (the descriptions of the parameters' sources:
// web/src/core.js loadSources), not on the first visit; cached by the service worker once fetched.
const LAZY = ['pkg/sources.js'];

const shell = [...files.keys()].filter((f) => f !== 'sw.js');
const hashOf = (f) => createHash('sha256').update(files.get(f)).digest('hex').slice(0, 12);
const hash = createHash('sha256');
for (const f of shell.sort()) hash.update(f).update(files.get(f));
const version = `pe-${hash.digest('hex').slice(0, 12)}`;
files.set('sw.js', Buffer.from(files.get('sw.js').toString()
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify([['./', 'index.html'], ...shell.filter((f) => !LAZY.includes(f)).map((f) => [f, f])]
    .map(([url, f]) => [url, hashOf(f)])))
  .replace('__LAZY__', JSON.stringify(LAZY.map((f) => [f, hashOf(f)])))));

// total_*: the first visit, everything but the lazy files (the service worker's own later fetch
// of sw.js included, as before); later_*: the lazy files, fetched when first needed.
const report = { version, files: {}, total_bytes: 0, total_gzip: 0, later_bytes: 0, later_gzip: 0 };
for (const [f, data] of files) {
  writeFileSync(join(dist, f), data);
  const gz = gzipSync(data, { level: 9 }).length;
  report.files[f] = { bytes: data.length, gzip: gz, ...(LAZY.includes(f) ? { later: true } : {}) };
  const part = LAZY.includes(f) ? 'later' : 'total';
  report[`${part}_bytes`] += data.length;
  report[`${part}_gzip`] += gz;
}
writeFileSync(join(dist, 'size-report.json'), JSON.stringify(report, null, 2));
console.error(`[web] dist/ ${version}: first visit ${report.total_bytes} bytes, ${report.total_gzip} gzipped (wasm ${report.files['pkg/pension_estimator_bg.wasm'].gzip}, parameter data ${report.files['pkg/params.js'].gzip} gzipped); later, when a source is shown: ${report.later_gzip} gzipped (pkg/sources.js)`);

/**
 * `code` minified: terser's compression and name mangling (an ES module). `plain`: only its
 * comments removed — the data modules (one long string each, which terser's rewriting made larger
 * gzipped: pkg/params.js 12,566 → 13,015 bytes) and the service worker (whose placeholders and
 * constants stay readable).
 */
async function minified(code, name, plain) {
  if (plain) return withoutComments(code);
  const out = await minify({ [name]: code }, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

/** `code` without comments, its syntax as it is (ESNext): TypeScript's parser and printer. */
function withoutComments(code) {
  return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, removeComments: true } }).outputText;
}

/** The `weui-…` class names the page's own files mention. */
function usedWeuiClasses(text) {
  return new Set(text.match(/weui-[A-Za-z0-9_-]+/g) || []);
}

/**
 * WeUI's stylesheet minus the rules for components the page does not use: a selector is kept
 * when every `weui-…` class in it is used (selectors without one — theme variables on body,
 * base element rules — are kept); @media / @supports blocks are pruned inside; keyframes are kept
 * only if a kept rule names them. Comments (but the licence header) are dropped.
 */
function pruneCss(css, used) {
  const licence = (css.match(/^\/\*![\s\S]*?\*\//) || [''])[0];
  css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const keptSelector = (sel) => (sel.match(/\.weui-[A-Za-z0-9_-]+/g) || []).every((c) => used.has(c.slice(1)));
  const splitSelectors = (list) => {
    const out = []; let depth = 0, cur = '';
    for (const ch of list) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) { out.push(cur); cur = ''; } else cur += ch;
    }
    return [...out, cur];
  };
  const keyframes = [];
  function walk(text) {
    let out = '', i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const head = text.slice(i, open).trim();
      let depth = 1, j = open + 1;
      while (j < text.length && depth > 0) { if (text[j] === '{') depth++; else if (text[j] === '}') depth--; j++; }
      const body = text.slice(open + 1, j - 1);
      if (/^@(-webkit-)?keyframes/.test(head)) keyframes.push([head.split(/\s+/)[1], `${head}{${body}}`]);
      else if (head.startsWith('@media') || head.startsWith('@supports')) { const inner = walk(body); if (inner) out += `${head}{${inner}}`; }
      else if (head.startsWith('@')) out += `${head}{${body}}`;
      else { const sels = splitSelectors(head).filter(keptSelector); if (sels.length) out += `${sels.join(',')}{${body}}`; }
      i = j;
    }
    return out;
  }
  let out = walk(css);
  for (const [name, rule] of keyframes) if (out.includes(name)) out += rule;
  return `${licence}\n${out}`;
}
