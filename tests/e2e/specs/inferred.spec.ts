// Stated and inferred links: what an excerpt states is counted by default; links read from context
// are marked "inferred" with their reason on cards, table and record pages, can be counted with one
// switch (kept in the URL), and travel in the exports. The format's JSON Schema ships with the site.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '../fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const live = (page: Page) => page.getByRole('status').filter({ hasText: 'match' });

async function audit(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

const partyOption = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Party' }).locator('li').filter({ hasText: name });

test('facets count stated links by default; the switch counts inferred ones, in the URL', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives');
  await expect(live(page)).toHaveText('39 initiatives match');
  const toggle = page.getByRole('checkbox', { name: 'Count links inferred from context' });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(/only what an excerpt states/);
  // No excerpt says Uzbekistan takes part in an initiative: it counts 0 until inferred links count.
  await expect(partyOption(page, 'Uzbekistan').locator('.facet-count')).toHaveText('0');
  await toggle.check();
  await expect(page).toHaveURL(/[?&]inferred=include/);
  await expect(partyOption(page, 'Uzbekistan').locator('.facet-count')).toHaveText('3');
  await page.getByRole('checkbox', { name: /^Uzbekistan/ }).check();
  await expect(live(page)).toHaveText('3 initiatives match');
  // Reload: the view comes back from the URL.
  await page.reload();
  await expect(live(page)).toHaveText('3 initiatives match');
  await expect(page.getByRole('checkbox', { name: 'Count links inferred from context' })).toBeChecked();
  // Switching it off again: Uzbekistan is stated for none of them.
  await page.getByRole('checkbox', { name: 'Count links inferred from context' }).uncheck();
  await expect(live(page)).toHaveText('0 initiatives match');
  await expect(page).not.toHaveURL(/inferred=/);
});

test('cards mark inferred links and tell why, by keyboard', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?party=uzbekistan&inferred=include');
  const card = page.locator('.card').filter({ hasText: 'Mutual tourism packages' });
  await expect(card.locator('.chip[data-inferred]')).toHaveText(/Trilateral.*inferred/);
  const summary = card.locator('summary');
  await expect(summary).toHaveText('2 inferred links, and why');
  const reason = card.getByText('“mutual” reads as two-sided');
  await expect(reason).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(reason).toBeVisible();
  await expect(card.locator('.inferred-note li').first()).toContainText('Parties: Uzbekistan');
  await audit(page, 'cards with an open disclosure');
  // The record page is linked with the switch on.
  await card.getByRole('link', { name: 'Mutual tourism packages' }).click();
  await expect(page).toHaveURL(/\/initiatives\/mutual-tourism-packages\?inferred=include$/);
});

test('a record page marks each inferred link and lists the reasons', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives/joint-economic-projects');
  const fields = page.locator('dl.fields');
  const parties = fields.locator('dd').nth(6);
  await expect(parties.locator('li').filter({ hasText: 'China' })).toContainText('inferred');
  await expect(parties.locator('li').filter({ hasText: 'Central Asia' })).not.toContainText('inferred');
  const section = page.getByRole('region', { name: 'Inferred links' });
  await expect(section.locator('li')).toHaveCount(2);
  await expect(section).toContainText('Parties: China — The section opens with Liu Bin’s meeting with the Ambassador “of Kyrgyzstan to China”');
  await audit(page, 'record page with inferred links');
  // A record whose links are all stated has no such section.
  await page.goto(origin + '/initiatives/student-exchange-programs');
  await expect(page.locator('.provenance')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inferred links' })).toHaveCount(0);
  await expect(page.locator('.inferred-tag')).toHaveCount(0);
});

test('the corridor page and the table mark inferred links too', async ({ page, origin }) => {
  await page.goto(origin + '/corridors/china-kyrgyzstan-uzbekistan-economic-corridor');
  await expect(page.locator('dl.fields li').filter({ hasText: 'Infrastructure and connectivity' })).toContainText('inferred');
  await expect(page.getByRole('region', { name: 'Inferred links' })).toContainText('The corridor is named after three countries');
  await page.goto(origin + '/initiatives?mode=table&kind=corridor-framework');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    await expect(row.locator('td').nth(2)).toHaveText(/Trilateral.*inferred/);
  }
});

test('in Russian the marker, the section and the reasons speak Russian', async ({ page, origin }) => {
  await page.goto(origin + '/ru/initiatives/renewable-energy-joint-ventures');
  const section = page.getByRole('region', { name: 'Связи по контексту' });
  await expect(section).toBeVisible();
  await expect(page.locator('.inferred-tag').first()).toHaveText('по контексту');
  // The dataset translates the reasons: shown in Russian, not marked English.
  const reason = section.locator('.inferred-reason').first();
  await expect(reason).not.toHaveAttribute('lang');
  await expect(reason).toHaveText(/^[А-Яа-яЁё]/);
  await audit(page, 'record page in Russian');
});

test('compare marks inferred links; the home page counts themes as their links do', async ({ page, origin }) => {
  await page.goto(origin + '/compare?compare=mutual-tourism-packages,cultural-festival');
  const table = page.getByRole('table');
  const parties = table.locator('tr').filter({ has: page.locator('th', { hasText: 'Parties' }) });
  await expect(parties.locator('td').first()).toContainText(/Uzbekistan\s*≈?\s*inferred/);
  await expect(parties.locator('td').nth(1)).not.toContainText('inferred');
  for (const [query, n] of [['', '15'], ['?inferred=include', '18']]) {
    await page.goto(origin + '/' + query);
    const economic = page.locator('.home-themes li').filter({ hasText: 'Economic' });
    await expect(economic.locator('.facet-count')).toHaveText(n);
    await economic.getByRole('link').click();
    await expect(live(page)).toHaveText(`${n} initiatives match`);
  }
});

async function download(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test('CSV and JSON exports carry which links are inferred, and why', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?kind=corridor-framework');
  await expect(page.locator('.cards > li')).toHaveCount(3);
  await page.getByText('Export & cite').click();
  const csv = await download(page, 'CSV (spreadsheets)');
  const header = csv.split('\r\n')[0].split(',');
  expect(header).toContain('inferred_links');
  expect(csv).toContain('parties: Uzbekistan — The row is in the framework of the corridor named after');
  expect(csv).toContain('scope: Trilateral (China–Kyrgyzstan–Uzbekistan) — Read from the three-country corridor');
  const dataset = JSON.parse(await download(page, 'JSON (reloadable dataset)'));
  const strand = dataset.initiatives.find((r: { id: string }) => r.id === 'mutual-tourism-packages');
  expect(strand.inferred).toEqual(expect.arrayContaining([
    expect.objectContaining({ field: 'parties', value: 'uzbekistan' }),
    expect.objectContaining({ field: 'scope', value: 'trilateral' }),
  ]));
});

test('the JSON Schema ships beside the dataset that names it', async ({ page, origin, subOrigin }) => {
  for (const base of [origin, subOrigin + '/explorer']) {
    const data = await (await page.request.get(base + '/data/cooperation.json')).json();
    expect(data.$schema).toBe('schema.json');
    const response = await page.request.get(base + '/data/schema.json');
    expect(response.ok()).toBe(true);
    const schema = await response.json();
    expect(schema.title).toBe('Cooperation Explorer dataset');
    expect(schema.$defs.Inferred.required).toEqual(['field', 'value', 'reason']);
  }
});
