// Takes screenshots of the built site for people to look at (not a test): desktop, 375 px
// phone and dark mode, for a few pages. Usage: node scripts/screenshots.mjs [DIST] [OUT]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'target/screenshots';
const PORT = 4190;
mkdirSync(out, { recursive: true });
const server = spawn('python3', ['scripts/static_server.py', String(PORT), dist], { env: { ...process.env, STATIC_SERVER_QUIET: '1' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const pages = (process.env.PAGES || '/,/council/leeds,/councils,/about/data,/nope,/embed/council/leeds').split(',');
const modes = [
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 }],
  ['dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
];
try {
  for (const [mode, opts] of modes) {
    const ctx = await browser.newContext(opts);
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(`http://127.0.0.1:${PORT}${p}`);
      await page.locator('main h1').first().waitFor();
      const name = (p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home') + `-${mode}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      console.log(`${out}/${name}${overflow ? '  (horizontal scroll!)' : ''}`);
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  server.kill();
}
