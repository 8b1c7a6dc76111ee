// The one door to the wasm core. Every call answers JSON text and never throws: if the module
// ever traps (nothing is known to make it), the caller gets a structured error and a fresh
// instance replaces the broken one for the next call.
let mod = null;
let generation = 0;
// The descriptions of the parameters' sources (pkg/sources.js), once fetched: handed to every
// instance (a fresh one after a trap too). Not part of the first visit: see loadSources.
let sourcesText = null;
let sourcesWanted = null;
let sourcesTries = 0;
const wasmUrl = new URL('./pkg/pension_estimator_bg.wasm', import.meta.url);

export async function load() {
  // A new query string gives a new module instance; the service worker ignores it when serving.
  const [m, data] = await Promise.all([
    import(`./pkg/pension_estimator.js${generation ? `?instance=${generation}` : ''}`),
    import('./pkg/params.js'),
  ]);
  await m.default({ module_or_path: wasmUrl });
  // The module does not embed the parameter data: it is a file of its own (pkg/params.js), so a
  // yearly data update does not download the code again, nor a code update the data.
  const r = JSON.parse(m.load_data(data.default));
  if (!r.ok) throw new Error(r.errors[0].en);
  if (sourcesText !== null) m.load_data(sourcesText); // the same door, after the data
  mod = m;
}

/**
 * Fetches the descriptions of the parameters' sources (publisher, title, 文号, date, address:
 * pkg/sources.js, ~30 kB gzipped) and hands them to the module, the first time something that
 * shows a source asks; the service worker keeps the file from then on. Figures never depend on
 * them: until they are loaded, a used value's source is its id alone. Resolves true once loaded,
 * false when the file could not be had (offline before it was ever fetched) or was refused (the
 * core's structured error is kept in `sourcesError`); a later call tries again.
 */
export function loadSources() {
  if (sourcesText !== null) return Promise.resolve(true);
  if (!sourcesWanted) {
    // A new query string after a failure: a browser may keep a failed module import.
    const url = `./pkg/sources.js${sourcesTries++ ? `?try=${sourcesTries}` : ''}`;
    sourcesWanted = import(url).then((s) => {
      const r = JSON.parse(call('load_data', s.default));
      if (!r.ok) { sourcesError = r.errors[0]; return false; }
      sourcesText = s.default;
      return true;
    }, () => false).then((ok) => { sourcesWanted = null; return ok; });
  }
  return sourcesWanted;
}

/** The core's refusal of the sources file, if it refused it. */
export let sourcesError = null;

/** Whether the source descriptions are loaded (see loadSources). */
export const sourcesLoaded = () => sourcesText !== null;

function failure(detail) {
  return JSON.stringify({ ok: false, error: 'internal', errors: [{ code: 'internal', path: '$',
    zh: '计算时出了意外错误，已自动重新加载计算模块，请再试一次。你的数据没有丢。',
    en: `unexpected error in the calculation; the module was reloaded, please try again (${detail})` }] });
}

/** Time spent inside the core's calls since the page opened (ms, calls): the browser test
 *  reads how much of the wait after an edit is the core's and how much the page's own drawing. */
export const spent = { ms: 0, calls: 0 };

export function call(name, ...args) {
  if (!mod) return failure('not loaded');
  const t0 = performance.now();
  try {
    return mod[name](...args);
  } catch (err) {
    let detail = String(err && err.message || err);
    try { detail = mod.last_panic() || detail; } catch { /* the instance is gone */ }
    mod = null;
    generation += 1;
    load().catch(() => {});
    return failure(detail);
  } finally {
    spent.ms += performance.now() - t0;
    spent.calls += 1;
  }
}

export const ready = () => mod !== null;

/** The current month in China, `YYYY-MM`: the core's (its one clock, JavaScript's Date). */
export const currentMonth = () => call('current_month');
