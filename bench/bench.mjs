// Council Journeys benchmark (not a test): prints JSON lines of what a reader downloads and how
// fast pages become readable in headless Chromium with the CPU slowed 4x, as on a phone, and how
// memory grows over a 500-navigation soak.
// Usage: node bench/bench.mjs [DIST_DIR]  (scripts/bench.sh builds the release site first).
// Exits non-zero when a budget is missed, after printing every figure.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';

// The soak run is shared with tests/e2e/soak.spec.ts, which asserts the same bounds.
const { installProbes, soak } = createRequire(import.meta.url)('../tests/e2e/soak-steps.cjs');

const dist = process.argv[2] || 'dist';
const RUNS = 5;
const PORT = 4180;
const failures = [];

function emit(row) {
  console.log(JSON.stringify(row));
}

function sizes(file) {
  const buf = readFileSync(file);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function budget(name, value, limit, unit) {
  const ok = value <= limit;
  emit({ kind: 'budget', name, value, limit, unit, ok });
  if (!ok) failures.push(`${name}: ${value} ${unit} > ${limit} ${unit}`);
}

// Bytes of the assets at the top of dist (wasm, JS, CSS) and of the data files.
const top = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
const groups = { wasm: ['.wasm'], js: ['.js'], css: ['.css'] };
const totals = { raw: 0, gzip: 0, brotli: 0 };
for (const [kind, exts] of Object.entries(groups)) {
  for (const f of top.filter((f) => exts.includes(extname(f)))) {
    const s = sizes(join(dist, f));
    emit({ kind: 'bytes', asset: kind, file: f, ...s });
    for (const k of Object.keys(totals)) totals[k] += s[k];
  }
}
for (const f of ['dataset.json', 'inspections.csv']) {
  emit({ kind: 'bytes', asset: 'data', file: `data/${f}`, ...sizes(join(dist, 'data', f)) });
}
const html = sizes(join(dist, 'index.html'));
emit({ kind: 'bytes', asset: 'html', file: 'index.html', ...html });
for (const k of Object.keys(totals)) totals[k] += html[k];
emit({ kind: 'bytes', asset: 'page-total', note: 'index.html + wasm (dataset inside) + js + css', ...totals });
budget('dataset.json gzip', sizes(join(dist, 'data', 'dataset.json')).gzip, 40 * 1024, 'bytes');

// Time from navigation start until the page's main heading is on screen, at 4x CPU slowdown.
// bench/ is mounted too, for the static page the Leeds embed is measured against.
const server = spawn('python3', ['scripts/static_server.py', String(PORT), dist, '--mount', '/bench-static/=bench'], {
  env: { ...process.env, STATIC_SERVER_QUIET: '1' },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 700));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function timeToContent(path, selector) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext(); // a first visit: empty cache every run
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript((sel) => {
      const check = () => {
        if (!window.__readyAt && document.querySelector(sel)) window.__readyAt = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.__readyAt));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median_ms: Math.round(times[Math.floor(times.length / 2)]), runs_ms: times.map(Math.round) };
}

// Time from a change of the hex map's year until the map shows that year and the browser has
// painted the next frame, at 4x CPU slowdown; median of RUNS changes on one loaded page.
async function yearChange() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('.hex').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const year = String(2015 + (i % 2)); // alternate, so every run is a real change
    times.push(await page.evaluate((year) => new Promise((done) => {
      const input = document.querySelector('#map-year');
      const shown = () => document.querySelector('.year-value').textContent === year
        && document.querySelector('.hex-svg').getAttribute('aria-label').includes(year);
      const t0 = performance.now();
      const watch = new MutationObserver(() => {
        if (shown()) {
          watch.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        }
      });
      watch.observe(document.querySelector('.national'), { subtree: true, childList: true, characterData: true, attributes: true });
      input.value = year;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }), year));
  }
  await context.close();
  times.sort((a, b) => a - b);
  return { median_ms: Math.round(times[Math.floor(times.length / 2)]), runs_ms: times.map(Math.round) };
}

// Time from choosing an eighth council in the comparison search (Enter on the suggestion)
// until its chart is on screen and painted, at 4x CPU slowdown; median of RUNS cold pages.
const SEVEN = ['E08000035', 'E06000016', 'E08000033', 'E08000034', 'E08000032', 'E08000036', 'E06000010'];
async function addEighth() {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/compare?la=${SEVEN.join('~')}`);
    await page.locator('.multiple').nth(6).waitFor();
    await page.getByRole('combobox', { name: 'Add a council' }).fill('york');
    await page.getByRole('option').first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    times.push(await page.evaluate(() => new Promise((done) => {
      const t0 = performance.now();
      const watch = new MutationObserver(() => {
        if (document.querySelectorAll('.multiple').length === 8) {
          watch.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        }
      });
      watch.observe(document.querySelector('main'), { subtree: true, childList: true });
      document.querySelector('#compare-search').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    })));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median_ms: Math.round(times[Math.floor(times.length / 2)]), runs_ms: times.map(Math.round) };
}

// The bytes a first visit to `path` downloads, gzipped at level 9 as a static host would serve
// them: every successful response, read back from the file it came from.
async function pageBytes(path, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set();
  page.on('response', (r) => { if (r.status() === 200) paths.add(new URL(r.url()).pathname); });
  await page.goto(`http://127.0.0.1:${PORT}${path}`);
  await page.locator(selector).first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const p of paths) {
    let file = p.startsWith('/bench-static/') ? join('bench', p.slice('/bench-static/'.length)) : join(dist, p);
    if (p.endsWith('/')) file = join(file, 'index.html');
    const s = sizes(file);
    raw += s.raw;
    gzip += s.gzip;
    files.push(p);
  }
  return { raw, gzip, files };
}

/** A target the issue sets that the build is measured against but not failed on: printed with
 *  whether it is met and, when not, what holds it back. */
function target(name, value, limit, unit, holdsBack) {
  const ok = value <= limit;
  emit({ kind: 'target', name, value, limit, unit, ok, ...(ok ? {} : { holds_back: holdsBack }) });
}

// The Leeds embed against a hand-written static page of the same journey, in the same run:
// time until the journey's marks are on screen (4x CPU) and the bytes downloaded.
async function embedVersusStatic() {
  const selector = '.journey-chart .mark';
  const embed = { path: '/embed/council/E08000035', ...(await timeToContent('/embed/council/E08000035', selector)),
    ...(await pageBytes('/embed/council/E08000035', selector)) };
  const plain = { path: '/bench-static/static-leeds-embed.html', ...(await timeToContent('/bench-static/static-leeds-embed.html', selector)),
    ...(await pageBytes('/bench-static/static-leeds-embed.html', selector)) };
  const ratio = Math.round((embed.median_ms / plain.median_ms) * 100) / 100;
  emit({ kind: 'embed-vs-static', cpu_slowdown: 4, runs: RUNS, embed, static: plain, time_ratio: ratio });
  const why = 'the embed is the whole app: one wasm with Yew, the router, serde, every page and the dataset compiled in; '
    + 'the static page is the journey alone, drawn in advance';
  target('Leeds embed time to readable / static page', ratio, 2, 'x', why);
  target('Leeds embed total gzip', embed.gzip, 100 * 1024, 'bytes', why);
}

// Memory before and after 500 in-app navigations and interactions in one page load (no CPU
// slowdown: this measures growth, not speed). Bounds as in tests/e2e/soak.spec.ts.
async function soakRow() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await installProbes(page);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('main h1').first().waitFor();
  const r = await soak(page, { navigations: 500 });
  await context.close();
  const MB = 1024 * 1024;
  const growth = {
    js_heap_used: r.after.js_heap_used - r.before.js_heap_used,
    wasm_memory: r.after.wasm_memory - r.before.wasm_memory,
    dom_nodes: r.after.dom_nodes - r.before.dom_nodes,
    js_event_listeners: r.after.js_event_listeners - r.before.js_event_listeners,
  };
  emit({ kind: 'soak', navigations: r.navigations, seconds: Math.round(r.seconds), before: r.before, after: r.after, growth });
  budget('soak JS heap growth', growth.js_heap_used, r.before.js_heap_used + 20 * MB, 'bytes');
  budget('soak wasm memory growth', growth.wasm_memory, r.before.wasm_memory + 16 * MB, 'bytes');
}

try {
  for (const [name, path, selector] of [
    ['home', '/', 'main h1'],
    ['council (Leeds)', '/council/E08000035', 'main table.inspections'],
    ['readable journey (Leeds chart marks)', '/council/E08000035', '.journey-chart .mark'],
    ['national picture (hex map)', '/', '.hex-svg .hex'],
  ]) {
    emit({ kind: 'time-to-content', page: name, path, cpu_slowdown: 4, runs: RUNS, ...(await timeToContent(path, selector)) });
  }
  await embedVersusStatic();
  emit({ kind: 'interaction', name: 'hex map year change', path: '/', cpu_slowdown: 4, runs: RUNS, ...(await yearChange()) });
  emit({ kind: 'interaction', name: 'add an 8th council to a comparison of 7', path: '/compare', cpu_slowdown: 4, runs: RUNS, ...(await addEighth()) });
  await soakRow();
} finally {
  await browser.close();
  server.kill();
}

if (failures.length) {
  console.error(`budgets missed: ${failures.join('; ')}`);
  process.exit(1);
}
