// Each page carries inline only the stylesheet rules it can use (crates/site-entries/src/critical.rs),
// and loader.js links the whole stylesheet before the wasm changes the page. These tests hold
// both halves to "a reader sees no difference": with JavaScript off, every element of a page
// has the same computed style and box under its inline rules as with the whole stylesheet
// added, in light and dark, at a phone's width and printed; with JavaScript on, the whole stylesheet
// has loaded before the app touches the page.
import { test, expect } from './fixtures';
import type { Browser, Page } from '@playwright/test';

const PAGES = ['/', '/council/leeds/', '/compare/', '/patterns/', '/embed/council/E08000035/',
  // The other kinds of page, for good measure.
  '/councils/', '/council/leeds/worksheet/', '/glossary/', '/about/data/', '/embed/map/', '/findings/'];
const VIEWS = [
  { name: 'light, 1280 px', colorScheme: 'light' as const, width: 1280 },
  { name: 'dark, 1280 px', colorScheme: 'dark' as const, width: 1280 },
  { name: 'light, 375 px', colorScheme: 'light' as const, width: 375 },
  { name: 'dark, 375 px', colorScheme: 'dark' as const, width: 375 },
  // Printed (the print rules are pruned too).
  { name: 'print', colorScheme: 'light' as const, width: 1280, print: true },
];

/** Every element's computed style and box, in document order, one line each. */
async function styles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const props = ['display', 'position', 'visibility', 'color', 'background-color', 'font-size', 'font-weight',
      'font-family', 'line-height', 'margin-top', 'margin-left', 'padding-top', 'padding-left', 'border-top-width',
      'border-top-style', 'border-top-color', 'text-decoration-line', 'list-style-type', 'fill', 'stroke', 'opacity'];
    const path = (e: Element): string => {
      const bits: string[] = [];
      for (let n: Element | null = e; n && n !== document.documentElement; n = n.parentElement) {
        bits.unshift(n.tagName.toLowerCase() + (n.id ? `#${n.id}` : '') + (n.classList.length ? `.${[...n.classList].join('.')}` : ''));
      }
      return bits.slice(-3).join(' > ');
    };
    return [document.documentElement, ...document.querySelectorAll('html *')]
      .filter((e) => !['HEAD', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TITLE', 'BASE'].includes(e.tagName)
        && !e.closest('head'))
      .map((e) => {
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        const box = [r.x, r.y, r.width, r.height].map((v) => v.toFixed(2)).join(',');
        const pseudo = ['::before', '::after'].map((p) => getComputedStyle(e, p).content).join('|');
        return `${path(e)}: ${props.map((p) => s.getPropertyValue(p)).join(';')} box ${box} pseudo ${pseudo}`;
      });
  });
}

/** The page's styles as served, and with the whole stylesheet added where loader.js adds it. */
async function bothWays(browser: Browser, baseURL: string, path: string, view: typeof VIEWS[number]) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, colorScheme: view.colorScheme,
    viewport: { width: view.width, height: 900 } });
  const page = await context.newPage();
  if ('print' in view) await page.emulateMedia({ media: 'print' });
  await page.goto(path);
  const inline = await styles(page);
  const html = await (await page.request.get(path)).text();
  const full = html.match(/data-css="([^"]+)"/)![1];
  expect(html).not.toContain(`href="${full}"`);
  await page.route((u) => u.pathname === new URL(path, baseURL).pathname, (route) =>
    route.fulfill({ contentType: 'text/html', body: html.replace('</head>', `<link rel="stylesheet" href="${full}"></head>`) }));
  await page.goto(path);
  expect(await page.locator(`link[rel=stylesheet][href="${full}"]`).count()).toBe(1);
  const whole = await styles(page);
  await context.close();
  return { inline, whole };
}

for (const path of PAGES) {
  test(`${path}: its inline rules style every element as the whole stylesheet does`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    for (const view of VIEWS) {
      const { inline, whole } = await bothWays(browser, baseURL!, path, view);
      expect(inline.length, `${view.name}: elements`).toBeGreaterThan(30);
      const differ = inline.map((line, i) => [line, whole[i]]).filter(([a, b]) => a !== b).slice(0, 5);
      expect(differ, `${view.name}: elements styled differently (inline rules, whole stylesheet)`).toEqual([]);
      expect(inline.length).toBe(whole.length);
    }
  });
}

test('the inline rules are the page\'s own: fewer than the whole stylesheet\'s', async ({ page }) => {
  const inlineRules = () => page.evaluate(() => document.querySelector('style')!.sheet!.cssRules.length);
  await page.goto('/embed/council/E08000035/');
  const embed = await inlineRules();
  await page.goto('/council/leeds/');
  const leeds = await inlineRules();
  // A mark's details card is drawn by the app, never in a page's HTML: its rules are not inline.
  expect(await page.evaluate(() => document.querySelector('style')!.textContent!.includes('.details-card'))).toBe(false);
  await page.locator('main h1').hover();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const full = await page.evaluate(() => (document.querySelector('link[rel=stylesheet]') as HTMLLinkElement).sheet!.cssRules.length);
  expect(embed).toBeLessThan(leeds);
  expect(leeds).toBeLessThan(full * 0.8);
});

for (const path of ['/', '/council/leeds/', '/embed/council/E08000035/']) {
  test(`${path}: the whole stylesheet has loaded before the app changes the page`, async ({ page }) => {
    // Watches, from before the page's own scripts, the first change the app makes under #app
    // and <html data-app="ready">, and whether the linked stylesheet had loaded by then.
    await page.addInitScript(() => {
      const w = window as unknown as { seen: Record<string, boolean | null> };
      w.seen = { appChange: null, ready: null };
      const loaded = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')]
        .some((l) => l.sheet !== null && l.sheet.cssRules.length > 0);
      // From the end of parsing: the parser's own insertions are not the app's.
      const watch = new MutationObserver((records) => {
        for (const r of records) {
          const t = r.target as Element;
          if (r.type === 'attributes' && t === document.documentElement && t.getAttribute('data-app') === 'ready' && w.seen.ready === null) {
            w.seen.ready = loaded();
          }
          if (t.closest && t.closest('#app') && w.seen.appChange === null) w.seen.appChange = loaded();
        }
      });
      document.addEventListener('DOMContentLoaded', () =>
        watch.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('link[rel=stylesheet]').count(), 'no stylesheet linked before the first interaction').toBe(0);
    await page.locator('main h1').hover();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, boolean | null> }).seen);
    expect(seen.ready, 'the stylesheet had loaded when the app was ready').toBe(true);
    if (seen.appChange !== null) expect(seen.appChange, 'the stylesheet had loaded at the app\'s first change').toBe(true);
    const href = await page.locator('script[data-css]').getAttribute('data-css');
    expect(href).toMatch(/styles-[0-9a-f]+\.css$/);
    await expect(page.locator(`link[rel=stylesheet][href="${href}"]`)).toHaveCount(1);
  });
}
