// The host-independent part of the embedding API: turns a raw wasm-bindgen module (functions
// taking and returning JSON text) into typed calls that take objects, answer parsed objects and
// never throw. Shared by index.mjs (browsers, Node) and, inlined by build-miniprogram.mjs, by the
// mini-program loader — so it is written in plain ES2017 (no `?.`, no `??`, no imports).

var INTERNAL_ZH = '计算时出了意外错误，计算模块已自动重新加载，请再试一次。';

function pad2(n) { return (n < 10 ? '0' : '') + n; }

/**
 * The current month in China (UTC+8, no daylight saving), `YYYY-MM` — whatever the host's own
 * time zone: the rules are China's, and the CLI counts the same way, so a platform's server
 * abroad values a scenario at the same month as the rider's phone.
 */
export function currentMonth(date) {
  var d = new Date((date ? date.getTime() : Date.now()) + 8 * 3600 * 1000);
  return d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1);
}

/** A refusal in the core's own shape: `{ok: false, error, errors: [{code, path, zh, en}]}`. */
export function refusal(error, code, path, zh, en) {
  return { ok: false, error: error, errors: [{ code: code, path: path, zh: zh, en: en }] };
}

/**
 * Hands the parameter data (the text of pkg/params.js, or newer data in the same format) to a
 * fresh raw instance — the module does not embed it — and answers the instance. Throws an Error
 * with `.errors` when the core cannot read the data.
 */
export function withData(glue, data) {
  var r = JSON.parse(glue.load_data(data));
  if (!r.ok) {
    var e = new Error('pension-estimator: ' + (r.errors && r.errors[0] ? r.errors[0].en : 'the parameter data was refused'));
    e.errors = r.errors;
    throw e;
  }
  return glue;
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Scenario (object or JSON text) → JSON text for the core, with `as_of` filled when left out
 * (as the CLI does). Returns `{text}` or `{refusal}`; never throws.
 */
function scenarioText(scenario, asOf) {
  var value = scenario;
  if (typeof scenario === 'string') {
    try { value = JSON.parse(scenario); } catch (e) { return { text: scenario }; } // the core names the syntax error
    if (!isPlainObject(value) || value.as_of !== undefined) return { text: scenario };
  }
  try {
    // Inside the try: reading the caller's object may run its getters, which may throw.
    if (isPlainObject(value) && value.as_of === undefined) {
      var copy = {};
      for (var k in value) if (Object.prototype.hasOwnProperty.call(value, k)) copy[k] = value[k];
      copy.as_of = asOf();
      value = copy;
    }
    var text = JSON.stringify(value);
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
  var asOf = typeof opts.asOf === 'function' ? opts.asOf
    : typeof opts.asOf === 'string' ? function () { return opts.asOf; } : function () { return currentMonth(); };
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

  function withScenario(name) {
    return function (scenario) {
      var s = scenarioText(scenario, asOf);
      return s.refusal ? s.refusal : call(name, [s.text]);
    };
  }

  var v = call('version', []);
  var api = {
    /** Estimate: `{ok: true, estimate}` or `{ok: false, error, errors}`. */
    estimate: withScenario('estimate'),
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
      return call('params', [region, at === undefined ? asOf() : at]);
    },
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
