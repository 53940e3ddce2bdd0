// The strict Content-Security-Policy is enforced and the app runs under it; every asset carries
// Subresource Integrity that matches its bytes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures';

const ROOT = join(__dirname, '../../..');

for (const [dist, prefix] of [['dist', ''], ['target/dist-explorer', '/explorer']] as const) {
  test(`every asset of ${dist}/index.html has SRI matching its bytes`, async () => {
    const html = readFileSync(join(ROOT, dist, 'index.html'), 'utf8');
    const check = (url: string, integrity: string | undefined, what: string) => {
      expect(integrity, `${what} has no integrity`).toBeTruthy();
      const [algo, digest] = integrity!.split('-');
      const file = join(ROOT, dist, url.replace(prefix + '/', ''));
      expect(createHash(algo).update(readFileSync(file)).digest('base64'), url).toBe(digest);
    };
    // Every script and style sheet of the page but the dataset, which may be replaced without a
    // rebuild (its preload has no hash). (Links naming pages — canonical, alternates — and the icon,
    // which browsers do not check, have none.)
    const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((t) => /<script\b[^>]*\ssrc=|rel="(stylesheet|modulepreload|preload)"/.test(t) && !t.includes('data/cooperation.json'));
    expect(tags.length).toBe(2); // css, boot.js
    for (const tag of tags) {
      check(tag.match(/\s(?:href|src)="([^"]+)"/)![1], tag.match(/\sintegrity="([^"]+)"/)?.[1], tag);
    }
    // The loader preloads the app's module and fetches its wasm with theirs.
    const module = html.match(/rel: 'modulepreload', href: "([^"]+)", crossOrigin: 'anonymous', integrity: "([^"]+)"/);
    expect(module, 'the loader preloads the module').not.toBeNull();
    check(module![1], module![2], 'the module');
    expect(html).toContain(`import("${module![1]}")`);
    const wasm = html.match(/fetch\("([^"]+_bg\.wasm)", \{ integrity: "([^"]+)" \}\)/);
    expect(wasm, 'the loader fetches the wasm').not.toBeNull();
    check(wasm![1], wasm![2], 'the wasm');
    // The inline loader is the only inline script, and the CSP pins its hash.
    const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0][1]).digest('base64');
    expect(html).toContain(`'sha256-${hash}'`);
    expect(readFileSync(join(ROOT, dist, '_headers'), 'utf8')).toContain(`'sha256-${hash}'`);
    expect(readdirSync(join(ROOT, dist))).toContain('_headers');
  });
}

test('the CSP is enforced: an injected inline script is refused and reported', async ({ page, origin, allowConsole }) => {
  allowConsole(/CSP violation|Content Security Policy/);
  await page.goto(origin + '/initiatives');
  await expect(page.locator('.cards > li')).toHaveCount(39);
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    const violated = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    document.body.appendChild(s);
    return [(window as unknown as { __injected?: boolean }).__injected ?? false, await violated];
  });
  expect(ran).toEqual([false, 'script-src-elem']);
});

test('the app works under the CSP with zero violations through a full journey', async ({ page, origin }) => {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(origin + '/initiatives?mode=table');
  await page.getByRole('link', { name: 'Charts' }).click();
  await page.getByRole('link', { name: 'Map' }).click();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Cards' }).click();
  await page.getByLabel('Search initiatives').fill('energy');
  await page.getByRole('link', { name: 'Joint ventures in renewable energy' }).click();
  await expect(page.locator('blockquote').first()).toBeVisible();
  await page.goto(origin + '/initiatives?data=e2e-data/synthetic-2000.json');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('2,000 initiatives match');
  expect(violations).toEqual([]);
});
