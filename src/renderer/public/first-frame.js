/* global window, document, localStorage, requestAnimationFrame, setTimeout, clearTimeout, matchMedia, KeyboardEvent, MouseEvent, PointerEvent */
// The matrix's first frame, painted before the app's code has run. Once the app has painted the
// matrix's first row whole, this keeps a copy of that frame (the page's DOM and AG Grid's styles),
// keyed by everything the frame is drawn from: the build, the window's size, the location, and
// main's answers to the first requests (app info, preferences and the matrix's first page, as
// early-requests.js asked them). At the next launch, when main's answers are the same, the copy is
// shown over the page at once, while the app's code evaluates, React renders and AG Grid starts
// (measured: 0.5–0.7 s after the answers are in, most of the time to the first row); it gives way in
// the frame in which AG Grid's own first row is whole, which then looks the same. Any other answer
// (an edit, another project, another language or window size) shows nothing, and the frame of this
// launch is kept for the next.
//
// The copy is a picture, not the app: hidden from screen readers and inert (the app's own page,
// under it, is what assistive technology reads), and the pointer shows that the app is busy. A
// click, key or wheel turn on it is held and replayed on the app once it has taken over.
// A plain script like early-requests.js (deferred, before the app's module): not bundled.
//
// It also starts the app: the build links the app's entry module as a modulepreload (fetched and
// compiled, not run; electron.vite.config.ts) and this runs it, at once unless a kept frame is to be
// shown first. Whatever goes wrong here, the app starts.
(function () {
  'use strict';
  var STORE_KEY = 'pm.firstFrame';
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var entry = document.head.querySelector('link[data-app-entry]');
    if (!entry) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.href;
    document.head.append(script);
  }
  // Set while a kept frame may be shown: the app starts once it is painted (or found not to apply).
  var waiting = false;
  var build = [];
  var linked = {};
  var place = [];
  var stored = null;
  try {
    run();
  } catch {
    waiting = false;
  }
  if (!waiting) start();

  function run() {
    var early = window.__pmEarlyRequests;
    if (!early || !early.matrix) return;

    // The first frame also depends on the build (its scripts and styles), the window and the location.
    var assets = document.head.querySelectorAll('script[src], link[href]');
    for (var i = 0; i < assets.length; i++) build.push(assets[i].getAttribute('src') || assets[i].getAttribute('href'));
    // The style sheets index.html links (render-blocking, in before anything paints); the others (the
    // matrix chunk's, linked when it loads) are kept as text with the frame.
    var links = document.head.querySelectorAll('link[rel="stylesheet"]');
    for (var li = 0; li < links.length; li++) linked[links[li].href] = true;
    place = [window.location.hash, window.innerWidth, window.innerHeight, window.devicePixelRatio, matchMedia('(prefers-color-scheme: dark)').matches];

    try {
      stored = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
    } catch {
      stored = null;
    }

    // With nothing kept, the app starts now; with a kept frame, once main's answers say whether it applies.
    waiting = stored !== null;
    Promise.all([early.appInfo, early.prefs, early.matrix])
      .then(function (answers) {
        var key = JSON.stringify([build, place, answers]);
        // Only a frame drawn from these very answers; an answer that is an error is never kept.
        var usable = answers.every(function (a) {
          return a && a.ok;
        });
        if (!usable) return;
        if (stored && stored.key === key) {
          show(stored);
          // A task later, not after the frame's paint: waiting for the paint put the app's own first
          // row ~500 ms later at load ~15–20 (everything after it waited), starting a task later
          // left it where it is without a static frame and the static frame as early (measured).
          setTimeout(start, 0);
        } else {
          watch(key, null);
        }
      })
      .catch(function () {})
      .then(function () {
        if (!(stored && document.getElementById('pm-first-frame'))) start();
      });
  }

  /**
   * The first row in `container` painted whole, as the render benchmark checks: every cell's content
   * inside the row, and the second row below it, not over it (AG Grid first places the rows it has not
   * measured at one line each, then moves them down).
   */
  function firstRowWhole(container) {
    var parts = container.querySelectorAll('.ag-row[row-index="0"]');
    if (parts.length === 0) return false;
    var bottom = 0;
    for (var p = 0; p < parts.length; p++) {
      bottom = parts[p].getBoundingClientRect().bottom;
      var cells = parts[p].querySelectorAll('.ag-cell');
      for (var c = 0; c < cells.length; c++) {
        if (cells[c].getBoundingClientRect().top + cells[c].scrollHeight > bottom + 1) return false;
      }
    }
    var next = container.querySelectorAll('.ag-row[row-index="1"]');
    for (var n = 0; n < next.length; n++) {
      if (next[n].getBoundingClientRect().top < bottom - 1) return false;
    }
    return true;
  }

  function appRoot() {
    return document.querySelector('#root[data-app-state="ready"]');
  }

  /**
   * Each animation frame until the app's first row is whole: then the static frame (if any) goes in
   * that same frame, and (when `key` is set) the frame is kept for the next launch.
   */
  function watch(key, frame) {
    var started = Date.now();
    function check() {
      var root = appRoot();
      var state = document.getElementById('root').getAttribute('data-app-state');
      var grid = document.querySelector('#root [data-testid="matrix-grid"]');
      // The app went elsewhere (an error screen, another view, a link), or its grid painted without
      // a first row to wait for: the static frame goes.
      var painted = grid && grid.getAttribute('data-painted') !== 'first-frame';
      var gone = state === 'error' || window.location.hash !== place[0] || (frame && painted) || Date.now() - started > 10000;
      if (gone) {
        if (frame) frame.remove();
        return;
      }
      if (frame) frame.settle();
      if (!root || !firstRowWhole(root)) {
        requestAnimationFrame(check);
        return;
      }
      if (frame) frame.remove();
      if (key) keep(key, root);
    }
    requestAnimationFrame(check);
  }

  /** A copy of the page as this frame paints it; written out after the frame. */
  function keep(key, root) {
    var copy = root.cloneNode(true);
    setTimeout(function () {
      // No element of the copy may answer to the app's ids, test ids or focus order.
      var marked = copy.querySelectorAll('[id], [data-testid], [tabindex], [autofocus]');
      for (var m = 0; m < marked.length; m++) {
        marked[m].removeAttribute('id');
        marked[m].removeAttribute('data-testid');
        marked[m].removeAttribute('tabindex');
        marked[m].removeAttribute('autofocus');
      }
      var styles = [];
      var sheets = [];
      var heads = document.head.children;
      for (var h = 0; h < heads.length; h++) {
        var el = heads[h];
        if (el.tagName === 'STYLE') styles.push(el.textContent);
        else if (el.tagName === 'LINK' && el.rel === 'stylesheet' && !linked[el.href]) {
          if (!el.sheet) return;
          var rules = el.sheet.cssRules;
          var text = [];
          for (var r = 0; r < rules.length; r++) text.push(rules[r].cssText);
          sheets.push(text.join('\n'));
        }
      }
      var nodes = [];
      for (var n = 0; n < copy.childNodes.length; n++) nodes.push(tree(copy.childNodes[n]));
      var record = { key: key, lang: document.documentElement.lang, styles: styles, sheets: sheets, nodes: nodes };
      try {
        localStorage.setItem(STORE_KEY, JSON.stringify(record));
      } catch {
        // A full store: the next launch draws its first frame the ordinary way.
      }
    }, 0);
  }

  /**
   * A node as data: text as a string, an element as [name, namespace, attributes, children]. Not as
   * HTML: markup merges adjacent text nodes ("+" and " Add domain" become one), and Chromium shapes
   * the merged text a fraction of a pixel differently from the app's.
   */
  function tree(node) {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return null;
    var attributes = [];
    for (var a = 0; a < node.attributes.length; a++) attributes.push([node.attributes[a].name, node.attributes[a].value]);
    var children = [];
    for (var c = 0; c < node.childNodes.length; c++) {
      var child = tree(node.childNodes[c]);
      if (child !== null) children.push(child);
    }
    return [node.localName, node.namespaceURI === 'http://www.w3.org/1999/xhtml' ? null : node.namespaceURI, attributes, children];
  }

  /** Elements a picture of the page never needs: whatever the store holds, none is built. */
  var REFUSED = { script: true, iframe: true, object: true, embed: true, link: true, meta: true, base: true, style: true };

  function rebuild(data) {
    if (typeof data === 'string') return document.createTextNode(data);
    if (REFUSED[data[0]]) return document.createTextNode('');
    var el = data[1] ? document.createElementNS(data[1], data[0]) : document.createElement(data[0]);
    for (var a = 0; a < data[2].length; a++) {
      var name = data[2][a][0];
      // No handlers (the CSP would refuse to run them anyway); the frame is inert, so no link is followed.
      if (/^on/i.test(name)) continue;
      el.setAttribute(name, data[2][a][1]);
    }
    for (var c = 0; c < data[3].length; c++) el.append(rebuild(data[3][c]));
    return el;
  }

  /** Shows the kept frame over the page, with its styles: no request, so it paints in this frame. */
  function show(record) {
    var added = [];
    paint();

    function paint() {
      // Where the app's own would be: AG Grid's before index.html's sheets, the matrix chunk's after.
      var first = document.head.firstChild;
      var copies = [];
      for (var t = 0; t < record.styles.length + record.sheets.length; t++) {
        var style = document.createElement('style');
        style.setAttribute('data-pm-first-frame', '');
        var grid = t < record.styles.length;
        style.textContent = grid ? record.styles[t] : record.sheets[t - record.styles.length];
        if (grid) document.head.insertBefore(style, first);
        else document.head.append(style);
        added.push(style);
        if (grid) copies.push(style);
      }
      document.documentElement.lang = record.lang;
      var frame = document.createElement('div');
      frame.id = 'pm-first-frame';
      frame.setAttribute('data-first-frame', 'static');
      frame.setAttribute('aria-hidden', 'true');
      frame.inert = true;
      frame.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:hidden;background:var(--bg);cursor:progress';
      for (var r = 0; r < record.nodes.length; r++) if (record.nodes[r] !== null) frame.append(rebuild(record.nodes[r]));
      // The copy says nothing the app would not: its status line says "Loading…", not "Ready".
      var words = frame.querySelectorAll('[data-while-static]');
      for (var w = 0; w < words.length; w++) words[w].textContent = words[w].getAttribute('data-while-static');
      document.body.append(frame);
      var held = hold();
      // Once AG Grid has put in its own styles (the same texts), the copies go: two of each would
      // make every style recalculation until the swap cost twice as much.
      frame.settle = function () {
        if (copies.length === 0) return;
        var own = {};
        var styles = document.head.querySelectorAll('style:not([data-pm-first-frame])');
        for (var o = 0; o < styles.length; o++) own[styles[o].textContent] = true;
        for (var c = 0; c < copies.length; c++) if (!own[copies[c].textContent]) return;
        for (c = 0; c < copies.length; c++) copies[c].remove();
        copies = [];
      };
      var remove = frame.remove.bind(frame);
      frame.remove = function () {
        remove();
        for (var a = 0; a < added.length; a++) added[a].remove();
        held.release();
      };
      watch(null, frame);
    }
  }

  /** Holds the input that reaches the static frame; `release` replays it on the app. */
  function hold() {
    var click = null;
    var keys = [];
    var wheel = 0;
    var kinds = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu', 'keydown', 'keyup', 'keypress', 'wheel', 'touchstart'];
    function stop(e) {
      if (e.type === 'click') click = { x: e.clientX, y: e.clientY, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey };
      else if (e.type === 'keydown') keys.push({ key: e.key, code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey });
      else if (e.type === 'wheel') wheel += e.deltaY;
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    for (var k = 0; k < kinds.length; k++) window.addEventListener(kinds[k], stop, { capture: true, passive: false });
    return {
      release: function () {
        for (var k = 0; k < kinds.length; k++) window.removeEventListener(kinds[k], stop, { capture: true });
        if (!click && keys.length === 0 && wheel === 0) return;
        // After the frame the app paints itself: the same point, the same keys, the same scroll.
        var timer = setTimeout(function () {
          clearTimeout(timer);
          replay(click, keys, wheel);
        }, 0);
      },
    };
  }

  /**
   * The click first, on what the static frame showed there (it never scrolled), then the keys, then
   * the scroll the wheel asked for.
   */
  function replay(click, keys, wheel) {
    if (click) {
      var target = document.elementFromPoint(click.x, click.y);
      if (target) {
        var focusable = target.closest('input, textarea, select, button, a[href], [tabindex]');
        if (focusable) focusable.focus();
        var init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: click.x, clientY: click.y, button: 0, shiftKey: click.shiftKey, ctrlKey: click.ctrlKey, metaKey: click.metaKey, altKey: click.altKey };
        target.dispatchEvent(new PointerEvent('pointerdown', Object.assign({ isPrimary: true, pointerType: 'mouse', buttons: 1 }, init)));
        target.dispatchEvent(new MouseEvent('mousedown', Object.assign({ buttons: 1 }, init)));
        target.dispatchEvent(new PointerEvent('pointerup', Object.assign({ isPrimary: true, pointerType: 'mouse' }, init)));
        target.dispatchEvent(new MouseEvent('mouseup', init));
        target.dispatchEvent(new MouseEvent('click', init));
      }
    }
    for (var k = 0; k < keys.length; k++) {
      var active = document.activeElement || document.body;
      var key = keys[k];
      var init2 = { bubbles: true, cancelable: true, composed: true, key: key.key, code: key.code, shiftKey: key.shiftKey, ctrlKey: key.ctrlKey, metaKey: key.metaKey, altKey: key.altKey };
      var unhandled = active.dispatchEvent(new KeyboardEvent('keydown', init2));
      // A character typed into a text field: an untrusted key event types nothing, so it is inserted.
      var typing = key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA');
      if (unhandled && typing) document.execCommand('insertText', false, key.key);
      active.dispatchEvent(new KeyboardEvent('keyup', init2));
    }
    if (wheel !== 0) {
      var viewport = document.querySelector('#root .ag-body-vertical-scroll-viewport');
      if (viewport) viewport.scrollTop += wheel;
    }
  }
})();
