// Events API emulator: a stand-in for Microsoft's marketing-form loader (FormLoader.bundle.js of
// Customer Insights - Journeys), served at /dev/forms/FormLoader.bundle.js. It does what the real
// one is documented to do (realtime-marketing-form-client-side-extensibility.md), offline:
//   - lights up every placeholder `[data-form-id][data-cached-form-url]` once the DOM is loaded, and
//     `d365mktforms.createForm(formId, formApiBaseUrl, formUrl)` returns a placeholder it fills at once;
//   - fetches the form's HTML from data-cached-form-url and injects it into the placeholder;
//   - on submit posts the fields as JSON to data-form-api-url;
//   - fires, on the placeholder (bubbling and composed, so `document.addEventListener` sees them even
//     from a shadow root): d365mkt-beforeformload, d365mkt-formrender, d365mkt-afterformload,
//     d365mkt-formsubmit (cancelable; detail.payload is the dictionary that will be sent: listeners
//     add values to it, or call detail.setExtraValue(name, value), as the portal does for
//     d365mktEvent_waitlisted, d365mktEvent_autoRegister, d365mktEvent_attendeeSessions), and
//     d365mkt-afterformsubmit (detail: { successful, payload, redirectUrl }).
//   - the older API of the outbound portal: MsCrmMkt.MsCrmFormLoader.on('formSubmit' | 'afterFormLoad'
//     | 'afterFormSubmit' | 'formLoad', handler) with event.setExtraValue, event.getRedirectUrl,
//     event.setFormNotification, event.preventFormLoadingProgressBar; and `uiLanguage`.
// Strict-CSP safe: no eval, no inline script or handler, no inline style. Under Trusted Types the
// form's HTML goes through the policy `d365mkt-forms` (a page that requires Trusted Types lists it).
(function () {
  'use strict';
  if (window.d365mktforms && window.d365mktforms.emulator) return; // loaded twice: one is enough

  var policy = null;
  function trusted(html) {
    if (!window.trustedTypes) return html;
    // The only HTML this policy passes is the form fetched from the form's own data-cached-form-url.
    policy = policy || window.trustedTypes.createPolicy('d365mkt-forms', { createHTML: function (s) { return s; } });
    return policy.createHTML(html);
  }

  var legacy = {};
  function fire(el, name, detail, cancelable) {
    var ev = new CustomEvent(name, { bubbles: true, composed: true, cancelable: !!cancelable, detail: detail });
    el.dispatchEvent(ev);
    return ev;
  }
  function callLegacy(name, event) {
    (legacy[name] || []).forEach(function (h) {
      try { h(event); } catch (err) { setTimeout(function () { throw err; }); }
    });
  }

  function notify(el, message) {
    var box = el.querySelector('.marketingFormNotification');
    if (!box) return;
    box.textContent = message || '';
    box.hidden = !message;
  }

  function collect(form) {
    var payload = {};
    new FormData(form).forEach(function (value, name) {
      if (typeof value !== 'string') return;
      if (Object.prototype.hasOwnProperty.call(payload, name)) payload[name] = [].concat(payload[name], value);
      else payload[name] = value;
    });
    return payload;
  }

  function submit(el, form, apiUrl, formId) {
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    var payload = collect(form);
    var setExtraValue = function (name, value) { payload[name] = value; };
    var notification = null;
    var legacyEvent = {
      getFormPageId: function () { return formId; },
      setExtraValue: setExtraValue,
      preventDefault: function () { this.defaultPrevented = true; },
      defaultPrevented: false,
    };
    callLegacy('formSubmit', legacyEvent);
    var ev = fire(el, 'd365mkt-formsubmit', { payload: payload, setExtraValue: setExtraValue, formId: formId }, true);
    if (ev.defaultPrevented || legacyEvent.defaultPrevented) return;
    var button = form.querySelector('[type=submit]');
    if (button) button.disabled = true;
    notify(el, '');
    fetch(apiUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload), credentials: 'omit' })
      .then(function (res) {
        return res.json().then(function (body) { return { ok: res.ok, body: body || {} }; }, function () { return { ok: false, body: {} }; });
      }, function () { return { ok: false, body: { message: 'The form could not be sent. Check your connection and try again.' } }; })
      .then(function (r) {
        if (button) button.disabled = false;
        var redirectUrl = r.body.redirectUrl || null;
        var successful = r.ok && r.body.success === true;
        fire(el, 'd365mkt-afterformsubmit', { successful: successful, payload: payload, redirectUrl: redirectUrl, formId: formId, response: r.body });
        if (successful) {
          callLegacy('afterFormSubmit', { getFormPageId: function () { return formId; }, getRedirectUrl: function () { return redirectUrl || ''; } });
          var done = document.createElement('p');
          done.className = 'marketingFormSuccess';
          done.setAttribute('role', 'status');
          done.textContent = 'Thank you for registering.';
          form.replaceWith(done);
        } else {
          notification = { IsError: true, Message: r.body.message || r.body.Message || 'The form was not accepted.' };
          notify(el, notification.Message);
          (legacy.__notifications || []).forEach(function (cb) { cb(notification); });
        }
      });
  }

  function load(el) {
    if (el.getAttribute('data-d365mkt-loaded')) return;
    el.setAttribute('data-d365mkt-loaded', 'loading');
    var formId = el.getAttribute('data-form-id');
    var apiUrl = el.getAttribute('data-form-api-url');
    var formUrl = el.getAttribute('data-cached-form-url');
    var loadEvent = {
      getFormPageId: function () { return formId; },
      setFormNotification: function (cb) { (legacy.__notifications = legacy.__notifications || []).push(cb); },
      preventFormLoadingProgressBar: function () {},
    };
    callLegacy('formLoad', loadEvent);
    fire(el, 'd365mkt-beforeformload', { formId: formId });
    fetch(formUrl, { credentials: 'omit' })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.text();
      })
      .then(function (html) {
        fire(el, 'd365mkt-formrender', { formId: formId });
        el.innerHTML = trusted(html);
        el.setAttribute('data-d365mkt-loaded', 'true');
        var form = el.querySelector('form');
        if (form) {
          if (MsCrmMkt.MsCrmFormLoader.uiLanguage) form.setAttribute('lang', MsCrmMkt.MsCrmFormLoader.uiLanguage);
          form.addEventListener('submit', function (e) {
            e.preventDefault();
            submit(el, form, apiUrl, formId);
          });
        }
        callLegacy('afterFormLoad', { getFormPageId: function () { return formId; } });
        fire(el, 'd365mkt-afterformload', { formId: formId });
      })
      .catch(function (err) {
        el.setAttribute('data-d365mkt-loaded', 'error');
        el.textContent = 'The form could not be loaded.';
        fire(el, 'd365mkt-afterformload', { formId: formId, error: String(err && err.message || err) });
      });
  }

  function scan(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('[data-form-id][data-cached-form-url]'), load);
  }

  window.d365mktforms = {
    emulator: true,
    createForm: function (formId, formApiBaseUrl, formUrl) {
      var div = document.createElement('div');
      div.setAttribute('data-form-id', formId);
      div.setAttribute('data-form-api-url', String(formApiBaseUrl).replace(/\/+$/, '') + '/forms/' + encodeURIComponent(formId));
      div.setAttribute('data-cached-form-url', formUrl);
      load(div);
      return div;
    },
    /** Emulator extra: light up the placeholders inside a root the document scan cannot see (a shadow root). */
    scan: scan,
  };
  var MsCrmMkt = (window.MsCrmMkt = window.MsCrmMkt || {});
  MsCrmMkt.MsCrmFormLoader = MsCrmMkt.MsCrmFormLoader || {};
  MsCrmMkt.MsCrmFormLoader.on = function (name, handler) {
    (legacy[name] = legacy[name] || []).push(handler);
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { scan(document); });
  else scan(document);
})();
