// Trunk post-build hook (release builds only), in four steps:
//
// 1. A preload of the bundled dataset in index.html, so its download starts with the page, in
//    parallel with the wasm, and the app's own request (same address, mode and credentials) reuses
//    it instead of starting only once the wasm runs.
// 2. A strict Content-Security-Policy. Trunk writes one inline <script type="module"> that loads
//    the wasm; its SHA-256 goes into `script-src`, so no 'unsafe-inline' is needed (the start-up
//    script public/boot.js is a file of the site's own, allowed by 'self'). The policy is written
//    into index.html as <meta http-equiv> (works on any static host; `frame-ancestors` cannot be
//    set this way) and into _headers (Netlify / Cloudflare Pages format) with the full header set,
//    which the e2e nginx serves too (see deploy/ and tests/e2e/nginx.ts).
// 3. Pre-rendering: `cargo run --bin prerender` renders every page of the bundled dataset in every
//    language from the app's own views into static HTML, with index.html (as steps 1 and 2 left
//    it) as the template, plus a not-found page and an app shell per language, the dataset's CSV
//    files, robots.txt and — when SITE_ORIGIN names where the site is deployed
//    (`SITE_ORIGIN=https://example.org trunk build --release`) — sitemap.xml and absolute URLs in
//    link previews. COOPERATION_PRERENDER=0 skips it (the site then renders in the browser only).
// 4. Compressed copies beside every wasm, js, css, svg, json, txt, csv, xml and html file: `.br`
//    (brotli, quality 11) and `.gz` (gzip, level 9), for hosts that serve precompressed files
//    (deploy/site.nginx.conf: brotli_static, gzip_static).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) {
  console.error(`post-build: expected one inline module script in index.html, found ${inline.length}`);
  process.exit(1);
}
const hash = createHash('sha256').update(inline[0], 'utf8').digest('base64');

// 1. The dataset preload, under the public URL the build is for (`/` or e.g. `/explorer/`).
const publicUrl = (process.env.TRUNK_PUBLIC_URL || '/').replace(/\/?$/, '/');
const preload = `<link rel="preload" href="${publicUrl}data/cooperation.json" as="fetch" crossorigin="anonymous" />`;
html = html.replace(/<\/title>/, (m) => `${m}\n    ${preload}`);
if (!html.includes('rel="preload" href=')) {
  console.error('post-build: could not place the dataset preload');
  process.exit(1);
}

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
const header = [...directives, "frame-ancestors 'none'"].join('; ');

html = html.replace(
  /<meta charset="utf-8" \/>/,
  (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />`,
);
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  console.error('post-build: could not place the CSP meta tag');
  process.exit(1);
}
writeFileSync(file, html);

const headers = `/*
  Content-Security-Policy: ${header}
  Strict-Transport-Security: max-age=63072000; includeSubDomains
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Cross-Origin-Opener-Policy: same-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
`;
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

// 4. Precompressed copies.
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
