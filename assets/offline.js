/* Council Journeys offline use. Every page but an embed adds this script once it has loaded
   (a line of its own, crates/site-entries/src/page.rs), so it never competes with the first
   view; an article's readers did not ask to install anything, and at an embed's address it
   does nothing. It registers the service worker sw.js (written at build time by
   scripts/service-worker.mjs with Workbox), whose scope is the folder the site is served from.
   The worker keeps the app, its data and the pages a reader opens, so the site works offline.
   A new release's worker installs beside the running one and waits: an open page keeps the
   code and data it started with (the running worker still serves them), and a notice offers
   to reload, which lets the new worker take over and opens the page of the new release, whose
   wasm and data arrive together. A page left open (a classroom laptop) looks for a release
   every hour and when it is shown again. */
(function () {
  var sw = navigator.serviceWorker;
  // 404.html, served for any unknown address, may be showing an embed (/embed/council/LEEDS).
  if (!sw || location.pathname.toLowerCase().indexOf(new URL('embed/', document.baseURI).pathname) === 0) return;
  var region, asked = false;
  function offer(reg) {
    if (!region || region.firstChild) return;
    var p = document.createElement('p'), reload = document.createElement('button'), later = document.createElement('button');
    p.append('New inspection data is available: ');
    reload.type = later.type = 'button';
    reload.textContent = 'Reload';
    later.textContent = 'Not now';
    later.className = 'update-later';
    reload.onclick = function () {
      asked = true;
      reload.disabled = true;
      if (reg && reg.waiting) reg.waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    };
    later.onclick = function () { region.textContent = ''; };
    p.append(reload, ' ', later);
    region.append(p);
  }
  // A live region is announced only if it is in the page before its words arrive.
  region = document.createElement('div');
  region.className = 'update-notice';
  region.setAttribute('role', 'status');
  document.body.prepend(region);
  sw.register('sw.js').then(function (reg) {
    // At most every ten minutes: a look is a request for sw.js past the browser's cache.
    var last = Date.now(), check = function () {
      if (Date.now() - last < 6e5) return;
      last = Date.now();
      reg.update().catch(function () {});
    };
    if (reg.waiting && sw.controller) offer(reg);
    reg.addEventListener('updatefound', function () {
      var next = reg.installing;
      next.addEventListener('statechange', function () {
        // Installed beside a running worker: a new release. (The first worker has none.)
        if (next.state === 'installed' && sw.controller) offer(reg);
      });
    });
    setInterval(check, 36e5);
    document.addEventListener('visibilitychange', function () { if (!document.hidden) check(); });
  }, function () {});
  sw.addEventListener('controllerchange', function () {
    // The new release took over: at this page's request, or another tab's.
    if (asked) location.reload();
    else offer(null);
  });
})();
