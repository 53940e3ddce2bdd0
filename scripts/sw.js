// The service worker (the build writes it into dist/sw.js with this build's files: see
// scripts/post-build.mjs, step 4). On the first visit it keeps the app, the dataset, the source text
// and every pre-rendered page, so that with the network gone a reload and any page — one never
// opened too — still work. A new deploy is a new worker (the list names Trunk's hashed files, so it
// differs): the browser checks /sw.js on every visit (it is served no-cache), installs the new one,
// which takes over at once and drops the old files.
//   pages     network first (a deploy's new pages show at once), else the kept page, else the
//             language's shell (the app renders the address from the kept dataset), else not-found
//   data/     network first, else the kept copy (a dataset may change without a rebuild)
//   the rest  the kept copy (Trunk's names carry a content hash), else the network
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const FILES = __FILES__;
const PAGES = __PAGES__;
const CACHE = `cooperation-explorer-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll([...FILES, ...PAGES]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('cooperation-explorer-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** The language prefix of a path under the base (`zh/`), or '' for English. */
function language(path) {
  const match = path.slice(BASE.length).match(/^(zh|ru|ky)\//);
  return match ? `${match[1]}/` : '';
}

async function page(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    // Kept under its path alone: the host serves a page the same file whatever its query (the app
    // applies the view state), so one copy per page, not one per address ever opened.
    if (response.ok && !response.redirected) cache.put(`${url.origin}${url.pathname}`, response.clone());
    return response;
  } catch (offline) {
    const path = url.pathname.replace(/[/]+$/, '') || BASE;
    const lang = language(url.pathname);
    return (await cache.match(path, { ignoreSearch: true }))
      ?? (await cache.match(`${path}/`, { ignoreSearch: true }))
      ?? (await cache.match(`${BASE}${lang}shell.html`))
      ?? (await cache.match(`${BASE}${lang}404.html`))
      ?? Response.error();
  }
}

async function fresh(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
  }
}

async function kept(request) {
  return (await caches.match(request)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith(`${BASE}data/`)) event.respondWith(fresh(request));
  else event.respondWith(kept(request));
});
