// Shared Playwright fixture: every test fails if the page logs a console error, throws, or
// makes a request to any origin other than the test server.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ allowedOrigins: string[]; watched: { errors: string[]; foreign: string[] } }>({
  // Origins besides the site's that a test may load from (the test article of embed tests).
  allowedOrigins: [[], { option: true }],
  watched: [async ({ page, baseURL, allowedOrigins }, use) => {
    const errors: string[] = [];
    const consoleErrors: { text: string; url: string }[] = [];
    const foreign: string[] = [];
    // A static host answers an unknown path with 404.html and status 404, and Chromium logs
    // that status for the document itself; only that one message is expected.
    const notFoundDocuments = new Set<string>();
    const origin = new URL(baseURL!).origin;
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.status() === 404) notFoundDocuments.add(r.url());
    });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push({ text: m.text(), url: m.location().url }); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      const allowed = [origin, ...allowedOrigins].some((o) => u.startsWith(o + '/') || u === o);
      if (!allowed && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
    await use({ errors, foreign });
    for (const e of consoleErrors) {
      const expected404 = e.text.includes('status of 404') && notFoundDocuments.has(e.url);
      if (!expected404) errors.push(`${e.text} (${e.url})`);
    }
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  }, { auto: true }],
});

export { expect };

/**
 * Waits until the app has taken over the page: every page arrives pre-rendered, so its heading
 * is there before the wasm; the app marks `<html data-app="ready">` once it has hydrated and
 * read the address. A page loads its wasm only when the reader reaches for it (assets/loader.js),
 * so here the test does what a reader's first pointer does.
 */
export async function appReady(page: import('@playwright/test').Page) {
  await page.locator('main h1').first().waitFor();
  if (!await page.locator('html[data-app="ready"]').count()) {
    await page.evaluate(() => dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
  }
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}
