/* Council Journeys embed page script: a widget is finished HTML, readable and cited without any
   wasm. This script, from the site's own origin, (1) applies ?theme=, (2) tells the page around
   the iframe how tall the widget is (Pym.js v1 when Pym gave a childId, AMP's embed-size, and
   our own message; docs/EMBED.md), on load and whenever its size changes, and (3) loads the
   wasm for the richer interaction only when the reader reaches for the widget: the first
   pointer, touch, key or focus on it. A pinned release (?data= before this one) or ?static
   changes what is shown, so those load it at once. */
(function () {
  var me = document.currentScript, q = new URLSearchParams(location.search);
  var theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);

  function post() {
    if (parent === window) return;
    var h = Math.ceil(document.body.getBoundingClientRect().height), id = q.get('childId');
    if (id) parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + h, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
    parent.postMessage({ type: 'council-journeys:embed-size', height: h }, '*');
  }
  post();
  new ResizeObserver(post).observe(document.body);

  var started = false, kinds = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin'];
  function start() {
    if (started) return;
    started = true;
    kinds.forEach(function (k) { removeEventListener(k, start, true); });
    import(me.dataset.js).then(function (m) {
      return m.default({ module_or_path: me.dataset.wasm }).then(function (wasm) {
        window.wasmBindings = m;
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasm } }));
      });
    });
  }
  var pinned = q.get('data');
  if (q.has('static') || (pinned && pinned < me.dataset.release)) start();
  else kinds.forEach(function (k) { addEventListener(k, start, { capture: true, passive: true }); });
})();
