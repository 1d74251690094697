// Shared Playwright fixture: every test fails if the page logs a console error, throws, or
// makes a request to any origin other than the test server.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ watched: { errors: string[]; foreign: string[] } }>({
  watched: [async ({ page, baseURL }, use) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
    await use({ errors, foreign });
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Waits until the app has rendered its main content. */
export async function appReady(page: import('@playwright/test').Page) {
  await page.locator('main h1').first().waitFor();
}
