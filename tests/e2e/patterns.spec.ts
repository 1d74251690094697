// /patterns: every chart on screen with its sentence and table, by keyboard too; the chosen
// council drawn strong; the published figures agree with what the page prints; the embeds
// resize under a Pym.js parent; nothing runs off a 375 px phone.
import { test, expect, appReady } from './fixtures';
import type { FrameLocator, Page } from '@playwright/test';

const ARTICLE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;
const CHARTS = ['transitions', 'recovery', 'aligned', 'staying-good', 'themes'];

/** The visible chart of a section: its box on screen, inside the viewport's width. */
async function chartBox(page: Page, id: string) {
  const svg = page.locator(`#${id} svg.pattern-chart:visible`);
  await expect(svg).toHaveCount(1);
  const box = (await svg.boundingBox())!;
  return box;
}

test('every chart is drawn on screen with its sentence, and its table opens by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('/patterns');
  await expect(page.locator('main h1')).toHaveText('What happens after Inadequate?');
  // Before the wasm: the pre-rendered page already shows every chart.
  for (const id of CHARTS) {
    const box = await chartBox(page, id);
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(100);
    expect(box.x + box.width).toBeLessThanOrEqual(1200);
    await expect(page.locator(`#${id} .pattern-summary`)).not.toBeEmpty();
  }
  await appReady(page);
  for (const id of CHARTS) {
    await chartBox(page, id);
    const summary = page.locator(`#${id} details.table-toggle > summary`);
    await summary.focus();
    await page.keyboard.press('Enter');
    const table = page.locator(`#${id} table.pattern-table`);
    await expect(table).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
  }
});

test('the recovery figures on the page are the published recovery.csv', async ({ page, request }) => {
  const csv = await (await request.get('/data/recovery.csv')).text();
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('years,share_recovered,at_risk');
  const rows = lines.slice(1).map((l) => l.split(','));
  expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  await page.goto('/patterns');
  await page.locator('#recovery details.table-toggle > summary').click();
  const cells = page.locator('#recovery table.pattern-table tbody tr');
  for (const [k, [years, share, atRisk]] of rows.entries()) {
    const row = cells.nth(k);
    await expect(row.locator('th')).toHaveText(years);
    // The page rounds the exact share to a whole percentage; the file gives it to 0.001.
    const shown = Number((await row.locator('td').nth(0).textContent())!.replace('%', ''));
    expect(Math.abs(shown - Number(share) * 100)).toBeLessThanOrEqual(0.55);
    await expect(row.locator('td').nth(2)).toHaveText(atRisk);
  }
  // The at-risk row under the chart prints the same numbers at its year ticks.
  const atRiskAt2 = await page.locator('#recovery svg.pattern-chart:visible .at-risk').nth(2).textContent();
  expect(atRiskAt2).toBe(rows[1][2]);
  const transitions = await (await request.get('/data/transitions.csv')).text();
  expect(transitions.split(/\r?\n/)[0]).toBe('from_grade,to_grade,count');
  const fromInadequate = transitions.trim().split(/\r?\n/).slice(1).map((l) => l.split(','))
    .filter((r) => r[0] === 'Inadequate').reduce((n, r) => n + Number(r[2]), 0);
  await expect(page.locator('#transitions .pattern-summary')).toContainText(`Of ${fromInadequate} Inadequate judgements`);
});

test('a chosen council is drawn strong on the aligned chart, from the council page and from the list', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  await page.getByRole('link', { name: 'See Leeds beside every council judged Inadequate' }).click();
  await expect(page).toHaveURL(/\/patterns\?la=leeds$/);
  await expect(page.locator('.aligned-chosen')).toHaveText(/^Leeds was first judged Inadequate in 2009 and Good or better \d+\.\d years later\.$/);
  const chosen = page.locator('#aligned svg.pattern-chart:visible .pc-line.chosen');
  await expect(chosen).toHaveCount(1);
  const box = (await chosen.boundingBox())!;
  expect(box.width).toBeGreaterThan(50);
  // Choose another by keyboard: focus the list and step to the next council with an arrow key.
  const select = page.locator('#aligned-council');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).not.toHaveURL(/la=leeds/);
  const next = await select.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex].text);
  await expect(page.locator('.aligned-chosen')).toContainText(`${next} was first judged Inadequate`);
  await select.selectOption({ label: 'Birmingham' });
  await expect(page).toHaveURL(/\/patterns\?la=birmingham$/);
  await expect(page.locator('.aligned-chosen')).toContainText('Birmingham was first judged Inadequate');
  await expect(page.locator('#aligned svg.pattern-chart:visible .pc-chosen .dot-code').first()).toHaveText('I');
  // A council never judged Inadequate is not on the chart, and the page says so.
  await page.goto('/patterns?la=E09000020');
  await appReady(page);
  await expect(page.locator('.aligned-chosen')).toContainText('never been judged Inadequate');
});

test('at 375 px nothing runs off the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/patterns');
  await appReady(page);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBe(0);
  for (const id of CHARTS) {
    const box = await chartBox(page, id);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // Laid out for the phone, not scaled down: the text keeps its size.
    const font = await page.locator(`#${id} svg.pattern-chart:visible text`).first()
      .evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
    expect(font).toBeGreaterThan(10);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  // The page carries only the layouts its capped boxes can show (PATTERN_BOX_MAX): at every
  // width each chart still shows one, whole, with its text at size.
  test('every chart shows one layout at any width, its text at size', async ({ page }) => {
    for (const width of [375, 500, 700, 900, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/patterns');
      const boxes = page.locator('.pattern-box');
      expect(await boxes.count()).toBe(CHARTS.length + 5);
      for (const b of await boxes.all()) {
        const shown = b.locator('svg.pattern-chart:visible');
        await expect(shown, `${width} px`).toHaveCount(1);
        const chart = (await shown.boundingBox())!;
        const box = (await b.boundingBox())!;
        expect(chart.width, `${width} px`).toBeGreaterThan(0.95 * box.width);
        expect(chart.x + chart.width, `${width} px`).toBeLessThanOrEqual(box.x + box.width + 1);
        const font = await shown.locator('text').first().evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
        expect(font, `${width} px`).toBeGreaterThan(10);
      }
    }
  });
});

async function settled(page: Page) {
  await expect.poll(async () => {
    const frame = await page.locator('#widget iframe').evaluate((f) => f.getBoundingClientRect().height);
    const content = await page.frameLocator('#widget iframe').locator('body')
      .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    return Math.abs(frame - content);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(3);
  return page.locator('#widget iframe').evaluate((f) => f.getBoundingClientRect().height);
}

test.describe('embeds', () => {
  test.use({ allowedOrigins: [ARTICLE] });
  for (const chart of CHARTS) {
    test(`the ${chart} embed resizes under the Pym.js parent`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`${ARTICLE}/?pym=${encodeURIComponent(`${baseURL}/embed/patterns/${chart}?la=leeds`)}`);
      const widget: FrameLocator = page.frameLocator('#widget iframe');
      await expect(widget.locator('main h1')).toContainText('national patterns');
      await expect(widget.locator('svg.pattern-chart:visible')).toHaveCount(1);
      const wide = await settled(page);
      await page.setViewportSize({ width: 375, height: 800 });
      const narrow = await settled(page);
      expect(narrow).not.toBe(wide);
      const over = await widget.locator('html').evaluate((h) => h.scrollWidth - h.clientWidth);
      expect(over).toBe(0);
    });
  }
});

test('each chart downloads as CSV and as an SVG that carries its sentence', async ({ page }) => {
  await page.goto('/patterns');
  await appReady(page);
  const save = async (section: string, name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`#${section}`).getByRole('button', { name }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };
  const csv = await save('transitions', 'Download as CSV');
  expect(csv.name).toBe('council-journeys-patterns-transitions.csv');
  expect(csv.text.split(/\r?\n/)[0]).toBe('from_grade,to_grade,count');
  const svg = await save('recovery', 'Download the chart as SVG');
  expect(svg.name).toBe('council-journeys-patterns-recovery.svg');
  expect(svg.text).toMatch(/<title[^>]*>How long recovery from Inadequate takes<\/title>/);
  const sentence = await page.locator('#recovery .pattern-summary').textContent();
  expect(svg.text).toContain(sentence!.slice(0, 40));
  const themes = await save('themes', 'Download the chart as SVG');
  expect(themes.name).toBe('council-journeys-patterns-themes.svg');
  expect(themes.text).toMatch(/<title[^>]*>What councils are told to improve<\/title>/);
  // Every theme's name is in the file, as on the page.
  expect(themes.text).toContain('>Care leavers</text>');
  expect(themes.text).toContain('>Early help</text>');
  const themesCsv = await save('themes', 'Download as CSV');
  // With a byte-order mark, as every CSV of the site for spreadsheet programs.
  expect(themesCsv.text.split(/\r?\n/)[0]).toBe('\uFEFFyear,framework,theme,reports_naming_it,reports');
});

test('what councils are told to improve: the chart agrees with its table, and every year is in words and numbers', async ({ page }) => {
  await page.goto('/patterns');
  await appReady(page);
  const section = page.locator('#themes');
  await expect(section.locator('.pattern-summary')).toContainText(/^Of the \d+ ILACS reports published in 20\d\d\u201320\d\d, the share naming each theme was highest for /);
  await expect(section).toContainText(/In the \d+ ILACS reports? published in 20\d\d, the themes named most often were /);
  await section.locator('details.table-toggle > summary').click();
  const table = section.locator('table.theme-trends');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(14);
  // The table's columns: "2025 ILACS (45)". Pool the latest two ILACS years as the bars do.
  const heads = (await table.locator('thead th').allInnerTexts()).slice(1);
  const ilacs = heads.map((h, k) => ({ k, m: h.match(/^(\d{4}) ILACS \((\d+)\)$/) })).filter((c) => c.m);
  const recent = ilacs.slice(-2);
  const reports = recent.reduce((n, c) => n + Number(c.m![2]), 0);
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    theme: tr.querySelector('th')!.textContent!.trim(),
    counts: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
  })));
  const shares = rows.map((r) => ({ theme: r.theme, share: recent.reduce((n, c) => n + r.counts[c.k], 0) / reports }));
  const top = shares.reduce((a, b) => (b.share > a.share ? b : a));
  const chart = section.locator('svg.themes-chart:visible');
  await expect(chart.locator('.theme-row')).toHaveCount(14);
  await expect(chart.locator('.theme-row .row-label').first()).toHaveText(top.theme);
  await expect(chart.locator('.theme-row .share').first()).toHaveText(new RegExp(`^${Math.round(top.share * 100)}% \\(SIF \\d+%\\)$`));
  await expect(chart.locator('.key')).toContainText(`ILACS reports of ${recent[0].m![1]}\u2013${recent[1].m![1]} (${reports})`);
  // Every row's bar and text inside the chart, on screen.
  const svgBox = (await chart.boundingBox())!;
  for (const el of await chart.locator('.theme-row .share').all()) {
    const b = (await el.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 1);
  }
});

test('the workforce behind the grades: each rate by grade on screen, agreeing with the published CSV', async ({ page, request }) => {
  const csv = (await (await request.get('/data/indicators-by-grade.csv')).text()).trim().split(/\r?\n/).map((l) => l.split(','));
  expect(csv[0]).toEqual(['indicator', 'year', 'grades_on', 'grade', 'councils', 'min', 'lower_quartile', 'median', 'upper_quartile', 'max']);
  const agency = csv.filter((r) => r[0] === 'agency_rate_fte');
  const year = agency.map((r) => r[1]).sort().pop()!;
  const latest = agency.filter((r) => r[1] === year);
  expect(latest.length).toBeGreaterThanOrEqual(3);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('/patterns');
  const section = page.locator('#workforce');
  await expect(section).toContainText('An association, not a cause.');
  // Five rates (children in need is a count and is not compared).
  await expect(section.locator('figure.by-grade')).toHaveCount(5);
  await appReady(page);
  const figure = section.locator('#by-grade-agency-rate-fte');
  await expect(figure.locator('h3')).toHaveText(`Agency social workers, ${year}`);
  // The sentence names each grade's median and count, as the CSV has them.
  const [first, ...rest] = latest;
  await expect(figure.locator('.pattern-summary')).toContainText(
    `In ${year} the median was ${first[7]}% where the latest inspection then was ${first[3]} (${first[4]} council`);
  for (const [, , , grade, councils, , , median] of rest) {
    await expect(figure.locator('.pattern-summary')).toContainText(`${grade} ${median} (${councils})`);
  }
  const chart = figure.locator('svg.box-chart:visible');
  await expect(chart.locator('.box-row')).toHaveCount(latest.length);
  const box = (await chart.boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  for (const [k, row] of latest.entries()) {
    await expect(chart.locator('.box-row').nth(k).locator('.median-label')).toHaveText(row[7]);
    // The median bar sits inside the box of the middle half.
    const mid = (await chart.locator('.box-row').nth(k).locator('.middle').boundingBox())!;
    const bar = (await chart.locator('.box-row').nth(k).locator('.median-bar').boundingBox())!;
    expect(bar.x + bar.width / 2).toBeGreaterThanOrEqual(mid.x - 1);
    expect(bar.x + bar.width / 2).toBeLessThanOrEqual(mid.x + mid.width + 1);
  }
  // The table, by keyboard: every year, the latest first.
  await figure.locator('details.table-toggle > summary').focus();
  await page.keyboard.press('Enter');
  const top = figure.locator('table tbody tr').first();
  await expect(top.locator('th')).toHaveText(year);
  await expect(top.locator('td').nth(2)).toHaveText(latest[0][7]);
});
