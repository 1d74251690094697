// The all-councils table as a reader uses it: sorting by a column header, filtering by region
// and grade, the state kept in the URL (reload, deep links, bad links), keyboard only, phone
// width, and a link from every row to the council's page.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady } from './fixtures';
import type { Page } from '@playwright/test';

const rows = (page: Page) => page.locator('table.councils tbody tr');
const header = (page: Page, name: RegExp) => page.locator('table.councils thead th').filter({ has: page.getByRole('button', { name }) });
const status = (page: Page) => page.locator('.councils-status');

/** The `datetime` of every row's last inspection, in table order. */
async function dates(page: Page): Promise<string[]> {
  return rows(page).locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
}

/** The text of one column (0 = the council's name, 1 = region, 2 = current grade ...) in table order. */
async function column(page: Page, k: number): Promise<string[]> {
  return rows(page).evaluateAll((trs, k) => trs.map((tr) => (tr.children[k] as HTMLElement).innerText.trim()), k);
}

/** Presses Tab until the focused element matches `selector`; fails after 40 presses. */
async function tabTo(page: Page, selector: string) {
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the table lists all 153 councils, A to Z, and says so', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('All councils');
  await expect(rows(page)).toHaveCount(153);
  await expect(status(page)).toHaveText('Showing 153 of 153 councils, by council, A to Z.');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await expect(header(page, /^Council/)).toHaveAttribute('aria-sort', 'ascending');
  const names = await column(page, 0);
  expect(names[0]).toBe('Barking and Dagenham');
  expect(names.at(-1)).toBe('York');
  // Every column is there, each row has a grade in words (never colour alone) and a direction.
  const headers = await page.locator('table.councils thead th').allInnerTexts();
  expect(headers.map((h) => h.replace(/[▲▼↕]/g, '').trim())).toEqual(
    ['Council', 'Region', 'Current grade', 'Previous grade', 'Change', 'Last inspected', 'Years since']);
  const leeds = rows(page).filter({ has: page.getByRole('link', { name: 'Leeds', exact: true }) });
  await expect(leeds.locator('td').nth(1)).toHaveText('Outstanding');
  await expect(leeds.locator('td').nth(3)).toHaveText(/No change/);
  await expect(leeds.locator('td').nth(3).locator('[aria-hidden="true"]')).toHaveCount(1);
  // Years since counts to the data release, not the clock.
  await expect(leeds.locator('td').nth(5)).toHaveText('1 year');
  const brent = rows(page).filter({ has: page.getByRole('link', { name: 'Brent', exact: true }) });
  // Brent's 2026 inspection gives no overall grade: it stands at its last grade, with the
  // newer inspection beside it (the same standing the map shows).
  await expect(brent.locator('td').nth(1).locator('.grade')).toHaveText('Good');
  await expect(brent.locator('td').nth(1).locator('.grade-since')).toHaveText('+ April 2026 inspection, no overall grade');
});

test('the "Last inspected" header sorts by date and puts the order in the URL; again reverses it', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  await page.getByRole('button', { name: /Last inspected/ }).click();
  await expect(page).toHaveURL(/\/councils\/?\?sort=last$/);
  await expect(header(page, /Last inspected/)).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, /^Council/)).toHaveAttribute('aria-sort', 'none');
  await expect(status(page)).toContainText('by last inspected, longest ago first');
  const asc = await dates(page);
  expect(asc).toHaveLength(153);
  expect(asc).toEqual([...asc].sort());

  await page.getByRole('button', { name: /Last inspected/ }).click();
  await expect(page).toHaveURL(/\/councils\/?\?sort=last&dir=desc$/);
  await expect(header(page, /Last inspected/)).toHaveAttribute('aria-sort', 'descending');
  await expect(status(page)).toContainText('most recent first');
  const desc = await dates(page);
  expect(desc).toEqual([...asc].sort().reverse());
});

test('the region filter shows London\'s 33 councils only and puts the region in the URL', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  await page.getByLabel('Region').selectOption({ label: 'London' });
  await expect(page).toHaveURL(/\/councils\/?\?region=london$/);
  await expect(rows(page)).toHaveCount(33);
  expect(new Set(await column(page, 1))).toEqual(new Set(['London']));
  await expect(status(page)).toHaveText('Showing 33 of 153 councils, in London, by council, A to Z.');
});

test('the grade filter shows only Inadequate councils; Clear filters brings all back', async ({ page }) => {
  await page.goto('/councils?sort=years');
  await appReady(page);
  await page.getByLabel('Current grade').selectOption({ label: 'Inadequate' });
  await expect(page).toHaveURL(/\/councils\/?\?sort=years&grade=inadequate$/);
  await expect(rows(page)).toHaveCount(13);
  expect(new Set(await rows(page).locator('td:nth-child(3) .grade').allInnerTexts())).toEqual(new Set(['Inadequate']));
  await expect(status(page)).toHaveText(/^Showing 13 of 153 councils, with a current grade of Inadequate, by years since/);
  await page.getByRole('link', { name: 'Clear filters' }).click();
  // The sort stays; only the filters go.
  await expect(page).toHaveURL(/\/councils\/?\?sort=years$/);
  await expect(rows(page)).toHaveCount(153);
  await expect(page.getByRole('link', { name: 'Clear filters' })).toHaveCount(0);
});

test('a reload keeps the sort and both filters', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  await page.getByLabel('Region').selectOption({ label: 'London' });
  await page.getByLabel('Current grade').selectOption({ label: 'Inadequate' });
  await page.getByRole('button', { name: /Last inspected/ }).click();
  await page.getByRole('button', { name: /Last inspected/ }).click();
  await expect(page).toHaveURL(/\/councils\/?\?sort=last&dir=desc&region=london&grade=inadequate$/);
  const before = await column(page, 0);
  expect(before).toEqual(['Harrow', 'Havering']);
  await page.reload();
  await appReady(page);
  await expect(page).toHaveURL(/\/councils\/?\?sort=last&dir=desc&region=london&grade=inadequate$/);
  expect(await column(page, 0)).toEqual(before);
  await expect(page.getByLabel('Region')).toHaveValue('london');
  await expect(page.getByLabel('Current grade')).toHaveValue('inadequate');
  await expect(header(page, /Last inspected/)).toHaveAttribute('aria-sort', 'descending');
  await expect(status(page)).toHaveText(
    'Showing 2 of 153 councils, in London, with a current grade of Inadequate, by last inspected, most recent first.');
});

test('a deep link opens the table sorted and filtered', async ({ page }) => {
  await page.goto('/councils?sort=grade&grade=outstanding');
  await appReady(page);
  await expect(rows(page)).toHaveCount(46);
  expect(new Set(await column(page, 2))).toEqual(new Set(['Outstanding']));
  await expect(page.getByLabel('Current grade')).toHaveValue('outstanding');
  await expect(page.getByLabel('Region')).toHaveValue('');
  await expect(header(page, /Current grade/)).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/\/councils\/?\?sort=grade&grade=outstanding$/);
});

test('a bad query shows the default table, and the address bar is tidied', async ({ page }) => {
  await page.goto('/councils?sort=zzz&grade=nope&region=atlantis');
  await appReady(page);
  await expect(rows(page)).toHaveCount(153);
  await expect(header(page, /^Council/)).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByLabel('Region')).toHaveValue('');
  await expect(page.getByLabel('Current grade')).toHaveValue('');
  await expect(page).toHaveURL(/\/councils\/?$/);
  await expect(status(page)).toHaveText('Showing 153 of 153 councils, by council, A to Z.');
});

test('a filter that leaves no council says so and offers a way out', async ({ page }) => {
  await page.goto('/councils?region=london&grade=adequate');
  await appReady(page);
  await expect(page.locator('table.councils')).toHaveCount(0);
  await expect(page.locator('.councils-empty')).toContainText('No council in London has a current grade of Adequate.');
  await expect(status(page)).toHaveText(/^Showing 0 of 153 councils/);
  await page.getByRole('link', { name: 'Show every grade in London' }).click();
  await expect(page).toHaveURL(/\/councils\/?\?region=london$/);
  await expect(rows(page)).toHaveCount(33);
});

test('keyboard: Tab reaches the filters and sort buttons; arrows, Enter and Space operate them', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  await tabTo(page, 'select#filter-region');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/councils\/?\?region=east-midlands$/);
  await expect(page.getByLabel('Region')).toBeFocused();
  await tabTo(page, 'select#filter-grade');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/councils\/?\?region=east-midlands&grade=outstanding$/);
  await expect(status(page)).toContainText('in East Midlands, with a current grade of Outstanding');
  await tabTo(page, '.councils-wrap');
  await tabTo(page, 'th button.sort-button');
  await expect(page.getByRole('button', { name: /^Council/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header(page, /^Council/)).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/\/councils\/?\?dir=desc&region=east-midlands&grade=outstanding$/);
  // Focus stays on the button the reader pressed.
  await expect(page.getByRole('button', { name: /^Council/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Region/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(header(page, /^Region/)).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/\/councils\/?\?sort=region&region=east-midlands&grade=outstanding$/);
  await expect(page.getByRole('button', { name: /^Region/ })).toBeFocused();
});

test('375 px: no horizontal page scroll; each row is a card, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/councils');
  await appReady(page);
  await expect(rows(page)).toHaveCount(153);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const wrap = page.locator('.councils-wrap');
  await expect(wrap).toHaveAttribute('role', 'region');
  await expect(wrap).toHaveAttribute('tabindex', '0');
  // Rows are cards at phone width (tests/e2e/glance.spec.ts checks their boxes): the region
  // no longer needs to scroll sideways.
  expect(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(false);
  // The filters fit the screen.
  for (const label of ['Region', 'Current grade']) {
    const box = await page.getByLabel(label).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  }
});

test('every row links to its council\'s page', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  const hrefs = await rows(page).locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(153);
  for (const h of hrefs) expect(h).toMatch(/^\/council\/[a-z0-9-]+$/);
  expect(new Set(hrefs).size).toBe(153);
  await page.getByRole('link', { name: 'Leeds', exact: true }).click();
  await expect(page).toHaveURL(/\/council\/leeds$/);
  await expect(page.locator('main h1')).toHaveText('Leeds');
});

for (const path of ['/councils?sort=last&dir=desc&region=london&grade=good', '/councils?region=london&grade=adequate']) {
  test(`axe finds nothing on ${path} (light and dark)`, async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await appReady(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id} (${scheme}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
