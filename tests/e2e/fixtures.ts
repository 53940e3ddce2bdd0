// Shared test fixtures. Every page fails its test on any console error, uncaught page error or failed
// request, unless the test declares that exact message as one it provokes on purpose (`allowConsole`).
//
// Every address is served as a pre-rendered page that the app takes over once its wasm runs (at once,
// or on the reader's first use of a control). The `page` fixture's `goto` waits until the app is
// ready (or has failed to start), so journeys act on the live app; `staticPage` is a second page
// whose `goto` does not wait, for tests of the served page itself and of the takeover.
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
  /** A page of the same context whose `goto` does not wait for the app. */
  staticPage: Page;
};

/**
 * Waits until the app is ready: it has taken the page over (an address with a view state), or waits
 * for the reader's first use of a control to do so (`app-armed`), or has said it could not start.
 */
export async function appReady(page: Page) {
  await page.waitForFunction(() => {
    const c = document.documentElement.classList;
    return c.contains('app-started') || c.contains('app-armed') || c.contains('app-failed');
  }, null, { timeout: 20_000 });
}

/** Records `page`'s console errors, page errors and failed requests into `problems`. */
async function watch(page: Page, allowed: RegExp[], problems: string[]) {
  // Any Content-Security-Policy violation is a console error, so it fails the test.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const report = (kind: string, text: string) => {
    if (!allowed.some((re) => re.test(text))) problems.push(`${kind}: ${text}`);
  };
  page.on('console', (m) => { if (m.type() === 'error') report('console.error', m.text()); });
  page.on('pageerror', (e) => report('pageerror', String(e)));
  // ERR_ABORTED is the browser cancelling a request because the page navigated away: not a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') report('requestfailed', `${r.url()} ${r.failure()?.errorText}`);
  });
}

export const test = base.extend<Fixtures & { problems: string[] }>({
  origin: async ({}, use) => use(process.env.E2E_ORIGIN!),
  subOrigin: async ({}, use) => use(process.env.E2E_SUB_ORIGIN!),
  allowedConsole: async ({}, use) => use([]),
  allowConsole: async ({ allowedConsole }, use) => use((re) => { allowedConsole.push(re); }),
  problems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'console errors, page errors or failed requests').toEqual([]);
  },
  page: async ({ page, allowedConsole, problems }, use) => {
    await watch(page, allowedConsole, problems);
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appReady(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      await appReady(page);
      return response;
    };
    await use(page);
  },
  staticPage: async ({ context, allowedConsole, problems }, use) => {
    const page = await context.newPage();
    await watch(page, allowedConsole, problems);
    await use(page);
  },
});

export { expect, type Page };
