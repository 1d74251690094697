// Places a widget the way newsrooms do: ?pym=<url> with Pym.js's parent (new pym.Parent), or
// ?iframe=<url> as a plain iframe. Records every message the widget posts, for the tests.
window.__messages = [];
window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
const params = new URLSearchParams(location.search);
if (params.get('pym')) {
  window.__pym = new pym.Parent('widget', params.get('pym'), { title: 'Council Journeys widget' });
} else if (params.get('iframe')) {
  const f = document.createElement('iframe');
  f.src = params.get('iframe');
  f.title = 'Council Journeys widget';
  f.style.cssText = 'width:100%;border:0';
  document.getElementById('widget').appendChild(f);
}
