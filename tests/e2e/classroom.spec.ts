// Teaching: the curated stories revealed step by step beside the journey, presentation mode
// stepping through Leeds's inspections by keyboard (arrows, Page Down as a clicker sends) and
// the printable worksheet as one A4 page of PDF.
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

test('the worksheet prints as one A4 page with the chart, the table, the questions, the source, date and address', async ({ page, baseURL }) => {
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
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  await expectAddressesPrinted(page, pdf, 6);
});

test('the worksheet of the council with the most inspections (nine, with its predecessors) still prints on one page', async ({ page }) => {
  await page.goto('/council/bournemouth-christchurch-and-poole/worksheet');
  await appReady(page);
  await expect(page.locator('.worksheet-table tbody tr')).toHaveCount(9);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
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
