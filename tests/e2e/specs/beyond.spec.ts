// Beyond the list: timeline, corridor map, charts, exports, compare, printing and bringing your own
// dataset — each honouring the same URL state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '../fixtures';

const ROOT = join(__dirname, '../../..');
const live = (page: Page) => page.getByRole('status').filter({ hasText: 'match' });

test('the timeline draws the dated initiatives in the source’s words and lists the rest', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?mode=timeline');
  const svg = page.getByRole('group', { name: 'Timeline chart' });
  await expect(svg).toBeVisible();
  await expect(svg.locator('rect.tl-bar')).toHaveCount(1);          // 2024-2026
  await expect(svg.locator('polygon.tl-launch')).toHaveCount(1);    // 2024 Launch
  await expect(svg.locator('.tl-row')).toHaveCount(6);
  await expect(svg.getByRole('link', { name: /^Student Exchange Programs\s*2024-2026$/ })).toBeVisible();
  await expect(svg.getByRole('link', { name: /^Cultural Festivals\s*Annual Events$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No timeline stated (33)' })).toBeVisible();
  // The table alternative has the same rows.
  await page.getByText('Timeline as a table').click();
  await expect(page.locator('.data-table tbody tr')).toHaveCount(6);
  // It follows the filters, and each bar opens its record.
  await page.getByRole('checkbox', { name: /^Cultural program/ }).check();
  await expect(svg.locator('.tl-row')).toHaveCount(3);
  await svg.getByRole('link', { name: /^Language Cooperation\s*2024 Launch$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Language Cooperation' })).toBeVisible();
});

test('map clicks filter by country and by corridor', async ({ page, origin }) => {
  // Uzbekistan takes part in initiatives only by inference: the map counts them with the switch on.
  await page.goto(origin + '/initiatives?mode=map&inferred=include');
  const map = page.getByRole('group', { name: /Schematic map/ });
  await map.getByRole('link', { name: 'Uzbekistan (3), activate to filter' }).click();
  await expect(page).toHaveURL(/party=uzbekistan&inferred=include&mode=map/);
  await expect(live(page)).toHaveText('3 initiatives match');
  await map.getByRole('link', { name: 'Uzbekistan (3), selected, activate to remove the filter' }).click();
  await expect(live(page)).toHaveText('39 initiatives match');
  await map.getByRole('link', { name: 'China–Kyrgyzstan–Uzbekistan Economic Corridor (3), activate to filter' }).click();
  await expect(page).toHaveURL(/corridor=china-kyrgyzstan-uzbekistan-economic-corridor/);
  await expect(live(page)).toHaveText('3 initiatives match');
  // Countries not named by the data are drawn but not links.
  await expect(map.getByRole('link', { name: /Kazakhstan/ })).toHaveCount(0);
  // The text alternative offers the same filters.
  await expect(page.locator('.map-alt').getByRole('link', { name: 'Kyrgyzstan', exact: true })).toBeVisible();
  // On the corridors view the route opens the corridor.
  await page.goto(origin + '/corridors?mode=map');
  await page.getByRole('link', { name: 'China–Kyrgyzstan–Uzbekistan Economic Corridor, activate to open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'China–Kyrgyzstan–Uzbekistan Economic Corridor' })).toBeVisible();
});

test('the corridor legend sits below the map, and each text-alternative heading comes right before its list', async ({ page, origin }) => {
  for (const path of ['/corridors?mode=map', '/ru/initiatives?mode=map']) {
    await page.goto(origin + path);
    const svg = page.locator('.map-svg');
    await expect(svg.locator('.legend-item')).toHaveCount(1);
    const boxes = await svg.evaluate((root) => {
      const divider = root.querySelector('.map-divider')!.getBoundingClientRect().top;
      const box = (sel: string) => [...root.querySelectorAll(sel)].map((e) => e.getBoundingClientRect());
      return {
        divider,
        map: [...box('.country'), ...box('.route')].map((r) => r.bottom),
        legend: box('.legend-item').map((r) => r.top),
      };
    });
    expect(boxes.map.length).toBeGreaterThan(3);
    for (const bottom of boxes.map) expect(bottom).toBeLessThanOrEqual(boxes.divider + 1);
    for (const top of boxes.legend) expect(top).toBeGreaterThanOrEqual(boxes.divider);
    const pairs = await page.locator('.map-alt h3').evaluateAll((hs) =>
      hs.map((h) => [h.nextElementSibling?.tagName, h.nextElementSibling?.getAttribute('aria-labelledby') === h.id]));
    expect(pairs).toEqual([['UL', true], ['UL', true]]);
  }
});

test('chart bars filter, and a second click removes the filter', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?mode=charts');
  await page.getByRole('link', { name: 'Cultural exchange 14' }).click();
  await expect(page).toHaveURL(/theme=cultural&mode=charts/);
  await expect(page.getByRole('link', { name: 'Cultural exchange 14' })).toHaveAttribute('aria-current', 'true');
  await expect(live(page)).toHaveText('14 initiatives match');
  const kind = page.getByRole('group', { name: 'Bar chart: Kind' });
  await expect(kind.getByRole('link', { name: 'Cultural program 6' })).toBeVisible();
  await page.getByRole('link', { name: 'Cultural exchange 14' }).click();
  await expect(live(page)).toHaveText('39 initiatives match');
  await page.getByText('Sector counts as a table').click();
  await expect(page.locator('figure').filter({ hasText: 'by sector' }).locator('tbody tr')).toHaveCount(5);
});

async function download(page: Page, label: string): Promise<[string, string]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = await file.path();
  return [file.suggestedFilename(), readFileSync(path!, 'utf8')];
}

test('exports of the current selection, checked by content', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?status=recommended&sort=name');
  await expect(page.locator('.cards > li')).toHaveCount(7);
  await page.getByText('Export & cite').click();

  const [csvName, csv] = await download(page, 'CSV (spreadsheets)');
  expect(csvName).toBe('cooperation-initiatives-7.csv');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('id,name,summary,kind,status,scope,themes,sectors,corridors,parties,timeline,start_year,end_year,recurrence,outcomes,related,inferred_links,source,section,excerpt,url');
  expect(lines).toHaveLength(8);
  expect(lines[1].startsWith('comprehensive-fiscal-policies,A comprehensive approach to fiscal policies,')).toBe(true);
  expect(csv).toContain(`${origin}/initiatives/bilateral-economic-advisory-council`);

  const [, json] = await download(page, 'JSON (reloadable dataset)');
  const dataset = JSON.parse(json);
  expect(dataset.schema_version).toBe(1);
  expect(dataset.initiatives).toHaveLength(7);
  expect(dataset.initiatives.every((r: { status: string }) => r.status === 'recommended')).toBe(true);

  const [, csl] = await download(page, 'CSL-JSON (Zotero, Pandoc)');
  const items = JSON.parse(csl);
  expect(items).toHaveLength(8);
  expect(items[0].URL).toBe(page.url());
  expect(items[1].title).toBe('A comprehensive approach to fiscal policies');

  const [bibName, bib] = await download(page, 'BibTeX');
  expect(bibName).toBe('cooperation-initiatives-7.bib');
  expect(bib.match(/@misc\{/g)).toHaveLength(8);
  expect(bib).toContain('@misc{bilateral-economic-advisory-council,');
});

test('the JSON export loads back as a dataset', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?theme=security');
  await page.getByText('Export & cite').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON (reloadable dataset)' }).click()]);
  const path = await file.path();
  await page.goto(origin + '/');
  await page.getByLabel('Choose a file or drop it here').setInputFiles(path!);
  await expect(page.locator('.dataset-name')).toContainText('(the file');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Initiatives' }).click();
  await expect(live(page)).toHaveText('5 initiatives match');
});

test('compare two to four records side by side, kept in the URL', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?q=cultural+festival');
  await page.getByRole('button', { name: 'Compare Cultural Festival', exact: true }).click();
  await page.getByRole('button', { name: 'Compare Cultural Festivals' }).click();
  await expect(page).toHaveURL(/compare=cultural-festival,cultural-festivals/);
  await expect(page.getByRole('button', { name: 'Compare Cultural Festival', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Compare side by side →' }).click();
  await expect(page).toHaveURL(origin + '/compare?compare=cultural-festival,cultural-festivals');
  const table = page.getByRole('table');
  await expect(table.locator('thead th')).toHaveCount(2);
  await expect(table).toContainText('Task-force initiative');
  await expect(table).toContainText('Annual Events');
  await page.reload();
  await expect(page.getByRole('table').locator('thead th')).toHaveCount(2);
  await page.getByRole('link', { name: 'Remove from the comparison: Cultural Festival', exact: true }).click();
  await expect(page.getByRole('table').locator('thead th')).toHaveCount(1);
});

test('a compare toggle pressed by keyboard keeps focus and tells its state', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?q=cultural+festival');
  const toggle = page.getByRole('button', { name: 'Compare Cultural Festival', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/compare=cultural-festival(&|$)/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('✓ Comparing');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveText('Compare');
  await expect(toggle).toBeFocused();
  await expect(page).not.toHaveURL(/compare=/);
});

test('a dataset’s words are shown as text in the cards and the table, never as markup', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const data = JSON.parse(readFileSync(join(ROOT, 'public/data/cooperation.json'), 'utf8'));
  const name = 'Markup <img src=x onerror="window.__pwned=1"> & \'quotes\'';
  const summary = '<script>window.__pwned=2</script> Fish & <b>chips</b> &amp;';
  data.initiatives[0].name = name;
  data.initiatives[0].summary = summary;
  await page.getByLabel('Choose a file or drop it here').setInputFiles({
    name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(page.locator('.dataset-name')).toContainText('the file markup.json');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Initiatives' }).click();
  await page.getByLabel('Search initiatives').fill('markup');
  const card = page.locator('.cards > li');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(name);
  await expect(card.locator('h3 mark')).toHaveText('Markup');
  await expect(card.locator('.summary')).toHaveText(summary);
  await expect(card.locator('img, script, b')).toHaveCount(0);
  await page.getByRole('link', { name: 'Table', exact: true }).click();
  const row = page.locator('.results-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('th')).toHaveText(name);
  await expect(row.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('print emulation shows the results as a report without controls', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?theme=environmental');
  await expect(page.locator('.cards > li')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.locator('.search')).toBeHidden();
  await expect(page.locator('.site-header .primary-nav')).toBeHidden();
  await expect(page.locator('.language-switcher')).toBeHidden();
  await expect(page.locator('.cards > li')).toHaveCount(3);
  await expect(page.locator('.cards > li').first()).toBeVisible();
  await expect(page.locator('.active-filters')).toContainText('Theme: Environment and climate');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.filters')).toBeVisible();
});

test('a valid file replaces the dataset; its name is shown with a way back', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const file = readFileSync(join(ROOT, 'target/e2e-data/synthetic-2000.json'));
  await page.getByLabel('Choose a file or drop it here').setInputFiles({ name: 'synthetic.json', mimeType: 'application/json', buffer: file });
  await expect(page.locator('.dataset-name')).toContainText('Synthetic cooperation dataset (2000 initiatives, seed 42)');
  await expect(page.locator('.dataset-name')).toContainText('the file synthetic.json');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Initiatives' }).click();
  await expect(live(page)).toHaveText('2,000 initiatives match');
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(page.locator('.dataset-name')).toContainText('(bundled)');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Initiatives' }).click();
  await expect(live(page)).toHaveText('39 initiatives match');
});

test('an invalid file is rejected with line and column; the dataset in use stays', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await expect(page.locator('.dataset-name')).toContainText('(bundled)');
  await page.getByLabel('Choose a file or drop it here').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "schema_version": 1,\n  "name": "x",\n  oops\n}'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not use the file broken.json');
  await expect(alert).toContainText('line 4, column 3');
  await expect(alert).toContainText('The dataset you were using is still loaded.');
  await expect(page.locator('.dataset-name')).toContainText('Cooperation named in one news article on China–Kyrgyzstan relations');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('a hostile file is rejected with JSON paths and nothing runs', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const hostile = JSON.parse(readFileSync(join(ROOT, 'public/data/cooperation.json'), 'utf8'));
  hostile.__proto__injected = true;
  hostile.initiatives[0].name = 'Cultural \u202Elavitsef';
  hostile.initiatives[1].sectors = ['enrgy'];
  hostile.initiatives[2].summary = '<img src=x onerror="window.__pwned=1">';
  hostile.initiatives[3].id = hostile.initiatives[4].id;
  const buffer = Buffer.from(JSON.stringify(hostile).replace('"__proto__injected"', '"__proto__"'));
  await page.getByLabel('Choose a file or drop it here').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('unknown field `__proto__`');
  await expect(alert).toContainText(/initiatives\[0\]\.name \(line 1, column \d+\): contains a bidirectional control character \(U\+202E\)/);
  // Found after parsing, the problem is placed at the value its path names (one line: JSON.stringify).
  await expect(alert).toContainText(/initiatives\[1\]\.sectors\[0\] \(line 1, column \d+\): unknown sector "enrgy"/);
  await expect(alert).toContainText(/initiatives\[4\]\.id \(line 1, column \d+\): duplicate id/);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.dataset-name')).toContainText('(bundled)');
});

test('drag and drop opens a file; a file over the limit is refused before reading', async ({ page, origin }) => {
  await page.goto(origin + '/');
  const text = readFileSync(join(ROOT, 'target/e2e-data/synthetic-2000.json'), 'utf8');
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator('.dataset-name')).toContainText('the file dropped.json');
  await page.evaluate(() => {
    const big = new Blob([new Uint8Array(64 * 1024 * 1024 + 1)]);
    const dt = new DataTransfer();
    dt.items.add(new File([big], 'huge.json', { type: 'application/json' }));
    document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('The file is 67,108,865 bytes; the limit is 64 MiB (67,108,864 bytes).');
  await expect(page.locator('.dataset-name')).toContainText('the file dropped.json');
});

test('a dataset address loads from the server with progress, and a bad one fails cleanly', async ({ page, origin, allowConsole }) => {
  allowConsole(/status of 404/);
  // Hold the response back a moment so the progress indicator can be seen.
  await page.route('**/e2e-data/synthetic-20000.json', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto(origin + '/');
  await page.getByLabel('Or load from an address').fill('e2e-data/synthetic-20000.json');
  await page.getByRole('button', { name: 'Load' }).click();
  await expect(page.locator('.dataset-loading')).toContainText('Loading the dataset at e2e-data/synthetic-20000.json');
  await expect(live(page)).toHaveText('20,000 initiatives match', { timeout: 20_000 });
  await expect(page).toHaveURL(/\/initiatives\?data=e2e-data\/synthetic-20000\.json$/);
  await page.goto(origin + '/initiatives?data=e2e-data/missing.json');
  await expect(page.getByRole('alert')).toContainText('The server answered 404 Not Found for');
});

for (const [what, path, ready] of [
  ['timeline', '/initiatives?mode=timeline', 'svg'],
  ['charts', '/initiatives?mode=charts&theme=cultural', 'svg'],
  ['map', '/initiatives?mode=map&party=kyrgyzstan', 'svg'],
  ['corridor map', '/corridors?mode=map', 'svg'],
  ['sector charts', '/sectors?mode=charts', 'svg'],
  ['compare', '/compare?compare=energy,joint-economic-forum,china-kyrgyzstan-uzbekistan-economic-corridor', 'table'],
  ['home with open-dataset panel', '/', '.drop-zone'],
  ['export menu open', '/initiatives?compare=energy,tourism', '.compare-bar'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: ${what} (${scheme})`, async ({ page, origin }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(origin + path);
      await expect(page.locator(ready).first()).toBeVisible();
      if (what === 'export menu open') await page.getByText('Export & cite').click();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe: a rejected upload (alert with problems)', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await page.getByLabel('Choose a file or drop it here').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 2}') });
  await expect(page.getByRole('alert')).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
