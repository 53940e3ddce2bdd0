// End-to-end journeys: the release build served by nginx (started in global-setup.ts), driven in
// Debian's headless Chromium. Never a downloaded browser.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './specs',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: '../../target/e2e-results',
  use: {
    browserName: 'chromium',
    trace: 'off',
    // The service worker keeps every page for offline use (about 1 MB on a first visit): only the
    // offline journeys let it register (specs/offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
