import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const server = spawn('python3', ['scripts/static_server.py', '4401', 'dist'], { env: { ...process.env, STATIC_SERVER_QUIET: '1' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const slug of (process.env.SLUGS || 'leeds,bradford,birmingham,slough').split(',')) {
    await page.goto(`http://127.0.0.1:4401/council/${slug}/worksheet`);
    await page.locator('main h1').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `/tmp/teach18-all/${slug}.pdf`, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
  }
} finally { await browser.close(); server.kill(); }
