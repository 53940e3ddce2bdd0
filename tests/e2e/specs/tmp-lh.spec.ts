import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from '../fixtures';
test.setTimeout(900_000);
test('lh', async ({ origin }) => {
  const bin = join(__dirname, '../../../bench/node_modules/.bin/lighthouse');
  for (const path of (process.env.LH_PATHS ?? '/,/initiatives').split(',')) {
    const out = execFileSync(bin, [origin + path, '--only-categories=performance', '--output=json', '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 }).toString();
    const r = JSON.parse(out);
    const a = (id: string) => r.audits[id].displayValue;
    console.log(`${path}: perf ${Math.round(r.categories.performance.score * 100)} FCP ${a('first-contentful-paint')} LCP ${a('largest-contentful-paint')} TBT ${a('total-blocking-time')} CLS ${a('cumulative-layout-shift')} SI ${a('speed-index')}`);
    const items = r.audits['long-tasks']?.details?.items ?? [];
    console.log('  long tasks:', items.slice(0, 6).map((i: any) => `${i.url?.split('/').pop()} ${Math.round(i.duration)}ms`).join(', '));
    console.log('  lcp element:', JSON.stringify(r.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '').slice(0, 150));
  }
});
