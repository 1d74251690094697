// Draws the install icons in assets/icons/ from their SVG sources with the test browser
// (Chromium, through Playwright), at the sizes the web app manifest names. The PNGs are
// committed: run this only after changing an SVG (node scripts/icons.mjs).
//   icon.svg          -> icon-192.png, icon-512.png   (the favicon's mark, rounded corners)
//   icon-maskable.svg -> icon-maskable-512.png        (full bleed, the mark inside the 80% safe zone)
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const dir = new URL('../assets/icons/', import.meta.url);
const jobs = [['icon.svg', 'icon-192.png', 192], ['icon.svg', 'icon-512.png', 512], ['icon-maskable.svg', 'icon-maskable-512.png', 512]];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [svg, png, size] of jobs) {
  const src = 'data:image/svg+xml;base64,' + readFileSync(new URL(svg, dir)).toString('base64');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: new URL(png, dir).pathname, omitBackground: true });
  console.log(`${png}: ${size}x${size}`);
}
await browser.close();
