// Comparisons as readers use them: councils side by side from a URL, adding and removing with
// the URL following, bad entries dropped with a note, presets, the area matrix, phone width.
import { test, expect, appReady } from './fixtures';

const titles = (page) => page.locator('.multiple-title a');

test('/compare?la=E08000035~E06000016 shows Leeds and Leicester with their grades', async ({ page }) => {
  await page.goto('/compare?la=E08000035~E06000016');
  await appReady(page);
  await expect(titles(page)).toHaveText(['Leeds', 'Leicester']);
  const leeds = page.locator('.multiple', { has: page.locator('h2', { hasText: 'Leeds' }) });
  await expect(leeds.locator('.multiple-grade .grade')).toHaveText('Outstanding');
  await expect(leeds.locator('.mark text').first()).toHaveText('Inadequate 2009');
  const leicester = page.locator('.multiple', { has: page.locator('h2', { hasText: 'Leicester' }) });
  await expect(leicester.locator('.mark text').first()).toHaveText('Adequate 2012');
  await expect(leicester.locator('.mark text').nth(1)).toHaveText('Inadequate 2015');
  // One time axis: the same year sits at the same x in every chart.
  const tickX = await page.locator('.multiple').evaluateAll((ms) => ms.map((m) =>
    [...m.querySelectorAll('.tick text')].find((t) => t.textContent === '2015')?.getAttribute('x')));
  expect(new Set(tickX).size).toBe(1);
  // Leeds 2009 (Adequate scale) beside SIF/ILACS: the caveat says the scales differ.
  await expect(page.locator('.caveat')).toContainText('Adequate');
  // Each chart has its table alternative.
  await leeds.getByText("Table of Leeds's inspections").click();
  await expect(leeds.locator('table.inspections tbody tr')).toHaveCount(6);
});

test('adding and removing councils updates the URL, by keyboard alone', async ({ page }) => {
  await page.goto('/compare?la=E08000035~E06000016');
  await appReady(page);
  const box = page.getByRole('combobox', { name: 'Add a council' });
  await box.focus();
  await page.keyboard.type('york');
  await expect(page.getByRole('option').first()).toContainText('York');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\?la=E08000035~E06000016~E06000014$/);
  await expect(titles(page)).toHaveText(['Leeds', 'Leicester', 'York']);
  // Remove Leeds with the keyboard: focus lands on the list heading, and a note says what happened.
  await page.getByRole('button', { name: 'Remove Leeds' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\?la=E06000016~E06000014$/);
  await expect(titles(page)).toHaveText(['Leicester', 'York']);
  await expect(page.locator('.compare-notes')).toContainText('Leeds was removed');
  await expect(page.locator('#compare-selected')).toBeFocused();
  // Back restores the previous selection: the URL is the state.
  await page.goBack();
  await expect(titles(page)).toHaveText(['Leeds', 'Leicester', 'York']);
  await page.reload();
  await appReady(page);
  await expect(titles(page)).toHaveText(['Leeds', 'Leicester', 'York']);
});

test('unknown and repeated entries are dropped with a visible note, and the URL is cleaned', async ({ page }) => {
  await page.goto('/compare?la=leeds~nope~E08000035~york');
  await appReady(page);
  await expect(titles(page)).toHaveText(['Leeds', 'York']);
  const notes = page.locator('.compare-notes');
  await expect(notes).toContainText('“nope” is not a council we know');
  await expect(notes).toContainText('Leeds was listed more than once');
  await expect(page).toHaveURL(/\/compare\?la=E08000035~E06000014$/);
});

test('more than 8 councils: the first 8 are shown and the rest named in a note', async ({ page }) => {
  const nine = ['E08000035', 'E06000016', 'E08000033', 'E06000014', 'E08000034', 'E08000032', 'E08000036', 'E06000010', 'E06000011'];
  await page.goto(`/compare?la=${nine.join('~')}`);
  await appReady(page);
  await expect(titles(page)).toHaveCount(8);
  await expect(page.locator('.compare-notes')).toContainText('8');
  await expect(page).toHaveURL(new RegExp(`la=${nine.slice(0, 8).join('~')}$`));
  await expect(page.getByRole('combobox', { name: 'Add a council' })).toHaveCount(0);
});

test('presets: statistical neighbours from a council page, and Inadequate at first SIF', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  await page.getByRole('link', { name: 'Compare Leeds with its statistical neighbours' }).click();
  await expect(titles(page)).toHaveCount(8);
  await expect(titles(page).first()).toHaveText('Leeds');
  await expect(titles(page).nth(1)).toHaveText('Portsmouth');
  await page.getByText('Start from a group of councils').click();
  await page.getByRole('link', { name: /Inadequate at their first/ }).click();
  await expect(titles(page)).toHaveCount(8);
  for (const m of await page.locator('.multiple').all()) {
    // Every council's first SIF mark says Inadequate.
    const sif = await m.locator('.mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')
      .find((l) => l.includes('Single inspection framework')));
    expect(sif).toMatch(/^Inadequate/);
  }
});

test('the judgement-area matrix: one council across inspections, areas that did not exist said so', async ({ page }) => {
  await page.goto('/compare?la=E08000035');
  await appReady(page);
  const matrix = page.locator('table.matrix');
  await expect(matrix.locator('thead th')).toHaveCount(7); // area column + 6 inspections
  const row = (area: string) => matrix.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${area}$`) }) });
  // 2011: the re-inspection from Ofsted's official statistics, which give its overall grade only.
  await expect(row('Overall effectiveness').locator('td').nth(1)).toHaveText('Adequate');
  await expect(row('Overall effectiveness').locator('td').nth(3)).toHaveText('Outstanding');
  // Care leavers: a SIF area, judged with children in care under ILACS until 2023, then on its own.
  const leavers = row('Care leavers').locator('td');
  await expect(leavers.nth(2)).toHaveText('Good');
  await expect(leavers.nth(3)).toHaveText('Judged with children in care until 2023');
  await expect(leavers.nth(5)).toHaveText('Outstanding');
  await expect(row('Adoption performance').locator('td').nth(3)).toHaveText('Not part of this framework');
  // The council page carries the same matrix.
  await page.goto('/council/leeds');
  await appReady(page);
  await expect(page.locator('table.matrix thead th')).toHaveCount(7);
});

test('compare at 375 px has no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare?la=E08000035~E06000016~E08000033');
  await appReady(page);
  await expect(titles(page)).toHaveCount(3);
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
});

test('the line on how to use a chart is said once, above the first chart, not under every one', async ({ page }) => {
  await page.goto('/compare?la=E08000035~E06000016~E08000033');
  await appReady(page);
  await expect(page.locator('.multiple')).toHaveCount(3);
  await expect(page.locator('.chart-help')).toHaveCount(1);
  await expect(page.locator('.multiple').first().locator('.chart-help')).toHaveCount(1);
});

/** The element's box, which must lie inside the viewport and above the first chart. */
async function onScreenBeforeCharts(page, locator, what: string) {
  const view = page.viewportSize()!;
  const chart = await page.locator('.multiple').first().boundingBox();
  const n = await locator.count();
  expect(n, what).toBeGreaterThan(0);
  for (let k = 0; k < n; k++) {
    await expect(locator.nth(k), `${what} ${k}`).toBeVisible();
    const b = (await locator.nth(k).boundingBox())!;
    expect(b.y, `${what} ${k}: top`).toBeGreaterThanOrEqual(0);
    expect(b.x, `${what} ${k}: left`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${what} ${k}: right`).toBeLessThanOrEqual(view.width);
    expect(b.y + b.height, `${what} ${k}: bottom`).toBeLessThanOrEqual(view.height);
    expect(b.y + b.height, `${what} ${k}: above the first chart`).toBeLessThanOrEqual(chart!.y);
  }
}

for (const [width, height] of [[1280, 800], [375, 812]]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('a preset: the group named, every grade in words and what was left out, on screen before the charts', async ({ page }) => {
      await page.goto('/compare?la=bradford');
      await appReady(page);
      await page.getByText('Start from a group of councils').click();
      await page.getByRole('link', { name: 'Bradford and its statistical neighbours' }).click();
      await expect(titles(page)).toHaveCount(8);
      const h1 = page.locator('main h1');
      await expect(h1).toHaveText('Compare councils: Bradford and its statistical neighbours');
      await page.evaluate(() => window.scrollTo(0, 0));
      await onScreenBeforeCharts(page, h1, 'heading');
      // Bradford has ten statistical neighbours; the three a comparison cannot show are named.
      const left = page.locator('.compare-notes .group-note');
      await expect(left).toContainText('Left out:');
      await onScreenBeforeCharts(page, left, 'what was left out');
      const items = page.locator('.compare-summary li');
      await expect(items).toHaveCount(8);
      await expect(items.first()).toContainText('Bradford');
      await expect(items.first().locator('.grade')).toHaveText('Requires improvement');
      for (const g of await items.locator('.grade').allInnerTexts()) {
        expect(g).toMatch(/^(Outstanding|Good|Requires improvement|Adequate|Inadequate|No overall grade yet)$/);
      }
      await onScreenBeforeCharts(page, items, 'summary row');
    });

    test('a list made by hand: unknown entries and repeats said above the charts, beside the grades', async ({ page }) => {
      await page.goto('/compare?la=leeds~nope~leicester~leeds');
      await appReady(page);
      await expect(titles(page)).toHaveText(['Leeds', 'Leicester']);
      const h1 = page.locator('main h1');
      await expect(h1).toHaveText('Compare councils: Leeds and Leicester');
      await onScreenBeforeCharts(page, h1, 'heading');
      const notes = page.locator('.compare-notes .note');
      await expect(notes).toHaveText(['“nope” is not a council we know, so it was left out.',
        'Leeds was listed more than once, so the repeat was left out.']);
      await onScreenBeforeCharts(page, notes, 'notes');
      const items = page.locator('.compare-summary li');
      await expect(items).toHaveText([/^Leeds Outstanding 2025$/, /^Leicester Requires improvement 2024$/]);
      await onScreenBeforeCharts(page, items, 'summary row');
    });

    test('more than eight: the ninth named above the charts', async ({ page }) => {
      const nine = ['E08000035', 'E06000016', 'E08000033', 'E06000014', 'E08000034', 'E08000032', 'E08000036', 'E06000010', 'E06000011'];
      await page.goto(`/compare?la=${nine.join('~')}`);
      await appReady(page);
      await expect(titles(page)).toHaveCount(8);
      await expect(page.locator('main h1')).toHaveText('Compare councils: Leeds, Leicester and 6 others');
      const note = page.locator('.compare-notes .note');
      await expect(note).toHaveText(/^A comparison shows at most 8 councils, so East Riding of Yorkshire was left out\.$/);
      await onScreenBeforeCharts(page, note, 'note');
      await onScreenBeforeCharts(page, page.locator('.compare-summary li'), 'summary row');
    });
  });
}

test('the summary row says when a later 2026 inspection gave no overall grade', async ({ page }) => {
  await page.goto('/compare?la=middlesbrough~leeds');
  await appReady(page);
  const first = page.locator('.compare-summary li').first();
  await expect(first).toHaveText(/^Middlesbrough Requires improvement 2023 \+ June 2026 inspection, no overall grade$/);
});
