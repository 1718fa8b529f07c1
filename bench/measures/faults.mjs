// 8. Registration through faults (issue 11's scenarios, larger than the tests): N forms on one
// page against an emulator that fails, answers slowly to repeated clicks, loses answers or asks
// for a long wait. Each scenario counts what the emulator recorded per email (exactly one is
// right), what the visitors were told, and how long until every form settled; a visitor who is
// told to try again does so (clicks "Try again" / "Try now"), up to a few rounds.

import { startEmulator } from '../../demo/emulator/index.mjs';
import { freshPage } from '../lib/browser.mjs';
import { BENCH_TOKEN, LOAD_EVENT, loadData } from '../generate-data.mjs';
import { createForms, fillForms } from './registration.mjs';

const ROUNDS = 4;
const SETTLE_MS = 60_000;

const SCENARIOS = [
  { name: 'server failing (10 POSTs answered 503)', faults: { failNext: 10, status: 503, paths: 'registrations', method: 'POST' } },
  { name: 'slow answers (1.5 s) and triple clicks', emulator: { latency: 1500 }, clicks: 3 },
  { name: 'lost answers (10 POSTs processed, answer dropped)', faults: { dropNext: 10, paths: 'registrations' } },
  { name: 'rate limit with Retry-After: 300 (10 POSTs)', faults: { failNext: 10, status: 429, retryAfter: 300, paths: 'registrations', method: 'POST' } },
];

/** Clicks each form's submit `clicks` times in one task, then waits until every form settles; returns what each shows. */
function submitAndSettle(page, { clicks, selector }) {
  return page.evaluate(
    async ({ clicks, selector, timeout }) => {
      const els = [...document.querySelectorAll('evt-register')];
      const t0 = performance.now();
      for (const el of els) {
        const btn = el.shadowRoot.querySelector(selector) ?? el.shadowRoot.querySelector('[part~="submit"]');
        for (let i = 0; i < clicks; i++) btn?.click();
      }
      const state = (el) => {
        const r = el.shadowRoot;
        if (r.querySelector('[part~="success"]')) return 'success';
        const b = r.querySelector('[part~="submit"]');
        if (b && (b.disabled || b.getAttribute('aria-disabled') === 'true')) return null;
        if (r.querySelector('[part~="notice"], [part~="error-summary"], [part~="retry"]')) return 'told';
        return null;
      };
      let states = [];
      const until = performance.now() + timeout;
      while (performance.now() < until) {
        states = els.map(state);
        if (states.every((s) => s !== null)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const told = els
        .filter((_, i) => states[i] === 'told')
        .map((el) => (el.shadowRoot.querySelector('[part~="notice"], [part~="error-summary"]')?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 120));
      return { ms: performance.now() - t0, states, told };
    },
    { clicks, selector, timeout: SETTLE_MS },
  );
}

export async function faults(ctx) {
  const n = ctx.config.loadForms;
  const results = [];
  for (const sc of SCENARIOS) {
    ctx.log(`  faults: ${sc.name} (${n} forms)`);
    const emu = await startEmulator({ port: 0, data: loadData({ origin: ctx.origin }), processingDelay: 300, origins: [ctx.origin], ...(sc.emulator ?? {}) });
    const p = await freshPage(ctx.browser);
    try {
      await p.page.goto(`${ctx.origin}/pages/script.html?${new URLSearchParams({ bundle: ctx.bundles.single })}`, { waitUntil: 'load' });
      const notReady = await createForms(p.page, { n, endpoint: emu.omBase, token: BENCH_TOKEN });
      if (notReady) throw new Error(`the forms did not all appear: ${notReady}`);
      const problems = await fillForms(p.page, { run: results.length + 1 });
      if (problems.length) throw new Error(`could not fill the forms: ${problems.join('; ')}`);
      if (sc.faults) await fetch(`${emu.url}/dev/faults`, { method: 'POST', body: JSON.stringify(sc.faults), headers: { 'Content-Type': 'application/json' } });
      let ms = 0;
      let rounds = 0;
      const toldTexts = new Set();
      let outcome = await submitAndSettle(p.page, { clicks: sc.clicks ?? 1, selector: '[part~="submit"]' });
      ms += outcome.ms;
      outcome.told.forEach((t) => toldTexts.add(t));
      // A visitor told to try again does: "Try again" / "Try now", else the submit button.
      while (outcome.states.includes('told') && rounds < ROUNDS) {
        rounds++;
        outcome = await submitAndSettle(p.page, { clicks: 1, selector: '[part~="retry"], [part~="try-now"]' });
        ms += outcome.ms;
        outcome.told.forEach((t) => toldTexts.add(t));
      }
      await fetch(`${emu.url}/dev/process`, { method: 'POST' });
      const records = await (await fetch(`${emu.url}/dev/registrations?readableEventId=${LOAD_EVENT}`)).json();
      const perEmail = new Map();
      for (const r of records) {
        const e = String(r.email).toLowerCase();
        perEmail.set(e, (perEmail.get(e) ?? 0) + 1);
      }
      const counts = [...perEmail.values()];
      results.push({
        scenario: sc.name,
        forms: n,
        confirmed: outcome.states.filter((s) => s === 'success').length,
        stillTold: outcome.states.filter((s) => s === 'told').length,
        unsettled: outcome.states.filter((s) => s === null).length,
        retryRounds: rounds,
        recordedEmails: perEmail.size,
        recordedTwice: counts.filter((c) => c > 1).length,
        missing: n - perEmail.size,
        ms: Math.round(ms),
        told: [...toldTexts].slice(0, 4),
      });
    } finally {
      await p.close();
      await emu.close();
    }
  }
  return {
    status: 'measured',
    method:
      `For each scenario a fresh emulator (event ${LOAD_EVENT}) and one page with ${n} <evt-register> forms, filled with a distinct email each; the fault is set with POST /dev/faults ` +
      'after the forms showed, then every submit is clicked in one task (three times in the triple-click scenario). A form that tells its visitor something (a notice) is ' +
      `retried with its "Try again" / "Try now" button, up to ${ROUNDS} rounds. After POST /dev/process the records are read from GET /dev/registrations and counted per email.`,
    scenarios: results,
  };
}
