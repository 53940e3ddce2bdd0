// Trunk post-build hook (release builds only), in five steps:
//
// 1. Trunk's loader replaced with one that starts the app after the page's first paint, and
//    preloads the bundled dataset beside the wasm, so that the app's own request (same address,
//    mode and credentials) reuses it instead of starting only once the wasm runs.
// 2. A strict Content-Security-Policy. The loader is the one inline <script type="module">; its
//    SHA-256 goes into `script-src`, so no 'unsafe-inline' is needed (the start-up script boot.js
//    is a file of the site's own, allowed by 'self'). The policy is written into index.html as <meta http-equiv> (works on any static host; `frame-ancestors` cannot be
//    set this way) and into _headers (Netlify / Cloudflare Pages format) with the full header set,
//    which the e2e nginx serves too (see deploy/ and tests/e2e/nginx.ts).
// 3. Pre-rendering: `cargo run --bin prerender` renders every page of the bundled dataset in every
//    language from the app's own views into static HTML, with index.html (as steps 1 and 2 left
//    it) as the template, plus a not-found page and an app shell per language, the dataset's CSV
//    files, robots.txt and — when SITE_ORIGIN names where the site is deployed
//    (`SITE_ORIGIN=https://example.org trunk build --release`) — sitemap.xml and absolute URLs in
//    link previews. COOPERATION_PRERENDER=0 skips it (the site then renders in the browser only).
// 4. Offline use: manifest.webmanifest and the service worker, sw.js (see step 4 below).
// 5. Compressed copies beside every wasm, js, css, svg, json, txt, csv, xml and html file: `.br`
//    (brotli, quality 11) and `.gz` (gzip, level 9), for hosts that serve precompressed files
//    (deploy/site.nginx.conf: brotli_static, gzip_static).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

// 1. The loader. Trunk's loader imports the app and fetches its wasm as the page is parsed (with a
//    modulepreload and a preload of both), so on a slow link the 300 KB of wasm compete with the
//    page's own HTML and CSS for the first paint, which the pre-rendered page does not need them
//    for. It is replaced with one that starts after the first paint, and at once where the page
//    waits for the app: boot.js marked it `pending`, `pending-data` or `data-used`, or it is not
//    the page pre-rendered for this address (the app shell, a not-found page, a host's fallback);
//    then it preloads the bundled dataset beside them. It keeps Trunk's Subresource Integrity:
//    the module is preloaded with its hash (which `import()` then uses) and the wasm fetched with
//    its own. The dataset has none: it may be replaced without a rebuild.
const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const trunkLoader = html.match(/<script type="module">[\s\S]*?<\/script>/)[0];
const moduleLink = html.match(/<link rel="modulepreload" href="([^"]+)" crossorigin="anonymous" integrity="([^"]+)">/);
const wasmLink = html.match(/<link rel="preload" href="([^"]+_bg\.wasm)" crossorigin="anonymous" integrity="([^"]+)" as="fetch" type="application\/wasm">/);
if (!moduleLink || !wasmLink || !trunkLoader.includes(moduleLink[1]) || !trunkLoader.includes(wasmLink[1])) {
  console.error("post-build: Trunk's loader is not in the expected form (see step 1)");
  process.exit(1);
}
const q = JSON.stringify;
const loader = `<script type="module">
const root = document.documentElement;
const preload = (attributes) => document.head.append(Object.assign(document.createElement('link'), attributes));
const start = async () => {
  preload({ rel: 'modulepreload', href: ${q(moduleLink[1])}, crossOrigin: 'anonymous', integrity: ${q(moduleLink[2])} });
  preload({ rel: 'preload', href: ${q(publicUrl + 'data/cooperation.json')}, as: 'fetch', crossOrigin: 'anonymous' });
  const bindings = await import(${q(moduleLink[1])});
  const wasm = await bindings.default({ module_or_path: fetch(${q(wasmLink[1])}, { integrity: ${q(wasmLink[2])} }) });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
// A page pre-rendered for this address (not the shell, a not-found page or another address's).
const app = document.getElementById('app');
const path = (p) => p.replace(/[/]+$/, '');
if (app && app.hasAttribute('data-prerendered') && path(app.dataset.prerendered) !== path(location.pathname)) {
  app.removeAttribute('data-prerendered');
}
if (root.matches('.pending, .pending-data, [data-used]') || !app?.hasAttribute('data-prerendered')) start();
else requestAnimationFrame(() => setTimeout(start));
// Offline after one visit (scripts/sw.js); a browser that refuses it loses nothing else. Not for a
// reader who asks to save data (Save-Data), nor in a frame (an embedded view in another site's
// article): neither is sent the site's every page in the background.
addEventListener('load', async () => {
  if (navigator.connection?.saveData || window.top !== window) return;
  try {
    await navigator.serviceWorker?.register(${q(publicUrl + 'sw.js')}, { scope: ${q(publicUrl)} });
  } catch (refused) {
    // Not allowed here (private browsing, a policy): the site works as before, online.
  }
});
</script>`;
html = html.replace(trunkLoader, () => loader).replace(moduleLink[0], '').replace(wasmLink[0], '');
html = html.replace('</title>', () => `</title>\n    <link rel="manifest" href="${publicUrl}manifest.webmanifest" />`);
// The loader must parse: a syntax error here would leave every page without its app.
const loaderFile = join(tmpdir(), `cooperation-loader-${process.pid}.mjs`);
writeFileSync(loaderFile, loader.replace(/^<script type="module">|<\/script>$/g, ''));
const checked = spawnSync(process.execPath, ['--check', loaderFile], { stdio: 'inherit' });
rmSync(loaderFile);
if (checked.status !== 0) {
  console.error('post-build: the loader does not parse');
  process.exit(1);
}

const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) {
  console.error(`post-build: expected one inline module script in index.html, found ${inline.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');

const directives = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  // Datasets may be loaded from other HTTPS hosts (?data=…); CORS still applies.
  "connect-src 'self' https:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];
const meta = directives.join('; ');
// Pages may be framed by the site's own pages only; the embeddable ones (`/embed/…`) by any site.
const header = [...directives, "frame-ancestors 'self'"].join('; ');
const embedHeader = [...directives, 'frame-ancestors *'].join('; ');

html = html.replace(
  /<meta charset="utf-8" \/>/,
  (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />`,
);
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  console.error('post-build: could not place the CSP meta tag');
  process.exit(1);
}
writeFileSync(file, html);

// The embeddable pages replace the policy (`! Content-Security-Policy` detaches the one of `/*`,
// in the Cloudflare Pages format; see README "Embed a view" for other hosts).
const embedPaths = ['', 'zh/', 'ru/', 'ky/'].map((lang) => `${publicUrl}${lang}embed/*`);
const headers = `/*
  Content-Security-Policy: ${header}
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Cross-Origin-Opener-Policy: same-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
${embedPaths.map((path) => `${path}
  ! Content-Security-Policy
  Content-Security-Policy: ${embedHeader}
`).join('')}`;
writeFileSync(join(dir, '_headers'), headers);
console.log(`csp: script-src hash sha256-${hash}`);

// 3. Pre-rendered pages.
if (process.env.COOPERATION_PRERENDER !== '0') {
  const started = Date.now();
  const args = ['run', '--quiet', '--locked', '--bin', 'prerender', '--', dir, publicUrl];
  if (process.env.SITE_ORIGIN) args.push(process.env.SITE_ORIGIN);
  const run = spawnSync('cargo', args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('post-build: pre-rendering failed');
    process.exit(1);
  }
  console.log(`prerender: done in ${((Date.now() - started) / 1000).toFixed(1)} s (with cargo)`);
}

// 4. Offline: the web app manifest, and the service worker with this build's files (scripts/sw.js):
//    Trunk's hashed files, the icons, the dataset and its CSV, schema and source texts, and every
//    page pre-rendered above. Its version is a hash of the list and of every file's bytes, so any
//    change to the site makes a new worker.
const manifest = {
  name: 'Cooperation Explorer',
  short_name: 'Cooperation',
  description: 'The cooperation named in one news article on China–Kyrgyzstan relations, each record with the passage it comes from, in English, 中文, Русский and Кыргызча.',
  lang: 'en',
  start_url: publicUrl,
  scope: publicUrl,
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1d4e89',
  icons: [
    { src: `${publicUrl}icon-192.png`, sizes: '192x192', type: 'image/png' },
    { src: `${publicUrl}icon-512.png`, sizes: '512x512', type: 'image/png' },
    { src: `${publicUrl}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
writeFileSync(join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');
const files = [];
const pagesToKeep = [];
const version = createHash('sha256');
const listFiles = (d, rel = '') => {
  for (const name of readdirSync(d).sort()) {
    const f = join(d, name);
    const path = rel + name;
    if (statSync(f).isDirectory()) {
      listFiles(f, `${path}/`);
      continue;
    }
    if (/\.(br|gz)$/.test(name) || ['_headers', 'sw.js', 'robots.txt', 'sitemap.xml', 'share.png'].includes(path)) continue;
    version.update(path).update(readFileSync(f));
    if (name.endsWith('.html')) {
      // A page's address: `initiatives/index.html` is `initiatives`, a language's home
      // `zh/index.html` is `zh/`, the site's `index.html` the base itself; `404.html` as it is.
      const dirOf = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : null;
      const page = dirOf === null ? path : /^(zh|ru|ky)\/$/.test(dirOf) ? dirOf : dirOf.replace(/[/]$/, '');
      pagesToKeep.push(publicUrl + page);
    } else {
      files.push(publicUrl + path);
    }
  }
};
listFiles(dir);
const worker = readFileSync(new URL('./sw.js', import.meta.url), 'utf8')
  .replace("'__VERSION__'", () => JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace("'__BASE__'", () => JSON.stringify(publicUrl))
  .replace('__FILES__', () => JSON.stringify(files))
  .replace('__PAGES__', () => JSON.stringify(pagesToKeep));
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`service worker: ${files.length} files and ${pagesToKeep.length} pages kept for offline use`);

// 5. Precompressed copies.
const compressible = /\.(wasm|js|css|svg|json|txt|csv|xml|html)$/;
let count = 0;
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const f = join(d, name);
    if (statSync(f).isDirectory()) {
      walk(f);
    } else if (compressible.test(name)) {
      const raw = readFileSync(f);
      const br = brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      writeFileSync(`${f}.br`, br);
      writeFileSync(`${f}.gz`, gzipSync(raw, { level: 9 }));
      count += 1;
    }
  }
};
walk(dir);
console.log(`compressed: ${count} files (.br quality 11, .gz level 9)`);
