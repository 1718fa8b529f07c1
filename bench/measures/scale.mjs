// 4. Scale: N = 100, 1,000, 10,000 published events (generated --data documents). Time to render
// the list, set against a bare baseline in the same run, and the time from a search keystroke to
// the updated list.

import { startEmulator } from '../../demo/emulator/index.mjs';
import { freshPage } from '../lib/browser.mjs';
import { summarize } from '../lib/stats.mjs';
import { BENCH_TOKEN, SEARCH_UNIQUE, SESSIONS_EVENT, expectedMatches, scaleData, sessionsData } from '../generate-data.mjs';

const STEP_TIMEOUT = 60_000;
/** From the list showing to the first search keystroke: a quick visitor's move to the field. */
const REACH_SEARCH_MS = 500;

/**
 * Opens the script page (the loader, nothing on the page) in a fresh context, with the code of
 * `tag` already there: the loader fetches an element's file when its tag appears, and these
 * figures are about rendering, not about that download (weight and critical path measure it).
 */
async function scriptPage(ctx, tag = 'evt-list') {
  const p = await freshPage(ctx.browser);
  await p.page.goto(`${ctx.origin}/pages/script.html?${new URLSearchParams({ bundle: ctx.bundles.single })}`, { waitUntil: 'load' });
  const file = ctx.bundles.perElement[tag];
  const defined = await p.page.evaluate(
    ({ tag, file }) =>
      Promise.race([
        (customElements.get(tag) || !file ? Promise.resolve() : import(file)).then(() => customElements.whenDefined(tag)).then(() => true),
        new Promise((r) => setTimeout(() => r(false), 5000)),
      ]),
    { tag, file },
  );
  return { ...p, defined };
}

/** Creates <evt-list> (optionally with page-size) and times it until `expected` items are in its shadow DOM. */
async function renderList(page, { endpoint, token, pageSize, n }) {
  return page.evaluate(
    async ({ endpoint, token, pageSize, n, timeout }) => {
      const b = window.__bench;
      const stage = document.getElementById('stage');
      if (pageSize && !('pageSize' in customElements.get('evt-list').prototype)) return { unsupported: '<evt-list> has no pageSize property (page-size attribute)' };
      const t0 = performance.now();
      const el = document.createElement('evt-list');
      el.setAttribute('endpoint', endpoint);
      el.setAttribute('token', token);
      if (pageSize) el.setAttribute('page-size', String(pageSize));
      stage.append(el);
      const shownTarget = Math.min(n, pageSize || Number(el.pageSize) || 12);
      let count = 0;
      const tDom = await b.when(
        el,
        (root) => {
          count = root.querySelectorAll('[part~="item"]').length;
          return count >= shownTarget || !!root.querySelector('[part~="error"]');
        },
        timeout,
        false,
      );
      if (count < shownTarget) return { failed: (el.shadowRoot.querySelector('[part~="error"]')?.textContent ?? '').trim().slice(0, 200) || 'error state' };
      void document.body.offsetHeight; // style and layout of the new items, synchronously
      const tLayout = performance.now();
      const res = performance.getEntriesByType('resource').find((e) => e.name.includes('events/published'));
      window.__list = el;
      return { dom: tDom - t0, layout: tLayout - t0, dataArrived: res ? res.responseEnd - t0 : null, shown: count, shownTarget };
    },
    { endpoint, token, pageSize, n, timeout: STEP_TIMEOUT },
  );
}

/** The bare baseline: fetch the same JSON, write the same N items with one innerHTML assignment. */
async function baseline(page, { url }) {
  return page.evaluate(
    async ({ url }) => {
      const stage = document.getElementById('stage');
      const t0 = performance.now();
      const res = await fetch(url, { cache: 'no-store' });
      const events = await res.json();
      const tData = performance.now();
      const fmt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
      const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
      const html = events
        .map((e) => {
          const place = e.eventFormat === 100000002 ? 'Online' : [e.room?.name, e.building?.name, e.building?.city].filter(Boolean).join(', ');
          const summary = String(e.description ?? '').replace(/<[^>]*>/g, '').slice(0, 180);
          return `<li><h2><a href="?event=${encodeURIComponent(e.readableEventId)}">${esc(e.eventName)}</a></h2><p><time datetime="${esc(e.startDateUTC)}">${fmt.format(new Date(e.startDateUTC))}</time></p><p>${esc(place)}</p><p>${esc(summary)}</p></li>`;
        })
        .join('');
      const ul = document.createElement('ul');
      stage.append(ul);
      const tBuilt = performance.now();
      ul.innerHTML = html;
      const tDom = performance.now();
      void document.body.offsetHeight;
      const tLayout = performance.now();
      return { dom: tDom - t0, layout: tLayout - t0, dataArrived: tData - t0, innerHTMLOnly: tDom - tBuilt, layoutOnly: tLayout - tDom, shown: ul.children.length };
    },
    { url },
  );
}

/**
 * One "keystroke" into the list's search field: the text goes in as one input event (CDP
 * Input.insertText, as a paste or an IME commit does), timed from the page's beforeinput to the
 * moment the shadow DOM holds `expected` items.
 */
async function keystroke(page, { text, expected, clear }) {
  const ready = await page.evaluate(
    ({ expected, timeout, clear }) => {
      const el = window.__list;
      const input = el?.shadowRoot?.querySelector('input[type="search"], input[part~="search"]');
      if (!input) return 'no search field in the shadow DOM of <evt-list>';
      input.focus();
      if (clear) input.select();
      window.__keyAt = null;
      const mark = () => {
        if (window.__keyAt === null) window.__keyAt = performance.now();
      };
      window.addEventListener('beforeinput', mark, { capture: true, once: true });
      window.addEventListener('input', mark, { capture: true, once: true });
      window.__keyDone = window.__bench
        .when(el, (root) => root.querySelectorAll('[part~="item"]').length === expected, timeout, false)
        .then((t) => t - window.__keyAt);
      return null;
    },
    { expected, timeout: STEP_TIMEOUT, clear },
  );
  if (ready) return { unsupported: ready };
  if (clear) await page.keyboard.press('Backspace');
  else await page.keyboard.sendCharacter(text);
  const ms = await page.evaluate(() => window.__keyDone.catch((e) => ({ error: String(e.message ?? e) })));
  if (typeof ms !== 'number') return { failed: ms.error };
  return { ms };
}

/** Keystrokes per page in the register form: the first warms nothing up that a visitor's would not. */
const FORM_KEYS = 'Ada Lovelace';

/**
 * Keystrokes into `<evt-register>`'s first text field for an event with `sessions` sessions: each
 * timed from the page's beforeinput until the element has rendered (its updateComplete) and a
 * forced style and layout, as the visitor sees it. Returns the times of FORM_KEYS' characters.
 */
async function formKeystrokes(ctx, { endpoint, sessions }) {
  const p = await scriptPage(ctx, 'evt-register');
  try {
    const ready = await p.page.evaluate(
      async ({ endpoint, token, rid, sessions, timeout }) => {
        if (!customElements.get('evt-register')) return '<evt-register> is not defined by the bundle';
        const el = document.createElement('evt-register');
        el.setAttribute('endpoint', endpoint);
        el.setAttribute('token', token);
        el.setAttribute('event-id', rid);
        document.getElementById('stage').append(el);
        const failed = window.__bench.FAILED['evt-register'];
        await window.__bench
          .when(el, (root) => root.querySelectorAll('[part~="session"]').length >= sessions || !!root.querySelector(failed), timeout, false)
          .catch(() => {});
        const shown = el.shadowRoot?.querySelectorAll('[part~="session"]').length ?? 0;
        if (shown < sessions) return `the form showed ${shown} of ${sessions} sessions: "${(el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200)}"`;
        const input = el.shadowRoot.querySelector('form input[type="text"], form input:not([type])');
        if (!input) return 'no text field in the form';
        input.focus();
        window.__form = el;
        window.__times = [];
        let t0 = 0;
        window.addEventListener('beforeinput', () => (t0 = performance.now()), { capture: true });
        // Bubbling to the window: after the field's own handler has asked the element to update.
        window.addEventListener('input', () =>
          el.updateComplete.then(() => {
            void document.body.offsetHeight;
            window.__times.push(performance.now() - t0);
          }),
        );
        return null;
      },
      { endpoint, token: BENCH_TOKEN, rid: SESSIONS_EVENT, sessions, timeout: STEP_TIMEOUT },
    );
    if (ready) return { failed: ready };
    for (const ch of FORM_KEYS) {
      await p.page.keyboard.sendCharacter(ch);
      await p.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    const times = await p.page.evaluate(() => window.__times);
    return { times };
  } finally {
    await p.close();
  }
}

/** The register form's keystroke for each session count in ctx.config.formSessions. */
async function formScale(ctx) {
  const out = {};
  for (const sessions of ctx.config.formSessions ?? []) {
    const emu = await startEmulator({ port: 0, data: sessionsData({ sessions, origin: ctx.origin }), rateLimit: 1_000_000, rateWindow: 300, origins: [ctx.origin] });
    const times = [];
    const notes = new Set();
    try {
      for (let i = 0; i < (ctx.config.formRuns ?? 1); i++) {
        ctx.log(`  register form, ${sessions} sessions: run ${i + 1}`);
        const r = await formKeystrokes(ctx, { endpoint: emu.omBase, sessions });
        if (r.failed) notes.add(r.failed);
        else times.push(...r.times);
      }
    } finally {
      await emu.close();
    }
    out[sessions] = { sessions, keystroke: summarize(times), notes: [...notes] };
  }
  return out;
}

export async function scale(ctx) {
  const sizes = Object.keys(ctx.config.scale).map(Number).sort((a, b) => a - b);
  const results = {};
  let elementMissing = null;
  for (const n of sizes) {
    const data = scaleData({ n, origin: ctx.origin });
    const matches = expectedMatches(data, SEARCH_UNIQUE);
    const emu = await startEmulator({ port: 0, data, rateLimit: 1_000_000, rateWindow: 300, origins: [ctx.origin] });
    const runs = ctx.config.scale[n];
    const obs = { default: [], full: [], baseline: [], searchFirst: [], searchClear: [], searchRepeat: [], searchFirstFull: [], searchClearFull: [], searchRepeatFull: [] };
    const notes = new Set();
    const endpoint = emu.omBase;
    const url = `${emu.omBase}events/published?emApplicationtoken=${BENCH_TOKEN}`;
    try {
      for (let i = 0; i < runs; i++) {
        for (const variant of ['baseline', 'default', 'full']) {
          ctx.log(`  N=${n}: ${variant} run ${i + 1}/${runs}`);
          const p = await scriptPage(ctx);
          try {
            if (variant === 'baseline') {
              obs.baseline.push(await baseline(p.page, { url }));
              continue;
            }
            if (!p.defined) {
              elementMissing = '<evt-list> is not defined by dist/evt-widgets.js';
              break;
            }
            const r = await renderList(p.page, { endpoint, token: BENCH_TOKEN, pageSize: variant === 'full' ? n : 0, n });
            if (r.unsupported || r.failed) {
              notes.add(`${variant}: ${r.unsupported ?? `the list showed an error: ${r.failed}`}`);
              continue;
            }
            obs[variant].push(r);
            // Search: first keystroke (the list builds its search index), clearing it, and the same search again.
            const suffix = variant === 'full' ? 'Full' : '';
            // A visitor reaches the search field no sooner than this after the list shows (the
            // list uses that time to build its search text while idle).
            await p.page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), REACH_SEARCH_MS);
            const first = await keystroke(p.page, { text: SEARCH_UNIQUE, expected: matches });
            if (first.unsupported || first.failed) {
              notes.add(`search (${variant}): ${first.unsupported ?? first.failed}`);
              continue;
            }
            obs[`searchFirst${suffix}`].push(first.ms);
            const cleared = await keystroke(p.page, { clear: true, expected: r.shownTarget });
            if (cleared.ms === undefined) {
              notes.add(`clearing the search (${variant}): ${cleared.unsupported ?? cleared.failed}`);
              continue;
            }
            obs[`searchClear${suffix}`].push(cleared.ms);
            const again = await keystroke(p.page, { text: SEARCH_UNIQUE, expected: matches });
            if (again.ms !== undefined) obs[`searchRepeat${suffix}`].push(again.ms);
          } finally {
            await p.close();
          }
        }
        if (elementMissing) break;
      }
    } finally {
      await emu.close();
    }
    const s = (list, k) => summarize(list.map((x) => (k ? x[k] : x)));
    results[n] = {
      events: n,
      payloadBytes: Buffer.byteLength(JSON.stringify(data.events)),
      searchMatches: matches,
      baseline: { toLayout: s(obs.baseline, 'layout'), inDom: s(obs.baseline, 'dom'), dataArrived: s(obs.baseline, 'dataArrived'), innerHTMLOnly: s(obs.baseline, 'innerHTMLOnly') },
      defaultPage: obs.default.length
        ? { shown: obs.default[0].shown, toLayout: s(obs.default, 'layout'), inDom: s(obs.default, 'dom'), dataArrived: s(obs.default, 'dataArrived') }
        : null,
      fullRender: obs.full.length ? { shown: obs.full[0].shown, toLayout: s(obs.full, 'layout'), inDom: s(obs.full, 'dom'), dataArrived: s(obs.full, 'dataArrived') } : null,
      search: {
        defaultPage: { first: s(obs.searchFirst), clear: s(obs.searchClear), repeat: s(obs.searchRepeat) },
        fullRender: { first: s(obs.searchFirstFull), clear: s(obs.searchClearFull), repeat: s(obs.searchRepeatFull) },
      },
      notes: [...notes],
    };
    if (elementMissing) break;
  }
  if (elementMissing && !Object.values(results).some((r) => r.defaultPage)) throw new Error(elementMissing);
  return {
    status: 'measured',
    method:
      'For each N a generated --data document (bench/generate-data.mjs: N upcoming published events, no images, no capacity limits, so no count requests) ' +
      'is served by its own emulator without added latency. Each run opens a fresh browser context on a page that has loaded dist/evt-widgets.js and holds nothing else. ' +
      'List: from document.createElement("evt-list") (endpoint and token set, appended) until the expected number of [part~=item] are in its shadow DOM ' +
      '(MutationObserver), then a forced synchronous style and layout (document.body.offsetHeight): "to layout" includes fetching /events/published, validating, sorting and rendering. ' +
      `Default page: the element as a site uses it, showing its first page (default page-size). Full render: page-size="${'N'}" so all N items are rendered. ` +
      'Baseline, same run, same page, same emulator: fetch() the same JSON, build the same N items (name link, date with Intl.DateTimeFormat, place, 180-character plain summary) as one string, ' +
      'one innerHTML assignment, the same forced layout. ' +
      `Search: focus the list's search field (in its shadow root) and insert "${SEARCH_UNIQUE}" as one input event (CDP Input.insertText, as a paste does), ` +
      `${REACH_SEARCH_MS} ms after the list showed (a quick visitor's move to the field), timed from the page's beforeinput event until the shadow DOM holds the ${'matching'} item(s) ("${SEARCH_UNIQUE}" is in exactly one event): ` +
      'first search (the list builds its search index then), clearing it (select all + Backspace, until the unfiltered items are back), and the same search again. ' +
      `Register form: <evt-register> for one event with S sessions to choose from (bench/generate-data.mjs sessionsData), once its S sessions are shown; "${FORM_KEYS}" typed into its first text field ` +
      'one character at a time (CDP Input.insertText), each timed from the page\'s beforeinput until the element\'s updateComplete and a forced layout.',
    sizes,
    results,
    form: await formScale(ctx),
  };
}
