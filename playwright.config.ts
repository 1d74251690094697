// Playwright end-to-end tests against the release build, served by a plain static file
// server on 127.0.0.1 (no rewrite rules), in Debian's Chromium. Build first: scripts/build.sh
// (scripts/test.sh does it, including the sub-path build served under /journeys/).
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [{
    command: `python3 scripts/static_server.py ${PORT} dist --mount /journeys/=target/dist-subpath`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { STATIC_SERVER_QUIET: '1' },
    reuseExistingServer: false,
    timeout: 30_000,
  }, {
    // A news article on another origin that embeds the widgets, with the real Pym.js parent script.
    command: `python3 scripts/static_server.py ${PORT + 1} tests/e2e/article --mount /pym/=node_modules/pym.js/dist`,
    url: `http://127.0.0.1:${PORT + 1}/`,
    env: { STATIC_SERVER_QUIET: '1' },
    reuseExistingServer: false,
    timeout: 30_000,
  }],
});
