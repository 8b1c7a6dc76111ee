// The WeChat mini-program part of the loader. Not used alone: build-miniprogram.mjs puts it after
// the UTF-8 fallback (utf8.mjs), the shared API (api.mjs) and `createGlue` — the committed
// wasm-bindgen glue wrapped in a function whose parameters TextEncoder, TextDecoder and
// WebAssembly stand in for the globals the glue names — into one CommonJS file.
// `__WASM_PATH__` is the .wasm file's path inside the mini-program package, set at build time.

var DEFAULT_WASM_PATH = __WASM_PATH__;

function spawnIn(wx, path, data, sources) {
  var TE = typeof TextEncoder === 'function' ? TextEncoder : Utf8Encoder;
  var TD = typeof TextDecoder === 'function' ? TextDecoder : Utf8Decoder;
  var glue = createGlue(TE, TD, wx);
  // The imports are the glue's own (whatever this wasm-bindgen version needs).
  return Promise.resolve(wx.instantiate(path, glue.__wbg_get_imports())).then(function (r) {
    glue.__wbg_finalize_init(r.instance || r, r.module);
    return withData(glue, data, sources);
  });
}

/**
 * Loads the core in a mini-program: `require('../../lib/pension-estimator.js').load()`.
 * Options: `wasmPath` (the .wasm inside the package, default set at build time), `data` (the
 * parameter data as text; default the package's, built into this file), `sources` (the
 * descriptions of that data's sources; default the package's with the package's data, none with
 * other data), `asOf`,
 * `WXWebAssembly` (default the global one). Resolves to the same API as embed/index.mjs.
 */
function load(options) {
  var opts = options || {};
  var wx = opts.WXWebAssembly || (typeof WXWebAssembly !== 'undefined' ? WXWebAssembly : null);
  var path = opts.wasmPath || DEFAULT_WASM_PATH;
  if (!wx) {
    var e0 = new Error('pension-estimator: WXWebAssembly is not available (base library >= 2.13.0 is needed)');
    e0.errors = refusal('internal', 'load_failed', '$', '这个微信版本不支持计算模块，请升级微信。', e0.message).errors;
    return Promise.reject(e0);
  }
  var data = typeof opts.data === 'string' ? opts.data : PARAMS_DATA;
  var sources = typeof opts.sources === 'string' ? opts.sources : data === PARAMS_DATA ? SOURCES_DATA : undefined;
  function spawn() { return spawnIn(wx, path, data, sources); }
  return spawn().then(function (first) { return createApi(spawn, first, opts); }, function (err) {
    var e = new Error('pension-estimator: the wasm core could not be loaded from ' + path + ' (' + (err && err.message || err) + ')');
    e.errors = err && err.errors ? err.errors : refusal('internal', 'load_failed', '$', '计算模块没有加载成功。', e.message).errors;
    throw e;
  });
}

module.exports = { load: load, Utf8Encoder: Utf8Encoder, Utf8Decoder: Utf8Decoder };
