// Embeds for news articles: each widget without site chrome, its options (theme, static, a
// pinned release), its height messages read by the real Pym.js parent in an article on another
// origin, and the embed builder's dialog and snippets pasted into that article.
import { test, expect, appReady } from './fixtures';
import type { Page, FrameLocator } from '@playwright/test';

const ARTICLE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;
test.use({ allowedOrigins: [ARTICLE] });

const WIDGETS: [string, RegExp][] = [
  ['/embed/council/E08000035', /^Leeds: children's services inspections$/],
  ['/embed/compare?la=leeds~E06000016', /^Children's services inspections: Leeds and Leicester$/],
  ['/embed/map', /every council's latest Ofsted grade/],
];

for (const [path, title] of WIDGETS) {
  test(`${path}: the widget alone, with legend, source line and a full-view link to a new tab`, async ({ page }) => {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(title);
    await expect(page.locator('.site-header, nav, footer.site-footer')).toHaveCount(0);
    await expect(page.locator('.legend-compact')).toBeVisible();
    const source = page.locator('.embed-source');
    await expect(source).toContainText(/^Source: Ofsted inspection reports and official statistics, under the Open Government Licence v3\.0\. Data as of \d{1,2} \w+ 20\d\d\./);
    const full = source.getByRole('link', { name: 'Open the full view on Council Journeys' });
    await expect(full).toHaveAttribute('target', '_blank');
    // Every link of a widget opens a new tab, leaving the article's page alone: its own target,
    // else the page's <base target>.
    const targets = await page.locator('main a[href]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('target') || document.querySelector('base')?.getAttribute('target') || ''));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => t !== '_blank')).toEqual([]);
  });
}

test('the full-view link opens the full page in a new tab', async ({ page, context }) => {
  await page.goto('/embed/council/leeds');
  await appReady(page);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Open the full view on Council Journeys' }).click(),
  ]);
  await opened.waitForLoadState();
  await expect(opened).toHaveURL(/\/council\/leeds\/?$/);
  await expect(opened.locator('main h1')).toHaveText('Leeds');
  // Outside embeds, links open where they are.
  expect(await opened.evaluate(() => document.querySelector('base')?.getAttribute('target') ?? null)).toBeNull();
  await expect(page).toHaveURL(/\/embed\/council\/leeds\/?$/);
});

test('theme=dark and theme=light override the system; auto follows it', async ({ page }) => {
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/council/leeds?theme=dark');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe('rgb(21, 24, 29)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/council/leeds?theme=light');
  await appReady(page);
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await page.goto('/embed/council/leeds');
  await appReady(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await bg()).toBe('rgb(21, 24, 29)');
});

test('static: nothing to focus or open in the chart, no table toggle', async ({ page }) => {
  await page.goto('/embed/council/leeds?static');
  await appReady(page);
  await expect(page.locator('.journey-chart .mark')).toHaveCount(6);
  await expect(page.locator('.journey-chart [tabindex]')).toHaveCount(0);
  await expect(page.locator('details')).toHaveCount(0);
  await page.goto('/embed/map?static');
  await appReady(page);
  await expect(page.locator('.hex-svg a')).toHaveCount(0);
  await expect(page.locator('.hex-svg .hex')).toHaveCount(153);
  await expect(page.locator('.hex-svg')).toHaveAttribute('role', 'img');
});

test('a pinned release shows that release and says newer data is out', async ({ page }) => {
  // Leeds's 2022 report was published in May 2022 and its 2025 report in August 2025.
  await page.goto('/embed/council/leeds?data=2024-01-31');
  await appReady(page);
  await expect(page.locator('.journey-chart .mark')).toHaveCount(5);
  await expect(page.locator('.mark-label').last()).toHaveText('Outstanding 2022');
  const note = page.locator('.embed-newer');
  await expect(note).toContainText('This shows the data as of 31 January 2024. Newer inspection data is available (1 more inspection).');
  await expect(note.getByRole('link', { name: 'See the latest on Council Journeys' })).toHaveAttribute('target', '_blank');
  await expect(page.locator('.embed-source')).toContainText('Data as of 31 January 2024.');
  // Pinned to the current release: everything, and no note.
  const release = await page.evaluate(async () => (await (await fetch('data/dataset.json')).json()).release);
  await page.goto(`/embed/council/leeds?data=${release}`);
  await appReady(page);
  await expect(page.locator('.journey-chart .mark')).toHaveCount(6);
  await expect(page.locator('.embed-newer')).toHaveCount(0);
});

/** The iframe's height and its content's height once they agree within 3 px (Pym resizes it). */
async function settledHeights(page: Page) {
  let last = { frame: 0, content: -100 };
  await expect.poll(async () => {
    const frame = await page.locator('#widget iframe').evaluate((f) => f.getBoundingClientRect().height);
    const content = await page.frameLocator('#widget iframe').locator('body')
      .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    last = { frame, content };
    return Math.abs(frame - content);
  }, { timeout: 10_000 }).toBeLessThanOrEqual(3);
  return last;
}

test('Pym.js parent in an article on another origin: the iframe fits its content, also when narrowed', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${ARTICLE}/?pym=${encodeURIComponent(`${baseURL}/embed/council/leeds`)}`);
  const widget: FrameLocator = page.frameLocator('#widget iframe');
  await expect(widget.locator('main h1')).toHaveText("Leeds: children's services inspections");
  const wide = await settledHeights(page);
  expect(wide.content).toBeGreaterThan(300);
  // Narrower: the chart and legend wrap, the widget grows, and Pym follows.
  await page.setViewportSize({ width: 375, height: 800 });
  const narrow = await settledHeights(page);
  expect(narrow.content).not.toBe(wide.content);
  // Opening the table changes the view: the widget says so and the iframe grows with it.
  await widget.locator('summary').click();
  const open = await settledHeights(page);
  expect(open.content).toBeGreaterThan(narrow.content + 100);
  // Pym's parent gave the widget its child id; the widget also sent AMP's and our message.
  const messages = await page.evaluate(() => (window as any).__messages as { origin: string; data: any }[]);
  expect(messages.every((m) => m.origin === new URL(baseURL!).origin)).toBe(true);
  expect(messages.some((m) => typeof m.data === 'string' && /^pymxPYMxwidgetxPYMxheightxPYMx\d+$/.test(m.data))).toBe(true);
  expect(messages.some((m) => m.data?.sentinel === 'amp' && m.data?.type === 'embed-size' && m.data?.height > 0)).toBe(true);
  expect(messages.some((m) => m.data?.type === 'council-journeys:embed-size' && m.data?.height > 0)).toBe(true);
});

test('the widget ignores messages sent to it', async ({ page, baseURL }) => {
  await page.goto(`${ARTICLE}/?iframe=${encodeURIComponent(`${baseURL}/embed/council/leeds`)}`);
  const widget = page.frameLocator('#widget iframe');
  await expect(widget.locator('main h1')).toBeVisible();
  const before = await widget.locator('main').innerHTML();
  await page.evaluate(() => {
    const w = document.querySelector('iframe')!.contentWindow!;
    for (const m of ['pymxPYMxwidgetxPYMxnavigateToxPYMxhttps://example.org/', '{"type":"navigate","url":"/"}',
      { sentinel: 'amp', type: 'embed-size', height: 1 }, '<img src=x onerror=window.__pwned=1>']) w.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  expect(await widget.locator('main').innerHTML()).toBe(before);
  await expect(widget.locator('main h1')).toHaveText("Leeds: children's services inspections");
});

async function openBuilder(page: Page, path: string, name: RegExp) {
  await page.goto(path);
  await appReady(page);
  const button = page.getByRole('button', { name });
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return { button, dialog };
}

test('the embed builder: options change the snippet, Copy confirms, Escape closes and focus returns', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const { button, dialog } = await openBuilder(page, '/council/leeds', /^Embed this journey$/);
  await expect(dialog).toHaveAccessibleName('Embed this journey');
  const code = dialog.getByLabel('HTML to paste');
  const release = await page.evaluate(async () => (await (await fetch('/data/dataset.json')).json()).release);
  // Light by default (a white article stays white for a reader in dark mode), with the site's
  // own resizer script after the iframe.
  await expect(code).toHaveValue(`<iframe data-council-journeys title="Leeds: children's services inspections" src="${baseURL}/embed/council/E08000035?theme=light&amp;data=${release}" loading="lazy" style="width:100%;border:0" height="1400"></iframe><script async src="${baseURL}/embed-resize.js"></script>`);
  // By keyboard: the options are radios and a checkbox inside the dialog.
  await dialog.getByLabel('Dark').check();
  await dialog.getByLabel(/^Static/).check();
  await expect(code).toHaveValue(new RegExp(`embed/council/E08000035\\?theme=dark&amp;static&amp;data=${release}"`));
  await dialog.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the HTML to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await expect(dialog.getByLabel(/Pym\.js/)).toHaveValue(/^<div data-pym-src="[^"]+\/embed\/council\/E08000035\?theme=dark&amp;static&amp;data=/);
  // Tab stays inside the modal dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('every full view has an Embed button whose snippet names its widget', async ({ page }) => {
  for (const [path, name, src] of [
    ['/compare?la=leeds~E06000016', /^Embed this comparison$/, /\/embed\/compare\?la=E08000035~E06000016&amp;theme=light&amp;data=/],
    ['/', /^Embed this map$/, /\/embed\/map\?theme=light&amp;data=/],
  ] as const) {
    const { dialog } = await openBuilder(page, path, name);
    await expect(dialog.getByLabel('HTML to paste')).toHaveValue(src);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('the snippets, pasted into an article on another origin, show the widget', async ({ page, baseURL }) => {
  const { dialog } = await openBuilder(page, '/council/leeds', /^Embed this journey$/);
  const iframe = await dialog.getByLabel('HTML to paste').inputValue();
  const pymLine = await dialog.getByLabel(/Pym\.js/).inputValue();
  // The plain iframe.
  await page.goto(`${ARTICLE}/`);
  await page.evaluate((html) => { document.getElementById('widget')!.innerHTML = html; }, iframe);
  const frame = page.locator('#widget iframe');
  await expect(frame).toHaveAttribute('title', "Leeds: children's services inspections");
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(page.frameLocator('#widget iframe').locator('main h1')).toHaveText("Leeds: children's services inspections");
  // The Pym.js line, with its script pointed at the article's own copy of Pym (no internet here).
  await page.goto(`${ARTICLE}/`);
  await page.evaluate((html) => {
    document.getElementById('widget')!.innerHTML = html.replace(/<script[^>]*><\/script>$/, '');
    (window as any).pym.autoInit();
  }, pymLine);
  await expect(page.frameLocator('#widget iframe').locator('main h1')).toHaveText("Leeds: children's services inspections");
  await settledHeights(page);
  expect(pymLine).toContain('<script src="https://pym.nprapps.org/pym.v1.min.js"></script>');
});
