// 8. One visitor's journey on a CMS site where the list and the event page are separate pages:
// the list page, then the event page, then the registration page with one registration, as three
// page loads in one tab (sessionStorage kept between them). How many API requests the journey
// costs, how many round trips the event page waits before its first content, and how many such
// journeys fit in the service's five-minute window before its 6,000-request limit. Measured with
// the tab cache on (the default) and off (`<meta name="evt-tab-cache" content="off">`).

import { startEmulator } from '../../demo/emulator/index.mjs';
import { apiPath, freshPage } from '../lib/browser.mjs';
import { roundTripLevels } from '../lib/pages.mjs';
import { summarize } from '../lib/stats.mjs';
import { EVENT, LATENCY } from './weight-and-critical-path.mjs';

const LIMIT = 6000;
const STEPS = [
  ['list', 'evt-list'],
  ['detail', 'evt-detail'],
  ['register', 'evt-register'],
];

async function oneJourney(ctx, emu, tabCache, run) {
  const p = await freshPage(ctx.browser);
  try {
    const steps = [];
    for (const [name, tag] of STEPS) {
      const from = p.net.list.length;
      const params = { bundle: ctx.bundles.single, endpoint: emu.omBase, token: 'demo-token', event: EVENT, tabcache: tabCache ? '' : 'off' };
      await p.page.goto(`${ctx.origin}/pages/${name}.html?${new URLSearchParams(params)}`, { waitUntil: 'load', timeout: 30_000 });
      await p.page.waitForFunction((t) => `content:${t}` in window.__bench.marks || `failed:${t}` in window.__bench.marks, { timeout: 30_000, polling: 50 }, tag);
      if (name === 'register') {
        const outcome = await p.page.evaluate(async (email) => {
          const el = document.querySelector('evt-register');
          for (const [n, v] of Object.entries({ firstName: 'Journey', lastName: 'Bench', email })) {
            const input = el.shadowRoot.querySelector(`input[name="${n}"]`);
            if (!input) return `no input[name=${n}]`;
            input.value = v;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: v }));
            input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          }
          // The event's own questions (a required agreement, a required choice): each answered.
          const fire = (i) => ['input', 'change'].forEach((t) => i.dispatchEvent(new Event(t, { bubbles: true, composed: true })));
          for (const c of el.shadowRoot.querySelectorAll('input[type="checkbox"]')) if (!c.checked) (c.click(), fire(c));
          const radios = new Set();
          for (const r of el.shadowRoot.querySelectorAll('input[type="radio"]')) if (!radios.has(r.name)) (radios.add(r.name), r.click(), fire(r));
          for (const sel of el.shadowRoot.querySelectorAll('select')) if (!sel.value && sel.options.length > 1) ((sel.selectedIndex = 1), fire(sel));
          await el.updateComplete;
          el.shadowRoot.querySelector('[part~="submit"], button[type="submit"]')?.click();
          for (let i = 0; i < 300; i++) {
            if (el.shadowRoot.querySelector('[part~="success"]')) return ((window.__journeySuccess = performance.now()), 'success');
            await new Promise((r) => setTimeout(r, 100));
          }
          return (el.shadowRoot.querySelector('[part~="notice"], [part~="error-summary"]')?.textContent ?? 'no outcome').trim().replace(/\s+/g, ' ').slice(0, 400);
        }, `journey-${tabCache ? 'on' : 'off'}-${run}-${Date.now()}@bench.example`);
        if (outcome !== 'success') throw new Error(`the registration did not succeed: ${outcome}`);
      }
      await p.net.idle(1000, 15_000);
      const { marks, api, success } = await p.page.evaluate((o) => ({ marks: { ...window.__bench.marks }, api: window.__bench.apiTimeline(o), success: window.__journeySuccess }), emu.url);
      void success;
      const content = marks[`content:${tag}`];
      if (content === undefined) throw new Error(`<${tag}> showed no content (${marks[`failed:${tag}`] ? 'it failed' : 'timeout'})`);
      const before = roundTripLevels(api.filter((q) => q.start <= content)).filter((q) => q.end <= content);
      const requests = p.net.list.slice(from).filter((q) => q.url.startsWith(emu.url) && (q.type === 'Fetch' || q.type === 'XHR'));
      // Once the registration is answered, the store refreshes what it changed (at once, and after
      // 1 s and 4 s within this wait): counted apart, as the visitor's journey is over.
      const post = api.find((q) => /\/registrations(\?|$)/.test(q.url));
      const refreshes = success === undefined || !post ? 0 : api.filter((q) => q !== post && q.start >= post.end).length;
      steps.push({
        page: name,
        requests: requests.length - refreshes,
        refreshes,
        roundTripsBeforeContent: before.reduce((m, q) => Math.max(m, q.level), 0),
        resources: requests.map((q) => `${q.method} ${apiPath(q.url)}`),
      });
    }
    return steps;
  } finally {
    await p.close();
  }
}

export async function journey(ctx) {
  const emu = await startEmulator({ port: 0, latency: LATENCY, rateLimit: 1_000_000, rateWindow: 300, origins: [ctx.origin] });
  const runs = { on: [], off: [] };
  try {
    for (let i = 0; i < ctx.config.runs.pages; i++) {
      for (const mode of ['on', 'off']) {
        ctx.log(`  journey (tab cache ${mode}): ${i + 1}/${ctx.config.runs.pages}`);
        await emu.reset?.();
        runs[mode].push(await oneJourney(ctx, emu, mode === 'on', i));
      }
    }
  } finally {
    await emu.close();
  }
  const figures = (list) => {
    const total = list.map((steps) => steps.reduce((n, s) => n + s.requests, 0));
    const per = (page, k) => summarize(list.map((steps) => steps.find((s) => s.page === page)[k]));
    const withRefreshes = list.map((steps) => steps.reduce((n, s) => n + s.requests + s.refreshes, 0));
    return {
      requestsPerJourney: summarize(total),
      journeysPerWindow: Math.floor(LIMIT / summarize(total).median),
      refreshesAfterRegistration: per('register', 'refreshes'),
      journeysPerWindowWithRefreshes: Math.floor(LIMIT / summarize(withRefreshes).median),
      list: per('list', 'requests'),
      detail: per('detail', 'requests'),
      register: per('register', 'requests'),
      detailRoundTripsBeforeContent: per('detail', 'roundTripsBeforeContent'),
      resources: list[list.length - 1],
    };
  };
  return {
    status: 'measured',
    method:
      `The list page, then the event page (${EVENT}), then the registration page with one registration submitted, as three page loads in one browser tab ` +
      `(sessionStorage kept), the emulator at --latency ${LATENCY}, outbound marketing, a 1280x900 viewport, no pointer over the list. ` +
      'Each page waits for its content and for 1 s of network quiet; API requests are counted from CDP Network events (preflights apart). ' +
      "A journey's requests end when the confirmation shows; the store's refreshes after it (what the registration changed, for other elements) are counted apart. " +
      `Journeys per window: ${LIMIT.toLocaleString('en-US')} / requests per journey (the service's five-minute limit, seed 004). ` +
      'Before this work (issue 13, counted by hand): about 20 requests per journey (list 8, event page 11, registration 1), 300 journeys per window.',
    limit: LIMIT,
    before: { requestsPerJourney: 20, journeysPerWindow: 300 },
    tabCacheOn: figures(runs.on),
    tabCacheOff: figures(runs.off),
  };
}
