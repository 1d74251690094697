// Soak: 500 in-app navigations across the site's views (links, hex map, search, back and
// forward) with interactions between them, in one page load. No error may be logged (the
// fixture fails the test on any console or page error), and memory must stay bounded: after a
// forced garbage collection, on the same view, compared with the same view after a warm-up:
//   JS heap used   < 2 x before + 20 MB
//   wasm memory    < 2 x before + 16 MB  (it only grows: the high-water mark of the Rust heap)
//   DOM nodes and JS event listeners < 1.5 x before + 500 (nothing left attached)
// The figures are printed (and attached to the report); bench/bench.mjs reports them too.
import { test, expect, appReady } from './fixtures';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installProbes, soak } = require('./soak-steps.cjs');

const MB = 1024 * 1024;

test('500 navigations and interactions leave no errors and bounded memory', async ({ page }, info) => {
  test.setTimeout(600_000);
  await installProbes(page);
  await page.goto('/');
  await appReady(page);
  const result = await soak(page, { navigations: 500, log: (s: string) => console.log(s) });
  const { before, after } = result;
  const mb = (n: number | null) => (n === null ? 'n/a' : `${(n / MB).toFixed(1)} MB`);
  console.log(`soak: ${result.navigations} navigations in ${result.seconds.toFixed(0)} s (${result.rounds} rounds)`);
  console.log(`soak: JS heap used ${mb(before.js_heap_used)} -> ${mb(after.js_heap_used)}; `
    + `wasm memory ${mb(before.wasm_memory)} -> ${mb(after.wasm_memory)}; `
    + `DOM nodes ${before.dom_nodes} -> ${after.dom_nodes}; listeners ${before.js_event_listeners} -> ${after.js_event_listeners}`);
  await info.attach('soak.json', { body: JSON.stringify(result, null, 2), contentType: 'application/json' });

  expect(result.navigations).toBeGreaterThanOrEqual(500);
  expect(before.wasm_memory, 'the wasm memory was found').not.toBeNull();
  expect(after.js_heap_used).toBeLessThan(2 * before.js_heap_used + 20 * MB);
  expect(after.wasm_memory!).toBeLessThan(2 * before.wasm_memory! + 16 * MB);
  expect(after.dom_nodes).toBeLessThan(1.5 * before.dom_nodes + 500);
  expect(after.js_event_listeners).toBeLessThan(1.5 * before.js_event_listeners + 500);
  // Still working at the end, and no panic screen.
  await expect(page.locator('main h1').first()).toHaveText(/How is your council/);
  await expect(page.locator('#panic')).toBeHidden();
});
