// Offline after the first visit: the app shell is cached at install; every request is answered
// from the cache first. No other origin is ever contacted. The file list (each file with a hash
// of its content) and the version are filled in by build.mjs.
//
// A new version downloads only the files that changed: one whose content hash is already in a
// cache is copied from there. A yearly update of the policy figures (pkg/params.js) thus costs
// the data, not the calculation module again, and a code update leaves the data alone.
const VERSION = '__VERSION__';
const FILES = __FILES__;
self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    const missing = [];
    for (const [file, hash] of FILES) {
      const key = `${file}?h=${hash}`;
      const old = await caches.match(key);
      if (old) await cache.put(key, old); else missing.push(key);
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
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((hit) => hit || fetch(e.request)));
});
