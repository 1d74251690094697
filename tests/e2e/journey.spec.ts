// The council journey and the home page as a reader uses them: search, chart, details by
// keyboard, table, the hex map and its year control, phone width and dark mode.
import { test, expect, appReady } from './fixtures';

const LEEDS_FIRST_FOUR = ['Inadequate', 'Adequate', 'Good', 'Outstanding'];

test('search "leeds", Enter: the Leeds journey shows Inadequate 2009, Adequate 2011, Good 2015, Outstanding 2018 in order', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const box = page.getByRole('combobox', { name: /Find your council/ });
  await box.fill('leeds');
  await expect(page.getByRole('option').first()).toContainText('Leeds');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/council\/E08000035$|\/council\/leeds$/);
  await expect(page.locator('main h1')).toHaveText('Leeds');
  // Chart: marks in time order, labelled by grade and year.
  const marks = page.locator('.journey-chart .mark');
  const labels = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  const parsed = labels.map((l) => l.match(/^(Outstanding|Good|Requires improvement|Adequate|Inadequate) (\d{4}):/)!.slice(1));
  expect(parsed.slice(0, 4)).toEqual([['Inadequate', '2009'], ['Adequate', '2011'], ['Good', '2015'], ['Outstanding', '2018']]);
  // Visible labels: grade in words and year, the first three in order left to right.
  const xs = await marks.evaluateAll((els) => els.map((e) => Number(e.querySelector('.dot')!.getAttribute('cx'))));
  expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  await expect(marks.nth(0).locator('text')).toHaveText('Inadequate 2009');
  await expect(marks.nth(1).locator('text')).toHaveText('Adequate 2011');
  await expect(marks.nth(2).locator('text')).toHaveText('Good 2015');
  await expect(marks.nth(3).locator('text')).toHaveText('Outstanding 2018');
  // Table: the same three, oldest first, overall effectiveness first in each row.
  const firstGrades = await page.locator('table.inspections tbody tr').evaluateAll((rows) =>
    rows.map((r) => r.querySelector('.grade')?.textContent ?? ''));
  expect(firstGrades.slice(0, 4)).toEqual(LEEDS_FIRST_FOUR);
  const dates = await page.locator('table.inspections tbody tr th').allTextContents();
  expect(dates[0]).toContain('2009');
  expect(dates[1]).toContain('Published 10 October 2011');
  expect(dates[2]).toContain('2015');
  expect(dates[3]).toContain('2018');
});

test('keyboard alone reaches every inspection\'s details, and Escape closes them', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const marks = page.locator('.journey-chart .mark');
  const count = await marks.count();
  expect(count).toBe(6);
  // Tab from the top of the page until the chart has focus.
  let inChart = false;
  for (let i = 0; i < 40 && !inChart; i++) {
    await page.keyboard.press('Tab');
    inChart = await page.evaluate(() => !!document.activeElement?.closest('.journey-chart'));
  }
  expect(inChart, 'Tab reaches the chart').toBe(true);
  await page.keyboard.press('Home');
  const details = page.locator('.details-card');
  const seen: string[] = [];
  for (let k = 0; k < 30; k++) {
    await expect(details).toBeVisible();
    const heading = (await details.locator('h3').textContent()) ?? '';
    seen.push(heading);
    const focusedIsLast = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.journey-chart [tabindex]')];
      const xs = all.map((e) => e.getBoundingClientRect().left);
      const me = document.activeElement!.getBoundingClientRect().left;
      return me >= Math.max(...xs) - 0.5;
    });
    if (focusedIsLast) break;
    await page.keyboard.press('ArrowRight');
  }
  for (const dates of await page.locator('table.inspections tbody tr th .insp-dates').allTextContents()) {
    expect(seen, `details of the inspection of ${dates}`).toContain(dates);
  }
  // Details name every judgement area and link the report.
  await page.keyboard.press('End');
  await expect(details.locator('dt').first()).toHaveText('Overall effectiveness');
  await expect(details.getByRole('link', { name: /Read the Ofsted report/ })).toHaveAttribute('href', /^https:\/\/files\.ofsted\.gov\.uk\//);
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  // Arrow keys do nothing once focus has left the chart.
  await page.keyboard.press('Tab');
  const y = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowLeft');
  await expect(details).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
});

test('a predecessor-free journey with an ungraded 2026 inspection puts it on the events lane', async ({ page }) => {
  await page.goto('/council/middlesbrough');
  await appReady(page);
  await expect(page.locator('.story-text')).toContainText('under the 2026 framework, which gives no overall grade');
  const diamond = page.locator('.lane-item.inspection');
  await expect(diamond).toHaveCount(1);
  await diamond.click();
  await expect(page.locator('.details-card')).toContainText('Not graded under the 2026 framework');
});

for (const path of ['/', '/council/leeds', '/council/calderdale', '/council/leicester']) {
  test(`${path} has no horizontal scroll at 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await appReady(page);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over).toBeLessThanOrEqual(0);
  });
}

test('dark mode renders with a dark page and light text', async ({ browser }) => {
  const ctx = await browser.newContext({ colorScheme: 'dark' });
  const page = await ctx.newPage();
  await page.goto('/council/leeds');
  await appReady(page);
  const [bg, fg] = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.backgroundColor, s.color];
  });
  const lum = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  expect(lum(bg)).toBeLessThan(60);
  expect(lum(fg)).toBeGreaterThan(180);
  await expect(page.locator('.journey-chart .mark')).toHaveCount(6);
  await ctx.close();
});

test('the hex map links to a council page, by mouse and by keyboard', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('.hex')).toHaveCount(153);
  const leeds = page.locator('.hex[data-code="E08000035"]');
  await expect(leeds).toHaveAttribute('aria-label', /^Leeds: Outstanding/);
  await expect(page.locator('.hex-codes text[data-code="E08000035"]')).toHaveText('O');
  await leeds.click();
  await expect(page).toHaveURL(/\/council\/leeds$/);
  await expect(page.locator('main h1')).toHaveText('Leeds');
  await page.goBack();
  await appReady(page);
  const calderdale = page.locator('.hex[data-code="E08000033"]');
  await calderdale.focus();
  // Its label appears by the hexagon (tests/e2e/glance.spec.ts checks where).
  await expect(page.locator('.hex-tip')).toContainText('Calderdale');
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Calderdale');
});

test('the year control redraws the map and the counts for that year', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const leeds = page.locator('.hex[data-code="E08000035"]');
  const code = (c: string) => page.locator(`.hex-codes text[data-code="${c}"]`);
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('Home');
  // The map starts in 2009, the year the first inspections were published; Leeds's report
  // came out in January 2010.
  await expect(page.locator('.year-value')).toHaveText('2009');
  await expect(code('E08000035')).toHaveText('–');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.year-value')).toHaveText('2010');
  await expect(code('E08000035')).toHaveText('I');
  await expect(leeds).toHaveAttribute('aria-label', /^Leeds: Inadequate, published January 2010/);
  // End of 2015: Leeds's SIF Good (March 2015), Leicester's SIF Inadequate (March 2015).
  for (let y = 2010; y < 2015; y++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.year-value')).toHaveText('2015');
  await expect(code('E08000035')).toHaveText('G');
  await expect(code('E06000016')).toHaveText('I');
  await expect(page.locator('.map-summary')).toContainText('End of 2015');
  await page.getByRole('button', { name: 'Later year' }).click();
  await expect(page.locator('.year-value')).toHaveText('2016');
  // The distribution table agrees with the map for the year shown.
  const goodOnMap = await page.locator('.hex.grade-good').count();
  await page.getByText('Show the numbers as a table').click();
  const row = page.locator('.dist-table tbody tr', { has: page.locator('th', { hasText: '2016' }) });
  const headers = await page.locator('.dist-table thead th').allTextContents();
  const cells = await row.locator('td').allTextContents();
  expect(Number(cells[headers.indexOf('Good') - 1])).toBe(goodOnMap);
});
