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
    // Every script, style sheet and preloaded file but the dataset, which may be replaced without a
    // rebuild (its preload has no hash). (Links naming pages — canonical, alternates — and the icon,
    // which browsers do not check, have none.)
    const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((t) => /<script\b[^>]*\ssrc=|rel="(stylesheet|modulepreload|preload)"/.test(t) && !t.includes('data/cooperation.json'));
    expect(tags.length).toBeGreaterThanOrEqual(4); // css, boot.js, js, wasm
    for (const tag of tags) {
      const url = tag.match(/\s(?:href|src)="([^"]+)"/)![1];
      const integrity = tag.match(/\sintegrity="([^"]+)"/);
      expect(integrity, `${tag} has no integrity`).not.toBeNull();
      const [algo, digest] = integrity![1].split('-');
      const file = join(ROOT, dist, url.replace(prefix + '/', ''));
      const actual = createHash(algo).update(readFileSync(file)).digest('base64');
      expect(actual, `${url}`).toBe(digest);
    }
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
  await expect(page.locator('blockquote')).toBeVisible();
  await page.goto(origin + '/initiatives?data=e2e-data/synthetic-2000.json');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('2,000 initiatives match');
  expect(violations).toEqual([]);
});
