// A third browser engine: WebKit, the engine of Safari and of every browser on an iPhone. Debian's
// WebKitWebDriver drives WebKitGTK's MiniBrowser under a virtual X display (xvfb-run), over classic
// WebDriver, through selenium-webdriver. The smoke journey: initiatives, a search that writes the
// URL, a record page, Chinese, the source reader, and a 390 px wide window with nothing scrolling
// sideways. (The Playwright runner only hosts it; Playwright cannot drive Debian's WebKit.)
//
// Classic WebDriver reads no console log from WebKitGTK, so each page records its own errors from the
// moment the journey reaches it (`window.onerror`, unhandled rejections, console.error) and the test
// fails on any; an error thrown before that shows as a page that does not render, which fails too.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { test, expect } from '../fixtures';

test.setTimeout(180_000);

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A GTK style sheet for MiniBrowser's own widgets (not the page): its toolbar would keep the window at
 * least 447 px wide, so its widgets are made tiny and the window can be phone-narrow.
 */
function narrowWindowConfig(): string {
  const home = resolve(__dirname, '../../../target/webkit-config');
  mkdirSync(join(home, 'gtk-3.0'), { recursive: true });
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n',
  );
  return home;
}

/** Starts WebKitWebDriver on a virtual display and waits until it answers. */
async function startDriver(port: number): Promise<ChildProcess> {
  const env = { ...process.env, XDG_CONFIG_HOME: narrowWindowConfig() };
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true, env });
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** Waits until `check` holds (or fails after ten seconds, naming what it waited for). */
async function until(driver: WebDriver, what: string, check: () => Promise<boolean>) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch {
      // the page is changing under the check
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKit: timed out waiting for ${what} (at ${await driver.getCurrentUrl()})`);
}

async function count(driver: WebDriver, selector: string): Promise<number> {
  return (await driver.findElements(By.css(selector))).length;
}

async function text(driver: WebDriver, selector: string): Promise<string> {
  return driver.findElement(By.css(selector)).getText();
}

/** From now on the page records its errors in `window.__errors`. */
async function watchErrors(driver: WebDriver) {
  await driver.executeScript(`
    if (!window.__errors) {
      window.__errors = [];
      window.addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
      window.addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + e.reason));
      const original = console.error.bind(console);
      console.error = (...args) => { window.__errors.push('console.error: ' + args.join(' ')); original(...args); };
    }`);
}

async function errors(driver: WebDriver): Promise<string[]> {
  return (await driver.executeScript('return window.__errors || []')) as string[];
}

test('smoke journey in WebKit (Safari’s engine)', async ({ origin }) => {
  const port = await freePort();
  const child = await startDriver(port);
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
  const problems: string[] = [];
  // Each address is served as its pre-rendered page; the journey starts once the app is ready (it
  // takes the page over at once, or on the first use of a control).
  const visit = async (url: string) => {
    await driver.get(url);
    await watchErrors(driver);
    await until(driver, 'the app to start', async () =>
      (await driver.executeScript('return /app-(started|armed)/.test(document.documentElement.className)')) === true);
  };
  const collect = async () => problems.push(...(await errors(driver)));
  try {
    // The initiatives, as cards.
    await visit(`${origin}/initiatives`);
    await until(driver, '39 cards', async () => (await count(driver, '.cards > li')) === 39);
    expect(await text(driver, 'h1')).toBe('Initiatives');
    // A search: the results follow the keystrokes, the URL follows the results. (Tapping the box
    // is the first use of the page: the app takes it over, with the box focused.)
    await driver.findElement(By.css('#search')).click();
    await until(driver, 'the app to take over', async () =>
      (await driver.executeScript('return document.documentElement.classList.contains("app-started")')) === true);
    await driver.findElement(By.css('#search')).sendKeys('festival');
    await until(driver, '3 cards', async () => (await count(driver, '.cards > li')) === 3);
    await until(driver, 'the URL', async () => (await driver.getCurrentUrl()) === `${origin}/initiatives?q=festival`);
    // A record page, opened from its card, with its verbatim excerpt.
    await driver.findElement(By.css('.card h3 a')).click();
    await until(driver, 'a record page', async () => (await count(driver, '.provenance blockquote')) > 0);
    expect(await driver.getCurrentUrl()).toMatch(/\/initiatives\/[a-z0-9-]+$/);
    expect(await text(driver, '.provenance')).toContain('Festival');
    await collect();
    // In Chinese, from the language switcher.
    await driver.findElement(By.css('.language-switcher summary')).click();
    await driver.findElement(By.css('.language-switcher a[hreflang=zh]')).click();
    await until(driver, 'Chinese', async () => (await driver.executeScript('return document.documentElement.lang')) === 'zh');
    expect(await text(driver, '.provenance h2')).toMatch(/[\u4e00-\u9fff]/);
    await collect();
    // The source reader at a record's passage: highlighted and focused.
    await visit(`${origin}/sources/liu-bin-musaeva-article?passage=security-roundtable`);
    await until(driver, 'the passage', async () => (await count(driver, 'mark.quote.current')) > 0);
    expect(await text(driver, 'mark.quote.current')).toContain('security Roundtable');
    await until(driver, 'focus on the passage', async () =>
      (await driver.executeScript('return document.activeElement && document.activeElement.id')) === 'passage');
    expect(await count(driver, '.source-text table')).toBe(4);
    await collect();
    // A phone-wide window: nothing scrolls sideways.
    await driver.manage().window().setRect({ width: 390, height: 844 });
    for (const path of ['/initiatives', '/initiatives/joint-economic-forum', '/zh/initiatives']) {
      await visit(`${origin}${path}`);
      await until(driver, `${path} drawn`, async () => (await count(driver, 'main h1')) > 0);
      const [scroll, width] = (await driver.executeScript(
        'return [document.documentElement.scrollWidth, window.innerWidth]',
      )) as [number, number];
      expect(width, 'the window is phone-wide').toBe(390);
      expect(scroll, `${path}: no sideways scrolling at ${width} px`).toBeLessThanOrEqual(width);
      await collect();
    }
  } finally {
    await driver.quit().catch(() => {});
    if (child.pid) process.kill(-child.pid);
  }
  expect(problems, 'errors in WebKit').toEqual([]);
});
