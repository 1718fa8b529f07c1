// 5. Memory: the JS heap after K cycles of creating and removing the three elements (garbage
// collection forced through CDP), against the heap before.

import { startEmulator } from '../../demo/emulator/index.mjs';
import { freshPage } from '../lib/browser.mjs';
import { summarize } from '../lib/stats.mjs';
import { EVENT } from './weight-and-critical-path.mjs';

const WARMUP = 20;

/** Forced GC (twice, as finalizers and weak maps free more on the second pass), then the heap and DOM counters. */
async function heap(cdp) {
  for (let i = 0; i < 2; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((r) => setTimeout(r, 100));
  }
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { used: usage.usedSize, total: usage.totalSize, jsHeapUsed: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners, documents: m.Documents };
}

/** K cycles in the page: create the three elements, wait until each shows its content, remove them. */
function cycles(page, k, endpoint) {
  return page.evaluate(
    async ({ k, endpoint, token, event }) => {
      const b = window.__bench;
      const stage = document.getElementById('stage');
      let slow = 0;
      let lastError = null;
      const t0 = performance.now();
      for (let i = 0; i < k; i++) {
        const list = document.createElement('evt-list');
        const detail = document.createElement('evt-detail');
        detail.setAttribute('event-id', event);
        const register = document.createElement('evt-register');
        register.setAttribute('event-id', event);
        const els = [list, detail, register];
        for (const el of els) {
          el.setAttribute('endpoint', endpoint);
          el.setAttribute('token', token);
          stage.append(el);
        }
        try {
          await Promise.all(els.map((el) => b.content(el, 5000)));
        } catch (e) {
          slow++;
          lastError = String(e.message ?? e);
        }
        for (const el of els) el.remove();
      }
      // Let timers that removal cancels or that run once (announcements) fire.
      await new Promise((r) => setTimeout(r, 800));
      return { ms: performance.now() - t0, slow, lastError };
    },
    { k, endpoint, token: 'demo-token', event: EVENT },
  );
}

export async function memory(ctx) {
  const k = ctx.config.memoryCycles;
  const emu = await startEmulator({ port: 0, rateLimit: 1_000_000, rateWindow: 300, origins: [ctx.origin] });
  const runs = [];
  let lastProblem = null;
  try {
    for (let i = 0; i < ctx.config.runs.memory; i++) {
      ctx.log(`  memory: run ${i + 1}/${ctx.config.runs.memory} (${k} cycles)`);
      const p = await freshPage(ctx.browser);
      try {
        await p.page.goto(`${ctx.origin}/pages/script.html?${new URLSearchParams({ bundle: ctx.bundles.bundle })}`, { waitUntil: 'load' });
        const missing = await p.page.evaluate(async () => {
          const tags = ['evt-list', 'evt-detail', 'evt-register'];
          await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), new Promise((r) => setTimeout(r, 5000))]);
          return tags.filter((t) => !customElements.get(t));
        });
        if (missing.length) throw new Error(`${missing.map((t) => `<${t}>`).join(', ')} not defined by the bundle`);
        await p.cdp.send('Performance.enable');
        // Warm-up: the store's cache fills, code is compiled, Lit's template caches exist.
        const warm = await cycles(p.page, WARMUP, emu.omBase);
        if (warm.slow === WARMUP) throw new Error(`the elements never showed their content during warm-up (${warm.lastError})`);
        // Read half-way too: growth that goes on at the same rate in both halves is a leak,
        // growth that stops is a cache filling up.
        const half = Math.floor(k / 2);
        const before = await heap(p.cdp);
        const first = await cycles(p.page, half, emu.omBase);
        const mid = await heap(p.cdp);
        const second = await cycles(p.page, k - half, emu.omBase);
        const after = await heap(p.cdp);
        const slow = first.slow + second.slow;
        if (slow) lastProblem = `${slow} of ${k} cycles did not reach the content of all three within 5 s (${second.lastError ?? first.lastError})`;
        runs.push({ before, mid, after, half, cyclesMs: first.ms + second.ms, slowCycles: slow });
      } finally {
        await p.close();
      }
    }
  } finally {
    await emu.close();
  }
  const s = (f) => summarize(runs.map(f));
  return {
    status: 'measured',
    method:
      `One page with dist/evt-widgets.js and nothing else, a fresh browser context per run, the emulator's seed data. A cycle creates <evt-list>, <evt-detail event-id="${EVENT}"> ` +
      `and <evt-register event-id="${EVENT}">, appends them, waits until each shows its content (the same shadow-DOM checks as the critical path), and removes them. ` +
      `After ${WARMUP} warm-up cycles (the shared store's cache is filled, so the measured cycles make no requests) garbage collection is forced twice ` +
      '(CDP HeapProfiler.collectGarbage) and the heap read (CDP Runtime.getHeapUsage usedSize; Performance.getMetrics for DOM nodes and listeners); ' +
      `then ${Math.floor(k / 2)} cycles, 0.8 s for pending timers, forced GC, a reading, the other ${k - Math.floor(k / 2)} cycles and a last reading. ` +
      `Growth per cycle = (after − before) / ${k}; the two halves' growth tells a steady leak (equal halves) from a cache that fills once (growth in the first half only).`,
    cycles: k,
    warmupCycles: WARMUP,
    heapBefore: s((r) => r.before.used),
    heapAfter: s((r) => r.after.used),
    heapGrowth: s((r) => r.after.used - r.before.used),
    heapGrowthPerCycle: s((r) => (r.after.used - r.before.used) / k),
    heapGrowthFirstHalf: s((r) => r.mid.used - r.before.used),
    heapGrowthSecondHalf: s((r) => r.after.used - r.mid.used),
    nodesBefore: s((r) => r.before.nodes),
    nodesAfter: s((r) => r.after.nodes),
    listenersBefore: s((r) => r.before.listeners),
    listenersAfter: s((r) => r.after.listeners),
    cycleTime: s((r) => r.cyclesMs / k),
    slowCycles: s((r) => r.slowCycles),
    problem: lastProblem,
  };
}
