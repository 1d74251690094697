// Writes the service worker of a built site, DIST/sw.js, with Workbox's generateSW
// (npm workbox-build, pinned in package.json; its runtime is bundled into sw.js, so the worker
// loads nothing from anywhere else). Run by scripts/build.sh after Trunk and site-entries:
//
//   node scripts/service-worker.mjs [DIST]        (default: dist)
//
// What the worker does (assets/offline.js registers it; embeds do not):
// - precaches the app: the home page, 404.html and shell.html (404.html without its content),
//   the wasm and its JavaScript, offline.js, the stylesheet (a page carries only its own rules
//   inline; loader.js links the whole stylesheet, and waits for it, before starting the wasm),
//   the full dataset (data/dataset-<hash>.json), the favicon, manifest and icons. Workbox
//   lists them with their revisions at build time; the content-hashed names need none.
// - serves every other page network first, keeping each page a reader opens (not the embeds),
//   so fresh pages win online and visited pages open offline; likewise the other data files a
//   page fetches (not an embed's slice). A page never visited, offline,
//   gets the precached shell.html, whose app renders whatever the address asks for from the
//   full dataset at once (src/boot.rs renders afresh a page not rendered for its address).
//   The home page, offline and never visited through the worker, gets the precached one.
// - one release at a time: a page names its own wasm and dataset by content-hashed names, and
//   a release's pages are kept in a cache named after the release. A new release's worker
//   waits until the reader accepts the page's notice (offline.js posts SKIP_WAITING); when it
//   takes over, Workbox drops the old release's precache and the prologue below drops the
//   old release's pages, so an offline page is this release's page or its shell, never an
//   old page whose wasm and data are gone (nor a new wasm under an old page).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';

const dist = process.argv[2] ?? 'dist';

const files = {
  globDirectory: dist,
  globPatterns: [
    'index.html', '404.html', 'shell.html', '*.{js,wasm,css,svg}', 'manifest.webmanifest', 'icons/*.png',
    'data/dataset-*.json',
  ],
  // Inline in every page (loader.js), or for articles (embed-resize.js). offline.js, which
  // registers the worker, is kept: pages add it offline too.
  globIgnores: ['sw.js', 'loader.js', 'embed-resize.js'],
  // Trunk's and site-entries' content-hashed names: the URL is the revision.
  dontCacheBustURLsMatching: /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg|json)$/,
  // The wasm is about 0.9 MB before compression.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
};

// The release: every precached URL with its revision.
const { manifestEntries, warnings } = await getManifest(files);
if (warnings.length) throw new Error(warnings.join('\n'));
const wasm = manifestEntries.filter((e) => e.url.endsWith('.wasm'));
const data = manifestEntries.filter((e) => /^data\/dataset-/.test(e.url));
const page = (url) => manifestEntries.filter((e) => e.url === url);
for (const [what, found] of [['wasm', wasm], ['full dataset', data], ['404 page', page('404.html')], ['shell', page('shell.html')]]) {
  if (found.length !== 1) throw new Error(`${dist}: expected one ${what} to precache, found ${found.length}`);
}
const release = createHash('sha256')
  .update(JSON.stringify(manifestEntries.map((e) => [e.url, e.revision]).sort()))
  .digest('hex').slice(0, 16);
const pages = `council-journeys-pages-${release}`;

const swDest = join(dist, 'sw.js');
const { count, size } = await generateSW({
  ...files,
  swDest,
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // Wait for the reader (offline.js's notice), and take no page over mid-visit.
  skipWaiting: false,
  clientsClaim: false,
  cleanupOutdatedCaches: true,
  // `/` is served network first like every page (the route below), the precached copy
  // being its offline fallback.
  directoryIndex: null,
  runtimeCaching: [{
    urlPattern: ({ request, url }) => request.mode === 'navigate'
      && url.pathname === new URL('./', self.location.href).pathname,
    handler: 'NetworkFirst',
    options: { cacheName: pages, networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] },
      precacheFallback: { fallbackURL: 'index.html' } },
  }, {
    urlPattern: ({ request, url }) => request.mode === 'navigate'
      && !url.pathname.startsWith(new URL('./embed/', self.location.href).pathname),
    handler: 'NetworkFirst',
    options: { cacheName: pages, networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] },
      precacheFallback: { fallbackURL: 'shell.html' } },
  }, {
    // Data a page fetches besides the precached dataset (the unhashed copies offered as
    // downloads, and any per-council file a page loads), kept as it was fetched, network first.
    // Not an embed's slice (data/council/): the site's worker keeps nothing of the embeds.
    urlPattern: ({ request, url }) => request.mode !== 'navigate' && url.origin === self.location.origin
      && url.pathname.startsWith(new URL('./data/', self.location.href).pathname)
      && !url.pathname.startsWith(new URL('./data/council/', self.location.href).pathname),
    handler: 'NetworkFirst',
    options: { cacheName: pages, networkTimeoutSeconds: 6, cacheableResponse: { statuses: [200] } },
  }],
});

// The prologue: which release this worker is, and dropping earlier releases' pages when it
// takes over.
const prologue = `/* Council Journeys service worker, release ${release}: written by scripts/service-worker.mjs
   with Workbox (bundled below). */
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((n) => n.startsWith('council-journeys-pages-') && n !== ${JSON.stringify(pages)})
    .map((n) => caches.delete(n)))));
});
`;
writeFileSync(swDest, prologue + readFileSync(swDest, 'utf8'));
console.log(`service-worker: ${swDest} precaches ${count} files (${(size / 1024).toFixed(0)} KiB), release ${release}`);
