// The soak run shared by tests/e2e/soak.spec.ts (which asserts on it) and bench/bench.mjs
// (which reports it): many in-app navigations (header, footer and page links, hex map, search,
// back and forward) with interactions between them (year control, chart marks), all in one
// page load, measuring memory before and after.
//
// What is measured, each time after a forced garbage collection and on the home page:
// - JS heap: CDP Runtime.getHeapUsage (used and total bytes);
// - wasm memory: the byte length of the app's WebAssembly.Memory. Trunk's loader dispatches
//   `TrunkApplicationStarted` with the wasm exports (`detail.wasm`), which include `memory`; an
//   init script keeps a reference. Wasm memory never shrinks, so this is the high-water mark of
//   the Rust heap;
// - DOM: CDP Memory.getDOMCounters (nodes, JS event listeners, documents).

/** Call before the first page.goto: keeps the wasm exports in window.__cjWasm. */
async function installProbes(page) {
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__cjWasm = e.detail && e.detail.wasm; });
  });
}

async function heading(page, pattern) {
  await page.locator('main h1', { hasText: pattern }).first().waitFor({ timeout: 15000 });
}

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(50);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(() => {
    const m = window.__cjWasm && window.__cjWasm.memory;
    return m ? m.buffer.byteLength : null;
  });
  return {
    js_heap_used: heap.usedSize,
    js_heap_total: heap.totalSize,
    wasm_memory: wasm,
    dom_nodes: dom.nodes,
    js_event_listeners: dom.jsEventListeners,
    documents: dom.documents,
  };
}

const HEXES = ['E08000035', 'E06000016', 'E08000033', 'E06000014', 'E09000001', 'E10000014', 'E06000063', 'E08000025'];
const T = { timeout: 15000 };
const SEARCHES = [['york', /^York$/], ['leeds', /^Leeds$/], ['leicester', /^Leicester$/], ['calderdale', /^Calderdale$/]];
const HOME = /How is your council/;

/**
 * One round of steps from any page back to any page; returns how many navigations (URL
 * changes) it made. `i` varies which council, year and link each round uses.
 */
async function round(page, i) {
  let navs = 0;
  const nav = async (action, pattern) => { await action(); await heading(page, pattern); navs++; };
  const header = (name) => page.locator('header').getByRole('link', { name, exact: true });

  await nav(() => page.locator('header a.brand').click(T), HOME);
  // Interaction: the hex map's year control.
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  // Hex map → a council; interaction: a chart mark's details.
  await nav(() => page.locator(`.hex[data-code="${HEXES[i % HEXES.length]}"]`).click(T), /./);
  const marks = page.locator('.journey-chart .mark');
  if (await marks.count()) {
    await marks.nth(i % (await marks.count())).locator('.dot').click(T);
    await page.keyboard.press('Escape');
  }
  // Back and forward through history.
  await nav(() => page.goBack(), HOME);
  await nav(() => page.goForward(), /./);
  // The council's comparison with its neighbours, when it has one.
  const neighbours = page.getByRole('link', { name: /with its statistical neighbours/ });
  if (await neighbours.count()) await nav(() => neighbours.first().click(T), /Compare councils/);
  await nav(() => header('All councils').click(T), /^All councils$/);
  const rows = page.locator('main table tbody a');
  const link = rows.nth((i * 17) % Math.max(1, Math.min(await rows.count(), 150)));
  const name = (await link.textContent()).trim();
  await nav(() => link.click(T), new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await nav(() => header('Compare').click(T), /Compare councils/);
  await nav(() => header('About').click(T), /About Council Journeys/);
  await nav(() => page.locator('footer').getByRole('link', { name: 'About the data' }).click(T), /About the data/);
  await nav(() => page.goBack(), /About Council Journeys/);
  await nav(() => page.goBack(), /Compare councils/);
  // Search from the home page.
  await nav(() => page.locator('header a.brand').click(T), HOME);
  const [query, expected] = SEARCHES[i % SEARCHES.length];
  const box = page.getByRole('combobox', { name: /Find your council/ });
  await box.fill(query);
  await page.getByRole('option').first().waitFor(T);
  await nav(() => box.press('Enter'), expected);
  return navs;
}

/**
 * Runs rounds until at least `navigations` in-app navigations were made, on a page already
 * showing the site; returns the figures. Fails if any navigation reloaded the page (the memory
 * figures would then mean nothing).
 */
async function soak(page, { navigations = 500, log = () => {} } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => { window.__soakMarker = 1; });
  // Warm up: one round renders every view once, so lazily built state is counted in "before".
  let done = await round(page, 0);
  await page.locator('header a.brand').click(T);
  await heading(page, HOME);
  done++;
  const before = await measure(page, cdp);
  const started = Date.now();
  let i = 1;
  let counted = 0;
  while (counted < navigations) {
    counted += await round(page, i++);
    if (i % 10 === 0) log(`soak: ${counted} navigations`);
  }
  await page.locator('header a.brand').click(T);
  await heading(page, HOME);
  counted++;
  const after = await measure(page, cdp);
  const sameDocument = await page.evaluate(() => window.__soakMarker === 1);
  if (!sameDocument) throw new Error('a navigation reloaded the page: the soak must stay in one document');
  await cdp.detach();
  return { navigations: counted, warm_up_navigations: done, rounds: i - 1, seconds: (Date.now() - started) / 1000, before, after };
}

module.exports = { installProbes, soak, measure };
