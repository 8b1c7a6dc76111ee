// The host-independent part of the embedding API: turns a raw wasm-bindgen module (functions
// taking and returning JSON text) into typed calls that take objects, answer parsed objects and
// never throw. Shared by index.mjs (browsers, Node) and, inlined by build-miniprogram.mjs, by the
// mini-program loader — so it is written in plain ES2017 (no `?.`, no `??`, no imports).

var INTERNAL_ZH = '计算时出了意外错误，计算模块已自动重新加载，请再试一次。';

/** A refusal in the core's own shape: `{ok: false, error, errors: [{code, path, zh, en}]}`. */
export function refusal(error, code, path, zh, en) {
  return { ok: false, error: error, errors: [{ code: code, path: path, zh: zh, en: en }] };
}

/**
 * Hands the parameter data (the text of pkg/params.js, or newer data in the same format) to a
 * fresh raw instance — the module does not embed it — and then, when given, the descriptions of
 * its sources (the text of pkg/sources.js, made for that data: the core refuses any other), and
 * answers the instance. Throws an Error with `.errors` when the core refuses either.
 */
export function withData(glue, data, sources) {
  loaded(glue.load_data(data), 'the parameter data was refused');
  // The sources' descriptions go through the same door, after the data (src/wasm.rs load_data).
  if (typeof sources === 'string') loaded(glue.load_data(sources), 'the source descriptions were refused');
  return glue;
}

function loaded(answer, otherwise) {
  var r = JSON.parse(answer);
  if (!r.ok) {
    var e = new Error('pension-estimator: ' + (r.errors && r.errors[0] ? r.errors[0].en : otherwise));
    e.errors = r.errors;
    throw e;
  }
}

/**
 * Scenario (object or JSON text) → JSON text for the core: text as it is (the core reads it once
 * and names any problem), an object written as JSON. A missing `as_of` is not filled here: the
 * core values such a scenario at the current month (or at the `asOf` option), so the CLI and this
 * API read the same text the same way. Returns `{text}` or `{refusal}`; never throws.
 */
function scenarioText(scenario) {
  if (typeof scenario === 'string') return { text: scenario };
  try {
    // Any value JSON can write goes to the core, which answers every wrong shape the same way
    // at every door; only what JSON cannot write (undefined, a function) is refused here.
    var text = JSON.stringify(scenario);
    if (typeof text !== 'string') {
      return { refusal: refusal('invalid_input', 'wrong_type', '$', '测算需要一份情况记录（JSON 对象）', 'a scenario must be a JSON object') };
    }
    return { text: text };
  } catch (e) {
    return { refusal: refusal('invalid_input', 'wrong_type', '$', '这份记录无法转成 JSON（可能有循环引用，或读取时出错）',
      'the scenario cannot be written as JSON (' + String(e && e.message || e) + ')') };
  }
}

/**
 * Builds the API over `spawn`, a function answering a Promise of a fresh raw module instance
 * (an object with the wasm-bindgen exports). `first` is the instance already spawned.
 */
export function createApi(spawn, first, options) {
  var opts = options || {};
  // The host's own "today" (a string or a function), or undefined: the core reads the clock
  // (JavaScript's Date, in China's time) itself — the one place it is read.
  var hostToday = typeof opts.asOf === 'function' ? opts.asOf
    : typeof opts.asOf === 'string' ? function () { return opts.asOf; } : function () { return undefined; };
  var live = first;
  var pending = null; // Promise of the replacement instance while one is being loaded
  var traps = 0;

  function respawn() {
    if (pending) return pending;
    pending = Promise.resolve().then(spawn).then(function (m) { live = m; pending = null; return m; },
      function (e) { pending = null; throw e; });
    pending.catch(function () { /* reported by the next call */ });
    return pending;
  }

  function internal(code, detail) {
    return refusal('internal', code, '$', code === 'not_ready' ? '计算模块正在重新加载，请稍后再试。' : INTERNAL_ZH,
      code === 'not_ready' ? 'the calculation module is being reloaded; try again in a moment'
        : 'unexpected error in the calculation; the module was reloaded, please try again (' + detail + ')');
  }

  function call(name, args) {
    var m = live;
    if (!m) { respawn(); return internal('not_ready', 'not loaded'); }
    var text;
    try {
      text = m[name].apply(null, args);
    } catch (err) {
      var detail = String(err && err.message || err);
      try { detail = m.last_panic() || detail; } catch (e2) { /* the instance is gone */ }
      traps += 1;
      live = null;
      respawn();
      return internal('internal', detail);
    }
    if (text === undefined) return { ok: true };
    try {
      return JSON.parse(text);
    } catch (e) {
      return internal('internal', 'the core answered text that is not JSON');
    }
  }

  /** Calls `name` with the scenario's text, the host's today and the `extra` arguments. */
  function onScenario(name, scenario, extra) {
    var s = scenarioText(scenario);
    if (s.refusal) return s.refusal;
    var today;
    try { today = hostToday(); } catch (e) { return refusal('invalid_input', 'wrong_type', 'asOf', '“asOf”选项出错', 'the asOf option threw: ' + String(e && e.message || e)); }
    if (today !== undefined && typeof today !== 'string') return refusal('invalid_input', 'wrong_type', 'asOf', '月份格式应为 YYYY-MM', 'asOf must answer a month YYYY-MM');
    return call(name, [s.text, today].concat(extra));
  }

  function withScenario(name) {
    return function (scenario) { return onScenario(name, scenario, []); };
  }

  /**
   * The estimate at a detail level: `{detail: 'full'}` (the default) answers `{ok, estimate}`;
   * `{detail: 'headline', range}` answers `{ok, headline}`, the figures only (the range when
   * `range` is true).
   */
  function estimateAt(scenario, options) {
    var o = options === undefined || options === null ? {} : options;
    if (typeof o !== 'object') return refusal('invalid_input', 'wrong_type', 'options', '选项应为对象，例如 {detail: "headline"}', 'options must be an object such as {detail: "headline"}');
    if (o.range !== undefined && typeof o.range !== 'boolean') return refusal('invalid_input', 'wrong_type', 'options.range', '“range”应为 true 或 false', 'options.range must be true or false');
    if (o.detail === undefined || o.detail === 'full') {
      if (o.range !== undefined) return refusal('invalid_input', 'wrong_type', 'options.range', '“range”只用于 detail: "headline"（完整结果总带范围）', 'options.range goes with detail: "headline" only (the full estimate always has its range)');
      return onScenario('estimate', scenario, []);
    }
    if (o.detail === 'headline') return onScenario('estimate_headline', scenario, [o.range === true]);
    return refusal('invalid_input', 'wrong_type', 'options.detail', '“detail”应为 "full" 或 "headline"', 'options.detail must be "full" or "headline"');
  }

  /** The current month: the host's `asOf` if it gave one, else the core's (China's time). */
  function currentMonth() {
    var today;
    try { today = hostToday(); } catch (e) { today = undefined; }
    if (typeof today === 'string') return today;
    var m = live;
    if (!m) return undefined;
    try { return m.current_month() || undefined; } catch (e) { return undefined; }
  }

  var v = call('version', []);
  var api = {
    /** Estimate: `{ok: true, estimate}` or `{ok: false, error, errors}`; with `{detail: 'headline'}`, `{ok: true, headline}`. */
    estimate: estimateAt,
    /** The headline figures only (`{range: true}` adds the range): `{ok: true, headline}` or the errors. */
    headline: function (scenario, options) {
      var range = options && typeof options === 'object' ? options.range : undefined;
      return estimateAt(scenario, { detail: 'headline', range: range });
    },
    /** The effect of each gap if filled: `{ok: true, gaps}` or the errors. */
    gaps: withScenario('gaps'),
    /** Ways of paying from now on: `{ok: true, choices}` or the errors. */
    choices: withScenario('choices'),
    /** Checks a scenario as an estimate would (no report): `{ok: true, valid: true}` or the errors. */
    validate: withScenario('validate'),
    /** The regions the data knows: `{ok: true, regions: [{code, name_zh, name_en, parent}]}`. */
    regions: function () { return call('regions', []); },
    /** Parameters of a region (or `CN`) in force at `at` (`YYYY-MM`, default: this month). */
    params: function (region, at) {
      if (typeof region !== 'string') return refusal('invalid_input', 'wrong_type', 'region', '地区代码应为文字，例如 "GD"', 'a region code must be a string such as "GD"');
      if (at !== undefined && typeof at !== 'string') return refusal('invalid_input', 'wrong_type', 'at', '月份格式应为 YYYY-MM', 'a month must be YYYY-MM');
      var when = at === undefined ? currentMonth() : at;
      if (when === undefined) return internal('not_ready', 'not loaded');
      return call('params', [region, when]);
    },
    /** The current month, `YYYY-MM`: the `asOf` option if given, else the core's clock (China's time). */
    currentMonth: currentMonth,
    /** `{ok: true, version, schema_version}`: the core's version and the scenario format version. */
    version: function () { return call('version', []); },
    /** The scenario format version this core reads and writes. */
    schemaVersion: v && v.ok ? v.schema_version : undefined,
    /** The core version (semver). */
    coreVersion: v && v.ok ? v.version : undefined,
    /** Resolves when a live instance is there (after a trap, once the replacement is loaded). */
    ready: function () { return live ? Promise.resolve(api) : respawn().then(function () { return api; }); },
    /** How many traps were recovered from so far (for monitoring). */
    get traps() { return traps; },
    /** Traps the module on purpose, to test the recovery path. Never needed in production. */
    selftestTrap: function () { return call('selftest_trap', []); },
  };
  return api;
}
