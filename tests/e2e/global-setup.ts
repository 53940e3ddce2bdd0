// Starts Debian's nginx on a free loopback port as a real static host for the release builds:
//   /            → dist/                     (built with --public-url /)
//   /explorer/   → target/dist-explorer/     (built with --public-url /explorer/)
// Both use deploy/site.nginx.conf (SPA fallback and documented headers). Stopped at teardown.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SUB_DIST = join(ROOT, 'target/dist-explorer');
/** Synthetic datasets written by scripts/test, served next to the app at /e2e-data/. */
const E2E_DATA = join(ROOT, 'target/e2e-data');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => ok(port));
    });
  });
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const up = await new Promise<boolean>((ok) => {
      const s = net.connect(port, '127.0.0.1', () => { s.destroy(); ok(true); });
      s.on('error', () => ok(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port} within ${ms} ms`);
}

/**
 * The documented headers plus the build's own Content-Security-Policy (its script hash differs per
 * build), read from the `_headers` file the Trunk hook writes.
 */
function headersFor(dist: string): string {
  const base = readFileSync(join(ROOT, 'deploy/headers.nginx.conf'), 'utf8');
  const built = readFileSync(join(dist, '_headers'), 'utf8');
  const csp = built.match(/Content-Security-Policy: (.*)/);
  const hsts = built.match(/Strict-Transport-Security: (.*)/);
  if (!csp || !hsts) throw new Error(`no CSP in ${dist}/_headers: was it built with --release?`);
  return `${base}add_header Content-Security-Policy "${csp[1]}" always;\nadd_header Strict-Transport-Security "${hsts[1]}" always;\n`;
}

/** The site block for one deployment path, from deploy/site.nginx.conf. */
function siteFor(prefix: string, headers: string): string {
  const site = readFileSync(join(ROOT, 'deploy/site.nginx.conf'), 'utf8').replaceAll('include headers.nginx.conf;', `include ${headers};`);
  if (prefix === '/') return site;
  return site
    .replace('location /data/', `location ${prefix}data/`)
    .replace('location / {', `location ${prefix} {`)
    .replace('try_files $uri /index.html;', `try_files $uri ${prefix}index.html;`);
}

export default async function globalSetup() {
  for (const d of [DIST, SUB_DIST]) {
    if (!existsSync(join(d, 'index.html'))) throw new Error(`no release build in ${d}: run scripts/test`);
  }
  const port = await freePort();
  const subPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'coop-e2e-nginx-'));
  mkdirSync(join(dir, 'logs'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(SUB_DIST, join(dir, 'sub', 'explorer'));
  writeFileSync(join(dir, 'headers-root.conf'), headersFor(DIST));
  writeFileSync(join(dir, 'headers-sub.conf'), headersFor(SUB_DIST));
  writeFileSync(join(dir, 'site-root.conf'), siteFor('/', 'headers-root.conf'));
  writeFileSync(join(dir, 'site-sub.conf'), siteFor('/explorer/', 'headers-sub.conf'));
  const conf = `
user root;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  server_tokens off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # The app at the site root, with test datasets next to it.
  server {
    listen 127.0.0.1:${port};
    root ${DIST};
    location /e2e-data/ {
      alias ${E2E_DATA}/;
      include headers-root.conf;
      add_header Cache-Control "no-cache" always;
    }
    include site-root.conf;
  }
  # The same app under a sub-path, as on a host where /explorer/ is one site among others.
  server {
    listen 127.0.0.1:${subPort};
    root ${dir}/sub;
    include site-sub.conf;
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  nginx.on('exit', () => { exited = true; });
  await waitForPort(port, 10_000);
  await waitForPort(subPort, 10_000);
  if (exited) throw new Error('nginx exited at start; see its error above');
  process.env.E2E_ORIGIN = `http://127.0.0.1:${port}`;
  process.env.E2E_SUB_ORIGIN = `http://127.0.0.1:${subPort}`;

  return async () => {
    if (!exited) {
      const done = new Promise((r) => nginx.on('exit', r));
      nginx.kill('SIGQUIT');
      await done;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
