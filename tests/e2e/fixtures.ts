// Shared test fixtures. Every page fails its test on any console error, uncaught page error or failed
// request, unless the test declares that exact message as one it provokes on purpose (`allowConsole`).
import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** Origin of the app built for the site root. */
  origin: string;
  /** Origin serving the app built for the /explorer/ sub-path (at /explorer/). */
  subOrigin: string;
  /** Declares a console error the test provokes on purpose (matched by regular expression). */
  allowConsole: (pattern: RegExp) => void;
  /** The patterns declared through `allowConsole`. */
  allowedConsole: RegExp[];
};

export const test = base.extend<Fixtures>({
  origin: async ({}, use) => use(process.env.E2E_ORIGIN!),
  subOrigin: async ({}, use) => use(process.env.E2E_SUB_ORIGIN!),
  allowedConsole: async ({}, use) => use([]),
  allowConsole: async ({ allowedConsole }, use) => use((re) => { allowedConsole.push(re); }),
  page: async ({ page, allowedConsole }, use) => {
    // Any Content-Security-Policy violation is a console error, so it fails the test.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    const problems: string[] = [];
    const report = (kind: string, text: string) => {
      if (!allowedConsole.some((re) => re.test(text))) problems.push(`${kind}: ${text}`);
    };
    page.on('console', (m) => { if (m.type() === 'error') report('console.error', m.text()); });
    page.on('pageerror', (e) => report('pageerror', String(e)));
    // ERR_ABORTED is the browser cancelling a request because the page navigated away: not a failure.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') report('requestfailed', `${r.url()} ${r.failure()?.errorText}`);
    });
    await use(page);
    expect(problems, 'console errors, page errors or failed requests').toEqual([]);
  },
});

export { expect, type Page };
