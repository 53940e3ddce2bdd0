// A second browser engine: the smoke journey (load, search, a facet, table sort, a record page) in
// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, with zero console errors. (The
// Playwright runner only hosts it; Playwright itself cannot drive Debian's Firefox.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { test, expect } from '../fixtures';
import { startStaticHost } from '../nginx';

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

/** The blobs the page hands to `URL.createObjectURL` (what a download saves), kept to read back. */
async function keepBlobs(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __blobs: Blob[] };
    w.__blobs = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => { if (b instanceof Blob) w.__blobs.push(b); return create(b); };
  });
}

/** The bytes of the `n`th blob kept, once there is one. */
async function blob(page: Page, n: number): Promise<Buffer> {
  await until(page, `download ${n + 1}`, async () => page.evaluate((i) => (window as unknown as { __blobs: Blob[] }).__blobs.length > i, n));
  const base64 = await page.evaluate(async (i) => {
    const bytes = new Uint8Array(await (window as unknown as { __blobs: Blob[] }).__blobs[i].arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, n);
  return Buffer.from(base64, 'base64');
}

test('pictures and offline use in Firefox ESR', async () => {
  // A host of its own, to take it away from under the page.
  const host = await startStaticHost([{ dist: join(__dirname, '../../../dist') }]);
  const site = host.origins[0];
  const downloads = mkdtempSync(join(tmpdir(), 'coop-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': 'en-US, en',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const problems: string[] = [];
  let stopped = false;
  try {
    const page = await browser.newPage();
    page.on('console', (m) => {
      // Once the host is gone, the browser says so about what it could not check.
      if (m.type() === 'error' && !stopped) problems.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
    // The timeline as SVG and PNG, in Chinese.
    await visit(page, `${site}/zh/initiatives?mode=timeline`);
    await until(page, 'the timeline', async () => (await count(page, 'svg.timeline-svg')) === 1);
    await keepBlobs(page);
    const buttons = await page.$$('.picture-actions button');
    await buttons[0].click();
    const svg = (await blob(page, 0)).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { ok: !doc.querySelector('parsererror'), text: doc.documentElement.textContent ?? '' };
    }, svg);
    expect(parsed.ok).toBe(true);
    expect(parsed.text).toContain('时间线');
    expect(parsed.text).toContain('来源：');
    await buttons[1].click();
    const png = await blob(page, 1);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
    // Offline: once the service worker has kept the site, the host goes away.
    await visit(page, `${site}/initiatives`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    await host.stop();
    stopped = true;
    await visit(page, `${site}/initiatives`);
    await until(page, '39 cards offline', async () => (await count(page, '.cards > li')) === 39);
    await visit(page, `${site}/ru/corridors/china-kyrgyzstan-uzbekistan-economic-corridor`);
    await until(page, 'a page never opened, offline', async () => (await textOf(page, 'h1')).includes('Экономический коридор'));
  } finally {
    await browser.close();
    if (!stopped) await host.stop();
    rmSync(downloads, { recursive: true, force: true });
  }
  expect(problems, 'console errors or page errors in Firefox').toEqual([]);
});
