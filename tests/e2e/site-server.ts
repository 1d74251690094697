// A static server for the offline and update tests, which need what the suite's shared server
// cannot give: a network that really goes down (Playwright's context.setOffline does not reach
// a service worker's own fetches, microsoft/playwright#2311) and a deploy of a new release in
// the middle of a test. It serves like scripts/static_server.py (no rewrite rules, a folder's
// address ends with `/`, 404.html with status 404 for anything missing), from `root`, which a
// test may point at another build; while `down`, every connection is dropped unanswered.
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain', '.xml': 'application/xml',
};

export class SiteServer {
  /** The folder served: absolute (a test may swap it for another build). */
  root: string;
  down = false;
  /** Every path asked for while up, in order (the service worker's fetches included). */
  readonly asked: string[] = [];
  private server: Server;

  private constructor(root: string, server: Server) {
    this.root = root;
    this.server = server;
  }

  /** Serves `root` under `prefix` (`/journeys/` for a sub-path build); nothing outside it. */
  static async start(root: string, prefix = '/'): Promise<SiteServer> {
    const server = createServer();
    const site = new SiteServer(resolve(root), server);
    server.on('request', (req, res) => {
      if (site.down) { req.socket.destroy(); return; }
      const url = new URL(req.url ?? '/', 'http://x');
      site.asked.push(url.pathname);
      const send = (status: number, file: string) => {
        let body: Buffer;
        try {
          body = readFileSync(file);
        } catch {
          res.writeHead(500).end();
          return;
        }
        res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      let path = '';
      try {
        if (url.pathname.startsWith(prefix)) {
          path = normalize(join(resolve(site.root), decodeURIComponent(url.pathname.slice(prefix.length - 1))));
        }
      } catch {
        path = '';
      }
      const stat = path.startsWith(resolve(site.root)) ? statSync(path, { throwIfNoEntry: false }) : undefined;
      if (stat?.isDirectory() && !url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search, 'Content-Length': 0 });
        res.end();
      } else if (stat?.isDirectory() && statSync(join(path, 'index.html'), { throwIfNoEntry: false })) {
        send(200, join(path, 'index.html'));
      } else if (stat?.isFile()) {
        send(200, path);
      } else {
        send(404, join(site.root, '404.html'));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return site;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Waits until the page's service worker is activated; returns its scope. */
export async function workerActivated(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const worker = reg.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((done) => worker.addEventListener('statechange', () => { if (worker.state === 'activated') done(); }));
    }
    return reg.scope;
  });
}

