// What a reader takes away: a chart, the timeline or the map as an SVG and a PNG (each file parsed:
// the SVG as XML, self-contained, with its title, filters, source line and address drawn in; the PNG
// by its header and with pngjs, at least 1200 px wide), in two languages; a view embedded in a page
// of another origin from the code the app gives; the site offline after one visit (a reload, a page
// never opened, a new deploy picked up); and the dataset's files on the home page, with their sizes.
// Each for the site root and the /explorer/ build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { test, expect, appReady, type Page } from '../fixtures';
import { msg, type Tag } from '../ftl';
import { startStaticHost } from '../nginx';

const ROOT = join(__dirname, '../../..');
const dataset = JSON.parse(readFileSync(join(ROOT, 'public/data/cooperation.json'), 'utf8'));
const prefix = (tag: Tag) => (tag === 'en' ? '' : `/${tag}`);

/** Clicks `button` and returns the file it downloads: its name and bytes. */
async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<[string, Buffer]> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return [file.suggestedFilename(), readFileSync((await file.path())!)];
}

/** Parses an SVG document in the page; returns its text and whether it parsed. */
async function parseSvg(page: Page, svg: string) {
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    // Its text without white space: a long caption is broken into lines (between words, or between
    // any two characters in Chinese), which the comparisons below must not depend on.
    const text = (doc.documentElement.textContent ?? '').replace(/\s+/g, '');
    return { ok: !error && doc.documentElement.localName === 'svg', text, lang: doc.documentElement.getAttribute('xml:lang') };
  }, svg);
}

for (const [label, base] of [['root', ''], ['/explorer/', '/explorer']] as const) {
  for (const tag of ['en', 'zh'] as Tag[]) {
    test(`pictures of the charts, the timeline and the map as SVG and PNG (${tag}, ${label})`, async ({ page, origin, subOrigin }) => {
      const site = base ? subOrigin : origin;
      const source = tag === 'en' ? dataset.sources[0].name : dataset.sources[0].translations[tag].name;
      const pictures: Array<[string, string, string]> = [
        ['?mode=charts&status=recommended', msg(tag, 'chart-title', { view: msg(tag, 'nav-initiatives'), facet: msg(tag, 'facet-theme') }), 'chart-theme'],
        // (A plural message: its words for 6, as each file has them.)
        ['?mode=timeline', tag === 'en' ? 'Timeline: 6 initiatives state when' : '时间线：6 项倡议说明了时间', 'timeline'],
        ['?mode=map&status=potential', msg(tag, 'map-title'), 'map'],
      ];
      for (const [query, title, name] of pictures) {
        await page.goto(`${site}${base}${prefix(tag)}/initiatives${query}`);
        const address = page.url();
        const svgButton = page.getByRole('button', { name: `${msg(tag, 'picture-svg')}${tag === 'zh' ? '：' : ': '}${title}` });
        const [svgName, svg] = await download(page, svgButton);
        expect(svgName).toBe(`cooperation-initiatives-${name}.svg`);
        const parsed = await parseSvg(page, svg.toString('utf8'));
        expect(parsed.ok, `${name}.svg parses`).toBe(true);
        expect(parsed.lang).toBe(tag);
        const has = (words: string) => expect(parsed.text).toContain(words.replace(/\s+/g, ''));
        has(title);
        has(msg(tag, 'picture-source', { source, app: msg(tag, 'app-name') }));
        has(address);
        if (query.includes('status=')) has(msg(tag, query.includes('recommended') ? 'status-recommended' : 'status-potential'));
        else has(msg(tag, 'picture-no-filters'));
        // Self-contained: nothing outside it is linked or loaded.
        expect(svg.toString('utf8')).not.toMatch(/\shref=|xlink:href|url\(|<image|<a[\s>]|@import/);
        const pngButton = page.getByRole('button', { name: `${msg(tag, 'picture-png')}${tag === 'zh' ? '：' : ': '}${title}` });
        const [pngName, png] = await download(page, pngButton);
        expect(pngName).toBe(`cooperation-initiatives-${name}.png`);
        expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        const image = PNG.sync.read(png);
        expect(image.width, `${name}.png width`).toBeGreaterThanOrEqual(1200);
        const svgWidth = Number(svg.toString('utf8').match(/<svg[^>]*\swidth="([\d.]+)"/)![1]);
        expect(image.width).toBe(Math.ceil(svgWidth * Math.max(2, 1200 / svgWidth)));
      }
    });
  }

  test(`a page of another origin embeds a filtered view from the app's code (${label})`, async ({ page, staticPage, origin, subOrigin, request }) => {
    const site = base ? subOrigin : origin;
    await page.goto(`${site}${base}/initiatives?status=recommended`);
    await page.getByText('Export & cite').click();
    await page.getByText('Embed this view').click();
    const code = page.getByRole('textbox', { name: 'Embed this view' });
    await expect(code).toHaveValue(/<iframe src="/);
    const snippet = await code.inputValue();
    expect(snippet).toContain(`src="${site}${base}/embed/initiatives?status=recommended"`);
    expect(snippet).toContain('title="Initiatives — Cooperation Explorer"');
    // The page of another site (another origin on this machine: Chromium keeps public pages from
    // framing loopback addresses) with the code pasted into an article.
    const article = `<!DOCTYPE html><html lang="en"><head><title>An article</title></head><body><h1>An article</h1><p>Text.</p>${snippet}<p>More text.</p></body></html>`;
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const embedder = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(embedder).not.toBe(site);
    await staticPage.goto(`${embedder}/article`);
    const frame = staticPage.frameLocator('iframe');
    await expect(frame.locator('.cards > li')).toHaveCount(7);
    await expect(frame.locator('h1')).toHaveText('Initiatives');
    await expect(frame.locator('.embed-filters')).toContainText('Status: Recommended');
    await expect(frame.locator('.site-header, .filters, #search')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: /Compare/ })).toHaveCount(0);
    await expect(frame.locator('.embed-footer')).toContainText('via Cooperation Explorer');
    await expect(frame.locator('a.embed-open')).toHaveAttribute('target', '_blank');
    await expect(frame.locator('a.embed-open')).toHaveAttribute('href', `${base}/initiatives?status=recommended`);
    // The frame grew to the view's height: no scrollbar inside it.
    await expect.poll(async () => {
      const outer = await staticPage.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.locator('html').evaluate((h) => h.scrollHeight);
      return Math.abs(outer - inner) <= 2 && outer > 600;
    }).toBe(true);
    // A record opens in a new tab, not in the frame.
    const [tab] = await Promise.all([staticPage.context().waitForEvent('page'), frame.locator('.cards h3 a').first().click()]);
    await expect(tab).toHaveURL(new RegExp(`${base}/initiatives/[a-z-]+`));
    await tab.close();
    // In another language, the embed's own links (the next page) stay in it.
    await page.goto(`${site}${base}/zh/embed/initiatives?per=25`);
    await page.locator('.pagination a[rel=next]').click();
    await expect(page).toHaveURL(new RegExp(`^${site}${base}/zh/embed/initiatives\\?(per=25&page=2|page=2&per=25)$`));
    await expect(page.locator('.cards > li')).toHaveCount(39 - 25);
    // Only the embeddable pages may be framed by other sites.
    const csp = async (path: string) => (await request.get(`${site}${base}${path}`)).headers()['content-security-policy'];
    expect(await csp('/embed/initiatives')).toContain('frame-ancestors *');
    expect(await csp('/zh/embed/sectors')).toContain('frame-ancestors *');
    expect(await csp('/initiatives')).toContain("frame-ancestors 'self'");
    server.close();
  });

  test(`the home page offers the dataset's files with their sizes and the licence (${label})`, async ({ page, origin, subOrigin, request, allowConsole }) => {
    const site = base ? subOrigin : origin;
    await page.goto(`${site}${base}/`);
    const section = page.getByRole('region', { name: 'The data' });
    const links = section.getByRole('link');
    const files = ['cooperation.json', 'initiatives.csv', 'sectors.csv', 'corridors.csv', 'parties.csv', 'schema.json'];
    await expect(links).toHaveCount(files.length + 1);
    for (const [i, name] of files.entries()) {
      const link = links.nth(i);
      await expect(link).toHaveAttribute('href', `${base}/data/${name}`);
      const bytes = (await (await request.get(`${site}${base}/data/${name}`)).body()).length;
      // The size it says is the file's (KiB, rounded up).
      await expect(section.locator('li').nth(i)).toContainText(`${Math.ceil(bytes / 1024)} KiB`);
    }
    await expect(links.last()).toHaveAttribute('href', 'https://opensource.org/license/mit');
    // The same sizes when the app started from a page without a canonical link (the not-found page).
    const shown = await section.locator('li').allInnerTexts();
    allowConsole(/status of 404/); // the not-found page is served with the status it is
    await page.goto(`${site}${base}/no-such-page`);
    await page.locator('a.brand').click();
    await expect(section.locator('li')).toHaveText(shown);
    // The CSV is the app's own export: the parties with their excerpts.
    const parties = (await (await request.get(`${site}${base}/data/parties.csv`)).text()).trimEnd().split('\r\n');
    expect(parties[0]).toBe('id,name,kind,role,country,inferred_links,source,section,excerpt');
    expect(parties).toHaveLength(dataset.parties.length + 1);
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  /** Waits until the service worker controls the page (its first install done). */
  async function controlled(page: Page) {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
  }

  for (const [label, base] of [['root', ''], ['/explorer/', '/explorer']] as const) {
    test(`after one visit, a reload and a page never opened work offline (${label})`, async ({ page, context, origin, subOrigin, allowConsole }) => {
      const site = base ? subOrigin : origin;
      allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR_FAILED/);
      await page.goto(`${site}${base}/initiatives`);
      await controlled(page);
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('.cards > li')).toHaveCount(dataset.initiatives.length);
      await page.locator('#search').fill('festival');
      await expect(page.locator('.cards > li')).toHaveCount(3);
      // A record page in another language, never opened: its page was kept.
      await page.goto(`${site}${base}/zh/initiatives/joint-economic-forum`);
      await expect(page.locator('h1')).toHaveText(dataset.initiatives.find((r: { id: string }) => r.id === 'joint-economic-forum').translations.zh.name);
      // An address with a view state: the kept page, with the app applying the state.
      await page.goto(`${site}${base}/sectors?mode=table`);
      await expect(page.locator('tbody tr')).toHaveCount(dataset.sectors.length);
      await context.setOffline(false);
    });
  }

  test('a new deploy is picked up on the next visit', async ({ page, context, allowConsole }) => {
    allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR_FAILED/);
    // A host of our own over a copy of the build, to deploy a change to.
    const dir = mkdtempSync(join(tmpdir(), 'coop-deploy-'));
    const dist = join(dir, 'dist');
    cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    const host = await startStaticHost([{ dist }]);
    try {
      const site = host.origins[0];
      await page.goto(`${site}/initiatives`);
      await controlled(page);
      const before = await page.evaluate(async () => (await caches.keys()).join());
      // The deploy: a page changes, and so the worker (its version names every file's bytes).
      const file = join(dist, 'ru/sectors/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p id="deployed">new</p></main>'));
      for (const ext of ['.br', '.gz']) rmSync(file + ext);
      const sw = join(dist, 'sw.js');
      writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0000000000000000"'));
      for (const ext of ['.br', '.gz']) rmSync(sw + ext, { force: true });
      // The next visit: the browser checks the worker, installs the new one, which takes over.
      await page.goto(`${site}/sectors`);
      await expect.poll(() => page.evaluate(async () => (await caches.keys()).join()), { timeout: 20_000 }).not.toBe(before);
      await expect.poll(() => page.evaluate(async () => (await caches.keys()).join())).toBe('cooperation-explorer-0000000000000000');
      // Offline, the changed page (never opened) comes from the new deploy.
      await context.setOffline(true);
      await page.goto(`${site}/ru/sectors`);
      await expect(page.locator('#deployed')).toHaveCount(1);
      await context.setOffline(false);
    } finally {
      await host.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('the web app manifest names the app, its icons and its scope under the base path', async ({ request, origin, subOrigin }) => {
  for (const [site, base] of [[origin, '/'], [subOrigin, '/explorer/']]) {
    const html = await (await request.get(`${site}${base}`)).text();
    expect(html).toContain(`<link rel="manifest" href="${base}manifest.webmanifest" />`);
    expect(html).toMatch(/<meta name="theme-color" media="\(prefers-color-scheme: dark\)"/);
    const served = await request.get(`${site}${base}manifest.webmanifest`);
    expect(served.headers()['content-type']).toBe('application/manifest+json');
    const manifest = await served.json();
    expect(manifest).toMatchObject({ name: 'Cooperation Explorer', short_name: 'Cooperation', start_url: base, scope: base, display: 'standalone' });
    for (const icon of manifest.icons) {
      const png = PNG.sync.read(Buffer.from(await (await request.get(`${site}${icon.src}`)).body()));
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
    const sw = await request.get(`${site}${base}sw.js`);
    expect(sw.headers()['cache-control']).toBe('no-cache');
  }
});
