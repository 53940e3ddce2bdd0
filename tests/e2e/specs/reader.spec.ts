// The source in the app: "Read in context" lands on the passage, highlighted and focused, and Back
// returns; the reader highlights every distinct excerpt and shows the article's tables as tables; a
// dataset whose excerpt is not in its source's text is rejected with the path; the home page's one
// search finds sectors and initiatives and reloads to the same results. At / and under /explorer/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '../fixtures';

const ROOT = join(__dirname, '../../..');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const dataset = () => JSON.parse(readFileSync(join(ROOT, 'public/data/cooperation.json'), 'utf8'));

/** Every distinct (section, excerpt) of the bundled dataset: what the reader highlights. */
function distinctExcerpts(): Set<string> {
  const d = dataset();
  const out = new Set<string>();
  for (const key of ['initiatives', 'sectors', 'corridors', 'themes', 'parties']) {
    for (const r of d[key]) for (const p of r.provenance) out.add(`${p.section ?? ''}\u0000${p.excerpt}`);
  }
  return out;
}

async function audit(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

for (const [where, prefix] of [['at /', ''], ['under /explorer/', '/explorer']] as const) {
  test(`read in context lands on the highlighted, focused passage, and Back returns (${where})`, async ({ page, origin, subOrigin }) => {
    const base = (prefix ? subOrigin : origin) + prefix;
    await page.goto(`${base}/initiatives/security-roundtable`);
    const excerpt = (await page.locator('.provenance blockquote').first().textContent())!;
    await page.getByRole('link', { name: 'Read in context' }).first().click();
    await expect(page).toHaveURL(`${base}/sources/liu-bin-musaeva-article?passage=security-roundtable`);
    const current = page.locator('mark.quote.current');
    await expect(current.first()).toBeFocused();
    // The passage spans two table cells: together they are the record's excerpt.
    const text = (await current.allTextContents()).join(' | ');
    expect(text).toBe(excerpt);
    await expect(current.first()).toBeInViewport();
    await expect(page.locator('.passage-note')).toContainText('Security Roundtable');
    await page.goBack();
    await expect(page).toHaveURL(`${base}/initiatives/security-roundtable`);
    await expect(page.getByRole('heading', { level: 1, name: 'Security Roundtable' })).toBeVisible();
  });
}

test('the reader highlights every distinct excerpt and renders the article’s tables as tables', async ({ page, origin }) => {
  await page.goto(origin + '/sources/liu-bin-musaeva-article');
  const text = page.locator('.source-text');
  await expect(text.locator('table')).toHaveCount(4);
  await expect(text.locator('table').first().locator('thead th')).toHaveText(['Initiative', 'Description']);
  await expect(text.locator('h2')).toHaveCount(7);
  await expect(text.locator('ul')).toHaveCount(5);
  // One highlight starts per distinct excerpt (a passage split across table cells starts once).
  const starts = await page.evaluate(() =>
    [...document.querySelectorAll('.source-text .quoted-by')].length);
  expect(starts).toBe(distinctExcerpts().size);
  // Typos stay; each highlighted passage links to the records quoting it.
  await expect(text).toContainText('This encounter not onyl highlights');
  await expect(page.locator('.quoted-by').first().getByRole('link').first()).toHaveAttribute('href', /^\/(initiatives|sectors|corridors|themes|parties)?/);
  // The header says what is not stated, and lists the records citing the source.
  await expect(page.locator('.record-header')).toContainText('publication date not stated');
  await expect(page.locator('.citing')).toContainText('Joint Economic Forum');
  await audit(page, 'reader');
});

test('the overview home says what is inside, and its one search finds sectors and initiatives', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await expect(page.locator('.count-tile')).toHaveText([/39\s*initiatives/, /5\s*sectors/, /1\s*economic corridor/]);
  await expect(page.locator('.home-timeline li')).toHaveCount(6);
  await expect(page.locator('.home-themes li').first()).toContainText('Economic');
  await expect(page.getByRole('link', { name: 'Read the source' })).toBeVisible();
  await audit(page, 'home');
  await page.getByLabel('Search initiatives, sectors, corridors and the source').fill('energy');
  await expect(page).toHaveURL(origin + '/?q=energy');
  const groups = page.locator('.result-group');
  await expect(groups.filter({ hasText: /sector/ }).getByRole('link', { name: 'Energy', exact: true })).toBeVisible();
  await expect(groups.filter({ hasText: /initiative/ }).getByRole('link', { name: 'Joint ventures in renewable energy' })).toBeVisible();
  await expect(groups.filter({ hasText: /passage/ }).locator('mark').first()).toHaveText(/energy/i);
  await audit(page, 'home with results');
  const before = await groups.allTextContents();
  await page.reload();
  await expect(page.getByLabel('Search initiatives, sectors, corridors and the source')).toHaveValue('energy');
  await expect(groups).toHaveText(before);
  // A passage result opens the reader at that block with the words marked.
  await groups.filter({ hasText: /passage/ }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/sources\/liu-bin-musaeva-article\?q=energy&block=\d+$/);
  await expect(page.locator('mark.find').first()).toBeVisible();
  await expect(page.locator('[id^=block-]:focus')).toHaveCount(1);
});

test('a dataset whose excerpt is not in its source text is rejected with the path', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const d = dataset();
  d.initiatives[5].provenance[0].excerpt = 'words the article never says';
  await page.getByLabel('Choose a file or drop it here').setInputFiles({
    name: 'misquoted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /initiatives\[5\]\.provenance\[0\]\.excerpt \(line 1, column \d+\): is not in the text of source "liu-bin-musaeva-article" word for word/);
  await expect(page.locator('.dataset-name')).toContainText('(bundled)');
  // Without the text (and the translations of its passages, one of which no record quotes now),
  // the same dataset loads, and the reader says the text is not included.
  delete d.sources[0].text;
  delete d.sources[0].translations;
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByLabel('Choose a file or drop it here').setInputFiles({
    name: 'no-text.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)),
  });
  await expect(page.locator('.dataset-name')).toContainText('(the file no-text.json)');
  await page.getByRole('link', { name: 'Read the source' }).click();
  await expect(page.locator('.notice')).toContainText('The text of this source is not included in the dataset');
  await audit(page, 'reader without text');
});
