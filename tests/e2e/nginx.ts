// Debian's nginx as a real static host on free loopback ports, one server per site, each serving a
// release build with deploy/site.nginx.conf (SPA fallback, documented headers) plus the build's own
// Content-Security-Policy. Used by the e2e global setup and by the benchmark harness.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** One site: a release build, the path it is served under, and extra directories to serve. */
export type Site = { dist: string; prefix?: string; aliases?: Record<string, string> };

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
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

/** The documented headers plus the build's own CSP and HSTS, from the `_headers` the Trunk hook
 * writes: the policy of every page, or (`embed`) the one of the embeddable pages. */
function headersFor(dist: string, embed = false): string {
  const base = readFileSync(join(ROOT, `deploy/${embed ? 'embed-' : ''}headers.nginx.conf`), 'utf8');
  const built = readFileSync(join(dist, '_headers'), 'utf8');
  const csp = embed ? built.match(/embed\/\*\n  ! Content-Security-Policy\n  Content-Security-Policy: (.*)/) : built.match(/Content-Security-Policy: (.*)/);
  const hsts = built.match(/Strict-Transport-Security: (.*)/);
  if (!csp || !hsts) throw new Error(`no CSP in ${dist}/_headers: was it built with --release?`);
  return `${base}add_header Content-Security-Policy "${csp[1]}" always;\nadd_header Strict-Transport-Security "${hsts[1]}" always;\n`;
}

/**
 * The site block for one deployment path, from deploy/site.nginx.conf: for a sub-path, the prefix
 * goes before every path, as its comment tells a deployer to do.
 */
export function siteFor(prefix: string, headers: string, embedHeaders = headers): string {
  const site = readFileSync(join(ROOT, 'deploy/site.nginx.conf'), 'utf8')
    .replaceAll('include headers.nginx.conf;', `include ${headers};`)
    .replaceAll('include embed-headers.nginx.conf;', `include ${embedHeaders};`);
  if (prefix === '/') return site;
  const body = site.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  const prefixed = body
    .replace('location /data/', `location ${prefix}data/`)
    .replace('location = /sw.js', `location = ${prefix}sw.js`)
    .replace('location = /manifest.webmanifest', `location = ${prefix}manifest.webmanifest`)
    .replaceAll('location ~ ^/(', `location ~ ^${prefix}(`)
    .replaceAll('/${lang}', `${prefix}\${lang}`)
    .replace('error_page 404 /404.html;', `error_page 404 ${prefix}404.html;`)
    .replace('location / {', `location ${prefix} {`);
  if (prefixed.includes(' /$') || prefixed.includes('location / ')) throw new Error('site.nginx.conf: a path was left without the prefix');
  return prefixed;
}

/**
 * Starts nginx with one server per site: `{ dist, prefix = '/', aliases = { '/path/': dir } }`.
 * Resolves to `{ origins, stop }`, one origin per site.
 */
export async function startStaticHost(sites: Site[]): Promise<{ origins: string[]; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'coop-nginx-'));
  mkdirSync(join(dir, 'logs'));
  const servers: string[] = [];
  const ports: number[] = [];
  for (const [i, site] of sites.entries()) {
    const prefix = site.prefix ?? '/';
    if (!existsSync(join(site.dist, 'index.html'))) throw new Error(`no release build in ${site.dist}: run scripts/test`);
    const port = await freePort();
    ports.push(port);
    writeFileSync(join(dir, `headers-${i}.conf`), headersFor(site.dist));
    writeFileSync(join(dir, `embed-headers-${i}.conf`), headersFor(site.dist, true));
    writeFileSync(join(dir, `site-${i}.conf`), siteFor(prefix, `headers-${i}.conf`, `embed-headers-${i}.conf`));
    let root = site.dist;
    if (prefix !== '/') {
      // The build lives at <root>/<prefix>, as on a host where the app is one site among others.
      root = join(dir, `root-${i}`);
      mkdirSync(root);
      symlinkSync(site.dist, join(root, prefix.replaceAll('/', '')));
    }
    const aliases = Object.entries(site.aliases ?? {})
      .map(([path, target]) => `    location ^~ ${path} {\n      alias ${target}/;\n      include headers-${i}.conf;\n      add_header Cache-Control "no-cache" always;\n    }`)
      .join('\n');
    servers.push(`  server {\n    listen 127.0.0.1:${port};\n    root ${root};\n${aliases}\n    include site-${i}.conf;\n  }`);
  }
  // brotli_static is a dynamic module (Debian's libnginx-mod-http-brotli-static); load it by its
  // absolute path, since this nginx runs with its own prefix.
  const conf = `
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
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
${servers.join('\n')}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  nginx.on('exit', () => { exited = true; });
  for (const port of ports) await waitForPort(port, 10_000);
  if (exited) throw new Error('nginx exited at start; see its error above');
  return {
    origins: ports.map((p) => `http://127.0.0.1:${p}`),
    async stop() {
      if (!exited) {
        const done = new Promise((r) => nginx.on('exit', r));
        nginx.kill('SIGQUIT');
        await done;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
