// One entry point for browsers (ES modules) and Node >= 18: `const pe = await load()`.
// Uses the committed wasm-bindgen output in ../pkg/ as it is (whatever its imports are): the
// glue module is imported, and a fresh copy of it (a new module URL) backs each new instance
// after a trap. The compiled WebAssembly.Module is kept, so a reload does not compile again.
import { createApi, refusal, withData } from './api.mjs';
import PARAMS from '../pkg/params.js';
import SOURCES from '../pkg/sources.js';

const GLUE = new URL('../pkg/pension_estimator.js', import.meta.url).href;
const WASM = new URL('../pkg/pension_estimator_bg.wasm', import.meta.url);

const isNode = typeof process === 'object' && process !== null && !!(process.versions && process.versions.node);

async function compile(src) {
  if (src instanceof WebAssembly.Module) return src;
  if (src instanceof ArrayBuffer || ArrayBuffer.isView(src)) return WebAssembly.compile(src);
  const url = src instanceof URL ? src : new URL(String(src), isNode ? `file://${process.cwd()}/` : globalThis.location.href);
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot fetch ${url}: HTTP ${res.status}`);
  if (typeof WebAssembly.compileStreaming === 'function' && /application\/wasm/.test(res.headers.get('Content-Type') || '')) {
    return WebAssembly.compileStreaming(res);
  }
  return WebAssembly.compile(await res.arrayBuffer());
}

/**
 * Loads the core. Options: `wasm` (URL, path, bytes or a compiled WebAssembly.Module; default
 * the committed pkg/ file next to this package), `data` (the parameter data as text, for newer
 * figures than the package's; default pkg/params.js), `sources` (the descriptions of that data's
 * sources as text; default pkg/sources.js with the package's data, none with other data —
 * which may describe its sources itself, in the one-file form), `asOf` (`YYYY-MM`, or a function answering it:
 * the month a scenario without `as_of` is valued at; default the core's clock, this month in China). Rejects (an Error with `.errors`) only if the module cannot be
 * loaded at all; every call on the answer then answers an object and never throws.
 */
let generation = 0; // each instance gets its own copy of the glue module (its own URL)

export async function load(options = {}) {
  try {
    const module = await compile(options.wasm === undefined ? WASM : options.wasm);
    const spawn = async () => {
      const glue = await import(generation++ === 0 ? GLUE : `${GLUE}?instance=${generation}`);
      await glue.default({ module_or_path: module });
      // Both files at once: answers as the CLI writes them, every source described.
      const data = options.data === undefined ? PARAMS : options.data;
      return withData(glue, data, options.sources !== undefined ? options.sources : data === PARAMS ? SOURCES : undefined);
    };
    return createApi(spawn, await spawn(), options);
  } catch (err) {
    const e = new Error(`pension-estimator: the wasm core could not be loaded (${err && err.message || err})`);
    // The core's own refusal (unreadable parameter data) as it is; otherwise load_failed.
    e.errors = err && err.errors ? err.errors : refusal('internal', 'load_failed', '$', '计算模块没有加载成功。', e.message).errors;
    throw e;
  }
}
