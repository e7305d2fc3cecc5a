/* global window */
// Runs as the page is parsed, while the startup chunk is still downloading and compiling: asks main
// for what the first screen needs, so the answers are in (or on their way) when the app's code runs
// (measured: the requests otherwise left 100–250 ms later, at the end of the startup chunk's
// evaluation). app/boot.ts takes these requests, and asks itself when there are none: in a browser
// over HTTP (no window.api), or when the app opens elsewhere than the matrix's top. A plain script,
// not a module and not bundled: it uses nothing but window.api, which the preload exposed.
(function () {
  'use strict';
  var api = window.api;
  if (!api) return;
  var hash = window.location.hash;
  var home = hash === '' || hash === '#' || hash === '#/' || hash === '#/matrix' || hash === '#/matrix/';
  window.__pmEarlyRequests = {
    appInfo: api.appInfo(),
    prefs: api.getPrefs(),
    // The first page of the matrix: FIRST_PAGE_ROWS in app/store/matrix.ts.
    matrix: home ? api.getMatrix({ firstRows: 60 }) : null,
  };
})();
