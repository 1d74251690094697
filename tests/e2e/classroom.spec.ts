// Teaching: the curated stories revealed step by step beside the journey, the story paragraph's
// sentences on what inspectors asked for (the same with JavaScript off and after hydration),
// presentation mode stepping through Leeds's inspections by keyboard (arrows, Page Down as a
// clicker sends) with each slide's points to improve on screen, and the printable worksheet:
// one A4 page as before, then a second page of what each report said must improve.
import { test, expect, appReady } from './fixtures';
import type { Page } from '@playwright/test';

/** The text of a PDF with all white space removed (pdf.js, no worker), so an address wrapped
 * across lines still reads as one. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
  }
  await doc.destroy();
  return text.replace(/\s+/g, '');
}

/** The text of each page of a PDF, white space removed as in `pdfText`. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/g, ''));
  }
  await doc.destroy();
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The worksheet printed to A4 twice, with its points' page and without it: the decision is
 * that the first page keeps exactly what it had (chart, table, context, questions, foot) and
 * the points are a second page of their own, so there are exactly two pages and the first is
 * the sheet printed without the points. Then every point the page shows is in the PDF's second
 * page, word for word (the last one too: nothing cut off), with each "and N more".
 */
async function expectPointsPage(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  expect(pages.length, `${page.url()}: two A4 pages, the sheet, then the points`).toBe(2);
  // The site's CSP allows no inline style: the points are hidden by their `hidden` attribute.
  const points_ = page.locator('.worksheet-points');
  await points_.evaluate((e) => { (e as HTMLElement).hidden = true; });
  const alone = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await points_.evaluate((e) => { (e as HTMLElement).hidden = false; });
  expect(alone.length).toBe(1);
  expect(pages[0], 'the first page is unchanged by the points').toBe(alone[0]);
  const heading = await page.locator('.worksheet-points h2').innerText();
  expect(pages[1].startsWith(squash(heading)), 'the second page opens with its heading').toBe(true);
  const points = await page.locator('.worksheet-points .improve-text').allInnerTexts();
  expect(points.length).toBeGreaterThan(0);
  for (const p of points) expect(pages[1], `printed: ${p.slice(0, 40)}…`).toContain(squash(p));
  expect(pages[1]).toContain(squash(points[points.length - 1]));
  for (const more of await page.locator('.worksheet-more').allInnerTexts()) expect(pages[1]).toContain(squash(more));
  return { pdf, pages };
}

/** Every row of the worksheet's table prints its report's address, short and readable. */
async function expectAddressesPrinted(page: Page, pdf: Buffer, rows: number) {
  const addresses = await page.locator('.worksheet-table tbody tr .report-cell .report-address').allInnerTexts();
  expect(addresses).toHaveLength(rows);
  const text = await pdfText(pdf);
  for (const a of addresses) {
    expect(a).toMatch(/^(files|reports)\.ofsted\.gov\.uk\/[\w/]+$/);
    expect(text, `${a} printed`).toContain(a);
  }
}

test('the Leeds story reveals one year at a time, with attributed quotations and questions', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const story = page.locator('.curated-story');
  await expect(story.locator('h2')).toHaveText('Leeds: from "Inadequate" to "child-friendly Leeds"');
  const steps = story.locator('.story-step');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toBeVisible();
  await expect(steps.nth(1)).toBeHidden();
  await expect(steps.nth(0).locator('blockquote').first()).toHaveText('“The threshold for access to child protection services was until very recently set too high”');
  await expect(steps.nth(0).locator('figcaption').first()).toContainText('Ofsted, Inspection of safeguarding and looked after children services: Leeds City Council');
  const next = story.getByRole('button', { name: 'Next: 2015: Good' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(1)).toBeVisible();
  await story.getByRole('button', { name: 'Next: 2018: Outstanding' }).click();
  await expect(steps.nth(2)).toContainText("You are indeed 'child-friendly Leeds'");
  await expect(story.getByRole('button', { name: /^Next/ })).toHaveCount(0);
  await expect(story.locator('.questions li')).toHaveCount(4);
});

test('presentation mode steps through Leeds with the arrow keys and Page Down, and Escape leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/council/leeds');
  await appReady(page);
  await page.getByRole('link', { name: 'Present this journey in class' }).click();
  await expect(page).toHaveURL(/\/council\/leeds\?present$/);
  await expect(page.locator('.site-header')).toHaveCount(0);
  const marks = page.locator('.present-chart .mark');
  const heading = page.locator('.present-step h2');
  await expect(marks).toHaveCount(1);
  await expect(heading).toHaveText('2009: Inadequate');
  await expect(page.locator('.present-count')).toHaveText('Inspection 1 of 6');
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('2011: Adequate');
  await expect(marks).toHaveCount(2);
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('2015: Good');
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('2018: Outstanding');
  await expect(page.locator('.present-step')).toContainText("You are indeed 'child-friendly Leeds'");
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(heading).toHaveText('2025: Outstanding');
  await expect(marks).toHaveCount(6);
  await page.keyboard.press('PageDown'); // past the end: stays
  await expect(marks).toHaveCount(6);
  await page.keyboard.press('PageUp');
  await expect(heading).toHaveText('2022: Outstanding');
  await page.keyboard.press('ArrowLeft');
  await expect(marks).toHaveCount(4);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(marks).toHaveCount(5);
  // Large type: the step heading is well above body size.
  const size = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeGreaterThanOrEqual(26);
  // On a landscape projector the chart fills its column, three fifths of the width, beside
  // the step's words (tests/e2e/glance.spec.ts checks every slide fits the screen).
  const chartWidth = await page.locator('.present-chart svg.journey-chart').evaluate((s) => s.getBoundingClientRect().width);
  expect(chartWidth).toBeGreaterThan(650);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/council\/leeds$/);
  await expect(page.locator('main h1')).toHaveText('Leeds');
});

test('the worksheet prints one A4 page with the chart, the table, the questions, the source, date and address, then a page of each report\'s points', async ({ page, baseURL }) => {
  await page.goto('/council/leeds/worksheet');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText("Leeds: children's services inspections");
  await expect(page.locator('.worksheet .journey-chart .mark')).toHaveCount(6);
  await expect(page.locator('.worksheet-table tbody tr')).toHaveCount(6);
  await expect(page.locator('.worksheet-questions li')).toHaveCount(4);
  await expect(page.locator('.worksheet-foot')).toContainText(/Source: Ofsted inspection reports and official statistics, under the Open Government Licence v3\.0\. Data as of \d+ \w+ 20\d\d\./);
  await expect(page.locator('.worksheet-address')).toHaveText(new RegExp(`^${baseURL}/council/leeds/worksheet/?$`));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this worksheet' })).toBeHidden();
  const { pdf } = await expectPointsPage(page);
  await expectAddressesPrinted(page, pdf, 6);
  // Each inspection: 2009 and 2011 predate such lists, 2015 lists 15 points, 2018 four (the
  // third about personal education plans, on page 2), 2022 and 2025 two each.
  const reports = page.locator('.worksheet-report-points');
  await expect(reports).toHaveCount(6);
  await expect(reports.nth(0)).toContainText('What this report said must improve is not in the data.');
  await expect(reports.nth(2).locator('.improve-text')).toHaveCount(3);
  await expect(reports.nth(2).locator('.worksheet-more')).toContainText(/^and 12 more: see the report at files\.ofsted\.gov\.uk\//);
  await expect(reports.nth(3).locator('li').nth(2)).toHaveText(
    'The quality, recording and review of personal education plans (PEPs) so that they provide clear, consistent and purposeful targets, covering both short- and longer-term objectives. (report, page 2)');
  await expect(reports.nth(3).locator('.worksheet-more')).toContainText('and 1 more');
  await expect(reports.nth(5).locator('.improve-text')).toHaveCount(2);
  await expect(reports.nth(5).locator('.worksheet-more')).toHaveCount(0);
});

test('worksheets with many long points to improve print them on their second page, none cut off', async ({ page }) => {
  // Slough's 2016 report has the longest points of all (three fill about a third of a page);
  // Bradford and Birmingham each have four long lists.
  for (const slug of ['bradford', 'birmingham', 'slough']) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/council/${slug}/worksheet`);
    await appReady(page);
    await expect(page.locator('.worksheet-points .improve-text').first()).toBeVisible();
    await expectPointsPage(page);
  }
});

test('the worksheet of the council with the most inspections (nine, with its predecessors) still prints its sheet on one page', async ({ page }) => {
  await page.goto('/council/bournemouth-christchurch-and-poole/worksheet');
  await appReady(page);
  await expect(page.locator('.worksheet-table tbody tr')).toHaveCount(9);
  await page.emulateMedia({ media: 'print' });
  const { pdf } = await expectPointsPage(page);
  await expectAddressesPrinted(page, pdf, 9);
});

test('a worksheet for an unknown council is the not-found view', async ({ page }) => {
  await page.goto('/council/nowhere/worksheet');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await page.goto('/council/nowhere?present');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
});

test('a comparison in presentation mode is revealed a year at a time', async ({ page }) => {
  await page.goto('/compare?la=E08000035~E06000016');
  await appReady(page);
  await page.getByRole('link', { name: 'Present this comparison in class' }).click();
  await expect(page).toHaveURL(/\/compare\?la=E08000035~E06000016&present$/);
  const marks = page.locator('.present-chart .mark');
  await expect(page.locator('.present-step h2')).toHaveText('2009');
  await expect(marks).toHaveCount(1);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present-step h2')).toHaveText('2011');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present-step h2')).toHaveText('2012');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present-step h2')).toHaveText('2015');
  await expect(page.locator('.present-compare-list li')).toHaveText(['Leeds: Good', 'Leicester: Inadequate']);
  await expect(marks).toHaveCount(5);
  await page.keyboard.press('End');
  await expect(marks).toHaveCount(11);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/compare\?la=E08000035~E06000016$/);
});

test('a journey without a curated story: every slide says what changed, on screen at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/council/bradford?present');
  await appReady(page);
  const total = Number((await page.locator('.present-count').innerText()).match(/of (\d+)/)![1]);
  expect(total).toBe(5);
  const said: string[] = [];
  for (let k = 1; k <= total; k++) {
    await expect(page.locator('.present-count')).toHaveText(`Inspection ${k} of ${total}`);
    const change = page.locator('.present-step .present-change');
    await expect(change).toBeVisible();
    const text = (await change.innerText()).trim();
    expect(text.length, `slide ${k}`).toBeGreaterThan(10);
    const b = (await change.boundingBox())!;
    expect(b.y + b.height, `slide ${k}: the sentence is on screen`).toBeLessThanOrEqual(720);
    said.push(text);
    await page.keyboard.press('ArrowRight');
  }
  expect(said).toEqual([
    'The first inspection in this journey.',
    'Down from Good (2012) to Requires improvement (2014).',
    'Down from Requires improvement (2014) to Inadequate (2018).',
    'Still Inadequate, as in 2018.',
    'Up from Inadequate (2022) to Requires improvement (2026).',
  ]);
});

test('an inspection under the 2026 framework is a slide of its own that says it gives no overall grade', async ({ page }) => {
  await page.goto('/council/middlesbrough?present');
  await appReady(page);
  await page.keyboard.press('End');
  await expect(page.locator('.present-step h2')).toHaveText('2026: No overall grade');
  await expect(page.locator('.present-step .present-change')).toHaveText(
    'No overall grade: the 2026 framework does not give one. The last overall grade, Requires improvement (2023), still stands.');
  // Every graded mark is drawn, and the 2026 inspection on the lane below.
  await expect(page.locator('.present-chart .mark')).toHaveCount(4);
  await expect(page.locator('.present-chart .lane-item.inspection')).toHaveCount(1);
});

test('a curated journey: the steps its story does not tell get the generated sentence', async ({ page }) => {
  await page.goto('/council/leeds?present');
  await appReady(page);
  await expect(page.locator('.present-step .present-change')).toHaveCount(0); // 2009 has its story
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.present-step h2')).toHaveText('2022: Outstanding');
  await expect(page.locator('.present-step .present-change')).toHaveText('Still Outstanding, as in 2018.');
});

test("Leeds's story says what the 2018 report asked for, with JavaScript off and after hydration", async ({ browser, baseURL }) => {
  const sentence = 'In 2018 inspectors asked Leeds to improve 4 things, most of all about quality of plans and records, as in 2015.';
  const story = async (js: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled: js, baseURL });
    const page = await context.newPage();
    await page.goto('/council/leeds');
    if (js) await appReady(page);
    // The story: the grades' sentence, then (under the chart) what each report asked for.
    const text = await page.locator('.story-more .story-asked').innerText();
    expect(await page.locator('.story .story-text').innerText()).toMatch(/^Leeds was judged Inadequate in 2009/);
    await context.close();
    return text;
  };
  const without = await story(false);
  expect(without).toContain(sentence);
  expect(without.match(/inspectors asked Leeds/g)).toHaveLength(4);
  expect(await story(true), 'hydration keeps the pre-rendered story').toBe(without);
});

/** The box's rectangles overlap. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('each slide quotes what its report said must improve, large, on screen at 1280×720 and clear of the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const [slug, withPoints] of [['leeds', [3, 4, 5, 6]], ['bradford', [2, 3, 4, 5]]] as const) {
    await page.goto(`/council/${slug}?present`);
    await appReady(page);
    const total = Number((await page.locator('.present-count').innerText()).match(/of (\d+)/)![1]);
    for (let k = 1; k <= total; k++) {
      await expect(page.locator('.present-count')).toHaveText(`Inspection ${k} of ${total}`);
      const box = page.locator('.present-step .present-points');
      if (!(withPoints as readonly number[]).includes(k)) {
        await expect(box, `${slug} slide ${k}: a report without such a list`).toHaveCount(0);
      } else {
        await expect(box.locator('h3')).toHaveText('What the report said must improve');
        const b = (await box.boundingBox())!;
        const chart = (await page.locator('.present-chart svg.journey-chart').boundingBox())!;
        expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= 1280 && b.y + b.height <= 720, `${slug} slide ${k}: on screen ${JSON.stringify(b)}`).toBe(true);
        expect(overlap(b, chart), `${slug} slide ${k}: clear of the chart`).toBe(false);
        const items = box.locator('.improve-list li');
        expect(await items.count()).toBeGreaterThan(0);
        expect(await items.count()).toBeLessThanOrEqual(3);
        // The first point starts inside the box, where it is read first; the rest scroll.
        const first = (await items.first().boundingBox())!;
        expect(first.y, `${slug} slide ${k}: first point visible`).toBeGreaterThanOrEqual(b.y);
        expect(first.y + 30, `${slug} slide ${k}: first point visible`).toBeLessThanOrEqual(b.y + b.height);
        const size = await items.first().evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
        expect(size, 'readable from the back of a classroom').toBeGreaterThanOrEqual(20);
        await expect(items.first().locator('.improve-page')).toHaveText(/^report, page \d+$/);
        await expect(items.first().locator('a.improve-page')).toHaveAttribute('href', /#page=\d+$/);
      }
      await page.keyboard.press('ArrowRight');
    }
  }
  // Leeds 2015 lists fifteen points: the first three, then "and 12 more in the report".
  await page.goto('/council/leeds?present');
  await appReady(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-step h2')).toHaveText('2015: Good');
  await expect(page.locator('.present-points .improve-more')).toHaveText('and 12 more in the report');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-points .improve-list li').nth(2)).toContainText('personal education plans (PEPs)');
});
