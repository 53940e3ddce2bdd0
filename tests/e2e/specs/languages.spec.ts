// The interface in four languages: for each, a journey (switch language, search, a facet, table sort,
// a record page, reload keeps the language) with axe-core WCAG 2.2 AA at zero violations, and, in
// Chinese, Russian and Kyrgyz, no English interface word visible outside content marked lang="en".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady, type Page } from '../fixtures';
import { LOCALES, msg, type Tag } from '../ftl';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const NATIVE: Record<Tag, string> = { en: 'English', zh: '中文', ru: 'Русский', ky: 'Кыргызча' };
/** The bundled dataset: records' names in each language come from its translations. */
const DATA = JSON.parse(readFileSync(join(__dirname, '../../../public/data/cooperation.json'), 'utf8'));
const nameOf = (tag: Tag, id: string): string => {
  const r = DATA.initiatives.find((x: { id: string }) => x.id === id);
  return tag === 'en' ? r.name : r.translations[tag].name;
};
/** The first initiative by name, as the language sorts (by its words, case and punctuation aside;
 * Chinese in the radical-and-stroke order of Unicode's ideographs). */
const FIRST_BY_NAME: Record<Tag, string> = {
  en: 'A comprehensive approach to fiscal policies',
  zh: '“一带一路”倡议',
  ru: 'Взаимные туристические пакеты',
  ky: 'Айыл чарба соодасы',
};
/** A language's path prefix: English pages are unprefixed, the others under their tag. */
const at = (tag: Tag) => (tag === 'en' ? '' : `/${tag}`);

async function audit(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

/** Latin words of the interface shown (or announced) outside content marked lang="en". */
async function englishWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Product and format names stay as they are in every language, and so do the words the user
    // searched for (their own input, echoed in chips and suggestions).
    const typed = (new URLSearchParams(location.search).get('q') ?? '').match(/[A-Za-z]{2,}/g) ?? [];
    // A translation may quote the source's own word ("“mutual”（相互、双向）"): a quotation.
    const quoted = /“[A-Za-z -]+”|«[A-Za-z -]+»/g;
    // Names of a standard and of a licence: "JSON Schema", "MIT".
    const names = /JSON Schema|\bMIT\b/g;
    const allowed = new Set(['CSV', 'JSON', 'SVG', 'PNG', 'CSL', 'BibTeX', 'Zotero', 'Pandoc', 'id', 'KiB', 'MiB', 'Shift', 'UTF', ...typed]);
    const found: string[] = [];
    const outsideEnglish = (el: Element) => !el.closest('[lang="en"], code, script, style, noscript');
    const shown = (el: Element) =>
      el.closest('option') !== null || el.getClientRects().length > 0 || el.closest('.visually-hidden') !== null;
    const add = (text: string | null) => {
      for (const w of (text ?? '').replace(quoted, '').replace(names, '').match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.has(w)) found.push(w);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (el && outsideEnglish(el) && shown(el)) add(walker.currentNode.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (outsideEnglish(el)) add(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
    }
    // The title names the record a page shows, which cannot be marked as English there.
    const own = [...document.querySelectorAll('h1[lang="en"]')].map((h) => h.textContent ?? '');
    add(own.reduce((t, name) => t.replace(name, ''), document.title));
    return found;
  });
}

for (const tag of LOCALES) {
  test(`journey in ${NATIVE[tag]}: switch, search, filter, sort, open, reload`, async ({ page, origin }) => {
    await page.goto(origin + '/initiatives');
    await expect(page.locator('.cards > li')).toHaveCount(39);
    // Switch with the header's switcher, by keyboard: open it, then follow the language's link.
    const switcher = page.getByRole('navigation', { name: 'Language' });
    await switcher.locator('summary').focus();
    await page.keyboard.press('Enter');
    const link = switcher.getByRole('link', { name: NATIVE[tag] });
    await expect(link).toBeVisible();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${origin}${at(tag)}/initiatives`);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(tag, 'nav-initiatives'));
    await expect(page).toHaveTitle(`${msg(tag, 'nav-initiatives')} · ${msg(tag, 'app-name')}`);
    // Search and a facet.
    await page.getByLabel(msg(tag, 'search-initiatives')).fill('festival');
    await expect(page.locator('.cards > li')).toHaveCount(3);
    await page.locator('#f-kind-cultural-programme').check();
    await expect(page.locator('.cards > li')).toHaveCount(1);
    await expect(page).toHaveURL(`${origin}${at(tag)}/initiatives?q=festival&kind=cultural-programme`);
    await expect(page.locator('.active-filters')).toContainText(msg(tag, 'kind-cultural-programme'));
    await audit(page, `${tag} filtered cards`);
    if (tag !== 'en') expect(await englishWords(page), `${tag}: English words on the list`).toEqual([]);
    // The table, sorted by name.
    await page.getByRole('link', { name: msg(tag, 'mode-table'), exact: true }).click();
    await page.getByLabel(msg(tag, 'search-initiatives')).fill('');
    await page.locator('#f-kind-cultural-programme').uncheck();
    await expect(page.locator('tbody tr')).toHaveCount(39);
    await page.getByRole('button', { name: msg(tag, 'sort-by', { column: msg(tag, 'column-name') }) }).click();
    await expect(page.locator('th[aria-sort=ascending]')).toContainText(msg(tag, 'column-name'));
    await expect(page.locator('tbody th').first()).toHaveText(FIRST_BY_NAME[tag]);
    await expect(page).toHaveURL(`${origin}${at(tag)}/initiatives?sort=name&mode=table`);
    await audit(page, `${tag} sorted table`);
    if (tag !== 'en') expect(await englishWords(page), `${tag}: English words on the table`).toEqual([]);
    // A record page, in the language: its name and summary translated (the English original one
    // step away), its excerpts verbatim English, each with its translation.
    await page.getByRole('link', { name: nameOf(tag, 'joint-economic-forum'), exact: true }).click();
    const h1 = page.getByRole('heading', { level: 1, name: nameOf(tag, 'joint-economic-forum') });
    await expect(h1).not.toHaveAttribute('lang');
    await expect(page.locator('.provenance blockquote').first()).toHaveAttribute('lang', 'en');
    if (tag !== 'en') {
      await expect(page.locator('.excerpt-translation')).toHaveCount(await page.locator('.provenance blockquote').count());
      const original = page.locator('details.original');
      await original.locator('summary').click();
      await expect(original.locator('[lang="en"]')).toContainText('Joint Economic Forum');
    } else {
      await expect(page.locator('.excerpt-translation, details.original')).toHaveCount(0);
    }
    await expect(page.getByRole('heading', { level: 2, name: msg(tag, 'provenance-title') })).toBeVisible();
    await expect(page).toHaveURL(`${origin}${at(tag)}/initiatives/joint-economic-forum`);
    await audit(page, `${tag} record page`);
    if (tag !== 'en') expect(await englishWords(page), `${tag}: English words on a record page`).toEqual([]);
    // Reload keeps the language; Back returns to the sorted table in it.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.getByRole('heading', { level: 2, name: msg(tag, 'provenance-title') })).toBeVisible();
    await page.goBack();
    await expect(page.locator('th[aria-sort=ascending]')).toContainText(msg(tag, 'column-name'));
  });

  if (tag === 'en') continue;

  test(`no English interface word in ${NATIVE[tag]} on the other pages`, async ({ page, origin, allowConsole }) => {
    allowConsole(/status of 404/); // the page that does not exist is served so
    for (const path of [
      '/',
      '/?q=energy',
      '/sectors?mode=table',
      '/corridors',
      '/initiatives?mode=timeline',
      '/initiatives?mode=charts',
      '/initiatives?mode=map',
      '/initiatives?q=festival&status=recommended',
      '/initiatives?theme=nope',
      '/sources/liu-bin-musaeva-article?passage=joint-economic-forum',
      '/compare?compare=energy,joint-economic-forum',
      '/corridors/china-kyrgyzstan-uzbekistan-economic-corridor',
      '/no-such-page',
    ]) {
      await page.goto(`${origin}${at(tag)}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      expect(await englishWords(page), `${tag} ${path}`).toEqual([]);
    }
  });

  test(`the phone layout holds in ${NATIVE[tag]} from 320 px`, async ({ page, origin }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/initiatives', '/initiatives?mode=table', '/initiatives/joint-economic-forum', '/corridors', '/sources/liu-bin-musaeva-article']) {
      await page.goto(`${origin}${at(tag)}${path}`);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${tag} ${path}`).toBeLessThanOrEqual(0);
    }
  });
}

test('the address names the language, whatever the browser prefers; an old ?lang= link moves to its address in place', async ({ browser, origin }) => {
  // A shared link opens in the language it names, for every reader.
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(origin + '/sectors');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(origin + '/ru/sectors');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ru', 'nav-sectors'));
  // An old link: the same view at the language's address, the history entry replaced.
  await page.goto(origin + '/initiatives?lang=ky&status=recommended');
  await appReady(page);
  const entries = await page.evaluate(() => history.length);
  await expect(page).toHaveURL(origin + '/ky/initiatives?status=recommended');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ky', 'nav-initiatives'));
  await expect(page.locator('.cards > li')).toHaveCount(7);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await context.close();
});

test('switching language keeps the view and does not fetch the dataset again', async ({ page, origin }) => {
  let fetches = 0;
  page.on('request', (r) => { if (r.url().endsWith('/data/cooperation.json')) fetches += 1; });
  await page.goto(origin + '/initiatives?theme=cultural&mode=table');
  await expect(page.locator('tbody tr')).toHaveCount(14);
  for (const tag of ['zh', 'ky', 'ru', 'en'] as const) {
    const switcher = page.getByRole('navigation', { name: /Language|语言|Язык|Тил/ });
    await switcher.locator('summary').click();
    await switcher.getByRole('link', { name: NATIVE[tag] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('tbody tr')).toHaveCount(14);
  }
  await expect(page).toHaveURL(origin + '/initiatives?theme=cultural&mode=table');
  expect(fetches).toBe(1);
});

test('Russian counts follow the plural rules and group thousands', async ({ page, origin }) => {
  await page.goto(origin + '/ru/initiatives?data=e2e-data/synthetic-2000.json');
  await expect(page.getByRole('status').filter({ hasText: 'Найдено' })).toHaveText('Найдено: 2\u00a0000 инициатив', { timeout: 20_000 });
  await page.goto(origin + '/ru/initiatives?status=recommended');
  await expect(page.getByRole('status').filter({ hasText: 'Найдено' })).toHaveText('Найдено: 7 инициатив');
  await page.goto(origin + '/ru/initiatives?q=roundtable');
  await expect(page.getByRole('status').filter({ hasText: 'Найдено' })).toHaveText('Найдено: 2 инициативы');
  await page.goto(origin + '/ru/corridors');
  await expect(page.locator('.result-summary')).toHaveText('Всего: 1 экономический коридор');
  await page.goto(origin + '/corridors');
  await expect(page.locator('.result-summary')).toHaveText('1 economic corridor');
});

test('a translated vocabulary word finds records in any language', async ({ page, origin }) => {
  await page.goto(origin + '/zh/sectors');
  await page.getByLabel(msg('zh', 'search-sectors')).fill('能源');
  await expect(page.locator('.cards > li')).toHaveCount(1);
  await expect(page.locator('.card h3')).toHaveText('能源');
  await page.goto(origin + '/ky/initiatives');
  await page.getByLabel(msg('ky', 'search-initiatives')).fill('энергетика');
  await expect(page.locator('.cards > li')).toHaveCount(1);
});

test('a record is found by its name in any language, whatever the interface’s', async ({ page, origin }) => {
  const searches: Array<[string, string, string]> = [
    ['', '一带一路', 'Belt and Road Initiative'],
    ['/zh', '«Пояс и путь»', '“一带一路”倡议'],
    ['/ru', 'Бир алкак', 'Инициатива «Пояс и путь»'],
    ['/ky', 'Belt and Road', '«Бир алкак, бир жол» демилгеси'],
  ];
  for (const [at, q, first] of searches) {
    await page.goto(`${origin}${at}/initiatives`);
    await page.locator('#search').fill(q);
    await expect(page).toHaveURL(new RegExp(`${at}/initiatives\\?q=`));
    await expect(page.locator('.cards > li h3').first()).toHaveText(first);
  }
  // The party facet lists the people by their names in the language.
  await page.goto(`${origin}/zh/initiatives`);
  await expect(page.locator('#facet-party')).toContainText('中国');
});
