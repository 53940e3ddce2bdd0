// The phone (375 × 667): the search box and the first result are in the first screen of every list
// view; the filters sit behind a button that counts the active ones and opens them as a modal panel
// (focus inside, Tab cycles, Escape closes and returns focus), and the layout passes axe.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '../fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function audit(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
  // Also the order of headings, with the filters (and their heading) folded away.
  const order = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
  expect(order.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

/** Whether an element lies wholly within the first screen (no scrolling). */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

test.use({ viewport: { width: 375, height: 667 } });

for (const lang of ['en', 'ru', 'ky', 'zh']) {
  for (const view of ['initiatives', 'sectors', 'corridors']) {
    test(`${view} (${lang}): the search box and the first result are in the first screen`, async ({ page, origin }) => {
      await page.goto(`${origin}${lang === 'en' ? '' : `/${lang}`}/${view}`);
      await expect(page.locator('.cards > li').first()).toBeVisible();
      expect(await inFirstScreen(page, '.search input'), 'search box').toBe(true);
      expect(await inFirstScreen(page, '.cards > li h3'), 'first result').toBe(true);
      // The facets are not on the way: they wait behind the button.
      await expect(page.locator('#filters')).toBeHidden();
      await expect(page.locator('#filters-button')).toBeVisible();
    });
  }
}

test('the filters open as a modal panel, keep focus, close on Escape and count what is active', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?q=cult');
  await expect(page.locator('.cards > li').first()).toBeVisible();
  const button = page.locator('#filters-button');
  await expect(button).toHaveText('Filters (1)');
  await expect(button).toHaveAttribute('aria-label', 'Filters, 1 active');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Filter' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#filters-close')).toBeFocused();
  await audit(page, 'open panel');
  // Tab cycles inside: backwards from the first control lands on the last.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.locator('.panel-done')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filters-close')).toBeFocused();
  // Choosing a facet counts it; the panel stays open until closed.
  await dialog.getByRole('checkbox', { name: /^Cultural exchange/ }).check();
  await expect(page).toHaveURL(/theme=cultural/);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.panel-done')).toHaveText(/^Show \d+ initiatives?$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveText('Filters (2)');
  await audit(page, 'closed panel');
  // The done button closes it too, back to the results.
  await button.click();
  await page.locator('.panel-done').click();
  await expect(page.locator('#filters')).toBeHidden();
  await expect(button).toBeFocused();
});

test('no horizontal scroll from 320 px on every page', async ({ page, origin }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/?q=energy', '/initiatives', '/initiatives?mode=table', '/initiatives?mode=charts', '/initiatives?mode=map', '/initiatives/joint-economic-forum', '/sectors', '/corridors', '/sources/liu-bin-musaeva-article', '/compare?compare=energy,tourism']) {
    await page.goto(origin + path);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
