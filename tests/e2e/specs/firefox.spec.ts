// A second browser engine: the smoke journey (load, search, a facet, table sort, a record page) in
// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, with zero console errors. (The
// Playwright runner only hosts it; Playwright itself cannot drive Debian's Firefox.)
import puppeteer, { type Page } from 'puppeteer-core';
import { test, expect } from '../fixtures';

test.setTimeout(120_000);

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

/** Goes to `url` and waits until the app is ready: it has taken the pre-rendered page over, or
 *  takes it over on the first use of a control. */
async function visit(page: Page, url: string) {
  await page.goto(url);
  await until(page, 'the app to start', async () =>
    page.evaluate(() => /app-(started|armed)/.test(document.documentElement.className)));
}

async function count(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (els) => els.length);
}

/** Waits until `check` holds (or fails after ten seconds). */
async function until(page: Page, what: string, check: () => Promise<boolean>) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox: timed out waiting for ${what} (at ${await page.evaluate(() => location.href)})`);
}

test('smoke journey in Firefox ESR', async ({ origin }) => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US, en' },
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
    await visit(page, `${origin}/initiatives`);
    await until(page, '39 cards', async () => (await count(page, '.cards > li')) === 39);
    expect(await textOf(page, 'h1')).toBe('Initiatives');
    // Search.
    await page.type('#search', 'festival');
    await until(page, '3 cards', async () => (await count(page, '.cards > li')) === 3);
    // A facet.
    await page.click('#f-kind-cultural-programme');
    await until(page, '1 card', async () => (await count(page, '.cards > li')) === 1);
    await until(page, 'the URL', async () =>
      (await page.evaluate(() => location.href)) === `${origin}/initiatives?q=festival&kind=cultural-programme`);
    // The table, sorted by name.
    await visit(page, `${origin}/sectors?mode=table`);
    await until(page, '5 rows', async () => (await count(page, 'tbody tr')) === 5);
    await page.click('thead th:first-child button');
    await until(page, 'sorted', async () => (await textOf(page, 'tbody th')) === 'Agriculture');
    expect(await page.$eval('thead th:first-child', (el) => el.getAttribute('aria-sort'))).toBe('ascending');
    // A record page, with its excerpt.
    await page.click('tbody tr th a');
    await until(page, 'the record', async () => (await textOf(page, 'h1')) === 'Agriculture');
    expect(await textOf(page, '.provenance')).toContain('agricultur');
    // The language switcher works here too.
    await page.click('.language-switcher summary');
    await page.click('.language-switcher a[hreflang=ky]');
    await until(page, 'Kyrgyz', async () => (await page.$eval('html', (el) => el.lang)) === 'ky');
    expect(await page.evaluate(() => location.pathname)).toBe('/ky/sectors/agriculture');
    expect(await textOf(page, '.provenance h2')).toBe('Бул кайдан алынган');
  } finally {
    await browser.close();
  }
  expect(problems, 'console errors or page errors in Firefox').toEqual([]);
});
