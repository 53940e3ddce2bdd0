// Runs before the served page is drawn (a small classic script in <head>, allowed by the
// Content-Security-Policy as a file of the site's own). Every address is answered with HTML rendered
// at build time; until the app has started and applied what the address says, this marks the page so
// that its style sheet shows nothing the address would exclude:
//   js            scripts run (without them `no-js` stays: controls that need them are hidden)
//   pending       the address holds a view state (search, filters, mode…): results wait for the app
//   pending-data  it names another dataset: the page's content waits for the app
//   app-failed    the app could not start (its script or WebAssembly failed to load or run)
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
})();
