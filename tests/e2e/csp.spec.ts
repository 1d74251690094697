// Content Security Policy: every page carries the same policy in a <meta> element (the Trunk
// post-build hook in crates/site-entries adds the hash of Trunk's inline loader to script-src,
// and of the page's own critical stylesheet to style-src), scripts run only from the site
// itself, the loader by its hash and wasm by 'wasm-unsafe-eval', never 'unsafe-inline'; and no
// route or interaction triggers a `securitypolicyviolation`.
// (`frame-ancestors` cannot be delivered by <meta>; a host that can send headers may add it, but
// embeds are meant to be framed by any site.)
import crypto from 'node:crypto';
import { test as plain } from '@playwright/test';
import type { Page } from '@playwright/test';
import { test, expect, appReady } from './fixtures';

const EXPECTED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};
/** The directives only pages of the site carry, for the service worker and the manifest. */
const INSTALL = ['worker-src', 'manifest-src'];

function parsePolicy(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of policy.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name, ...values] = d.split(/\s+/);
    out[name] = values;
  }
  return out;
}

/** Collects every CSP violation the document reports into window.__cspViolations. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    }, true);
  });
}

const violations = (page: Page) => page.evaluate(() => (window as any).__cspViolations as string[]);

const ROUTES: [string, ((page: Page) => Promise<void>)?][] = [
  ['/', async (page) => {
    await page.getByRole('combobox', { name: /Find your council/ }).fill('york');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Later year' }).click();
    await page.getByText('Show the numbers as a table').click();
  }],
  ['/council/leeds', async (page) => {
    await page.locator('.journey-chart .mark .hit').first().click(); // on the dot, as a reader clicks it
    await expect(page.locator('.details-card')).toBeVisible();
  }],
  ['/compare?la=E08000035~E06000016'],
  ['/councils'],
  ['/about'],
  ['/about/data'],
  ['/about/grades'],
  ['/about/frameworks'],
  ['/glossary'],
  ['/embed/council/E08000035'],
  ['/embed/map?theme=dark'],
  ['/embed/compare?la=leeds~york'],
  ['/council/leeds?present', async (page) => {
    await page.keyboard.press('PageDown');
    await expect(page.locator('.present-step h2')).toHaveText('2011: Adequate');
  }],
  ['/compare?la=E08000035~E06000016&present'],
  ['/council/leeds/worksheet'],
  ['/no/such/page'],
  ['/journeys/council/leeds'],
];

for (const [url, interact] of ROUTES) {
  test(`${url}: the CSP is present and nothing violates it`, async ({ page }) => {
    await watchViolations(page);
    await page.goto(url);
    await appReady(page);
    if (interact) await interact(page);
    await page.waitForTimeout(150);
    expect(await violations(page)).toEqual([]);
    const metas = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll(
      (els) => els.map((e) => e.getAttribute('content') ?? ''));
    expect(metas).toHaveLength(1);
    const policy = parsePolicy(metas[0]);
    // An embed registers no worker and links no manifest: default-src alone covers them there.
    const embed = url.startsWith('/embed/');
    for (const [name, values] of Object.entries(EXPECTED)) {
      expect(policy[name], name).toEqual(embed && INSTALL.includes(name) ? undefined : values);
    }
    const scriptSrc = policy['script-src'];
    expect(scriptSrc.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scriptSrc.slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), scriptSrc.join(' ')).toBe(true);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // The stylesheet is carried inline, allowed by its hash; style attributes stay forbidden.
    const styleSrc = policy['style-src'];
    expect(styleSrc[0]).toBe("'self'");
    expect(styleSrc.length).toBeGreaterThan(1);
    expect(styleSrc.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s)), styleSrc.join(' ')).toBe(true);
    expect(styleSrc).not.toContain("'unsafe-inline'");
    expect(styleSrc).not.toContain("'unsafe-hashes'");
    expect(policy['frame-ancestors']).toBeUndefined();
  });
}

test('every entry the build writes carries the same policy, with the hashes of its inline scripts and style', async ({ request }) => {
  const policyOf = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  const index = await (await request.get('/')).text();
  const policy = policyOf(index)!;
  expect(policy).toBeTruthy();
  // The hash in the policy is the SHA-256 of each inline script exactly as served.
  const inline = [...index.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline.length).toBeGreaterThan(0);
  for (const s of inline) {
    const hash = crypto.createHash('sha256').update(s, 'utf8').digest('base64');
    expect(policy).toContain(`'sha256-${hash}'`);
  }
  // Each page carries its own critical stylesheet, so the hash in style-src is the page's own.
  const styleHash = (html: string) => {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles).toHaveLength(1);
    return `'sha256-${crypto.createHash('sha256').update(styles[0], 'utf8').digest('base64')}'`;
  };
  const homeStyle = styleHash(index);
  expect(policy).toContain(homeStyle);
  const withStyleOf = (html: string, p: string) => p.replace(homeStyle, styleHash(html));
  // Two inline scripts on a page of the site: the loader, then the line that adds offline.js
  // (which registers the service worker); an embed carries only the loader, so its policy lacks
  // the second hash.
  expect(inline).toHaveLength(2);
  expect(inline[1]).toContain("s.src='offline.js'");
  const offlineHash = ` 'sha256-${crypto.createHash('sha256').update(inline[1], 'utf8').digest('base64')}'`;
  expect(policy).toContain(offlineHash);
  for (const path of ['/index.html', '/council/leeds/', '/council/E08000035/', '/compare/', '/councils/', '/about/',
    '/about/data/', '/glossary/', '/embed/map/', '/embed/compare/', '/embed/council/leeds/', '/404.html']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    // Nor does it need the directives for the worker and the manifest (default-src covers them).
    const embedPolicy = policy.replace(offlineHash, '').replace(" worker-src 'self'; manifest-src 'self';", '');
    const html = await res.text();
    expect(policyOf(html), path).toBe(withStyleOf(html, path.startsWith('/embed/') ? embedPolicy : policy));
  }
  const notFound = await request.get('/no/such/page');
  expect(notFound.status()).toBe(404);
  const notFoundHtml = await notFound.text();
  expect(policyOf(notFoundHtml)).toBe(withStyleOf(notFoundHtml, policy));
  // The sub-path build has its own loader (other URLs), so its own hash, and the same rules.
  const sub = policyOf(await (await request.get('/journeys/')).text())!;
  expect(sub.replace(/ 'sha256-[^']+'/g, '')).toBe(policy.replace(/ 'sha256-[^']+'/g, ''));
});

// Controls, outside the fixture (a blocked script logs a console error by design): the listener
// does see violations, and the policy does block inline scripts and inline style attributes.
plain('the policy blocks injected inline script and style attributes, and the test sees it', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/about');
  await page.locator('main h1').first().waitFor();
  const result = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = 1';
    document.body.append(s);
    const p = document.createElement('p');
    p.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 100));
    return { ran: (window as any).__inlineRan, color: getComputedStyle(p).color };
  });
  expect(result.ran).toBeUndefined();
  expect(result.color).not.toBe('rgb(255, 0, 0)');
  const seen = await violations(page);
  expect(seen.some((v) => v.startsWith('script-src-elem'))).toBe(true);
  expect(seen.some((v) => v.startsWith('style-src-attr'))).toBe(true);
});

test('the grade distribution bars keep their widths under the policy', async ({ page }) => {
  // The widths are SVG geometry in percent (no inline style, which the policy forbids): on
  // screen, each bar's segments fill it exactly, in proportion to their counts.
  await page.goto('/');
  await appReady(page);
  const bars = await page.locator('svg.dist-bar').evaluateAll((svgs) => svgs.slice(0, 20).map((svg) => {
    const bar = svg.getBoundingClientRect().width;
    const segs = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().width);
    return { bar, segs };
  }));
  expect(bars.length).toBeGreaterThan(0);
  for (const { bar, segs } of bars) {
    expect(bar).toBeGreaterThan(100);
    expect(segs.every((w) => w > 0)).toBe(true);
    expect(Math.abs(segs.reduce((a, b) => a + b, 0) - bar)).toBeLessThan(1);
  }
});
