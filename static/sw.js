// The service worker: after one visit the tool works without a network. `cargo xtask dist` fills
// in the build's version and the exact list of its files (this file is the template).
//
// Each build caches its files under its own name, so a page never mixes files of two builds. A new
// build installs in the background and waits; the page offers "update" and, when the user accepts,
// tells it to take over (or it does when every tab is closed). Then older caches are deleted.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `enlistment-${VERSION}`;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  // The default cache mode lets hashed files come from the HTTP cache the page just filled.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('enlistment-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate') {
    // The full site's page; anything else (embed.html in a portal's frame, engine/) goes to the network.
    const page = { '': 'index.html', 'index.html': 'index.html' }[path];
    if (!page) return;
    event.respondWith(caches.open(CACHE).then((c) => c.match(page)).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(request, { ignoreSearch: true })).then((hit) => hit || fetch(request)));
});
