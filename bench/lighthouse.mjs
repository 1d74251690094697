// Lighthouse runs for the benchmark (bench/bench.mjs): Lighthouse 12.2.3's default config, which is
// the mobile preset (a Moto G Power sized screen, slow 4G and a 4x slower CPU, simulated), over
// pages of the local server, in Debian's Chromium launched by chrome-launcher. The machine has no
// internet: the flags keep Chromium's own background traffic off, Lighthouse's error reporting is
// off by default in the node API, and what Lighthouse fetches itself (robots.txt, source maps)
// comes from the page's origin. Every request the page made is checked against the origin, and
// any other is reported as `external_requests`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'largest-contentful-paint': 'LCP',
  'cumulative-layout-shift': 'CLS',
  'total-blocking-time': 'TBT',
  'first-contentful-paint': 'FCP',
  'speed-index': 'SI',
};

const score = (category) => (category && category.score !== null ? Math.round(category.score * 100) : null);

/** Metric values rounded as Lighthouse reports them (ms, CLS unitless). */
function metric(lhr, id) {
  const v = lhr.audits[id]?.numericValue;
  if (v === undefined) return null;
  return id === 'cumulative-layout-shift' ? Math.round(v * 1000) / 1000 : Math.round(v);
}

function metricText(id, v) {
  if (v === null) return `${METRICS[id]} n/a`;
  return id === 'cumulative-layout-shift' ? `${METRICS[id]} ${v}` : `${METRICS[id]} ${v} ms`;
}

/** The performance metrics costing most score points (weight x lost score), worst first. */
export function worstMetrics(lhr, n = 2) {
  return lhr.categories.performance.auditRefs
    .filter((r) => r.weight > 0)
    .map((r) => ({ id: r.id, lost: r.weight * (1 - (lhr.audits[r.id]?.score ?? 0)), score: lhr.audits[r.id]?.score }))
    .filter((r) => r.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, n)
    .map((r) => `${metricText(r.id, metric(lhr, r.id))} (score ${r.score}, costs ${Math.round(r.lost)} points)`);
}

/** The audits that count towards a category's score and failed (scored below 1), with titles. */
export function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((r) => r.weight > 0)
    .map((r) => lhr.audits[r.id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
    .map((a) => `${a.id}: ${a.title}`);
}

/** The row the benchmark prints for one page: the median run's scores and metrics. */
function row(name, url, lhrs, origin) {
  const lhr = computeMedianRun(lhrs);
  const external = new Set();
  for (const run of lhrs) {
    for (const item of run.audits['network-requests']?.details?.items ?? []) {
      if (!item.url.startsWith(origin) && !/^(data|blob|chrome|about):/.test(item.url)) external.add(item.url);
    }
  }
  return {
    kind: 'lighthouse',
    page: name,
    path: new URL(url).pathname,
    lighthouse: lhr.lighthouseVersion,
    preset: `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling, `
      + `${lhr.configSettings.throttling.cpuSlowdownMultiplier}x CPU`,
    runs: lhrs.length,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    best_practices: score(lhr.categories['best-practices']),
    seo: score(lhr.categories.seo),
    lcp_ms: metric(lhr, 'largest-contentful-paint'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    tbt_ms: metric(lhr, 'total-blocking-time'),
    fcp_ms: metric(lhr, 'first-contentful-paint'),
    performance_runs: lhrs.map((r) => score(r.categories.performance)),
    ...(lhr.runtimeError ? { runtime_error: lhr.runtimeError.message } : {}),
    ...(lhr.runWarnings?.length ? { warnings: lhr.runWarnings } : {}),
    external_requests: [...external],
    // Audits Lighthouse could not compute. With Chromium 156, Lighthouse 12.2.3's trace engine
    // fails on the frame events (`frame_sequence`), taking the LCP element, layout-shift and
    // render-blocking diagnostics with it; none of them counts towards a score, and the metrics
    // are unaffected. The benchmark finds the LCP element and the shifted nodes itself.
    audit_errors: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id),
    lhr,
  };
}

/**
 * Runs Lighthouse `runs` times on each of `pages` ([name, url] pairs) and returns one row per page
 * (with the median run's full result as `lhr`, which the caller must not print). One Chromium
 * serves every run; Lighthouse resets storage and cache before each, so each run is a first visit.
 */
export async function lighthouseRows(pages, { runs = 3, origin }) {
  const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const rows = [];
  try {
    for (const [name, url] of pages) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        lhrs.push(result.lhr);
      }
      rows.push(row(name, url, lhrs, origin));
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
