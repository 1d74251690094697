// axe-core on every kind of page, light and dark: WCAG 2.2 AA rules must find nothing.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, appReady } from './fixtures';

const PAGES = ['/', '/council/leeds', '/council/leicester', '/council/bradford', '/council/E06000061', '/council/calderdale', '/council/middlesbrough',
  '/councils', '/compare?la=E08000035~E06000016', '/compare?la=E08000035~E08000032~E06000016', '/compare?la=E08000035', '/about', '/about/data', '/about/grades',
  '/about/frameworks', '/glossary', '/embed/council/E08000035', '/embed/map', '/embed/compare?la=E08000035~E06000016',
  '/embed/council/leeds?data=2020-01-01&static', '/council/leeds?present', '/compare?la=E08000035~E06000016&present',
  '/council/leeds/worksheet', '/patterns', '/patterns?la=leeds', '/embed/patterns/aligned?la=leeds',
  '/embed/patterns/transitions', '/embed/patterns/themes', '/council/thurrock', '/findings?q=care%20leavers', '/nope'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`axe finds nothing on ${path} (${scheme})`, async ({ page }) => {
      // axe over the home page's 153 map links and open tables takes a while on 2 cores.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await appReady(page);
      // Open the disclosures so their tables are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      expect(found).toEqual([]);
    });
  }
}

test('axe finds nothing with a chart mark\'s details open', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  await page.locator('.journey-chart .mark .hit').first().click(); // on the dot, as a reader clicks it
  await expect(page.locator('.details-card')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the embed builder open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/council/leeds');
    await appReady(page);
    await page.getByRole('button', { name: 'Embed this journey' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('axe finds nothing with a glossary popover open', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/council/leeds');
    await appReady(page);
    await page.locator('.events-intro .gloss-term').first().click();
    await expect(page.locator('.events-intro .gloss-pop').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a presentation slide quoting its report's points (${scheme})`, async ({ page }) => {
    // Slide 3 of Leeds is 2015's report, fifteen points: the first three and "and 12 more"
    // in a box that scrolls by keyboard.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/council/leeds?present');
    await appReady(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-points .improve-more')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
