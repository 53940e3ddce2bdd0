// axe-core with the WCAG 2.2 AA rule tags: zero violations on every view and mode, in the light and
// the dark colour scheme.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '../fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function audit(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, what).toEqual([]);
}

const PAGES: [string, string, string][] = [
  ['home', '/', 'h1'],
  ['initiatives cards', '/initiatives', '.cards'],
  ['initiatives table', '/initiatives?mode=table&sort=-status', 'table'],
  ['filtered with chips', '/initiatives?q=cult&theme=cultural&from=2024', '.cards'],
  ['sectors cards', '/sectors', '.cards'],
  ['sectors table', '/sectors?mode=table', 'table'],
  ['corridors', '/corridors', '.cards'],
  ['initiative detail', '/initiatives/student-exchange-programs', '.provenance'],
  ['sector detail', '/sectors/technology', '.provenance'],
  ['corridor detail', '/corridors/china-kyrgyzstan-uzbekistan-economic-corridor', '.provenance'],
  ['empty result', '/initiatives?q=festival&status=recommended', '.empty-state'],
  ['notice', '/initiatives?theme=nope', '.notice'],
  ['not found', '/no-such-page', 'h1'],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [what, path, ready] of PAGES) {
    test(`axe: ${what} (${scheme})`, async ({ page, origin, allowConsole }) => {
      allowConsole(/status of 404/); // the page that does not exist is served so
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(origin + path);
      await expect(page.locator(ready).first()).toBeVisible();
      await audit(page, `${what} ${scheme}`);
    });
  }

  test(`axe: load error (${scheme})`, async ({ page, origin, allowConsole }) => {
    allowConsole(/status of 503/);
    await page.emulateMedia({ colorScheme: scheme });
    await page.route('**/e2e-data/synthetic-2000.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(origin + '/initiatives?data=e2e-data/synthetic-2000.json');
    await expect(page.getByRole('alert')).toBeVisible();
    await audit(page, `load error ${scheme}`);
  });
}

test('reduced motion stops the loading spinner', async ({ page, origin }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route('**/e2e-data/synthetic-2000.json', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(origin + '/initiatives?data=e2e-data/synthetic-2000.json');
  const spinner = page.locator('.spinner').first();
  await expect(spinner).toBeVisible();
  const duration = await spinner.evaluate((el) => getComputedStyle(el).animationDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
});

test('landmarks and headings are in order', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives');
  await expect(page.locator('.cards')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('search')).toHaveCount(1);
  const levels = await page.locator('main h1, main h2, main h3').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  // Seven facets, the year range and the switch for inferred links.
  await expect(page.locator('fieldset.facet legend')).toHaveCount(7 + 1 + 1);
});
