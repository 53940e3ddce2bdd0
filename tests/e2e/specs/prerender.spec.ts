// Every page exists as HTML before the wasm runs: the release builds (site root and /explorer/) are
// pre-rendered at build time from the app's own views, in every language; the host serves each
// address its page; the app then takes the page over without a visible change. Checked here: the
// pages with JavaScript off, the takeover (pixels, scroll, focus, typed text, one dataset fetch), an
// address with a view state while the app starts and when it cannot, a crawl of every link, unique
// titles and descriptions, valid HTML, the head (canonical, languages, link previews, JSON-LD), the
// sitemap and robots.txt, and what the host answers for addresses with no file.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { PNG } from 'pngjs';
import { test, expect, appReady, type Page } from '../fixtures';

const ROOT = join(__dirname, '../../..');
/** The origin both test builds name as where they are deployed (scripts/test: SITE_ORIGIN). */
const SITE = 'https://cooperation-explorer.example';
const LANGS = ['en', 'zh', 'ru', 'ky'] as const;
const prefix = (lang: string) => (lang === 'en' ? '' : `/${lang}`);
const dataset = JSON.parse(readFileSync(join(ROOT, 'public/data/cooperation.json'), 'utf8'));
/** A record's words in a language, from the dataset's translations (English: its own). */
const wordsOf = (lang: string, id: string): { name: string; summary: string } => {
  const r = dataset.initiatives.find((x: { id: string }) => x.id === id);
  return lang === 'en' ? r : { ...r, ...r.translations[lang] };
};

/** The builds under test: where each is served, and its base path. */
const builds = (origin: string, subOrigin: string) => [
  { name: 'root', origin, base: '' },
  { name: '/explorer/', origin: subOrigin, base: '/explorer' },
];

/** Holds the app's wasm until `release()`: the served page is on screen, the app not started. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/**
 * How two screenshots differ: the pixels whose colour differs by more than a shade (8 of 255 in any
 * channel) — what a reader could see — and the largest difference of any pixel.
 */
function difference(a: Buffer, b: Buffer): { visible: number; largest: number } {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (x.width !== y.width || x.height !== y.height) return { visible: Infinity, largest: 255 };
  let visible = 0;
  let largest = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.max(Math.abs(x.data[i] - y.data[i]), Math.abs(x.data[i + 1] - y.data[i + 1]), Math.abs(x.data[i + 2] - y.data[i + 2]));
    largest = Math.max(largest, d);
    if (d > 8) visible += 1;
  }
  return { visible, largest };
}

/** Has the app take the page over without changing anything: a move in the history to where it is. */
async function takeOver(page: Page) {
  await appReady(page);
  await page.evaluate(() => dispatchEvent(new PopStateEvent('popstate')));
  await expect(page.locator('html')).toHaveClass(/app-started/);
}

async function scrollY(page: Page) {
  return page.evaluate(() => window.scrollY);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`every kind of page shows its content and says what needs JavaScript (${lang})`, async ({ staticPage: page, origin, subOrigin, allowConsole }) => {
      // The browser, not the page, refuses the app's script when JavaScript is off.
      allowConsole(/\.js csp$/);
      for (const build of builds(origin, subOrigin)) {
        const at = (path: string) => `${build.origin}${build.base}${prefix(lang)}${path}`;
        await page.goto(at('/initiatives'));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveClass(/no-js/);
        await expect(page.locator('.cards > li')).toHaveCount(dataset.initiatives.length);
        await expect(page.locator('.noscript-notice')).toBeVisible();
        // Controls that cannot work without it are not offered.
        for (const hidden of ['#search', '#filters', '.toolbar-controls', '.export-menu', '.compare-toggle']) {
          await expect(page.locator(hidden).first(), `${hidden} hidden`).toBeHidden();
        }
        await page.goto(at('/sectors'));
        await expect(page.locator('.cards > li')).toHaveCount(dataset.sectors.length);
        await page.goto(at('/initiatives/joint-economic-forum'));
        await expect(page.locator('h1')).toHaveText(wordsOf(lang, 'joint-economic-forum').name);
        await expect(page.locator('.record-summary')).toHaveText(wordsOf(lang, 'joint-economic-forum').summary);
        await expect(page.locator('.provenance blockquote').first()).toContainText('Joint Economic Forum | Facilitating dialogue');
        if (lang !== 'en') {
          // The English original is one step away, and every excerpt has its translation.
          await expect(page.locator('details.original summary')).toBeVisible();
          await expect(page.locator('.excerpt-translation')).toHaveCount(await page.locator('.provenance blockquote').count());
        }
        await expect(page.locator('.fields')).toBeVisible();
        await page.goto(at('/sources/liu-bin-musaeva-article'));
        await expect(page.locator('.source-text table')).toHaveCount(4);
        await expect(page.locator('mark.quote').first()).toBeVisible();
        await page.goto(at('/'));
        await expect(page.locator('.count-tiles li')).toHaveCount(3);
        await expect(page.locator('.home-search')).toBeHidden();
      }
    });
  }
});

test('the app takes over the served page without a visible change, on a phone and wide', async ({ staticPage: page, origin }) => {
  const downloads: string[] = [];
  page.on('request', (r) => { if (r.url().includes('cooperation.json')) downloads.push(r.url()); });
  for (const [width, path] of [[1280, '/initiatives'], [375, '/zh/initiatives'], [1280, '/initiatives/joint-economic-forum'], [375, '/sources/liu-bin-musaeva-article']] as const) {
    await page.setViewportSize({ width, height: 900 });
    const release = await holdWasm(page);
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('main h1')).toBeVisible();
    const before = await page.screenshot();
    release();
    await takeOver(page);
    // Effects the app runs once it has drawn (the compare toggles' state, the document's title).
    await page.waitForTimeout(300);
    const after = await page.screenshot();
    const changed = difference(before, after);
    if (changed.visible > 0) {
      const dir = join(ROOT, 'target/takeover-shots');
      mkdirSync(dir, { recursive: true });
      const name = `${width}${path.replaceAll('/', '_')}`;
      writeFileSync(join(dir, `${name}-before.png`), before);
      writeFileSync(join(dir, `${name}-after.png`), after);
    }
    // Text may be drawn again a shade apart (anti-aliasing); nothing a reader could see may change.
    expect(changed.visible, `${path} at ${width} px: pixels that change when the app takes over (largest difference ${changed.largest})`).toBe(0);
    await page.unrouteAll();
  }
  // The dataset was fetched once per page load: preloaded by the page, reused by the app.
  expect(downloads.length).toBe(4);
});

test('scroll position, focus and text typed before the takeover are kept', async ({ staticPage: page, origin }) => {
  let release = await holdWasm(page);
  await page.goto(origin + '/initiatives', { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.scrollTo(0, 900));
  const link = page.locator('.cards > li:nth-child(7) h3 a');
  await link.focus();
  await page.evaluate(() => window.scrollTo(0, 900));
  release();
  await takeOver(page);
  expect(await scrollY(page)).toBe(900);
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))).toBe(await link.getAttribute('href'));
  await page.unrouteAll();

  release = await holdWasm(page);
  await page.goto(origin + '/initiatives', { waitUntil: 'domcontentloaded' });
  await page.locator('#search').pressSequentially('festiv');
  await page.locator('#f-kind-cultural-programme').check();
  release();
  await appReady(page);
  await expect(page.locator('#search')).toHaveValue('festiv');
  // Focus stays where the reader left it: on the box they ticked last.
  await expect(page.locator('#f-kind-cultural-programme')).toBeFocused();
  await expect(page.locator('.cards > li')).toHaveCount(1);
  await expect(page).toHaveURL(origin + '/initiatives?q=festiv&kind=cultural-programme');
});

test('until a reader uses it, the served page stays as it is; the first use hands it to the app', async ({ staticPage: page, origin }) => {
  await page.goto(origin + '/initiatives');
  await appReady(page);
  await expect(page.locator('html')).toHaveClass(/app-armed/);
  await expect(page.locator('html')).not.toHaveClass(/app-started/);
  // A link of the site is followed by the app: no page load, the dataset not fetched again.
  let fetches = 0;
  page.on('request', (r) => { if (r.url().includes('cooperation.json')) fetches += 1; });
  await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
  await page.getByRole('link', { name: 'Joint Economic Forum' }).click();
  await expect(page).toHaveURL(origin + '/initiatives/joint-economic-forum');
  await expect(page.locator('html')).toHaveClass(/app-started/);
  await expect(page.locator('h1')).toHaveText('Joint Economic Forum');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(fetches).toBe(0);
  // A button pressed on a served page is pressed again on the live one.
  await page.goto(origin + '/initiatives');
  await appReady(page);
  await page.locator('.compare-toggle').first().click();
  await expect(page.locator('.compare-bar .chip')).toHaveCount(1);
  await expect(page).toHaveURL(/compare=belt-and-road-initiative/);
});

test('an address with a view state shows no results it excludes until the app applies it', async ({ staticPage: page, origin, subOrigin }) => {
  for (const build of builds(origin, subOrigin)) {
    const release = await holdWasm(page);
    await page.goto(`${build.origin}${build.base}/initiatives?status=recommended&mode=table`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.pending-view-note')).toBeVisible();
    await expect(page.locator('.cards')).toBeHidden();
    await expect(page.locator('.result-summary')).toBeHidden();
    release();
    await appReady(page);
    await expect(page.locator('.pending-view-note')).toBeHidden();
    await expect(page.locator('tbody tr')).toHaveCount(7);
    await page.unrouteAll();
  }
});

test('with the wasm blocked the page says so, stays readable and never shows what the address excludes', async ({ staticPage: page, origin, subOrigin, allowConsole }) => {
  allowConsole(/_bg\.wasm|Failed to fetch|WebAssembly|net::ERR_FAILED|Failed to load resource/);
  for (const build of builds(origin, subOrigin)) {
    await page.route('**/*_bg.wasm', (route) => route.abort());
    await page.goto(`${build.origin}${build.base}/initiatives?theme=economic`);
    const alert = page.locator('.startup-failed');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(page.locator('.cards')).toBeHidden();
    const without = page.locator('.pending-view-failed a');
    await expect(without).toBeVisible();
    await expect(without).toHaveAttribute('href', `${build.base}/initiatives`);
    // The same page without the state, and a record page, are readable as served.
    await without.click();
    await expect(page.locator('.startup-failed')).toBeVisible();
    await expect(page.locator('.cards > li')).toHaveCount(dataset.initiatives.length);
    await page.goto(`${build.origin}${build.base}/ru/initiatives/security-roundtable`);
    await expect(page.locator('.startup-failed')).toContainText('не смог запуститься');
    await expect(page.locator('blockquote').first()).toContainText('security Roundtable');
    await page.unrouteAll();
  }
});

/** A crawl of the built site from its home: every page reached by following `<a href>`. */
async function crawl(origin: string, base: string) {
  const pages = new Map<string, string>();
  const queue = [`${base}/`];
  while (queue.length) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const res = await fetch(origin + path);
    expect(res.status, `${path}: served`).toBe(200);
    const html = await res.text();
    pages.set(path, html);
    for (const [, raw] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = raw.replaceAll('&amp;', '&');
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const target = href.split(/[?#]/)[0];
      if (target.startsWith(base + '/') && !pages.has(target) && !target.startsWith(`${base}/data/`)) queue.push(target);
    }
  }
  return pages;
}

const attr = (html: string, re: RegExp) => html.match(re)?.[1]?.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

test('a crawl from the home page finds every page, in every language, each with its content, its own title and description, valid HTML', async ({ origin, subOrigin }) => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(SITE, ''));
  const records = dataset.initiatives.length + dataset.sectors.length + dataset.corridors.length;
  // Home, three lists, every record, the reader: in four languages. (The comparison page is served
  // too, for addresses naming records to compare, but holds nothing of its own to index.)
  expect(listed.length).toBe(4 * (1 + 3 + records + dataset.sources.length));
  for (const build of builds(origin, subOrigin)) {
    const pages = await crawl(build.origin, build.base);
    const found = [...pages.keys()].map((p) => p.slice(build.base.length) || '/').sort();
    expect(found, `${build.name}: the crawl reaches exactly the sitemap's pages`).toEqual([...listed].sort());
    for (const lang of LANGS) {
      const mine = [...pages].filter(([p]) => (p.slice(build.base.length).match(/^\/(zh|ru|ky)(\/|$)/)?.[1] ?? 'en') === lang);
      const titles = new Set(), descriptions = new Set();
      for (const [path, html] of mine) {
        expect(attr(html, /<html lang="([^"]+)"/), `${path}: <html lang>`).toBe(lang);
        expect(html, `${path}: a heading`).toMatch(/<h1[ >]/);
        expect(html, `${path}: its content, not the shell`).not.toContain('class="loading"');
        const title = attr(html, /<title>([^<]*)<\/title>/);
        const description = attr(html, /<meta name="description" content="([^"]*)"/);
        expect(description?.length, `${path}: a description`).toBeGreaterThan(10);
        expect(titles.has(title), `${path}: title "${title}" is its own`).toBe(false);
        expect(descriptions.has(description), `${path}: description "${description}" is its own`).toBe(false);
        titles.add(title);
        descriptions.add(description);
        const report = await validator.validateString(html, path);
        const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
        expect(problems, `${path}: valid HTML`).toEqual([]);
      }
    }
  }
});

test('each page\'s head names its canonical address, its languages and its link preview', async ({ origin, subOrigin }) => {
  for (const build of builds(origin, subOrigin)) {
    const path = `${build.base}/zh/initiatives/joint-economic-forum`;
    const html = await (await fetch(build.origin + path)).text();
    const record = dataset.initiatives.find((r: { id: string }) => r.id === 'joint-economic-forum');
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(`${SITE}${path}`);
    for (const lang of LANGS) {
      expect(attr(html, new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`))).toBe(`${SITE}${build.base}${prefix(lang)}/initiatives/joint-economic-forum`);
    }
    expect(attr(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/)).toBe(`${SITE}${build.base}/initiatives/joint-economic-forum`);
    // A link shared from the Chinese page previews the record in Chinese.
    expect(attr(html, /<meta property="og:title" content="([^"]+)"/)).toContain(record.translations.zh.name);
    expect(attr(html, /<meta property="og:description" content="([^"]+)"/)).toBe(record.translations.zh.summary);
    expect(attr(html, /<meta property="og:type" content="([^"]+)"/)).toBe('article');
    expect(attr(html, /<meta property="og:locale" content="([^"]+)"/)).toBe('zh_CN');
    expect([...html.matchAll(/og:locale:alternate/g)].length).toBe(3);
    expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(`${SITE}${path}`);
    expect(attr(html, /<meta property="og:image" content="([^"]+)"/)).toBe(`${SITE}${build.base}/share.png`);
    expect(attr(html, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    // The share image: a PNG of at least 1200 × 630, served beside the pages.
    const png = Buffer.from(await (await fetch(`${build.origin}${build.base}/share.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('the home page describes the dataset as schema.org JSON-LD, whose files are served', async ({ origin, subOrigin }) => {
  for (const build of builds(origin, subOrigin)) {
    for (const lang of LANGS) {
      const html = await (await fetch(`${build.origin}${build.base}${prefix(lang)}/`)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(blocks.length).toBe(1);
      const ld = JSON.parse(blocks[0][1]);
      expect(ld['@type']).toBe('Dataset');
      expect(ld.name).toBe(dataset.name);
      expect(ld.description.length).toBeGreaterThan(50);
      expect(ld.license).toMatch(/^https:\/\//);
      expect(ld.creator.name).toBeTruthy();
      expect(ld.isBasedOn[0]['@type']).toBe('NewsArticle');
      const formats = ld.distribution.map((d: { encodingFormat: string }) => d.encodingFormat);
      expect(formats).toEqual(['application/json', 'text/csv', 'text/csv', 'text/csv', 'application/schema+json']);
      for (const file of ld.distribution) {
        const res = await fetch(file.contentUrl.replace(SITE, build.origin));
        expect(res.status, file.contentUrl).toBe(200);
      }
    }
    // The CSV the build wrote is the app's own export: a header and one row per record.
    const csv = await (await fetch(`${build.origin}${build.base}/data/initiatives.csv`)).text();
    expect(csv.split('\r\n')[0]).toMatch(/^id,name,summary,kind,status,scope,/);
    expect(csv.trim().split('\r\n').length).toBeGreaterThan(dataset.initiatives.length);
  }
});

test('robots.txt names the sitemap, which gives every page its addresses in every language', async ({ origin }) => {
  const robots = await (await fetch(`${origin}/robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const entry = sitemap.split('<url>').find((u) => u.includes(`<loc>${SITE}/ky/sectors/energy</loc>`));
  expect(entry).toBeTruthy();
  for (const lang of LANGS) expect(entry).toContain(`hreflang="${lang}" href="${SITE}${prefix(lang)}/sectors/energy"`);
});

test('the host serves each page its file, a dataset’s own records the shell, and no page a 404 in its language', async ({ page, origin, subOrigin }) => {
  for (const build of builds(origin, subOrigin)) {
    const at = (path: string) => `${build.origin}${build.base}${path}`;
    const served = await fetch(at('/zh/initiatives'), { headers: { 'Accept-Encoding': 'br' } });
    expect(served.headers.get('cache-control')).toBe('no-cache');
    const missing = await fetch(at('/zh/nowhere/at/all'));
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(text).toContain('<html lang="zh"');
    expect(text).toContain('noindex');
    // A record no file has (one of another dataset): the shell, which the app renders.
    const shell = await fetch(at('/initiatives/initiative-7'));
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('noindex');
  }
  await page.goto(`${origin}/initiatives/initiative-7?data=e2e-data/synthetic-2000.json`);
  await expect(page.locator('main h1')).not.toHaveText('Cooperation Explorer', { timeout: 20_000 });
  await expect(page.locator('.provenance')).toBeVisible();
});
