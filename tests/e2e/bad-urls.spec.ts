// A corpus of malformed links: unknown slugs and codes, wrong case, unicode, very long, encoded
// NULs and path traversal, script and markup injection in every parameter, bad or repeated `la`
// lists, out-of-range options and unknown embed widgets. Each URL is its own test and must give
// a helpful page: the not-found view, or the valid part of the request with a note naming what
// was left out (unknown councils in a list, values not understood such as `sort=banana`; unknown
// keys such as tracking parameters are ignored silently), always with a link home (for a working
// embed, its link into the site);
// no page error or console error (the fixture checks both), and nothing injected.
//
// The last tests send raw requests to the static server (no browser normalising the path): `..`,
// `%2e%2e` and `%00` must never serve a file outside the built site, and folders are not listed.
import http from 'node:http';
import { test, expect, appReady } from './fixtures';

/** What a URL must show. */
type Want = {
  /** The not-found view. */
  nf?: boolean;
  /** Otherwise the page whose `main h1` matches. */
  h1?: RegExp;
  /** Text that must appear in `main` as text: the rejected input named in a note, say. */
  echo?: string;
  /** An embed: the link it must carry points into the site rather than at its root. */
  embed?: boolean;
  /** The note naming the query parameters the page could not use (none expected if absent). */
  note?: string;
  /** The forced theme the page must apply (`data-theme` on <html>), or null for none. */
  theme?: string | null;
};

const NF: Want = { nf: true };
const HOME: Want = { h1: /How is your council/ };
const LEEDS: Want = { h1: /^Leeds$/ };
const COMPARE: Want = { h1: /Compare councils/ };
const COUNCILS: Want = { h1: /^All councils$/ };
const EMBED_LEEDS: Want = { h1: /Leeds/, embed: true };
const EMBED_MAP: Want = { h1: /England/, embed: true };
const EMBED_COMPARE: Want = { h1: /Compare/, embed: true };

// Payloads that would set window.__pwned if any of them were ever parsed as markup.
const IMG = '"><img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = "'><svg onload=window.__pwned=1>";
const e = encodeURIComponent;
const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const twenty = 'abcdefghijklmnopqrst'.split('').join('~');

const CASES: [string, Want][] = [
  // Unknown slugs and codes.
  ['/council/nowhere', NF],
  ['/council/E99999999', NF],
  ['/council/E0800003', NF],
  ['/council/W06000015', NF],
  ['/council/leeds-city', NF],
  ['/embed/council/nowhere', NF],
  ['/compare?la=nope~alsonope', { ...COMPARE, echo: 'alsonope' }],
  ['/compare?la=E99999999~leeds', { ...COMPARE, echo: 'E99999999' }],
  // Wrong case: codes and slugs are matched ignoring case, route words are not (not found).
  ['/COUNCIL/LEEDS', NF],
  ['/council/LEEDS', LEEDS],
  ['/council/Leeds', LEEDS],
  ['/embed/council/LEEDS', EMBED_LEEDS],
  ['/Council/leeds', NF],
  ['/ABOUT', NF],
  ['/council/e08000035', LEEDS],
  ['/embed/council/e08000035', EMBED_LEEDS],
  ['/compare?LA=leeds~york', { ...COMPARE, echo: 'Leeds' }],
  ['/embed/map?THEME=DARK', { ...EMBED_MAP, theme: 'dark' }],
  // Unicode.
  ['/council/Łódź', NF],
  ['/council/%F0%9F%98%80', NF],
  ['/council/%E2%80%AEsdeel', NF],
  ['/%E2%80%8B', NF],
  ['/council/%FF%FE', NF],
  ['/compare?la=Łódź~leeds', { ...COMPARE, echo: 'Łódź' }],
  ['/compare?la=%E2%80%AE~%F0%9F%98%80', { ...COMPARE, echo: '😀' }],
  ['/compare?la=%FF', { ...COMPARE, echo: '\uFFFD' }],
  ['/councils?region=Île-de-France', { ...COUNCILS, note: 'region=Île-de-France' }],
  // Very long.
  [`/council/${long('a', 5000)}`, NF],
  [`/${long('x/', 5000)}`, NF],
  [`/compare?la=${long('leeds~', 5000)}`, COMPARE],
  [`/compare?${long('la=york&', 5000)}`, COMPARE],
  [`/councils?region=${long('x', 5000)}`, { ...COUNCILS, note: `region=${long('x', 40)}…` }],
  [`/embed/map?childId=${long('a', 5000)}&data=${long('9', 5000)}`, { ...EMBED_MAP, note: `childId=${long('a', 40)}…, data=${long('9', 40)}…` }],
  [`/glossary?q=${long('%E2%82%AC', 5000)}`, { h1: /Glossary/ }],
  // Encoded NULs and path traversal (the browser resolves plain `..` and `%2e%2e` itself).
  ['/%00', NF],
  ['/council/%00', NF],
  ['/council/leeds%00', NF],
  ['/compare?la=leeds%00~%00', COMPARE],
  ['/embed/map?childId=%00&theme=%00dark', { ...EMBED_MAP, theme: null, note: 'dark' }],
  ['/../../etc/passwd', NF],
  ['/%2e%2e/%2e%2e/etc/passwd', NF],
  ['/council/..%2F..%2Fetc%2Fpasswd', NF],
  ['/council/%2e%2e%2f%2e%2e%2fCargo.toml', NF],
  ['/embed/..%2f..%2fcouncil/leeds', NF],
  ['/compare?la=..%2F..%2Fetc%2Fpasswd', { ...COMPARE, echo: '../../etc/passwd' }],
  // Markup in every parameter: path segments...
  [`/council/${e(IMG)}`, NF],
  [`/council/${e(SCRIPT)}`, NF],
  [`/embed/council/${e(SVG)}`, NF],
  [`/${e(IMG)}`, NF],
  [`/about/${e(SCRIPT)}`, NF],
  [`/compare/${e(IMG)}`, NF],
  [`/embed/${e(IMG)}`, NF],
  // ...and every query parameter.
  [`/compare?la=${e(IMG)}`, { ...COMPARE, echo: IMG }],
  [`/compare?la=leeds~${e(SCRIPT)}`, { ...COMPARE, echo: SCRIPT }],
  [`/compare?la=${e(SVG)}&present=${e(IMG)}`, { ...COMPARE, echo: SVG, note: `present=${IMG}` }],
  [`/embed/compare?la=${e(IMG)}~${e(SCRIPT)}`, EMBED_COMPARE],
  [`/embed/map?theme=${e(IMG)}`, { ...EMBED_MAP, theme: null, note: `theme=${IMG}` }],
  [`/embed/map?static=${e(SCRIPT)}`, { ...EMBED_MAP, note: `static=${SCRIPT}` }],
  [`/embed/council/leeds?data=${e(IMG)}&childId=${e(SCRIPT)}`, { ...EMBED_LEEDS, note: `data=${IMG}, childId=${SCRIPT}` }],
  [`/council/leeds?present=${e(IMG)}`, { ...LEEDS, note: `present=${IMG}` }],
  [`/councils?sort=${e(IMG)}&dir=${e(SCRIPT)}`, { ...COUNCILS, note: `sort=${IMG}, dir=${SCRIPT}` }],
  [`/councils?region=${e(IMG)}&grade=${e(SVG)}`, { ...COUNCILS, note: `region=${IMG}, grade=${SVG}` }],
  // The home page reads year= (the hex map's year), so a value it cannot use is named.
  [`/?year=${e(IMG)}`, { ...HOME, note: `year=${IMG}` }],
  [`/?${e(IMG)}=${e(SCRIPT)}`, HOME],
  [`/council/leeds#${e(IMG)}`, LEEDS],
  [`/glossary?term=${e(SCRIPT)}#${e(SVG)}`, { h1: /Glossary/ }],
  // Bad or repeated `la` lists.
  ['/compare?la=', COMPARE],
  ['/compare?la=~~~~', COMPARE],
  ['/compare?la=,%20,%20,', COMPARE],
  [`/compare?la=${twenty}`, COMPARE],
  ['/compare?la=leeds~york~bradford~wakefield~kirklees~calderdale~barnsley~sheffield~rotherham~doncaster~derby~leicester',
    { ...COMPARE, echo: 'Derby' }],
  ['/compare?la=leeds~leeds~leeds', { ...COMPARE, echo: 'Leeds' }],
  ['/compare?la=leeds&la=york&la=leeds', { ...COMPARE, echo: 'York' }],
  ['/compare?la=E08000035~leeds~e08000035', { ...COMPARE, echo: 'Leeds' }],
  ['/embed/compare?la=', EMBED_COMPARE],
  ['/embed/compare?la=~~', EMBED_COMPARE],
  [`/embed/compare?la=${twenty}`, EMBED_COMPARE],
  // Out-of-range options.
  ['/embed/map?theme=purple', { ...EMBED_MAP, theme: null, note: 'theme=purple' }],
  ['/embed/council/leeds?data=9999-99-99', EMBED_LEEDS],
  ['/embed/council/leeds?data=2001-01-01&static=maybe', { ...EMBED_LEEDS, note: 'static=maybe' }],
  ['/embed/compare?la=nope~leeds', { h1: /Leeds/, embed: true, echo: 'nope' }],
  ['/councils?sort=banana&dir=sideways', { ...COUNCILS, note: 'sort=banana, dir=sideways' }],
  ['/councils?grade=not-judged&region=Atlantis', { ...COUNCILS, note: 'grade=not-judged' }],
  ['/?year=1800', { ...HOME, note: 'year=1800' }],
  ['/?year=99999999999999999999999', { ...HOME, note: 'year=9999999999' }],
  ['/council/leeds?present=2', { ...LEEDS, note: 'present=2' }],
  ['/compare?la=leeds&present=-1', { ...COMPARE, echo: 'Leeds', note: 'present=-1' }],
  // Unknown embed widgets.
  ['/embed/nope', NF],
  ['/embed', NF],
  ['/embed/council', NF],
  ['/embed/MAP', NF],
  ['/embed/council/leeds/extra', NF],
  ['/embed/map/extra', NF],
  ['/embed/compare/leeds', NF],
  // Odd but harmless shapes.
  ['/about/nothing', NF],
  ['/glossary/x', NF],
  ['/index.html', HOME],
  ['/council/leeds/index.html', LEEDS],
  ['//council//leeds', LEEDS],
  ['/council/leeds;jsessionid=1', NF],
  ['/council/leeds%2F', NF],
  ['/council/leeds%23top', NF],
  // The same under the sub-path build.
  [`/journeys/${e(IMG)}`, NF],
  ['/journeys/council/nope', NF],
  ['/journeys/embed/nope', NF],
  [`/journeys/compare?la=nope~leeds~${e(SCRIPT)}`, { ...COMPARE, echo: SCRIPT }],
];

const NOT_FOUND_TITLE = 'Page not found';

CASES.forEach(([url, want], i) => {
  const label = url.length > 90 ? `${url.slice(0, 90)}… (${url.length} chars)` : url;
  test(`bad URL ${String(i + 1).padStart(3, '0')}: ${label}`, async ({ page, baseURL }) => {
    const home = url.startsWith('/journeys/') ? '/journeys/' : '/';
    // Concatenate rather than resolve, so that `//council` stays a path.
    const res = await page.goto(`${baseURL}${url}`);
    expect([200, 404]).toContain(res?.status());
    await appReady(page);
    const h1 = page.locator('main h1').first();
    if (want.nf) {
      await expect(h1).toHaveText(NOT_FOUND_TITLE);
    } else {
      await expect(h1).toHaveText(want.h1!);
    }
    if (want.echo) await expect(page.locator('main')).toContainText(want.echo);
    // What the page could not use from the query is named in a note (as text), else no note.
    if (want.note) await expect(page.locator('main .link-note')).toContainText(want.note);
    else await expect(page.locator('.link-note')).toHaveCount(0);
    if (want.theme !== undefined) {
      if (want.theme === null) await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
      else await expect(page.locator('html')).toHaveAttribute('data-theme', want.theme);
    }
    // A way home: the site root, or for a working embed its link to the full view.
    if (want.embed && !want.nf) {
      await expect(page.locator(`main a[href^="${home}"]`).first()).toBeVisible();
    } else {
      await expect(page.locator(`a[href="${home}"]`).first()).toBeVisible();
    }
    // Nothing injected, also after a moment for any late error or load handler.
    await page.waitForTimeout(100);
    const found = await page.evaluate(() => ({
      pwned: (window as any).__pwned,
      imgX: document.querySelectorAll('img[src="x"]').length,
      // The page's own loader (assets/loader.js, inline, allowed by its hash) aside, and but in
      // an embed the line (inline, by its hash) that adds offline.js, and offline.js.
      scripts: document.body.querySelectorAll('script:not([data-wasm]):not([data-offline]):not([src="offline.js"]), iframe, object, embed').length,
      loaders: document.body.querySelectorAll('script[data-wasm]').length,
      offline: document.body.querySelectorAll('script[data-offline]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((el) => el.outerHTML.slice(0, 80)),
    }));
    // Every page but an embed's adds offline.js, 404.html too (which registers no worker at an
    // embed's address).
    const offline = res!.status() === 404 || !want.embed ? 1 : 0;
    expect(found).toEqual({ pwned: undefined, imgX: 0, scripts: 0, loaders: 1, offline, handlers: [] });
  });
});

test('the note about a link\'s bad values stays after the page tidies its URL, and goes with the page', async ({ page }) => {
  await page.goto('/councils?sort=banana&grade=good');
  await appReady(page);
  await expect(page.locator('main .link-note')).toContainText('sort=banana');
  await expect(page).toHaveURL(/\/councils\?grade=good$/);
  await page.locator('header').getByRole('link', { name: 'About', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText(/About Council Journeys/);
  await expect(page.locator('.link-note')).toHaveCount(0);
});

test(`the corpus holds at least 60 URLs (${CASES.length})`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map(([u]) => u)).size).toBe(CASES.length);
});

/** A GET with the path sent exactly as given (no normalising of `..` or `%2e`). */
function rawGet(baseURL: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const OUTSIDE = [
  '/../Cargo.toml',
  '/../../../../../../etc/passwd',
  '/%2e%2e/Cargo.toml',
  '/%2e%2e%2fCargo.toml',
  '/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
  '/data/../../Cargo.toml',
  '/data/%2e%2e/%2e%2e/Cargo.toml',
  '/..%5cCargo.toml',
  '/%5c..%5c..%5cCargo.toml',
  '/journeys/../../Cargo.toml',
  '/journeys/%2e%2e/%2e%2e/%2e%2e/Cargo.toml',
  '/journeys/..%2f..%2f..%2fCargo.toml',
  '/.%2e/.%2e/Cargo.toml',
];

test('the static server never serves a file outside the built site', async ({ baseURL }) => {
  for (const path of OUTSIDE) {
    const { status, body } = await rawGet(baseURL!, path);
    expect(status, path).toBe(404);
    expect(body, path).toContain('<div id="app">');
    expect(body, path).not.toContain('[workspace]');
    expect(body, path).not.toContain('root:x:0:'); // /etc/passwd
  }
});

test('the static server answers an encoded NUL with the 404 page', async ({ baseURL }) => {
  for (const path of ['/%00', '/council/leeds%00', '/data/dataset.json%00', '/%00/../Cargo.toml', '/journeys/%00']) {
    const { status, body } = await rawGet(baseURL!, path);
    expect(status, path).toBe(404);
    expect(body, path).toContain('<div id="app">');
  }
});

test('the static server lists no folder', async ({ baseURL }) => {
  for (const path of ['/council/', '/data/', '/embed/', '/journeys/data/']) {
    const { status, body } = await rawGet(baseURL!, path);
    expect(status, path).toBe(404);
    expect(body, path).not.toContain('Directory listing');
    expect(body, path).toContain('<div id="app">');
  }
  // The files themselves are still served.
  expect((await rawGet(baseURL!, '/data/dataset.json')).status).toBe(200);
  expect((await rawGet(baseURL!, '/council/leeds/')).status).toBe(200);
});
