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
    // Tab to the term from the focusable element before it in the page.
    await trigger.evaluate((t) => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"], input, select')]
        .filter((e) => e.offsetParent !== null);
      all[all.indexOf(t as HTMLElement) - 1].focus();
    });
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

test.describe('downloads', () => {
  async function download(page: import('@playwright/test').Page, name: string | RegExp) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  test('the Leeds page downloads its inspections as CSV', async ({ page }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    const { name, bytes } = await download(page, 'Download as CSV');
    expect(name).toBe('council-journeys-leeds-inspections.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('council_code,council_name,inspected_council_code,inspected_council_name,framework,inspection_type,'
      + 'start_date,end_date,published_date,area,grade,description,report_url,source');
    expect(lines).toContain(lines.find((l) => l.startsWith('E08000035,Leeds,E08000035,Leeds,SLAC,standard,2009-11-23,')));
    expect(text).toMatch(/E08000035,Leeds,E08000035,Leeds,ILACS,short,2018-[0-9-]+,[0-9-]+,[0-9-]+,overall_effectiveness,Outstanding,/);
    expect(text).toContain('Open Government Licence v3.0');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1).every((l) => l.startsWith('E08000035,Leeds,'))).toBe(true);
  });

  test('the compare page downloads every selected council', async ({ page }) => {
    await page.goto('/compare?la=E08000035~E06000016');
    await appReady(page);
    const { name, bytes } = await download(page, 'Download as CSV');
    expect(name).toBe('council-journeys-compare-leeds-leicester.csv');
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\nE08000035,Leeds,');
    expect(text).toContain('\r\nE06000016,Leicester,');
  });

  test('the councils table downloads the rows shown', async ({ page }) => {
    await page.goto('/councils?region=north-east');
    await appReady(page);
    const rowsShown = await page.locator('table.councils tbody tr').count();
    const { name, bytes } = await download(page, 'Download as CSV');
    expect(name).toBe('council-journeys-councils-north-east.csv');
    const lines = bytes.toString('utf8').split('\r\n').filter((l) => l);
    expect(lines.length - 1).toBe(rowsShown);
    expect(lines.slice(1).every((l) => l.includes(',North East,'))).toBe(true);
  });

  test('the whole dataset is linked and published', async ({ page, request }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    for (const [text, path] of [['every inspection (CSV)', '/data/inspections.csv'], ['the dataset (JSON)', '/data/dataset.json']]) {
      const link = page.getByRole('link', { name: text });
      await expect(link).toHaveAttribute('href', path);
      expect((await request.get(path)).status()).toBe(200);
    }
    await expect(page.locator('.download-all')).toContainText('Open Government Licence v3.0');
  });

  test('the journey chart downloads as SVG with a title, description and source', async ({ page }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    const { name, bytes } = await download(page, 'Download the chart as SVG');
    expect(name).toBe('council-journeys-leeds-journey.svg');
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName, ns: root.namespaceURI,
        title: root.querySelector('title')?.textContent, desc: root.querySelector('desc')?.textContent,
        text: root.textContent,
        dotFill: root.querySelector('circle')?.getAttribute('fill'),
        classes: root.querySelectorAll('[class]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
    expect(parsed.title).toContain('Leeds');
    expect(parsed.desc).toContain('Leeds was judged Inadequate in 2009');
    expect(parsed.text).toContain('Open Government Licence v3.0');
    expect(parsed.text).toContain('Data as of 22 August 2026');
    expect(parsed.dotFill).toMatch(/^rgb/);
    expect(parsed.classes).toBe(0);
  });

  test('the journey chart downloads as PNG', async ({ page }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    const { name, bytes } = await download(page, 'Download the chart as PNG');
    expect(name).toBe('council-journeys-leeds-journey.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5000);
  });
});

/** The text of a PDF, page by page (pdf.js, no worker). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n').replace(/[ \t]+/g, ' ');
}

test.describe('print', () => {
  test('the Leeds page prints with its address and data date, without controls', async ({ page, baseURL }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.downloads')).toBeHidden();
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(page.locator('.print-address')).toBeVisible();
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain(`${baseURL}/council/leeds`);
    expect(text).toContain('Data as of 22 August 2026');
    expect(text).toContain('Leeds was judged Inadequate in 2009');
    expect(text).toContain('Graded inspections of Leeds');
    for (const absent of ['Download as CSV', 'Skip to content', 'All councils', 'Select a mark for its details']) {
      expect(text).not.toContain(absent);
    }
  });

  test('the compare page prints without its search and with every table open', async ({ page }) => {
    await page.goto('/compare?la=E08000035~E06000016');
    await appReady(page);
    await page.emulateMedia({ media: 'print' });
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).not.toContain('Add a council');
    expect(text).not.toContain('Remove');
    expect(text).toContain('Graded inspections of Leeds');
    expect(text).toContain('Graded inspections of Leicester');
    expect(text).toContain('/compare?la=E08000035~E06000016');
  });

  test('printing opens every details element and closes them after', async ({ page }) => {
    await page.goto('/compare?la=E08000035~E06000016');
    await appReady(page);
    const closed = () => page.evaluate(() => [...document.querySelectorAll('details')].filter((d) => !d.open).length);
    expect(await closed()).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await closed()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await closed()).toBeGreaterThan(0);
  });

  test('the chart prints at the full width of the page', async ({ page }) => {
    await page.goto('/council/leeds');
    await appReady(page);
    await page.emulateMedia({ media: 'print' });
    const [chart, main] = await Promise.all([page.locator('.chart-box svg.journey-chart').boundingBox(), page.locator('main').boundingBox()]);
    // Full width, less the room kept on the left for the row labels.
    expect(chart!.width).toBeGreaterThan(main!.width * 0.95);
  });
});

test('under a sub-path, glossary and data links keep the base', async ({ page }) => {
  await page.goto('/journeys/council/leeds');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'every inspection (CSV)' })).toHaveAttribute('href', '/journeys/data/inspections.csv');
  const trigger = page.locator('.events-intro .gloss-term').first();
  await trigger.click();
  const link = page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`).getByRole('link');
  await expect(link).toHaveAttribute('href', '/journeys/glossary#focused-visit');
  await link.click();
  await expect(page.locator('#focused-visit')).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-address')).toContainText('/journeys/glossary');
});
