// A simulated WeChat mini-program JS runtime in Node, for testing the loader and the example
// project without WeChat: code runs in a fresh V8 context whose global has no WebAssembly, fetch,
// TextEncoder, TextDecoder, process, Buffer or require; `require` resolves files inside the
// package only (CommonJS, as in a mini-program); `WXWebAssembly.instantiate(path, imports)`
// accepts only a string path to a .wasm (or .wasm.br) file inside the package and reads it
// itself, and (as WeChat on iOS, by default) refuses a module that exports a global; `App`,
// `Page`, `getApp` and a small `wx` are provided.
import vm from 'node:vm';
import { readFileSync, existsSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { join, normalize, dirname, sep } from 'node:path';

const { WebAssembly: RealWebAssembly, TextEncoder: RealTextEncoder, TextDecoder: RealTextDecoder } = globalThis; // captured before a test removes them

export function createRuntime(packageRoot, { textCodecs = false, ios = true } = {}) {
  const root = normalize(packageRoot);
  const calls = { instantiate: [] };
  const inside = (p) => {
    const f = normalize(join(root, p));
    if (f !== root && !f.startsWith(root + sep)) throw new Error(`path outside the package: ${p}`);
    return f;
  };
  const WXWebAssembly = {
    instantiate(path, imports) {
      calls.instantiate.push(path);
      if (typeof path !== 'string') return Promise.reject(new TypeError('WXWebAssembly.instantiate: the first argument must be a package path string'));
      if (!/\.wasm(\.br)?$/.test(path) || !path.startsWith('/')) return Promise.reject(new Error(`WXWebAssembly.instantiate: not a package .wasm path: ${path}`));
      let file;
      try { file = inside(path); } catch (e) { return Promise.reject(e); }
      if (!existsSync(file)) return Promise.reject(new Error(`WXWebAssembly.instantiate: no such file in the package: ${path}`));
      let bytes = readFileSync(file);
      if (path.endsWith('.br')) bytes = brotliDecompressSync(bytes);
      if (ios) {
        const globals = RealWebAssembly.Module.exports(new RealWebAssembly.Module(bytes)).filter((e) => e.kind === 'global');
        if (globals.length) return Promise.reject(new Error(`WXWebAssembly (iOS): exported globals are not supported: ${globals.map((g) => g.name)}`));
      }
      return RealWebAssembly.instantiate(bytes, imports);
    },
    Memory: RealWebAssembly.Memory, Table: RealWebAssembly.Table, Global: RealWebAssembly.Global,
  };
  const storage = new Map();
  const pages = [];
  const scrolls = [], observers = [], modals = [];
  let modalReply = null; // a test's answer to the next dialogs (true: confirm, false: cancel; null: none)
  let app = null;
  const wx = {
    getStorageSync: (k) => (storage.has(k) ? storage.get(k) : ''),
    setStorageSync: (k, v) => { storage.set(k, v); },
    showToast: () => {},
    // Dialogs, recorded; answered as the test says (modalReply), else left open as a person might.
    showModal: (o) => { modals.push(o); if (modalReply !== null && o.success) o.success({ confirm: modalReply, cancel: !modalReply }); },
    // Scrolling and the intersection observer, recorded: a test calls an observer's callback itself.
    pageScrollTo: (o) => { scrolls.push(o); },
    createIntersectionObserver: (component) => {
      const ob = { component, viewport: false, observed: [], disconnected: false,
        relativeToViewport() { ob.viewport = true; return ob; },
        observe(selector, callback) { ob.observed.push({ selector, callback }); },
        disconnect() { ob.disconnected = true; } };
      observers.push(ob);
      return ob;
    },
  };
  const sandbox = { console, setTimeout, clearTimeout, WXWebAssembly, wx,
    App: (cfg) => { app = cfg; }, getApp: () => app,
    Page: (cfg) => { pages.push(cfg); } };
  const context = vm.createContext(sandbox);
  // A fresh context has V8's WebAssembly: a mini-program's global has none.
  vm.runInContext('delete globalThis.WebAssembly;', context);
  if (textCodecs) { sandbox.TextEncoder = RealTextEncoder; sandbox.TextDecoder = RealTextDecoder; }
  const cache = new Map();
  function requireFrom(dir) {
    return (spec) => {
      if (!spec.startsWith('.') && !spec.startsWith('/')) throw new Error(`require(${spec}): only package files can be required in a mini-program`);
      let rel = spec.startsWith('/') ? spec : join(dir, spec);
      if (!rel.endsWith('.js')) rel += '.js';
      const file = inside(rel);
      if (cache.has(file)) return cache.get(file).exports;
      const module = { exports: {} };
      cache.set(file, module);
      const fn = vm.runInContext(`(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`, context, { filename: file });
      fn(module, module.exports, requireFrom(dirname(rel)));
      return module.exports;
    };
  }
  return {
    require: requireFrom('/'),
    context, calls, pages, storage, scrolls, observers, modals,
    get app() { return app; },
    set modalReply(v) { modalReply = v; },
    /** A page instance as the framework would make it: data + setData (keys like `a`, `a.b`, `a[0].b`). */
    instantiatePage(cfg) {
      const page = Object.create(cfg);
      page.data = JSON.parse(JSON.stringify(cfg.data || {}));
      page.setData = (patch) => {
        for (const [k, v] of Object.entries(patch)) {
          const keys = k.match(/[^.[\]]+/g);
          let o = page.data;
          for (const key of keys.slice(0, -1)) o = o[key];
          o[keys[keys.length - 1]] = JSON.parse(JSON.stringify(v === undefined ? null : v));
        }
      };
      return page;
    },
  };
}
