// Runs before the served page is drawn (a small classic script in <head>, allowed by the
// Content-Security-Policy as a file of the site's own). Every address is answered with HTML rendered
// at build time; until the app has started and applied what the address says, this marks the page so
// that its style sheet shows nothing the address would exclude:
//   js            scripts run (without them `no-js` stays: controls that need them are hidden)
//   pending       the address holds a view state (search, filters, mode…): results wait for the app
//   pending-data  it names another dataset: the page's content waits for the app
//   app-failed    the app could not start (its script or WebAssembly failed to load or run)
//   data-used     the reader used a control (typed, ticked, pressed) before the app arrived: the app
//                 takes the page over as soon as it can, and replays what was done
// The app itself removes `pending` and `pending-data` once it has taken the page over.
(function () {
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  var query = location.search;
  if (query.length > 1) root.classList.add('pending');
  if (/[?&]data=/.test(query)) root.classList.add('pending-data');
  function failed() {
    if (!root.classList.contains('app-started')) root.classList.add('app-failed');
  }
  // A script or module that fails to load reports on its element (seen while capturing); a failed
  // WebAssembly download or compile rejects the loader's promise.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) failed();
    else if (event.error) failed();
  }, true);
  window.addEventListener('unhandledrejection', failed);
  // Until the app is there to act on them, the served page's controls only change themselves.
  function waiting() {
    return !root.classList.contains('app-armed') && !root.classList.contains('app-started');
  }
  function used(event) {
    if (!waiting()) return;
    var target = event.target;
    var typed = event.type === 'focusin' && target.matches && target.matches('input:not([type=checkbox]):not([type=radio]), textarea');
    var pressed = event.type === 'click' && target.closest && target.closest('button');
    if (typed || pressed || event.type === 'change' || event.type === 'submit' || event.type === 'drop') root.setAttribute('data-used', '');
    // A file dropped before the app is there is not opened as a page.
    if (event.type === 'dragover' || event.type === 'drop') event.preventDefault();
    // A form of the app sends nothing anywhere (and the policy forbids it): the app handles it.
    if (event.type === 'submit') event.preventDefault();
  }
  ['focusin', 'change', 'click', 'submit', 'dragover', 'drop'].forEach(function (kind) {
    window.addEventListener(kind, used, true);
  });
})();
