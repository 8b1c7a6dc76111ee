// Offline after the first visit: the app shell is cached at install; every request is answered
// from the cache first. No other origin is ever contacted. The file lists (each file with a hash
// of its content) and the version are filled in by build.mjs.
//
// A new version downloads only the files that changed: one whose content hash is already in a
// cache is copied from there. A yearly update of the policy figures (pkg/params.js) thus costs
// the data, not the calculation module again, and a code update leaves the data alone.
//
// LAZY files (pkg/sources.js, the descriptions of the parameters' sources) are not part of the
// first visit: the page fetches one only when it shows what it holds. It is kept once fetched
// (so it is there offline from then on) and carried into a new version while unchanged.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const LAZY = __LAZY__;
self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    const missing = [];
    for (const [file, hash] of [...FILES, ...LAZY]) {
      const key = `${file}?h=${hash}`;
      const old = await caches.match(key);
      if (old) await cache.put(key, old); else if (!LAZY.some(([f]) => f === file)) missing.push(key);
    }
    await cache.addAll(missing);
    await self.skipWaiting();
  })());
});
self.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    // Older versions' caches go; but when a newer worker is already installing (an update
    // arrived during this activation), its cache is not ours to delete: it cleans up itself.
    if (!self.registration.installing && !self.registration.waiting) {
      for (const k of await caches.keys()) if (k !== VERSION) await caches.delete(k);
    }
    await self.clients.claim();
  })());
});
/** A lazy file fetched from the network, kept in this version's cache under its content key. */
async function fetchAndKeep(request, file, hash) {
  const response = await fetch(request);
  if (response.ok) await (await caches.open(VERSION)).put(`${file}?h=${hash}`, response.clone());
  return response;
}
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const lazy = LAZY.find(([file]) => new URL(file, self.location).pathname === url.pathname);
  e.respondWith(caches.match(e.request, { ignoreSearch: true })
    .then((hit) => hit || (lazy ? fetchAndKeep(e.request, ...lazy) : fetch(e.request))));
});
