import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [,, dist, out, ...specs] = process.argv;
const PORT = 4193;
const server = spawn('python3', ['scripts/static_server.py', String(PORT), dist], { env: { ...process.env, STATIC_SERVER_QUIET: '1' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const spec of specs) {
    const [path, mode, name, selector, year] = spec.split('|');
    const opts = mode === 'phone' ? { viewport: { width: 375, height: 800 }, deviceScaleFactor: 1 } : mode === 'dark' ? { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } : { viewport: { width: 1280, height: 900 } };
    const ctx = await browser.newContext(opts);
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.locator('main h1').first().waitFor();
    if (year) { await page.locator('#map-year').focus(); await page.keyboard.press('Home'); for (let y = 2009; y < Number(year); y++) await page.keyboard.press('ArrowRight'); await page.waitForTimeout(300); }
    const loc = selector ? page.locator(selector).first() : null;
    if (loc) await loc.screenshot({ path: `${out}/${name}.png` }); else await page.screenshot({ path: `${out}/${name}.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    console.log(`${out}/${name}.png${overflow ? ' (horizontal scroll!)' : ''}`);
    await ctx.close();
  }
} finally { await browser.close(); server.kill(); }
