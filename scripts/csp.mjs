// Trunk post-build hook (release builds only): a strict Content-Security-Policy for the built page.
//
// Trunk writes one inline <script type="module"> that loads the wasm; its SHA-256 goes into
// `script-src`, so no 'unsafe-inline' is needed. The policy is written twice:
//   - into index.html as <meta http-equiv> (works on any static host; `frame-ancestors` cannot be
//     set this way), and
//   - into _headers (Netlify / Cloudflare Pages format) with the full header set, which the e2e
//     nginx serves too (see deploy/ and tests/e2e/global-setup.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 1) {
  console.error(`csp: expected one inline module script in index.html, found ${inline.length}`);
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
const header = [...directives, "frame-ancestors 'none'"].join('; ');

html = html.replace(
  /<meta charset="utf-8" \/>/,
  (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${meta}" />`,
);
if (!html.includes('http-equiv="Content-Security-Policy"')) {
  console.error('csp: could not place the CSP meta tag');
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
