// The benchmark harness runs as one long Playwright "test" (bench/harness.spec.ts); it is not part
// of the test command. Debian's Chromium, never a downloaded one.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: 'harness.spec.ts',
  workers: 1,
  timeout: 3 * 60 * 60 * 1000,
  reporter: [['list']],
  outputDir: '../target/bench-results',
  use: {
    browserName: 'chromium',
    // Its first-visit downloads for offline use would run during the measurements.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--enable-precise-memory-info', '--js-flags=--expose-gc',
      ],
    },
  },
});
