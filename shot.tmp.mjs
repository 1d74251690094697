import { chromium } from '@playwright/test';
const [,, w, h, out, ...paths] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, colorScheme: process.env.DARK ? 'dark' : 'light' });
const p = await ctx.newPage();
for (const path of paths) {
  await p.goto('http://127.0.0.1:5290' + path);
  await p.locator('main h1').first().waitFor();
  await p.waitForTimeout(400);
  const name = out + '/' + (path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home') + `-${w}${process.env.DARK ? '-dark' : ''}.png`;
  await p.screenshot({ path: name, fullPage: !!process.env.FULL });
  const m = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, sh: document.documentElement.scrollHeight }));
  console.log(name, JSON.stringify(m));
}
await b.close();
