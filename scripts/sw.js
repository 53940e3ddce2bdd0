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

/** `response` as one to keep: a host that redirects (`/initiatives` → `/initiatives/`) gives a
 * redirected response, which a browser refuses to serve to a navigation; its body is kept as a
 * plain one. */
async function keepable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Revalidated with the host, not taken from the HTTP cache: the files without a hash in their
    // names (the icons, the pages) come as this deploy has them.
    await Promise.all([...FILES, ...PAGES].map(async (path) => {
      const response = await fetch(path, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await cache.put(path, await keepable(response));
    }));
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

/** A path without its trailing slashes: `/zh/` and `/zh` are one page. */
const normal = (path) => path.replace(/[/]+$/, '');
/** Each listed page's path as kept, by its normal form. */
const KEPT_AS = new Map(PAGES.map((path) => [normal(path), path]));

async function page(event) {
  const cache = await caches.open(CACHE);
  const url = new URL(event.request.url);
  const kept = KEPT_AS.get(normal(url.pathname));
  try {
    const response = await fetch(event.request);
    // A listed page is kept fresh, under its one path: the host serves a page the same file
    // whatever its query (the app applies the view state). Any other address (a dataset's own
    // record, served the shell) is not kept, so the cache does not grow with what is opened.
    if (response.ok && kept) event.waitUntil((async () => cache.put(kept, await keepable(response.clone())))());
    return response;
  } catch (offline) {
    const lang = language(url.pathname);
    return (kept && await cache.match(kept))
      ?? (await cache.match(`${BASE}${lang}shell.html`))
      ?? (await cache.match(`${BASE}${lang}404.html`))
      ?? Response.error();
  }
}

async function fresh(event) {
  const cache = await caches.open(CACHE);
  const url = new URL(event.request.url);
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(url.pathname, response.clone()));
    return response;
  } catch (offline) {
    return (await cache.match(url.pathname)) ?? Response.error();
  }
}

async function kept(request) {
  return (await caches.match(request)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (url.pathname.startsWith(`${BASE}data/`)) event.respondWith(fresh(event));
  else event.respondWith(kept(request));
});
