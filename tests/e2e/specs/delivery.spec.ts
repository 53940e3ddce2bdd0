// Delivery as a phone on a slow network needs it: the host (nginx with deploy/site.nginx.conf) sends
// the build's brotli copy to browsers that accept it and gzip to the others, the decoded bytes are
// the files' own, and the dataset is downloaded once, starting with the page.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { test, expect } from '../fixtures';

const ROOT = join(__dirname, '../../..');

/** A raw GET (no automatic decoding): status, headers and body bytes. */
function get(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The app's own files as index.html names them: the wasm and the js. */
function assets(): { wasm: string; js: string } {
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  return {
    wasm: html.match(/fetch\("\/([^"]+_bg\.wasm)"/)![1],
    js: html.match(/import\("\/([^"]+\.js)"\)/)![1],
  };
}

for (const [accept, expected] of [
  ['br, gzip, deflate', 'br'],
  ['gzip, deflate', 'gzip'],
  ['identity', undefined],
] as const) {
  test(`the wasm, js, css and dataset arrive as ${expected ?? 'plain bytes'} for Accept-Encoding: ${accept}`, async ({ origin }) => {
    const { wasm, js } = assets();
    const css = readFileSync(join(ROOT, 'dist/index.html'), 'utf8').match(/href="\/([^"]+\.css)"/)![1];
    for (const file of [wasm, js, css, 'data/cooperation.json']) {
      const res = await get(`${origin}/${file}`, accept);
      expect(res.headers['content-encoding'], file).toBe(expected);
      expect(res.headers['vary'] ?? '', file).toContain('Accept-Encoding');
      const decoded = expected === 'br' ? brotliDecompressSync(res.body) : expected === 'gzip' ? gunzipSync(res.body) : res.body;
      expect(decoded.equals(readFileSync(join(ROOT, 'dist', file))), `${file}: decoded bytes are the file's`).toBe(true);
      if (expected) expect(res.body.length, file).toBeLessThan(readFileSync(join(ROOT, 'dist', file)).length);
    }
    expect((await get(`${origin}/${wasm}`, accept)).headers['content-type']).toBe('application/wasm');
  });
}

test('the dataset is downloaded once, preloaded with the page and reused by the app', async ({ page, origin }) => {
  const downloads: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/data/cooperation.json')) downloads.push(r.url()); });
  await page.goto(origin + '/initiatives');
  await expect(page.locator('.cards > li')).toHaveCount(39);
  // Moving between views and languages fetches nothing more.
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Sectors' }).click();
  await expect(page.locator('.cards > li')).toHaveCount(5);
  expect(downloads).toEqual([origin + '/data/cooperation.json']);
  // The preload is in the page, under the public URL of the build.
  const preload = page.locator('link[rel=preload][as=fetch][href="/data/cooperation.json"]');
  await expect(preload).toHaveCount(1);
  // It started before the wasm had run: the dataset's request is not initiated by the app's script.
  const timing = await page.evaluate(() => {
    const [data] = performance.getEntriesByName(location.origin + '/data/cooperation.json') as PerformanceResourceTiming[];
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')) as PerformanceResourceTiming;
    return { dataStart: data.startTime, wasmEnd: wasm.responseEnd, initiator: data.initiatorType };
  });
  expect(timing.initiator).toBe('link');
  expect(timing.dataStart).toBeLessThan(timing.wasmEnd);
});

test('under /explorer/ the preload names the sub-path and is used', async ({ page, subOrigin }) => {
  const downloads: string[] = [];
  page.on('request', (r) => { if (r.url().includes('cooperation.json')) downloads.push(r.url()); });
  await page.goto(subOrigin + '/explorer/initiatives');
  await expect(page.locator('.cards > li')).toHaveCount(39);
  expect(downloads).toEqual([subOrigin + '/explorer/data/cooperation.json']);
});
