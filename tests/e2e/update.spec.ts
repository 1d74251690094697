// A new release, deployed while the site is open: release B is a copy of the build whose wasm,
// its JavaScript and the dataset have new content-hashed names (the dataset a byte longer), with
// its own service worker written by scripts/service-worker.mjs, as a deploy would bring. The
// test's server (site-server.ts) switches from release A to B in the middle of the visit.
// - An open page notices (its worker finds B's waiting) and says so, politely, in a live region.
// - Until the reader accepts, a page of A still boots with A's wasm and data (A's worker
//   serves them; the server has none of A's files any more), and a page fetched fresh is B's
//   with B's wasm and data.
// - The reload opens B's page; afterwards, with the network cut, no page of A comes back (A's
//   pages and precache are gone), and every page boots with the wasm and data it names.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { test as base, expect, appReady } from './fixtures';
import { SiteServer, workerActivated } from './site-server';

type Release = { dir: string; wasm: string; js: string; data: string };

/** The names of release A's files, read from the build. */
function release(dir: string): Release {
  const top = readdirSync(dir);
  const data = readdirSync(join(dir, 'data')).find((f) => /^dataset-[0-9a-f]{16}\.json$/.test(f))!;
  return { dir, wasm: top.find((f) => f.endsWith('_bg.wasm'))!, js: top.find((f) => /^council-journeys-[0-9a-f]+\.js$/.test(f))!, data };
}

/** Release B: a copy of A with new names for its wasm, JavaScript and (changed) dataset, and its own worker. */
function nextRelease(a: Release): Release {
  const dir = mkdtempSync(join(tmpdir(), 'cj-release-'));
  cpSync(a.dir, dir, { recursive: true });
  const hash = a.wasm.match(/-([0-9a-f]+)_bg\.wasm$/)![1];
  const next = [...hash].reverse().join('');
  const json = readFileSync(join(dir, 'data', a.data), 'utf8') + '\n';
  // As site-entries names it: the first 8 bytes of the SHA-256, in hex.
  const data = `dataset-${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
  const b: Release = { dir, wasm: a.wasm.replace(hash, next), js: a.js.replace(hash, next), data };
  renameSync(join(dir, a.wasm), join(dir, b.wasm));
  renameSync(join(dir, a.js), join(dir, b.js));
  rmSync(join(dir, 'data', a.data));
  writeFileSync(join(dir, 'data', data), json);
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) {
        const html = readFileSync(p, 'utf8');
        writeFileSync(p, html.replaceAll(a.wasm, b.wasm).replaceAll(a.js, b.js).replaceAll(a.data, b.data));
      }
    }
  };
  walk(dir);
  execFileSync('node', ['scripts/service-worker.mjs', dir], { stdio: 'pipe' });
  return b;
}

/** The wasm and dataset a page names, and those it loaded. */
async function booted(page: Page) {
  await appReady(page);
  return page.evaluate(() => {
    const base = (u: string) => u.split('/').pop()!;
    const loaded = performance.getEntriesByType('resource').map((e) => base(e.name));
    return {
      names: [base(document.querySelector<HTMLScriptElement>('script[data-wasm]')!.dataset.wasm!),
        base(document.querySelector('meta[name="cj-data"]')!.getAttribute('content')!)],
      loaded: loaded.filter((n) => n.endsWith('.wasm') || /^dataset-/.test(n)),
    };
  });
}

/** Expects the page to have booted with release `r`'s wasm and data, the ones it names. */
async function expectRelease(page: Page, r: Release, what: string) {
  expect(await booted(page), what).toEqual({ names: [r.wasm, r.data], loaded: [r.wasm, r.data] });
}

const A = release(resolve('dist'));
// Writing release B (a copy of the 80 MB build) takes a while on a busy machine.
base.describe.configure({ timeout: 120_000 });

const test = base.extend<{ site: SiteServer }, { b: Release }>({
  // The server stops before release B's folder goes.
  site: async ({ b }, use) => {
    const site = await SiteServer.start(A.dir);
    await use(site);
    await site.stop();
    void b;
  },
  b: [async ({}, use) => {
    const b = nextRelease(A);
    await use(b);
    rmSync(b.dir, { recursive: true, force: true });
  }, { scope: 'worker', timeout: 120_000 }],
  baseURL: async ({ site }, use) => use(site.url),
});

/** The live region offline.js adds to a page. */
const notice = (page: Page) => page.locator('.update-notice[role="status"]');

/** A screenshot to look at, kept in the test's output folder. */
async function shoot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

test('a new release is noticed, and a page never boots with another release\'s wasm or data', async ({ page, context, site, b }, info) => {
  expect(b.wasm).not.toBe(A.wasm);
  // Release A: the first visit installs A's worker; Bradford, Leicester and the glossary are opened through it.
  await page.goto('/council/leeds');
  await workerActivated(page);
  await page.goto('/council/leicester');
  await expectRelease(page, A, 'Leicester on A');
  await page.goto('/council/bradford');
  await expectRelease(page, A, 'Bradford on A');
  const glossary = await context.newPage();
  await glossary.goto('/glossary'); // read, not touched: its wasm is not loaded yet
  await expect(glossary.locator('main h1')).toHaveText('Glossary');
  await expect(notice(page)).toBeEmpty();

  // Release B is deployed. The open page's next check for a new worker (hourly, or when it is
  // shown again) finds B's, which installs and waits.
  site.root = b.dir;
  const deployedAt = site.asked.length;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
  await expect(notice(page)).toContainText('New inspection data is available:');
  await expect(notice(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(notice(glossary)).toContainText('New inspection data is available:');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
  await shoot(page, info, 'notice-desktop');

  // The glossary, A's page, now reached for: it boots with A's wasm and data, from A's worker
  // (the server has none of A's files now).
  await glossary.locator('main h1').hover();
  await expectRelease(glossary, A, 'the glossary of A after B was deployed');
  expect(site.asked.slice(deployedAt).filter((p) => p.includes(A.wasm) || p.includes(A.data))).toEqual([]);
  // A page fetched now is B's (network first), with B's wasm and data.
  const york = await context.newPage();
  await york.goto('/council/york');
  await expectRelease(york, b, 'York fetched after B was deployed');
  await york.close();

  // The reader accepts: B's worker takes over and the page reloads as B's.
  await Promise.all([page.waitForEvent('load'), notice(page).getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('main h1')).toHaveText('Bradford');
  await expectRelease(page, b, 'Bradford after the reload');
  await expect(notice(page)).toBeEmpty();

  // Network cut: Leicester, opened under A, is not A's page any more but B's app.
  site.down = true;
  await context.setOffline(true);
  for (const url of ['/council/leicester', '/council/bradford', '/glossary', '/']) {
    const response = await page.goto(url);
    expect(response!.fromServiceWorker(), url).toBe(true);
    await expectRelease(page, b, `${url} offline after the update`);
  }
  await page.goto('/council/leicester');
  await expect(page.locator('main h1')).toHaveText('Leicester');
  const kept = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      out.push(name, ...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return out;
  });
  expect(kept.filter((u) => u.includes(A.wasm) || u.includes(A.js) || u.includes(A.data)), 'A\'s files').toEqual([]);
  expect(kept.some((u) => u.includes(b.wasm))).toBe(true);
  expect(kept.filter((n) => n.startsWith('council-journeys-pages-'))).toHaveLength(1);
  await glossary.close();
});

test('the notice at a phone\'s width and in the dark', async ({ page, site, b }, info) => {
  await page.goto('/council/leeds');
  await workerActivated(page);
  site.root = b.dir;
  for (const [name, width, scheme] of [['notice-375', 375, 'light'], ['notice-dark', 1000, 'dark']] as const) {
    await page.setViewportSize({ width, height: 700 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/council/leeds');
    if (name === 'notice-375') await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await expect(notice(page)).toContainText('New inspection data is available:');
    // Both buttons are on the screen, at least 24 px each way, and the page does not scroll sideways.
    for (const button of await notice(page).getByRole('button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shoot(page, info, name);
  }
  // "Not now" puts it away.
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(notice(page)).toBeEmpty();
});
