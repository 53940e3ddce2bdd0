// Draws public/share.png, the picture link previews show for every page (1200 × 630, the size Open
// Graph and Twitter cards ask for), with Debian's Chromium: the app's mark and name, what it holds,
// and its four languages (Noto CJK draws the Chinese: `apt-get install fonts-noto-cjk`).
// Run it after changing the design: `node scripts/share-image.mjs` (from tests/e2e's node_modules).
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../public/share.png', import.meta.url));
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; background: #1d4e89; color: #fff;
         font-family: "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; display: flex; }
  .card { margin: 72px 80px; display: flex; flex-direction: column; justify-content: space-between; flex: 1; }
  .top { display: flex; align-items: center; gap: 28px; }
  h1 { font-size: 76px; margin: 0; letter-spacing: -1px; }
  p { font-size: 34px; line-height: 1.35; margin: 0; max-width: 1000px; color: #e8eef7; }
  .langs { font-size: 30px; color: #f2c14e; }
</style></head><body><div class="card">
  <div class="top"><svg width="120" height="120" viewBox="0 0 32 32"><circle cx="11" cy="16" r="6" fill="none" stroke="#fff" stroke-width="3"/><circle cx="21" cy="16" r="6" fill="none" stroke="#f2c14e" stroke-width="3"/></svg><h1>Cooperation Explorer</h1></div>
  <p>China, Kyrgyzstan and the China–Kyrgyzstan–Uzbekistan economic corridor: every initiative, sector and recommendation one news article names, each with the passage it comes from.</p>
  <div class="langs">English · 中文 · Русский · Кыргызча</div>
</div></body></html>`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
