// The citations the app exports, read by real citation tools: the CSL-JSON rendered by citeproc-js
// (through citation-js) in APA and in Harvard author-date style, the BibTeX read back by
// citation-js's BibTeX parser. A citation names the dataset's publisher as its author and its
// version date as its date, so no style falls back to "n.d." or puts the title in the author's place.
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { test, expect, type Page } from '../fixtures';

async function download(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

test('CSL-JSON renders in APA and Harvard with an author and a date; BibTeX parses to the same', async ({ page, origin }) => {
  await page.goto(origin + '/initiatives?status=recommended&sort=name');
  await expect(page.locator('.cards > li')).toHaveCount(7);
  await page.getByText('Export & cite').click();

  const csl = JSON.parse(await download(page, 'CSL-JSON (Zotero, Pandoc)'));
  expect(csl).toHaveLength(8);
  const record = csl.find((i: { id: string }) => i.id === 'bilateral-economic-advisory-council');
  const cite = new Cite(record);
  const apa: string = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  // APA for a dataset: Author. (Year). Title [Dataset]. In the dataset. URL — the publisher, being
  // the author, is not named again.
  expect(apa).toMatch(/^Cooperation Explorer\. \(2026\)\. Bilateral economic advisory council \[Dataset\]\. In Cooperation named in one news article on China–Kyrgyzstan relations\. http/);
  expect(apa).toContain(`${origin}/initiatives/bilateral-economic-advisory-council`);
  expect(apa).not.toContain('n.d.');
  expect(apa.split('Bilateral economic advisory council').length - 1).toBe(1);
  const harvard: string = cite.format('bibliography', { format: 'text', template: 'harvard1', lang: 'en-US' });
  expect(harvard).toMatch(/^Cooperation Explorer \(2026\) “Bilateral economic advisory council,” Cooperation named in one news article/);
  expect(harvard).not.toContain('n.d.');
  // In-text: (Cooperation Explorer, 2026).
  expect(cite.format('citation', { format: 'text', template: 'apa', lang: 'en-US' })).toBe('(Cooperation Explorer, 2026)');

  // The whole export: every item has the author and the date.
  const all: string = new Cite(csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  expect(all.trim().split('\n')).toHaveLength(8);
  expect(all).not.toContain('n.d.');

  const bib = await download(page, 'BibTeX');
  const parsed = new Cite(bib).data as Array<Record<string, any>>;
  expect(parsed).toHaveLength(8);
  const entry = parsed.find((e) => e.id === 'bilateral-economic-advisory-council')!;
  expect(entry.title).toBe('Bilateral economic advisory council');
  expect(JSON.stringify(entry.author)).toContain('Cooperation Explorer');
  expect(entry.issued['date-parts'][0].slice(0, 2)).toEqual([2026, 12]);
  expect(entry.URL ?? entry.note).toBeTruthy();
  const fromBib: string = new Cite(entry).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
  expect(fromBib).toMatch(/^Cooperation Explorer\. \(2026, December\)\. Bilateral economic advisory council/);
  expect(fromBib).not.toContain('n.d.');
});
