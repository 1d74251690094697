/* Council Journeys page script. Every page is finished HTML, readable, navigable and cited
   without any wasm (its links are real links, its tables real tables, its disclosures native).
   This script, from the site's own origin, loads the wasm for the richer interaction only when
   the reader reaches for the page: the first pointer, touch, key, click or focus. So the first
   view needs only the HTML, which carries inline the rules of the stylesheet the page uses,
   and a reader who only reads downloads nothing more. The whole stylesheet (data-css) is linked
   when the wasm is asked for, and the wasm starts only once it has loaded, so whatever the app
   draws (dialogs, suggestions, details) is styled from its first frame. In an embed (data-embed) it also applies ?theme= and tells the page around the iframe
   how tall the widget is (Pym.js v1 when Pym gave a childId, AMP's embed-size, and our own
   message; docs/EMBED.md), on load and whenever its size changes. What the HTML cannot show
   loads the wasm at once: a page's state in its query (/compare?la=…, /councils?sort=…), an
   embed pinned to an earlier release (?data=) or ?static, and 404.html (data-now), which a
   host serves for any address it has no page for. */
(function () {
  var me = document.currentScript, q = new URLSearchParams(location.search), embed = me.hasAttribute('data-embed');

  if (embed) {
    var theme = q.get('theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
    var post = function () {
      if (parent === window) return;
      var h = Math.ceil(document.body.getBoundingClientRect().height), id = q.get('childId');
      if (id) parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + h, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
      parent.postMessage({ type: 'council-journeys:embed-size', height: h }, '*');
    };
    post();
    new ResizeObserver(post).observe(document.body);
  }

  var started = false, kinds = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'click'];
  function start() {
    if (started) return;
    started = true;
    kinds.forEach(function (k) { removeEventListener(k, start, true); });
    // The stylesheet and the wasm's JavaScript load side by side; a stylesheet that fails to
    // load (offline, never kept) does not keep the app from starting.
    var css = new Promise(function (done) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = me.dataset.css;
      link.onload = link.onerror = done;
      document.head.append(link);
    });
    Promise.all([import(me.dataset.js), css]).then(function (loaded) {
      var m = loaded[0];
      return m.default({ module_or_path: me.dataset.wasm }).then(function (wasm) {
        window.wasmBindings = m;
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasm } }));
      });
    });
  }
  var pinned = q.get('data');
  var now = me.hasAttribute('data-now')
    || (embed ? q.has('static') || (pinned && pinned < me.dataset.release) : location.search.length > 1);
  if (now) start();
  else kinds.forEach(function (k) { addEventListener(k, start, { capture: true, passive: true }); });
})();
