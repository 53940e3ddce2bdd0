// Journeys through the explorer: find, filter, open, go back; share a link; sort by keyboard;
// empty results; hostile links; loading and failure; large synthetic datasets.
import { test, expect, type Page } from '../fixtures';

const cards = (page: Page) => page.locator('.cards > li');
const summary = (page: Page) => page.locator('.result-summary');

test('search → filter → open a record → back restores the view', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives');
  await expect(cards(page)).toHaveCount(39);
  await page.getByLabel('Search initiatives').fill('festival');
  await expect(cards(page)).toHaveCount(3);
  await expect(page).toHaveURL(/\?q=festival$/);
  await page.getByRole('checkbox', { name: /Cultural program/ }).check();
  await expect(cards(page)).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=festival&kind=cultural-programme$/);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 initiative match');
  await page.getByRole('link', { name: 'Cultural Festivals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cultural Festivals' })).toBeVisible();
  await expect(page.locator('blockquote').first()).toHaveText(
    'Cultural Festivals: Organizing joint festivals showcasing art, music, and cuisine, celebrating the rich traditions of both nations.');
  await expect(page).toHaveTitle('Cultural Festivals · Cooperation Explorer');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=festival&kind=cultural-programme$/);
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByLabel('Search initiatives')).toHaveValue('festival');
  await expect(page.getByRole('checkbox', { name: /Cultural program/ })).toBeChecked();
});

test('typing does not flood history: one back leaves the search', async ({ page, origin }) => {
  await page.goto(origin + '/');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Initiatives' }).click();
  await expect(cards(page)).toHaveCount(39);
  await page.getByLabel('Search initiatives').pressSequentially('security', { delay: 20 });
  await expect(page).toHaveURL(/\?q=security$/);
  await page.goBack();
  await expect(page).toHaveURL(origin + '/');
});

test('a copied link reproduces the same view after reload', async ({ page, origin, context }) => {
  await page.goto(origin + '/initiatives');
  await page.getByRole('checkbox', { name: /^Economic/ }).check();
  await page.getByRole('checkbox', { name: /^Recommended/ }).check();
  await page.getByRole('link', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(page.locator('th[aria-sort=ascending]')).toHaveCount(1);
  // The address is written just after the view is painted.
  const url = origin + '/initiatives?theme=economic&status=recommended&sort=name&mode=table';
  await expect(page).toHaveURL(url);
  const rows = await page.locator('tbody th').allTextContents();
  expect(rows).toHaveLength(5);
  // Reload, and open the copied link in a fresh page.
  await page.reload();
  await expect(page.locator('tbody th')).toHaveText(rows);
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('tbody th')).toHaveText(rows);
  await expect(other.getByRole('checkbox', { name: /^Economic/ })).toBeChecked();
  await expect(other.locator('th[aria-sort=ascending]')).toContainText('Name');
  await other.close();
});

test('the table sorts by keyboard, with a secondary key on shift', async ({ page, origin }) => {
  await page.goto(origin + '/sectors?mode=table');
  await expect(page.locator('tbody tr')).toHaveCount(5);
  const sortName = page.getByRole('button', { name: 'Sort by Name' });
  await sortName.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody th')).toHaveText(['Agriculture', 'Energy', 'Infrastructure', 'Technology', 'Tourism']);
  await expect(page.locator('th').filter({ hasText: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: /Name, sorted ascending/ }).press('Enter');
  await expect(page.locator('th').filter({ hasText: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('tbody th').first()).toHaveText('Tourism');
  // Initiatives count descending, then name as a second key (shift).
  await page.getByRole('button', { name: 'Sort by Initiatives' }).press('Enter');
  await page.getByRole('button', { name: /Initiatives, sorted ascending/ }).press('Enter');
  await page.getByRole('button', { name: 'Sort by Name' }).press('Shift+Enter');
  await expect(page).toHaveURL(/sort=-initiatives,name/);
  await expect(page.locator('tbody th')).toHaveText(['Infrastructure', 'Technology', 'Tourism', 'Agriculture', 'Energy']);
  // The header stays visible while the table scrolls (sticky).
  await expect(page.locator('thead th').first()).toHaveCSS('position', 'sticky');
});

test('zero results name the filter to drop, and dropping it brings results back', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?q=festival&status=recommended');
  await expect(page.getByRole('heading', { name: 'No initiatives match these filters' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('0 initiatives match');
  const drop = page.getByRole('link', { name: 'Remove the status filter' });
  await expect(drop.locator('..')).toContainText('3 initiatives');
  await drop.click();
  await expect(cards(page)).toHaveCount(3);
});

test('a hostile link is cleaned up with a notice, never a blank page', async ({ page, origin, allowConsole }) => {
  // The host answers the nonsense path below with its not-found page (404), which the app renders.
  allowConsole(/status of 404/);
  // nginx (like most hosts) refuses request lines over 8 KB with 414, before the app runs; a
  // 100 KB query can still reach the app from a link inside it, so push it through history.
  await page.goto(`${origin}/initiatives`);
  await expect(cards(page)).toHaveCount(39);
  await page.evaluate(() => {
    const long = 'A'.repeat(100_000);
    history.pushState(null, '', `/initiatives?q=${long}&theme=economic,enrgy&from=abc&page=0&%E0%A4%A=1&sort=colour&mode=grid&q=again`);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Initiatives' })).toBeVisible();
  const notice = page.locator('.notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveCount(8);
  await expect(notice).toContainText('theme=enrgy');
  await expect(page).toHaveURL(origin + '/initiatives?theme=economic');
  // 15 state the economic theme (three more, the Belt and Road Initiative among them, are inferred,
  // so not counted).
  await expect(cards(page)).toHaveCount(15);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // Unknown record ids and nonsense paths are pages too, not crashes.
  await page.goto(`${origin}/sectors/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(page.getByRole('heading', { name: 'No sector with this id' })).toBeVisible();
  await expect(page.locator('main')).toContainText('<script>alert(1)</script>');
});

test('every record page shows its provenance and links both ways', async ({ page, origin }) => {
  await page.goto(origin + '/sectors/technology');
  await expect(page.getByRole('heading', { level: 1, name: 'Technology' })).toBeVisible();
  await page.getByRole('link', { name: 'Investment in tech startups and digital infrastructure' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Investment in tech startups and digital infrastructure' })).toBeVisible();
  await expect(page.locator('.fields')).toContainText('China–Kyrgyzstan–Uzbekistan Economic Corridor');
  await page.getByRole('link', { name: 'China–Kyrgyzstan–Uzbekistan Economic Corridor' }).click();
  await expect(page.locator('.fields')).toContainText('China → Kyrgyzstan → Uzbekistan');
  await expect(page.locator('blockquote').first()).toContainText('Moreover,discussions also ventured');
});

test('loading shows progress; a failed load shows the error and Retry recovers', async ({ page, origin, allowConsole }) => {
  allowConsole(/status of 503/);
  let fail = true;
  await page.route('**/e2e-data/synthetic-2000.json', async (route) => {
    if (fail) {
      await new Promise((r) => setTimeout(r, 1500));
      await route.fulfill({ status: 503, body: 'unavailable' });
    } else {
      await route.continue();
    }
  });
  await page.goto(origin + '/initiatives?data=e2e-data/synthetic-2000.json');
  await expect(page.getByText('Loading the dataset…')).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not use' });
  await expect(alert).toContainText('Could not use the dataset at e2e-data/synthetic-2000.json');
  await expect(alert).toContainText('503');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(cards(page)).toHaveCount(50);
});

test('without the bundled dataset the served page stays readable and says the app could not start', async ({ page, origin, allowConsole }) => {
  allowConsole(/status of 503/);
  await page.route('**/data/cooperation.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(origin + '/initiatives');
  await expect(page.locator('.startup-failed')).toBeVisible();
  await expect(page.locator('.startup-failed')).toHaveAttribute('role', 'alert');
  await expect(cards(page)).toHaveCount(39);
  await expect(page.locator('html')).not.toHaveClass(/app-started/);
});

test('a synthetic dataset loads from ?data= and the DOM stays bounded', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?data=e2e-data/synthetic-20000.json&per=100');
  await expect(summary(page)).toContainText('1–100 of 20,000 initiatives', { timeout: 20_000 });
  await expect(page.locator('.dataset-name')).toContainText('Synthetic cooperation dataset (20000 initiatives');
  const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
  expect(await nodes()).toBeLessThan(3000);
  await page.getByRole('link', { name: 'Table', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(100);
  expect(await nodes()).toBeLessThan(3000);
  // Navigation keeps the dataset.
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Sectors' }).click();
  await expect(page).toHaveURL(/\/sectors\?data=e2e-data\/synthetic-20000\.json$/);
  await expect(summary(page)).toContainText('All 40 sectors');
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Sectors' }).click();
  await expect(summary(page)).toContainText('All 5 sectors');
});

test('usable at 320 px wide without horizontal scrolling', async ({ page, origin }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/', '/initiatives', '/initiatives?mode=table', '/initiatives/joint-economic-forum', '/corridors']) {
    await page.goto(origin + path);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('keyboard: skip link, visible focus ring, facets and search reachable', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives');
  await expect(cards(page)).toHaveCount(39);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(origin + '/initiatives');
  await page.getByRole('checkbox', { name: /^Economic/ }).focus();
  await page.keyboard.press('Space');
  await expect(cards(page)).toHaveCount(15);
});
