// In-page helpers of the benchmark (a classic script in <head>, before the widgets' script).
// Every time is performance.now(), the page's own clock, so marks and Resource Timing entries of
// the API requests compare directly.
(function () {
  'use strict';
  // The default buffer (250) would drop entries on the 10,000-event pages.
  performance.setResourceTimingBufferSize(100000);

  /** What "first meaningful content" is, per element: found in its shadow root. */
  var CONTENT = {
    'evt-list': '[part~="item"]',
    'evt-detail': '[part~="title"]',
    'evt-register': 'form[part~="form"]',
  };
  /** What an element shows when it gave up (so a run ends at once instead of at the timeout). */
  var FAILED = {
    'evt-list': '[part~="error"]',
    'evt-detail': '[part~="error"]',
    'evt-register': '[part~="message"]',
  };

  var bench = {
    CONTENT: CONTENT,
    FAILED: FAILED,
    marks: {},
    errors: [],
    mark: function (name, t) {
      if (!(name in bench.marks)) bench.marks[name] = t === undefined ? performance.now() : t;
      return bench.marks[name];
    },

    /**
     * Resolves with performance.now() at the first moment test(shadowRoot) is true, observed with a
     * MutationObserver on the shadow root (callbacks run right after the render that caused them),
     * or rejects after timeoutMs.
     */
    when: function (el, test, timeoutMs, attributes) {
      return new Promise(function (resolve, reject) {
        var root = el.shadowRoot;
        var mo = null;
        var timer = null;
        var done = function (ok, value) {
          if (mo) mo.disconnect();
          clearTimeout(timer);
          (ok ? resolve : reject)(value);
        };
        var check = function () {
          root = root || el.shadowRoot;
          var r;
          try {
            r = root ? test(root, el) : false;
          } catch (e) {
            r = false;
          }
          if (r) {
            done(true, performance.now());
            return true;
          }
          return false;
        };
        if (check()) return;
        var observe = function () {
          root = root || el.shadowRoot;
          if (!root) return false;
          mo = new MutationObserver(check);
          mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: attributes !== false });
          return true;
        };
        if (!observe()) {
          // Not upgraded yet: look again when it is.
          customElements.whenDefined(el.localName).then(function () {
            if (!check()) observe();
          });
        }
        timer = setTimeout(function () {
          done(false, new Error('<' + el.localName + '>: condition not met within ' + timeoutMs + ' ms'));
        }, timeoutMs);
      });
    },

    /** Waits for an element's first meaningful content; rejects early when it shows its failure state. */
    content: function (el, timeoutMs) {
      var sel = CONTENT[el.localName];
      var failed = FAILED[el.localName];
      var failure = null;
      return bench.when(
        el,
        function (root) {
          if (root.querySelector(sel)) return true;
          var f = failed && root.querySelector(failed);
          if (f) {
            failure = (f.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 200);
            return true;
          }
          return false;
        },
        timeoutMs || 20000,
      ).then(function (t) {
        if (failure !== null) throw new Error('<' + el.localName + '> showed its failure state: ' + failure);
        return t;
      });
    },

    /** API requests as Resource Timing saw them: [{ url, start, end }], page clock. */
    apiTimeline: function (apiOrigin) {
      return performance
        .getEntriesByType('resource')
        .filter(function (e) {
          return e.name.indexOf(apiOrigin) === 0 && (e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest');
        })
        .map(function (e) {
          return { url: e.name, start: e.startTime, end: e.responseEnd };
        });
    },

    resource: function (pathPart) {
      var e = performance.getEntriesByType('resource').filter(function (r) {
        return r.name.indexOf(pathPart) !== -1;
      })[0];
      return e ? { url: e.name, start: e.startTime, end: e.responseEnd } : null;
    },
  };
  window.__bench = bench;

  window.addEventListener('error', function (e) {
    bench.errors.push('error: ' + (e.message || String(e.error)));
  });
  window.addEventListener('unhandledrejection', function (e) {
    bench.errors.push('unhandled rejection: ' + String(e.reason && e.reason.message ? e.reason.message : e.reason));
  });
  document.addEventListener('evt-error', function (e) {
    var d = e.detail || {};
    bench.errors.push('evt-error from <' + (e.target && e.target.localName) + '>: ' + d.kind + ': ' + d.message);
  });

  // Markup pages: mark when each element is defined and when its content first shows; an element
  // in the markup that the script has not defined 5 s after load never will be.
  if (document.documentElement.hasAttribute('data-bench-markup')) {
    window.addEventListener('load', function () {
      setTimeout(function () {
        Object.keys(CONTENT).forEach(function (tag) {
          if (document.querySelector(tag) && !customElements.get(tag) && !('failed:' + tag in bench.marks)) {
            bench.marks['failed:' + tag] = '<' + tag + '> was never defined (the script loaded but did not register it)';
          }
        });
      }, 5000);
    });
    Object.keys(CONTENT).forEach(function (tag) {
      customElements.whenDefined(tag).then(function () {
        bench.mark('defined:' + tag);
        var el = document.querySelector(tag);
        if (!el) return;
        bench.content(el, 30000).then(
          function (t) {
            bench.mark('content:' + tag, t);
          },
          function (err) {
            bench.marks['failed:' + tag] = String(err && err.message ? err.message : err);
          },
        );
      });
    });
  }
})();
