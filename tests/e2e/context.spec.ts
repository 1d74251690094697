// The council page's Context section: the DfE's figures under the journey, with values in
// words, a chart per figure on the journey's time axis, and a table for each.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady } from './fixtures';

// The figures the site ships, to check Bradford's page against (Leeds's are the source's known facts).
const context = JSON.parse(readFileSync('assets/data/context.json', 'utf8'));

test('Leeds shows the context with the known 2025 figures and their tables', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const section = page.locator('section.context');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(/Context/);
  await expect(section).toContainText('never the cause of a grade by themselves');
  await expect(section).toContainText('In 2025, 14.8 cases per social worker, England 15.2');
  await expect(section).toContainText('In 2025, 2.1%, England 13%');
  await expect(section).toContainText('In 2025, 7%, England 11.8%');
  // Once measured, one chart per figure is shown, each on the journey chart's width.
  await expect(section.locator('svg.ctx-chart')).toHaveCount(6);
  const journey = await page.locator('svg.journey-chart:visible').first().boundingBox();
  const first = await section.locator('svg.ctx-chart').first().boundingBox();
  expect(Math.abs(journey!.width - first!.width)).toBeLessThan(2);
  // The caseload table, opened, has 2025 first with Leeds's, the region's and England's value.
  const caseloads = section.locator('details.ctx-table').first();
  await caseloads.locator('summary').click();
  const row = caseloads.locator('tbody tr').first();
  await expect(row.locator('th')).toHaveText('2025');
  await expect(row.locator('td').first()).toHaveText('14.8');
  await expect(row.locator('td').last()).toHaveText('15.2');
  await expect(caseloads.locator('tbody tr')).toHaveCount(9);
});

test('Bradford shows its own figures and tables', async ({ page }) => {
  const bradford = context.councils.E08000032.figures;
  const [year, value] = bradford.caseload_fte.at(-1);
  await page.goto('/council/bradford');
  await appReady(page);
  const section = page.locator('section.context');
  await expect(section).toContainText(`In ${year}, ${value} cases per social worker, England`);
  const tables = section.locator('details.ctx-table');
  await expect(tables).toHaveCount(6);
  await tables.nth(1).locator('summary').click();
  const [tyear, tvalue] = bradford.turnover_rate_fte.at(-1);
  const row = tables.nth(1).locator('tbody tr').first();
  await expect(row.locator('th')).toHaveText(String(tyear));
  await expect(row.locator('td').first()).toHaveText(`${tvalue}%`);
});

test('a council formed since 2019 shows its own years only', async ({ page }) => {
  await page.goto('/council/E06000061');
  await appReady(page);
  const section = page.locator('section.context');
  await expect(section).toContainText('published for North Northamptonshire and West Northamptonshire together');
  const years = await section.locator('details.ctx-table').first().locator('tbody th').allTextContents();
  expect(years.length).toBeGreaterThan(0);
  expect(years.every((y) => Number(y) >= 2021)).toBe(true);
});

test('moving to another council in the app loads that council\'s figures', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  // An in-app link to another council's page (the predecessors' and neighbours' pages are links).
  await page.evaluate(() => {
    history.pushState({}, '', '/council/bradford');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('main h1')).toHaveText('Bradford');
  const [year, value] = context.councils.E08000032.figures.caseload_fte.at(-1);
  await expect(page.locator('section.context')).toContainText(`In ${year}, ${value} cases per social worker`);
});

test('375 px: the context section causes no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/council/leeds');
  await appReady(page);
  await page.evaluate(() => document.querySelectorAll('section.context details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  await expect(page.locator('section.context svg.ctx-chart')).toHaveCount(6);
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
});

test('a comparison shows its councils\' figures side by side', async ({ page }) => {
  await page.goto('/compare?la=E08000035~E08000032');
  await appReady(page);
  const table = page.locator('table.ctx-compare');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'Year', 'Leeds', 'Bradford', 'England']);
  const caseloads = table.locator('tbody tr').first();
  const [, bradford] = context.councils.E08000032.figures.caseload_fte.at(-1);
  await expect(caseloads.locator('th, td')).toHaveText(['Caseloads', '2025', '14.8', bradford, '15.2']);
});

test('375 px: a comparison\'s figures scroll in their own box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare?la=E08000035~E08000032~E06000016');
  await appReady(page);
  await expect(page.locator('table.ctx-compare')).toBeVisible();
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
});

test('the figures download as their own CSV, codes kept', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download these figures as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('council-journeys-leeds-dfe-figures.csv');
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('council_code,council_name,area,indicator,year,as_at,value,value_meaning,definition,source');
  expect(lines).toContainEqual(expect.stringMatching(/^E08000035,Leeds,Leeds,caseload_fte,2025,2025-09-30,14.8,,/));
  expect(lines).toContainEqual(expect.stringMatching(/^E08000035,Leeds,England,caseload_fte,2025,2025-09-30,15.2,,/));
  expect(text).toContain('Open Government Licence v3.0');
});

test('the worksheet gives the figures of the inspection years', async ({ page }) => {
  await page.goto('/council/leeds/worksheet');
  await appReady(page);
  await expect(page.locator('.worksheet-context')).toContainText('Caseloads: 2018 13.8 (England 17.4); 2022 16.2 (England 16.6); 2025 14.8 (England 15.2).');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in a comparison's loaded figures (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/compare?la=E08000035~E08000032~E06000016');
    await appReady(page);
    await expect(page.locator('table.ctx-compare')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('section.context')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
