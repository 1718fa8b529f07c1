// 6. Registration under load: the emulator with a rate limit low enough to answer 429, N
// <evt-register> forms on one page submitted at once. How many succeed, how many requests were
// answered 429 and retried, and whether anybody was registered twice.

import { startEmulator } from '../../demo/emulator/index.mjs';
import { apiPath, freshPage } from '../lib/browser.mjs';
import { summarize } from '../lib/stats.mjs';
import { BENCH_TOKEN, LOAD_EVENT, loadData } from '../generate-data.mjs';

export const RATE_LIMIT = 20;
export const RATE_WINDOW = 2;
const SETTLE_TIMEOUT = 90_000;

/** Creates N forms and waits until every one shows its form. */
export function createForms(page, { n, endpoint, token }) {
  return page.evaluate(
    async ({ n, endpoint, token, event }) => {
      const b = window.__bench;
      const stage = document.getElementById('stage');
      window.__reg = { registered: [], errors: [] };
      const els = [];
      for (let i = 0; i < n; i++) {
        const el = document.createElement('evt-register');
        el.setAttribute('endpoint', endpoint);
        el.setAttribute('token', token);
        el.setAttribute('event-id', event);
        el.dataset.i = String(i);
        el.addEventListener('evt-registered', () => window.__reg.registered.push({ i, at: performance.now() }));
        el.addEventListener('evt-error', (e) => window.__reg.errors.push({ i, kind: e.detail?.kind, code: e.detail?.errorCode ?? null }));
        stage.append(el);
        els.push(el);
      }
      try {
        await Promise.all(els.map((el) => b.content(el, 30_000)));
      } catch (e) {
        return String(e.message ?? e);
      }
      return null;
    },
    { n, endpoint, token, event: LOAD_EVENT },
  );
}

/** Fills every form through its shadow DOM (as typing does: value, then an input event). */
export function fillForms(page, { run }) {
  return page.evaluate(
    async ({ run }) => {
      const els = [...document.querySelectorAll('evt-register')];
      const problems = [];
      for (const el of els) {
        const i = el.dataset.i;
        const values = { firstName: `Load${i}`, lastName: `Run${run}`, email: `load-${run}-${i}@bench.example` };
        for (const [name, value] of Object.entries(values)) {
          const input = el.shadowRoot.querySelector(`input[name="${name}"]`);
          if (!input) {
            problems.push(`no input[name=${name}] in form ${i}`);
            continue;
          }
          input.focus();
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
          input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        }
        await el.updateComplete;
      }
      return problems.slice(0, 3);
    },
    { run },
  );
}

/** Clicks every submit button in one task (as close to "at once" as one page gets), then waits until each form is done. */
export function submitAll(page, { n }) {
  return page.evaluate(
    async ({ n, timeout }) => {
      const els = [...document.querySelectorAll('evt-register')];
      const t0 = performance.now();
      let missing = 0;
      for (const el of els) {
        const btn = el.shadowRoot.querySelector('[part~="submit"], button[type="submit"]');
        if (btn) btn.click();
        else missing++;
      }
      const settled = (el) => {
        const root = el.shadowRoot;
        if (root.querySelector('[part~="success"]')) return 'success';
        const btn = root.querySelector('[part~="submit"]');
        // While sending the button stays focusable: aria-disabled, not disabled.
        const sending = btn?.disabled || btn?.getAttribute('aria-disabled') === 'true';
        if (sending) return null;
        if (root.querySelector('[part~="notice"], [part~="error-summary"]')) return 'failed';
        return null;
      };
      const until = performance.now() + timeout;
      let states = [];
      while (performance.now() < until) {
        states = els.map(settled);
        if (states.every((s) => s !== null)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const notices = els
        .filter((_, i) => states[i] === 'failed')
        .map((el) => (el.shadowRoot.querySelector('[part~="notice"], [part~="error-summary"]')?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 160));
      return {
        ms: performance.now() - t0,
        missingButtons: missing,
        success: states.filter((s) => s === 'success').length,
        failed: states.filter((s) => s === 'failed').length,
        unsettled: states.filter((s) => s === null).length,
        registeredEvents: window.__reg.registered.length,
        errorEvents: window.__reg.errors,
        notices: [...new Set(notices)].slice(0, 5),
        n,
      };
    },
    { n, timeout: SETTLE_TIMEOUT },
  );
}

export async function registration(ctx) {
  const n = ctx.config.loadForms;
  const runs = [];
  let lastProblem = null;
  for (let run = 1; run <= ctx.config.runs.load; run++) {
    ctx.log(`  registration: run ${run}/${ctx.config.runs.load} (${n} forms, rate limit ${RATE_LIMIT} per ${RATE_WINDOW} s)`);
    // A fresh emulator per run: an empty rate-limit window and no earlier registrations.
    const emu = await startEmulator({
      port: 0,
      data: loadData({ origin: ctx.origin }),
      rateLimit: RATE_LIMIT,
      rateWindow: RATE_WINDOW,
      processingDelay: 300,
      origins: [ctx.origin],
    });
    const p = await freshPage(ctx.browser);
    try {
      await p.page.goto(`${ctx.origin}/pages/script.html?${new URLSearchParams({ bundle: ctx.bundles.bundle })}`, { waitUntil: 'load' });
      const defined = await p.page.evaluate(() => Promise.race([customElements.whenDefined('evt-register').then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]));
      if (!defined) throw new Error('<evt-register> is not defined by dist/evt-widgets.bundle.js');
      const notReady = await createForms(p.page, { n, endpoint: emu.omBase, token: BENCH_TOKEN });
      if (notReady) {
        lastProblem = `the forms did not all appear: ${notReady}`;
        continue;
      }
      // Let the window of the page's own reads pass, so every submission meets the same limit.
      await new Promise((r) => setTimeout(r, RATE_WINDOW * 1000 + 200));
      const requestsBefore = p.net.list.length;
      const fillProblems = await fillForms(p.page, { run });
      if (fillProblems.length) {
        lastProblem = `could not fill the forms: ${fillProblems.join('; ')}`;
        continue;
      }
      const outcome = await submitAll(p.page, { n });
      // The emulator creates the records a moment after acknowledging; make it do so now.
      await fetch(`${emu.url}/dev/process`, { method: 'POST' });
      const records = await (await fetch(`${emu.url}/dev/registrations?readableEventId=${LOAD_EVENT}`)).json();
      const emails = records.map((r) => String(r.email).toLowerCase());
      const ours = emails.filter((e) => e.startsWith(`load-${run}-`));
      const distinct = new Set(ours);
      const requests = p.net.list.slice(requestsBefore).filter((q) => q.url.startsWith(emu.url) && (q.type === 'Fetch' || q.type === 'XHR'));
      const posts = requests.filter((q) => q.method === 'POST' && /registrations$/.test(apiPath(q.url).split('?')[0]));
      const gets = requests.filter((q) => q.method === 'GET');
      // Attempts per form, from the POST bodies (each form has its own email).
      const perEmail = new Map();
      for (const q of posts) {
        const email = /load-\d+-\d+@bench\.example/.exec(q.postData ?? '')?.[0] ?? '?';
        perEmail.set(email, (perEmail.get(email) ?? 0) + 1);
      }
      const attempts = [...perEmail.values()];
      runs.push({
        forms: n,
        succeeded: outcome.success,
        failed: outcome.failed,
        unsettled: outcome.unsettled,
        registeredEvents: outcome.registeredEvents,
        posts: posts.length,
        posts429: posts.filter((q) => q.status === 429).length,
        retries: Math.max(0, posts.length - n),
        maxAttemptsPerForm: attempts.length ? Math.max(...attempts) : null,
        formsRetried: attempts.filter((a) => a > 1).length,
        formsPosted: perEmail.size,
        postsOther: posts.filter((q) => q.status !== 429 && (q.status ?? 0) >= 400).length,
        postsFailed: posts.filter((q) => q.failed).length,
        gets: gets.length,
        gets429: gets.filter((q) => q.status === 429).length,
        readsByResource: Object.entries(
          gets.reduce((m, q) => {
            const k = apiPath(q.url).replace(/load-[^&]*/g, '…');
            m[k] = (m[k] ?? 0) + 1;
            return m;
          }, {}),
        ).sort((a, b) => b[1] - a[1]),
        records: ours.length,
        duplicates: ours.length - distinct.size,
        successesWithoutRecord: outcome.success - distinct.size > 0 ? outcome.success - distinct.size : 0,
        ms: outcome.ms,
        notices: outcome.notices,
        errorKinds: [...new Set(outcome.errorEvents.map((e) => `${e.kind}${e.code ? `:${e.code}` : ''}`))],
      });
    } finally {
      await p.close();
      await emu.close();
    }
  }
  if (!runs.length) throw new Error(lastProblem ?? 'no run completed');
  const s = (k) => summarize(runs.map((r) => r[k]));
  return {
    status: 'measured',
    method:
      `A fresh emulator per run with one free event (${LOAD_EVENT}, capacity 5,000, no custom fields, single attendee) and --rate-limit ${RATE_LIMIT} --rate-window ${RATE_WINDOW} ` +
      `(more than ${RATE_LIMIT} API requests in any ${RATE_WINDOW} s answer 429 with Retry-After). One page holds ${n} <evt-register> elements for the event; ` +
      `once every form shows, the run waits ${RATE_WINDOW} s (so the page's own reads have left the window), fills each form through its shadow DOM ` +
      '(input[name=firstName|lastName|email], value + input event, a distinct email per form) and clicks every submit button in one task. ' +
      'A form counts as succeeded when it shows its confirmation ([part~=success]), as failed when it shows a notice with the button enabled again; ' +
      `the run waits up to ${SETTLE_TIMEOUT / 1000} s. Retries and 429s are counted from the request log (CDP Network: POST …/registrations after the clicks; ` +
      'retries = POSTs − forms). Duplicates: after POST /dev/process the emulator\'s GET /dev/registrations?readableEventId=… is read, and records with the same email counted.',
    forms: n,
    rateLimit: RATE_LIMIT,
    rateWindowSeconds: RATE_WINDOW,
    succeeded: s('succeeded'),
    failed: s('failed'),
    unsettled: s('unsettled'),
    posts: s('posts'),
    answered429: s('posts429'),
    retries: s('retries'),
    formsRetried: s('formsRetried'),
    maxAttemptsPerForm: s('maxAttemptsPerForm'),
    readsAnswered429: s('gets429'),
    // The last run's reads after the clicks, by resource, most requested first.
    readsByResource: runs[runs.length - 1].readsByResource,
    reads: s('gets'),
    records: s('records'),
    duplicates: s('duplicates'),
    successesWithoutRecord: s('successesWithoutRecord'),
    timeToSettle: s('ms'),
    notices: [...new Set(runs.flatMap((r) => r.notices))],
    errorKinds: [...new Set(runs.flatMap((r) => r.errorKinds))],
    failedRuns: ctx.config.runs.load - runs.length,
    problem: lastProblem,
    runs,
  };
}
