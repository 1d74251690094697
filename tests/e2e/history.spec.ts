// Every council's journey since 2009, from Ofsted's official statistics: the 2011 Leeds
// re-inspection, Northamptonshire's own page and its successors', monitoring visits with
// their themes, inspections of part of the service marked as such, and what the data lacks.
import { test, expect, appReady } from './fixtures';

test('Leeds: 2011 Adequate in the chart and the table, between 2009 and 2015', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  await expect(page.locator('.journey-summary')).toContainText(
    'Leeds was judged Inadequate in 2009, Adequate in 2011, Good in 2015 and Outstanding in 2018, 2022 and 2025.');
  const mark = page.locator('.journey-chart .mark').nth(1);
  await expect(mark.locator('text')).toHaveText('Adequate 2011');
  await expect(mark).toHaveAttribute('aria-label', /^Adequate 2011: published October 2011/);
  // On screen: the mark sits on the row of Requires improvement or Adequate, between the
  // 2009 and 2015 marks.
  const [m0, m1, m2] = await Promise.all([0, 1, 2].map((k) => page.locator('.journey-chart .mark .dot').nth(k).boundingBox()));
  expect(m0!.x < m1!.x && m1!.x < m2!.x).toBe(true);
  expect(m1!.y).toBeLessThan(m0!.y);
  expect(m1!.y).toBeGreaterThan(m2!.y);
  const row = page.locator('table.inspections tbody tr').nth(1);
  await expect(row.locator('th')).toContainText('Inspection dates not given');
  await expect(row.locator('td').first()).toContainText('Adequate');
  await expect(row).toContainText('Published 10 October 2011');
  await expect(row).toContainText("Source: Ofsted official statistics: Children's social care data in England 2023");
  await expect(row.getByRole('link', { name: "The council's reports on Ofsted's site" }))
    .toHaveAttribute('href', 'https://reports.ofsted.gov.uk/provider/44/80481');
  await expect(page.locator('.chart-key')).toContainText('Inspection of the whole service');
});

test('Northamptonshire has its own journey to 2021, and its successors show it as their predecessor', async ({ page }) => {
  await page.goto('/council/E10000021');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Northamptonshire');
  await expect(page.locator('main')).toContainText('This council no longer exists');
  // Its last grade, with when it ended in place of what usually happens next.
  await expect(page.locator('.standing')).toContainText('Last overall grade:');
  await expect(page.locator('.grade-meaning')).toHaveText(
    "Its last grade before it was abolished on 1 April 2021: its children's services passed to North Northamptonshire and West Northamptonshire.");
  const ticks = await page.locator('.journey-chart .tick text').allTextContents();
  expect(ticks.at(-1)).toBe('2021');
  const labels = await page.locator('.journey-chart .mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.some((l) => /^Inadequate 2013: .*child protection only/.test(l))).toBe(true);
  expect(labels.some((l) => /^Inadequate 2013: .*looked after children only/.test(l))).toBe(true);
  expect(labels.at(-1)).toMatch(/^Inadequate 2019: inspected June 2019, ILACS/);
  // The chart key names the shapes this chart draws.
  await expect(page.locator('.chart-key')).toContainText('Inspection of child protection only (2012-13)');
  await expect(page.locator('.chart-key')).toContainText('Inspection of services for looked after children only');
  for (const name of ['North Northamptonshire', 'West Northamptonshire']) {
    await page.goto('/council/E10000021');
    await appReady(page);
    await page.getByRole('link', { name, exact: true }).first().click();
    await expect(page.locator('main h1')).toHaveText(name);
    // Its journey shows Northamptonshire's inspections, marked as a predecessor's.
    const marks = page.locator('.journey-chart .mark.predecessor');
    expect(await marks.count()).toBeGreaterThanOrEqual(5);
    await expect(marks.first()).toHaveAttribute('aria-label', /\(predecessor council\)$/);
    await expect(page.locator('table.inspections')).toContainText('Inspection of Northamptonshire (predecessor council)');
    await expect(page.locator('.chart-key')).toContainText('Hollow: an inspection of a council this one replaced');
  }
});

test('a council with monitoring visits lists them with their themes, and says what the data lacks', async ({ page }) => {
  // Bradford was judged Inadequate in 2018 and visited while it improved.
  await page.goto('/council/bradford');
  await appReady(page);
  const visits = page.locator('ul.events li').filter({ hasText: 'Monitoring visit' });
  expect(await visits.count()).toBeGreaterThanOrEqual(3);
  await expect(visits.first()).toContainText('theme:');
  await expect(visits.first().getByRole('link')).toHaveAttribute('href', /^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/);
  const lane = page.locator('.journey-chart .lane-item.visit');
  expect(await lane.count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.events-missing')).toContainText('monitoring visits before April 2022');
  await expect(page.locator('.events-missing')).toBeVisible();
});

test('the home map goes back to 2009, with Adequate as a grade of its own in 2010', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const range = page.locator('#map-year');
  await expect(range).toHaveAttribute('min', '2009');
  await range.fill('2010');
  await expect(page.locator('.year-value')).toHaveText('2010');
  await expect(page.locator('.map-summary')).toContainText('Adequate');
  await expect(page.locator('.map-summary')).not.toContainText('Requires improvement');
});

test('/about/data names the official statistics, their licence, and what is still missing', async ({ page }) => {
  await page.goto('/about/data');
  await appReady(page);
  const main = page.locator('main');
  await expect(main).toContainText("Ofsted's official statistics (Open Government Licence v3.0)");
  await expect(main).toContainText('Monitoring visits before April 2022 are not in the sources');
  await expect(main).toContainText('the annual unannounced inspections of 2009-2012');
  await expect(main).toContainText('improvement notices, statutory directions, commissioners');
  await expect(main).toContainText('dfe-analytical-services/CSC_outcomes_and_enablers');
});
