// Draws the web app manifest's icons from public/favicon.svg with Debian's Chromium: 192 and 512 px,
// and a 512 px "maskable" one whose mark sits in the safe zone (the inner 80 %) on the brand colour,
// for launchers that cut icons into circles or squircles.
// Run it after changing the mark: `node scripts/app-icons.mjs` (from tests/e2e's node_modules).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';

const at = (name) => fileURLToPath(new URL(`../public/${name}`, import.meta.url));
const mark = readFileSync(at('favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#1d4e89' : 'transparent'}">
    <div style="width:${inner}px;height:${inner}px">${mark.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`);
  await page.screenshot({ path: at(name), omitBackground: !maskable });
  await page.close();
  console.log(`wrote public/${name}`);
}
await browser.close();
