// The app shell: renders, routes, deep links and sub-path deployment, with the documented headers.
import { test, expect } from '../fixtures';

const VIEWS = ['Initiatives', 'Sectors', 'Corridors'];

test('the shell renders at / with header, navigation, main region and footer', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation Explorer' })).toBeVisible();
  await expect(page).toHaveTitle('Cooperation Explorer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  for (const v of VIEWS) await expect(nav.getByRole('link', { name: v })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Aktilek Musaeva');
  await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', /\.svg$/);
});

test('each navigation link routes on the client and marks itself current', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  for (const v of VIEWS) {
    await nav.getByRole('link', { name: v }).click();
    await expect(page).toHaveURL(origin + '/' + v.toLowerCase());
    await expect(page.getByRole('heading', { level: 1, name: v })).toBeVisible();
    await expect(page).toHaveTitle(`${v} · Cooperation Explorer`);
    await expect(nav.getByRole('link', { name: v })).toHaveAttribute('aria-current', 'page');
  }
});

test('a deep link reloads to the same view', async ({ page, origin }) => {
  await page.goto(origin + '/sectors');
  await expect(page.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
  await expect(page).toHaveURL(origin + '/sectors');
});

test('an unknown path shows the not-found page with a way back', async ({ page, origin, allowConsole }) => {
  allowConsole(/status of 404/); // served with the status it is
  await page.goto(origin + '/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL(origin + '/');
});

test('the build for a sub-path works under /explorer/, including deep links', async ({ page, subOrigin }) => {
  await page.goto(subOrigin + '/explorer/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation Explorer' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Corridors' }).click();
  await expect(page).toHaveURL(subOrigin + '/explorer/corridors');
  await expect(page.getByRole('heading', { level: 1, name: 'Corridors' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Corridors' })).toBeVisible();
  await page.goto(subOrigin + '/explorer/sectors');
  await expect(page.getByRole('heading', { level: 1, name: 'Sectors' })).toBeVisible();
});

test('the static host sends the documented headers', async ({ request, origin }) => {
  const page = await request.get(origin + '/initiatives');
  expect(page.status()).toBe(200);
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const csp = page.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  expect(page.headers()['strict-transport-security']).toContain('max-age=');
  const html = await page.text();
  const wasm = html.match(/fetch\("\/([^"]+\.wasm)"/);
  expect(wasm, 'index.html loads the wasm').not.toBeNull();
  const res = await request.get(origin + '/' + wasm![1]);
  expect(res.headers()['content-type']).toBe('application/wasm');
  expect(res.headers()['cache-control']).toContain('immutable');
});

test('under /explorer/ the explorer filters, links records and reloads in place', async ({ page, subOrigin }) => {
  await page.goto(subOrigin + '/explorer/initiatives');
  await expect(page.locator('.cards > li')).toHaveCount(39);
  await page.getByRole('checkbox', { name: /^Recommended/ }).check();
  await expect(page).toHaveURL(subOrigin + '/explorer/initiatives?status=recommended');
  await expect(page.locator('.cards > li')).toHaveCount(7);
  await page.getByRole('link', { name: 'Bilateral economic advisory council' }).click();
  await expect(page).toHaveURL(subOrigin + '/explorer/initiatives/bilateral-economic-advisory-council');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilateral economic advisory council' })).toBeVisible();
  await page.getByRole('link', { name: '← All initiatives' }).click();
  await expect(page).toHaveURL(subOrigin + '/explorer/initiatives');
});
