// Issue 8, "Explain and teach": the glossary and its popovers, printing, and downloads (CSV of
// what a view shows, the journey chart as SVG and PNG).
import { test, expect, appReady } from './fixtures';

test.describe('glossary', () => {
  test('the glossary page has an entry with an anchor for every term', async ({ page }) => {
    await page.goto('/glossary');
    await appReady(page);
    for (const slug of ['looked-after-child', 'care-leaver', 'section-47-enquiry', 'focused-visit', 'ilacs',
      'single-inspection-framework', 'requires-improvement', 'adequate', 'serious-case-review']) {
      await expect(page.locator(`[id="${slug}"] dt`)).toBeVisible();
    }
    await expect(page.locator('.glossary-entry')).toHaveCount(21);
  });

  test('a deep link to an entry focuses it', async ({ page }) => {
    await page.goto('/glossary#focused-visit');
    await appReady(page);
    await expect(page.locator('#focused-visit')).toBeFocused();
  });

  test('a term opens by keyboard, Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    const trigger = page.locator('.events-intro .gloss-term', { hasText: 'focused visits' });
    // Tab to the term from the link before it.
    await page.getByRole('link', { name: 'Compare with other councils' }).focus();
    await page.keyboard.press('Tab');
    await expect(trigger).toBeFocused();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const pop = page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`);
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('A short visit by Ofsted inspectors');
    await expect(pop.getByRole('link')).toHaveAttribute('href', '/glossary#focused-visit');
    // Into the popover's link, then Escape: closed, focus back on the term.
    await page.keyboard.press('Tab');
    await expect(pop.getByRole('link')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(trigger).toBeFocused();
  });

  test('a click outside closes the popover; its link opens the entry', async ({ page }) => {
    await page.goto('/about/frameworks');
    await appReady(page);
    const trigger = page.locator('.timeline .gloss-term', { hasText: 'ILACS' }).first();
    await trigger.click();
    const pop = page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`);
    await expect(pop).toBeVisible();
    await page.locator('main h1').click();
    await expect(pop).toBeHidden();
    await trigger.click();
    await pop.getByRole('link').click();
    await expect(page).toHaveURL(/\/glossary#ilacs$/);
    await expect(page.locator('#ilacs')).toBeFocused();
  });

  test('the popover stays inside a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/');
    await appReady(page);
    const trigger = page.locator('.grades-explained .gloss-term', { hasText: 'Adequate' });
    await trigger.click();
    const box = await page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });

  test('terms are linked on the compare caveat', async ({ page }) => {
    await page.goto('/compare?la=E08000035~E06000016');
    await appReady(page);
    await expect(page.locator('.caveat .gloss-term', { hasText: 'Adequate' })).toBeVisible();
  });
});
