// Issue 14, "Right at a glance for every reader": checks of what is on screen, not only in the
// DOM: computed positions, bounding boxes and overflow. The popover floats clear of its line,
// the download buttons do not touch, the current-standing counts agree between every view, and
// the plain embed snippet pasted into a bare article shows its whole widget.
import { test, expect, appReady } from './fixtures';
import type { Page, Locator } from '@playwright/test';

const ARTICLE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => (await l.boundingBox())!;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('glossary popover', () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px it floats below its term, clear of the sentence's line`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/council/leeds');
      await appReady(page);
      const trigger = page.locator('.events-intro .gloss-term', { hasText: 'focused visits' });
      const paragraph = page.locator('.events-intro');
      // The term reads as a word of the sentence, not a grey button.
      const look = await trigger.evaluate((b) => {
        const s = getComputedStyle(b);
        return { bg: s.backgroundColor, border: s.borderTopWidth, line: s.textDecorationLine };
      });
      expect(look).toEqual({ bg: 'rgba(0, 0, 0, 0)', border: '0px', line: 'underline' });
      const before = await box(paragraph);
      await trigger.click();
      const pop = page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`);
      await expect(pop).toBeVisible();
      const position = await pop.evaluate((p) => getComputedStyle(p).position);
      expect(['absolute', 'fixed']).toContain(position);
      // Opening it does not push the definition into the sentence: the paragraph keeps its size.
      const after = await box(paragraph);
      expect(Math.abs(after.height - before.height)).toBeLessThan(1);
      // The popover's box does not overlap the line the term is on (each of the term's line boxes).
      const popBox = await box(pop);
      const lines: Box[] = await trigger.evaluate((b) =>
        [...b.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
      expect(lines.length).toBeGreaterThan(0);
      const sentenceLine = { x: before.x, y: lines[lines.length - 1].y, width: before.width, height: lines[lines.length - 1].height };
      expect(overlaps(popBox, sentenceLine), JSON.stringify({ popBox, sentenceLine })).toBe(false);
      // And it is on screen, not cut off at the right.
      expect(popBox.x).toBeGreaterThanOrEqual(0);
      expect(popBox.x + popBox.width).toBeLessThanOrEqual(width);
    });
  }
});

test('the SVG and PNG download buttons do not touch', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/council/bradford');
    await appReady(page);
    const svg = await box(page.getByRole('button', { name: /as SVG/ }));
    const png = await box(page.getByRole('button', { name: /as PNG/ }));
    const apart = Math.max(png.x - (svg.x + svg.width), svg.x - (png.x + png.width),
      png.y - (svg.y + svg.height), svg.y - (png.y + png.height));
    expect(apart, `at ${width} px`).toBeGreaterThanOrEqual(4);
  }
});

/** The number before `word` in a text such as "46 Outstanding, 65 Good … and 13 Inadequate". */
function countIn(text: string, word: string): number {
  const m = text.match(new RegExp(`(\\d+) ${word}`));
  expect(m, `"${word}" in: ${text}`).not.toBeNull();
  return Number(m![1]);
}

test('current standing: the Inadequate count agrees on the home page, its map, /councils and the map embed', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const homeSummary = await page.locator('.map-summary').innerText();
  const home = countIn(homeSummary, 'Inadequate');
  const homeSince = countIn(homeSummary, 'councils have been inspected again');
  // What the map shows: hexagons filled Inadequate, and dots on those inspected since.
  const map = page.locator('.national .hex-map');
  await expect(map.locator('a.hex.grade-inadequate')).toHaveCount(home);
  await expect(map.locator('circle.hex-since')).toHaveCount(homeSince);
  // The dot is visible: a painted circle inside its hexagon, not only words for a screen reader.
  const dot = map.locator('circle.hex-since').first();
  const code = await dot.getAttribute('data-code');
  const dotBox = await box(dot);
  const hexBox = await box(map.locator(`a.hex[data-code="${code}"]`));
  expect(dotBox.width).toBeGreaterThan(2);
  expect(dotBox.x).toBeGreaterThan(hexBox.x);
  expect(dotBox.x + dotBox.width).toBeLessThan(hexBox.x + hexBox.width);
  const paint = await dot.evaluate((c) => getComputedStyle(c).fill);
  const ground = await map.locator(`a.hex[data-code="${code}"] polygon`).evaluate((p) => getComputedStyle(p).fill);
  expect(paint).not.toBe(ground);
  await expect(page.locator('.hex-since-key')).toBeVisible();

  await page.goto('/embed/map');
  await appReady(page);
  const embed = await page.locator('.embed-story').innerText();
  expect(countIn(embed, 'Inadequate')).toBe(home);
  expect(countIn(embed, 'councils have been inspected again')).toBe(homeSince);
  await expect(page.locator('a.hex.grade-inadequate')).toHaveCount(home);

  await page.goto('/councils?grade=inadequate');
  await appReady(page);
  await expect(page.locator('.councils-status')).toContainText(`Showing ${home} of 153 councils`);
  await expect(page.locator('table.councils tbody tr')).toHaveCount(home);
  // The table shows the newer inspection beside the grade, where there is one.
  await page.goto('/councils?grade=not-graded');
  await appReady(page);
  await expect(page.locator('table.councils tbody tr')).toHaveCount(homeSince);
  await expect(page.locator('table.councils tbody .grade-since')).toHaveCount(homeSince);
  await expect(page.locator('table.councils tbody .grade-since').first()).toBeVisible();
});

/** Pastes `html` into the bare article's #widget as an editor would, scripts and all. */
async function paste(page: Page, html: string) {
  await page.evaluate((snippet) => {
    const target = document.getElementById('widget')!;
    target.append(document.createRange().createContextualFragment(snippet));
  }, html);
}

/** The embed dialog's plain snippet for the view at `path`. */
async function snippet(page: Page, path: string, name: RegExp): Promise<string> {
  await page.goto(path);
  await appReady(page);
  await page.getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Light')).toBeChecked();
  return dialog.getByLabel('HTML to paste').inputValue();
}

test.describe('the plain embed snippet in a bare article', () => {
  test.use({ allowedOrigins: [ARTICLE] });
  const cases: [string, RegExp, string][] = [
    ['/council/bradford', /^Embed this journey$/, 'journey'],
    // The longest chart key: a predecessor's child protection and looked-after inspections.
    ['/council/north-northamptonshire', /^Embed this journey$/, 'journey with predecessors'],
    ['/compare?la=bradford~leeds', /^Embed this comparison$/, 'comparison'],
    ['/', /^Embed this map$/, 'map'],
  ];
  for (const [path, name, what] of cases) {
    test(`the ${what} widget is shown whole at 700 and 375 px`, async ({ page }) => {
      const html = await snippet(page, path, name);
      expect(html).toMatch(/^<iframe data-council-journeys title="[^"]+" src="[^"]+[?;]theme=light&amp;data=[^"]+" loading="lazy" style="width:100%;border:0" height="\d+"><\/iframe><script async src="http:\/\/127\.0\.0\.1:\d+\/embed-resize\.js"><\/script>$/);
      for (const width of [700, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${ARTICLE}/bare.html`);
        await paste(page, html);
        const iframe = page.locator('#widget iframe');
        const frame = page.frameLocator('#widget iframe');
        await expect(frame.locator('.embed-source')).toBeVisible();
        // The frame fits its content once the resizer has set its height: no part of the widget
        // below the frame's bottom edge, and nothing to scroll inside it.
        await expect.poll(async () => {
          const frameHeight = (await box(iframe)).height;
          const content = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
          return Math.abs(frameHeight - content);
        }, { message: `at ${width} px` }).toBeLessThanOrEqual(2);
        const frameBox = await box(iframe);
        for (const part of ['.legend-compact', '.embed-source']) {
          const inner = await frame.locator(part).first().evaluate((e) => {
            const r = e.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, right: r.right };
          });
          expect(inner.top, `${part} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(inner.bottom, `${part} at ${width} px`).toBeLessThanOrEqual(frameBox.height);
          expect(inner.right, `${part} at ${width} px`).toBeLessThanOrEqual(frameBox.width);
        }
        // The snippet's first height is safe before the script runs (or where it cannot): on a
        // phone as on a wide page the widget fits in it.
        const initial = Number(html.match(/height="(\d+)"/)![1]);
        const needed = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
        expect(initial, `the initial height at ${width} px`).toBeGreaterThanOrEqual(needed);
        const scroll = await frame.locator('html').evaluate((h) => ({ h: h.scrollHeight - h.clientHeight, w: h.scrollWidth - h.clientWidth }));
        expect(scroll, `no scrolling inside the frame at ${width} px`).toEqual({ h: 0, w: 0 });
      }
    });
  }

  test('the resizer acts only on messages from the site, for its own iframe', async ({ page }) => {
    const html = await snippet(page, '/council/bradford', /^Embed this journey$/);
    await page.goto(`${ARTICLE}/bare.html`);
    await paste(page, html);
    const iframe = page.locator('#widget iframe');
    await expect(page.frameLocator('#widget iframe').locator('.embed-source')).toBeVisible();
    await expect.poll(async () => (await box(iframe)).height).toBeLessThan(2000);
    const settled = (await box(iframe)).height;
    // A message from the article's own origin claiming to be the widget changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'council-journeys:embed-size', height: 40 }, '*'));
    await page.waitForTimeout(200);
    expect((await box(iframe)).height).toBe(settled);
  });
});

/** Asserts that every element `locator` matches lies wholly inside the viewport. */
async function onScreen(page: Page, locator: Locator, what: string) {
  const view = page.viewportSize()!;
  const n = await locator.count();
  expect(n, what).toBeGreaterThan(0);
  for (let k = 0; k < n; k++) {
    const b = await box(locator.nth(k));
    expect(b.y, `${what} ${k}: top`).toBeGreaterThanOrEqual(0);
    expect(b.x, `${what} ${k}: left`).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, `${what} ${k}: bottom`).toBeLessThanOrEqual(view.height);
    expect(b.x + b.width, `${what} ${k}: right`).toBeLessThanOrEqual(view.width);
  }
}

test.describe('presentation mode on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('every slide of a journey has its chart, words, quotation and controls on screen', async ({ page }) => {
    await page.goto('/council/leeds?present');
    await appReady(page);
    const total = Number((await page.locator('.present-count').innerText()).match(/of (\d+)/)![1]);
    for (let k = 1; k <= total; k++) {
      await expect(page.locator('.present-count')).toHaveText(`Inspection ${k} of ${total}`);
      await onScreen(page, page.locator('.present-controls').getByRole('button'), `slide ${k}: buttons`);
      await onScreen(page, page.locator('.present-controls a'), `slide ${k}: leave link`);
      await onScreen(page, page.locator('.present-chart svg.journey-chart'), `slide ${k}: chart`);
      await onScreen(page, page.locator('.present-step h2'), `slide ${k}: heading`);
      if (await page.locator('.present-step .quote').count()) {
        await onScreen(page, page.locator('.present-step .quote'), `slide ${k}: quotation`);
      }
      expect(await page.evaluate(() => document.documentElement.scrollHeight), 'no scrolling').toBeLessThanOrEqual(720);
      await page.keyboard.press('ArrowRight');
    }
    // The first slide has the 2009 report's quotation.
    await page.keyboard.press('Home');
    await expect(page.locator('.present-step .quote')).toBeVisible();
    await onScreen(page, page.locator('.present-step .quote'), 'first slide: quotation');
  });

  test('a comparison shows every chart and the controls on screen', async ({ page }) => {
    for (const la of ['bradford~leeds', 'bradford~leeds~leicester~calderdale~york']) {
      await page.goto(`/compare?la=${la}&present`);
      await appReady(page);
      await expect(page.locator('.present-chart svg.journey-chart')).toHaveCount(la.split('~').length);
      await onScreen(page, page.locator('.present-chart svg.journey-chart'), `${la}: charts`);
      await onScreen(page, page.locator('.present-name'), `${la}: names`);
      await onScreen(page, page.locator('.present-controls').getByRole('button'), `${la}: buttons`);
      // The charts are big enough to read: each at least 200 px tall.
      for (const b of await page.locator('.present-chart svg.journey-chart').all()) {
        expect((await box(b)).height).toBeGreaterThanOrEqual(200);
      }
    }
  });

  test('the full-screen button fills the screen and leaves it', async ({ page }) => {
    await page.goto('/council/leeds?present');
    await appReady(page);
    const button = page.getByRole('button', { name: 'Full screen' });
    await onScreen(page, button, 'full-screen button');
    await button.click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await expect(page.getByRole('button', { name: 'Leave full screen' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Leave full screen' }).click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
  });
});

// Every route kind, at the widths of small phones: the page itself never scrolls sideways
// (a wide table may scroll inside its own labelled region).
const ROUTE_KINDS = ['/', '/council/bradford', '/council/leeds', '/compare?la=bradford~leeds~leicester', '/councils',
  '/councils?grade=inadequate', '/about', '/about/data', '/about/grades', '/about/frameworks', '/glossary',
  '/embed/council/bradford', '/embed/map', '/embed/compare?la=leeds~york', '/council/leeds?present',
  '/compare?la=bradford~leeds&present', '/council/leeds/worksheet', '/no-such-page'];
for (const width of [320, 375]) {
  test(`no horizontal scroll at ${width} px on any route kind`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of ROUTE_KINDS) {
      await page.goto(path);
      await appReady(page);
      const over = await page.evaluate(() => {
        const d = document.documentElement;
        // Text that runs past the right edge, which scrollWidth alone can miss under overflow rules.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const runaway: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('.table-wrap, .table-scroll, .visually-hidden, svg, [hidden]')) continue;
          const r = document.createRange();
          r.selectNodeContents(n);
          const b = r.getBoundingClientRect();
          if (b.width > 0 && b.right > d.clientWidth + 1) runaway.push(`${n.textContent!.trim().slice(0, 40)} (${Math.round(b.right)})`);
        }
        return { scroll: d.scrollWidth - d.clientWidth, runaway };
      });
      expect(over, `${path} at ${width} px`).toEqual({ scroll: 0, runaway: [] });
    }
  });
}

test('journey chart labels do not collide at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const key of ['bradford', 'leeds', 'leicester', 'calderdale']) {
    await page.goto(`/council/${key}`);
    await appReady(page);
    const labels = await page.locator('.journey-chart .mark-label').evaluateAll((ls) =>
      ls.map((l) => { const r = l.getBoundingClientRect(); return { t: l.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; }));
    expect(labels.length).toBeGreaterThan(0);
    for (let i = 0; i < labels.length; i++) {
      expect(labels[i].x, `${key}: ${labels[i].t} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(labels[i].x + labels[i].width, `${key}: ${labels[i].t} ends on screen`).toBeLessThanOrEqual(320);
      for (let j = i + 1; j < labels.length; j++) {
        expect(overlaps(labels[i], labels[j]), `${key}: "${labels[i].t}" and "${labels[j].t}"`).toBe(false);
      }
    }
  }
});

test("Leeds's 2009 report cell cites the report in words, not a file of this project", async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const cell = page.locator('table.inspections tbody tr').first().locator('td').last();
  await expect(cell).toBeVisible();
  await expect(cell.locator('.insp-citation')).toHaveText(/^Source: Ofsted, Inspection of safeguarding and looked after children services: Leeds City Council, published 7 January 2010/);
  await expect(page.locator('table.inspections')).not.toContainText('data/sources');
  await expect(page.locator('table.inspections')).not.toContainText('.txt');
});

test('beside the latest grade, a line on what it means and what happens next, linking to /about/grades', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/council/bradford');
    await appReady(page);
    const standing = page.locator('.standing');
    const badge = await box(standing.locator('.grade').first());
    const meaning = standing.locator('.grade-meaning');
    await expect(meaning).toContainText('Not yet good');
    await expect(meaning.getByRole('link', { name: 'What the grades mean' })).toHaveAttribute('href', '/about/grades');
    const line = await box(meaning);
    const panel = await box(standing);
    // Right under the badge, inside the same panel, and on the first screen of the page.
    expect(line.y).toBeGreaterThanOrEqual(badge.y + badge.height - 1);
    expect(line.y - (badge.y + badge.height)).toBeLessThan(40);
    expect(line.y + line.height).toBeLessThanOrEqual(panel.y + panel.height);
    expect(line.y + line.height, `at ${width} px`).toBeLessThanOrEqual(800);
  }
  // Inadequate says what usually follows.
  await page.goto('/council/E06000049');
  await appReady(page);
  await expect(page.locator('.standing .grade').first()).toHaveText('Inadequate');
  await expect(page.locator('.standing .grade-meaning')).toContainText('monitoring visits');
  await expect(page.locator('.standing .grade-meaning')).toContainText('re-inspects');
});

test('the home page description is true: since 2009', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /every inspection since 2009/);
  const first = await page.evaluate(async () => {
    const d = await (await fetch('/data/dataset.json')).json();
    return d.inspections.map((i: { start: string }) => i.start).sort()[0];
  });
  expect(first.slice(0, 4)).toBe('2009');
});

test.describe('phones', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('a council page shows the chart before the figure cards', async ({ page }) => {
    await page.goto('/council/bradford');
    await appReady(page);
    const grade = await box(page.locator('.standing .grade').first());
    const chart = await box(page.locator('.chart-box svg.journey-chart'));
    const cards = await box(page.locator('dl.measures'));
    expect(grade.y).toBeLessThan(chart.y);
    expect(chart.y + chart.height).toBeLessThanOrEqual(cards.y);
    expect(chart.width).toBeGreaterThan(300);
    // What the reports asked for comes after the journey.
    const asked = await box(page.locator('.story-asked'));
    expect(chart.y + chart.height).toBeLessThanOrEqual(asked.y);
  });

  test("Leeds's journey chart starts on a phone's first screen", async ({ page }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    const chart = await box(page.locator('.chart-box svg.journey-chart'));
    expect(chart.y).toBeLessThan(800);
  });

  test('/councils shows each council as a card with its grade visible', async ({ page }) => {
    await page.goto('/councils?sort=grade&dir=desc');
    await appReady(page);
    const wrap = page.locator('.councils-wrap');
    expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth)).toBe(0);
    const rows = page.locator('table.councils tbody tr');
    for (let k = 0; k < 8; k++) {
      const row = rows.nth(k);
      const card = await box(row);
      const name = await box(row.locator('th[scope="row"] a'));
      const grade = row.locator('td.c-grade .grade');
      await expect(grade).toBeVisible();
      const g = await box(grade);
      // The card fits the screen, with the grade on the name's line, inside the card.
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(375);
      expect(g.x + g.width).toBeLessThanOrEqual(card.x + card.width);
      expect(Math.abs(g.y - name.y)).toBeLessThan(12);
    }
  });

  test("a wide table's caption stays in view while its columns scroll", async ({ page }) => {
    for (const [path, table] of [
      ['/compare?la=E08000035~E08000032~E06000016', 'table.ctx-compare'],
      ['/council/slough', 'table.matrix'],
    ]) {
      await page.goto(path);
      await appReady(page);
      const caption = page.locator(`${table} > caption`);
      await caption.scrollIntoViewIfNeeded();
      const wrap = page.locator('.table-wrap', { has: page.locator(table) });
      // The table is wider than the screen, so it does scroll.
      expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth), path).toBeGreaterThan(50);
      const view = await box(wrap);
      for (const scroll of [0, 10_000]) {
        await wrap.evaluate((w, x) => { w.scrollLeft = x; }, scroll);
        const c = await box(caption);
        expect(c.x, `${path} scrolled ${scroll}`).toBeGreaterThanOrEqual(view.x - 0.5);
        expect(c.x + c.width, `${path} scrolled ${scroll}`).toBeLessThanOrEqual(view.x + view.width + 0.5);
      }
    }
  });
});

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const GRADES = ['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate'];

/** The computed fill of each grade's swatch, its text colour, and the page background. */
async function gradeColours(page: Page) {
  return page.evaluate((grades) => {
    const bg = getComputedStyle(document.body).backgroundColor;
    const fills = grades.map((g) => {
      const s = getComputedStyle(document.querySelector(`.legend .swatch.grade-${g}`)!);
      return { grade: g, fill: s.backgroundColor, text: s.color };
    });
    return { bg, fills };
  }, GRADES);
}

test.describe('dark mode grade colours', () => {
  test.use({ colorScheme: 'dark' });

  test('lightness follows the grades, each fill 3:1 against the page and its letters 4.5:1', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    const { bg, fills } = await gradeColours(page);
    const page_ = luminance(bg);
    expect(page_, 'a dark page').toBeLessThan(0.05);
    const l = Object.fromEntries(fills.map((f) => [f.grade, luminance(f.fill)]));
    // Outstanding lightest, then Good, then Requires improvement and Adequate (one level), then Inadequate.
    expect(l.outstanding).toBeGreaterThan(l.good);
    expect(l.good).toBeGreaterThan(l['requires-improvement']);
    expect(l.good).toBeGreaterThan(l.adequate);
    expect(l['requires-improvement']).toBeGreaterThan(l.inadequate);
    expect(l.adequate).toBeGreaterThan(l.inadequate);
    // Requires improvement and Inadequate differ by lightness, not only hue.
    expect(contrast(l['requires-improvement'], l.inadequate)).toBeGreaterThan(1.3);
    for (const f of fills) {
      expect(contrast(luminance(f.fill), page_), `${f.grade} against the page`).toBeGreaterThanOrEqual(3);
      expect(contrast(luminance(f.fill), luminance(f.text)), `${f.grade}'s letters`).toBeGreaterThanOrEqual(4.5);
    }
    // The hex map paints the same fills.
    const hex = await page.locator('.national a.hex.grade-inadequate polygon').first().evaluate((p) => getComputedStyle(p).fill);
    expect(hex).toBe(fills.find((f) => f.grade === 'inadequate')!.fill);
  });

  test('the presentation theme on black orders its grades by lightness too', async ({ page }) => {
    await page.goto('/council/leeds?present');
    await appReady(page);
    const colours = await page.evaluate((grades) => {
      const main = getComputedStyle(document.querySelector('main.present')!);
      const probe = document.createElement('span');
      document.querySelector('main.present')!.append(probe);
      const out = grades.map((g) => {
        probe.style.color = `var(--g-${g === 'requires-improvement' ? 'ri' : g})`;
        return getComputedStyle(probe).color;
      });
      probe.remove();
      return { bg: main.backgroundColor, out };
    }, ['outstanding', 'good', 'requires-improvement', 'inadequate']);
    const [o, g, ri, i] = colours.out.map(luminance);
    expect(o).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(ri);
    expect(ri).toBeGreaterThan(i);
    expect(contrast(ri, i)).toBeGreaterThan(1.3);
    for (const v of [o, g, ri, i]) expect(contrast(v, luminance(colours.bg))).toBeGreaterThanOrEqual(3);
  });
});

test('light mode grade fills keep 3:1 against the page', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const { bg, fills } = await gradeColours(page);
  for (const f of fills) {
    expect(contrast(luminance(f.fill), luminance(bg)), f.grade).toBeGreaterThanOrEqual(3);
    expect(contrast(luminance(f.fill), luminance(f.text)), `${f.grade}'s letters`).toBeGreaterThanOrEqual(4.5);
  }
});

test.describe('the hex map', () => {
  /** Elements the Tab key stops at, in the page or inside `within`. */
  const tabStops = (page: Page, within = 'body') => page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const candidates = root.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
    return [...candidates].filter((e) => {
      const el = e as HTMLElement;
      if (el.closest('[hidden], [inert], dialog:not([open])')) return false;
      if (el.getAttribute('tabindex') === '-1' || (el as HTMLButtonElement).disabled) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    }).length;
  }, within);

  test('is one tab stop, with the arrow keys moving between hexagons', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    expect(await tabStops(page, '.national .hex-map')).toBe(1);
    // The whole page, by pressing Tab until the focus comes round again (about 330 before).
    await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); });
    const seen: string[] = [];
    for (let k = 0; k < 400; k++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return 'body';
        (e as any).__tabId ??= Math.random().toString(36).slice(2);
        return (e as any).__tabId as string;
      });
      if (id === 'body' || seen.includes(id)) break;
      seen.push(id);
    }
    expect(seen.length, 'tab stops on the home page').toBeLessThan(40);
    expect(seen.length).toBeGreaterThan(10);
    // Tab from the year control's last button enters the map once, and the next Tab leaves it.
    await page.getByRole('button', { name: 'Later year' }).focus();
    await page.keyboard.press('Tab');
    const first = page.locator('.national a.hex:focus');
    await expect(first).toHaveCount(1);
    const start = await box(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const down = await box(page.locator('.national a.hex:focus'));
    expect(down.y).toBeGreaterThan(start.y + 10);
    await page.keyboard.press('ArrowRight');
    const right = await box(page.locator('.national a.hex:focus'));
    expect(right.x).toBeGreaterThan(down.x + 5);
    expect(Math.abs(right.y - down.y)).toBeLessThan(1);
    await page.keyboard.press('ArrowLeft');
    expect((await box(page.locator('.national a.hex:focus'))).x).toBeCloseTo(down.x, 0);
    // The focused hexagon is the map's one tab stop now: Tab leaves the map, Shift+Tab returns to it.
    const code = await page.locator('.national a.hex:focus').getAttribute('data-code');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.hex-map'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('.national a.hex:focus')).toHaveAttribute('data-code', code!);
    // Enter opens the council.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/council\//);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the focus ring shows on every grade's colour (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await appReady(page);
      for (const grade of ['outstanding', 'good', 'requires-improvement', 'inadequate']) {
        const hex = page.locator(`.national a.hex.grade-${grade}`).first();
        await hex.focus();
        const ring = page.locator('.national .hex-ring-outer');
        await expect(ring).toHaveCount(1);
        const [r, h] = [await box(ring), await box(hex)];
        expect(Math.abs(r.x + r.width / 2 - (h.x + h.width / 2))).toBeLessThan(2);
        const colours = await page.evaluate((g) => {
          const fill = getComputedStyle(document.querySelector(`.national a.hex.grade-${g} polygon`)!).fill;
          const outer = getComputedStyle(document.querySelector('.national .hex-ring-outer')!).stroke;
          const inner = getComputedStyle(document.querySelector('.national .hex-ring-inner')!).stroke;
          return { fill, outer, inner };
        }, grade);
        const best = Math.max(contrast(luminance(colours.outer), luminance(colours.fill)),
          contrast(luminance(colours.inner), luminance(colours.fill)));
        expect(best, `${grade} in ${scheme}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  test('"find my council" outlines Leeds, labels it and moves the focus to it', async ({ page }) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await appReady(page);
      await page.getByLabel('Find my council on the map').fill('leeds');
      await page.getByLabel('Find my council on the map').press('Enter');
      await expect(page.locator('.hex-find-message')).toContainText('Leeds is outlined on the map');
      const hex = page.locator('.national a.hex[data-code="E08000035"]');
      // The focus is on Leeds's hexagon, which is on screen.
      await expect(hex).toBeFocused();
      await expect(hex).toBeInViewport();
      // A thick outline round it, centred on it, in colours that differ from its fill.
      const ring = page.locator('.national .hex-found[data-code="E08000035"] .hex-found-outer');
      await expect(ring).toHaveCount(1);
      const [r, h] = [await box(ring), await box(hex)];
      expect(Math.abs(r.x + r.width / 2 - (h.x + h.width / 2))).toBeLessThan(2);
      expect(Math.abs(r.y + r.height / 2 - (h.y + h.height / 2))).toBeLessThan(2);
      const style = await page.evaluate(() => {
        const outer = getComputedStyle(document.querySelector('.national .hex-found-outer')!);
        const fill = getComputedStyle(document.querySelector('.national a.hex[data-code="E08000035"] polygon')!).fill;
        const inner = getComputedStyle(document.querySelector('.national .hex-found-inner')!).stroke;
        return { width: parseFloat(outer.strokeWidth), outer: outer.stroke, inner, fill };
      });
      expect(style.width, `outline width at ${width} px`).toBeGreaterThanOrEqual(4);
      expect(Math.max(contrast(luminance(style.outer), luminance(style.fill)),
        contrast(luminance(style.inner), luminance(style.fill)))).toBeGreaterThanOrEqual(3);
      // Its label by it, still there after the focus moves on.
      const tip = page.locator('.national .hex-tip');
      await expect(tip.locator('.hex-tip-name')).toHaveText('Leeds');
      await page.keyboard.press('Tab');
      await expect(hex).not.toBeFocused();
      await expect(ring).toHaveCount(1);
      await expect(tip.locator('.hex-tip-name')).toHaveText('Leeds');
      const t = await box(tip);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(width);
    }
    // Nothing found says so and outlines nothing.
    await page.getByLabel('Find my council on the map').fill('Atlantis');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await expect(page.locator('.hex-find-message')).toHaveText('No council on the map matches "Atlantis".');
    await expect(page.locator('.national .hex-found')).toHaveCount(0);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    test('the first tap on a hexagon shows its label by it; a second tap opens the council', async ({ page }) => {
      await page.goto('/');
      await appReady(page);
      const hex = page.locator('.national a.hex[data-code="E08000035"]');
      await hex.scrollIntoViewIfNeeded();
      await hex.tap();
      // Still on the home page, with Leeds's label on screen beside its hexagon.
      await expect(page).toHaveURL(/\/$/);
      const tip = page.locator('.national .hex-tip');
      await expect(tip.locator('.hex-tip-name')).toHaveText('Leeds');
      const [t, h] = [await tip.boundingBox(), await hex.boundingBox()];
      expect(t!.x).toBeGreaterThanOrEqual(0);
      expect(t!.x + t!.width).toBeLessThanOrEqual(375);
      const gap = Math.max(t!.y - (h!.y + h!.height), h!.y - (t!.y + t!.height), 0);
      expect(gap, 'the label sits by the hexagon').toBeLessThan(40);
      await hex.tap();
      await expect(page).toHaveURL(/\/council\/leeds$/);
      await expect(page.locator('main h1')).toHaveText('Leeds');
    });
  });

  test('region names sit on the map, clear of every hexagon, at 375 and 1280 px', async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await appReady(page);
      const labels = page.locator('.national .region-label');
      await expect(labels).toHaveCount(9);
      await expect(page.locator('.national .region-outline')).toHaveCount(9);
      await expect(labels.filter({ hasText: /^London$/ })).toHaveCount(1);
      const svg = await box(page.locator('.national .hex-svg'));
      const hexes = await page.locator('.national a.hex polygon').evaluateAll((els) =>
        els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; }));
      for (const l of await labels.all()) {
        const b = await box(l);
        const name = await l.textContent();
        expect(b.x, `${name} at ${width} px`).toBeGreaterThanOrEqual(svg.x - 0.5);
        expect(b.x + b.width, `${name} at ${width} px`).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
        expect(b.x + b.width).toBeLessThanOrEqual(width);
        // Over no hexagon (shrunk a little: a hexagon's box is wider than its corners).
        for (const h of hexes) {
          const apart = b.x + b.width <= h.x + 1 || h.x + h.w <= b.x + 1 || b.y + b.height <= h.y + h.h * 0.25 || h.y + h.h * 0.75 <= b.y;
          expect(apart, `${name} over a hexagon at ${width} px`).toBe(true);
        }
      }
    }
  });

  test('the chosen year is in the URL and survives a reload', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    const latest = Number(await page.locator('.year-value').innerText());
    await page.getByRole('button', { name: 'Earlier year' }).click();
    await page.getByRole('button', { name: 'Earlier year' }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?year=${latest - 2}$`));
    await page.reload();
    await appReady(page);
    await expect(page.locator('.year-value')).toHaveText(String(latest - 2));
    await expect(page.locator('.map-summary')).toContainText(`End of ${latest - 2}`);
    await page.getByRole('button', { name: 'Later year' }).click();
    await page.getByRole('button', { name: 'Later year' }).click();
    await expect(page).toHaveURL(/\/$/);
    // A link to an earlier year opens at it.
    await page.goto('/?year=2018');
    await appReady(page);
    await expect(page.locator('.year-value')).toHaveText('2018');
  });

  test("a pointed hexagon's label sits by it", async ({ page }) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      await appReady(page);
      const hex = page.locator('.national a.hex[data-code="E08000035"]');
      await hex.hover();
      const tip = page.locator('.national .hex-tip');
      await expect(tip).toBeVisible();
      await expect(tip.locator('.hex-tip-name')).toHaveText('Leeds');
      const [t, h] = [await box(tip), await box(hex)];
      // Right above (or below) the hexagon, overlapping it horizontally, and inside the window.
      expect(Math.min(Math.abs(t.y + t.height - h.y), Math.abs(t.y - (h.y + h.height))), `at ${width} px`).toBeLessThan(12);
      expect(t.x).toBeLessThan(h.x + h.width);
      expect(t.x + t.width).toBeGreaterThan(h.x);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(width);
    }
  });
});
