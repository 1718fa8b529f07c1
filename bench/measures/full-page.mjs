// 3. Requests on a full page: <evt-list>, <evt-detail> and <evt-register> for the same event.
// How many API requests, against how many distinct resources; the target is no duplicate.

import { startEmulator } from '../../demo/emulator/index.mjs';
import { apiPath } from '../lib/browser.mjs';
import { loadPage } from '../lib/pages.mjs';
import { summarize } from '../lib/stats.mjs';
import { EVENT, LATENCY } from './weight-and-critical-path.mjs';

const TAGS = ['evt-list', 'evt-detail', 'evt-register'];

export async function fullPage(ctx) {
  const emu = await startEmulator({ port: 0, latency: LATENCY, rateLimit: 1_000_000, rateWindow: 300, origins: [ctx.origin] });
  const runs = [];
  try {
    for (let i = 0; i < ctx.config.runs.pages; i++) {
      ctx.log(`  full page: load ${i + 1}/${ctx.config.runs.pages}`);
      const r = await loadPage(ctx, {
        path: '/pages/full.html',
        params: { bundle: ctx.bundles.single, endpoint: emu.omBase, token: 'demo-token', event: EVENT },
        tags: TAGS,
        apiOrigin: emu.url,
        quietMs: 1000,
        maxQuietWaitMs: 20_000,
      });
      runs.push(r);
      if (TAGS.some((t) => !r.defined[t])) break; // the script does not define them: no point in trying again
    }
  } finally {
    await emu.close();
  }
  const missing = (r) => TAGS.filter((t) => !(`content:${t}` in r.marks));
  const ok = runs.filter((r) => missing(r).length === 0);
  if (!ok.length) {
    const r = runs[runs.length - 1];
    const errs = [...r.errors, ...r.console].slice(0, 3).join(' | ');
    const why = missing(r).map((t) => r.marks[`failed:${t}`] ?? `the content of <${t}> did not appear within 30 s`);
    throw new Error(`${why.join('; ')}${errs ? ` (page said: ${errs})` : ''}`);
  }
  const per = ok.map((r) => {
    const api = r.net.filter((q) => q.url.startsWith(emu.url) && (q.type === 'Fetch' || q.type === 'XHR'));
    const byResource = new Map();
    for (const q of api) {
      const key = `${q.method} ${apiPath(q.url)}`;
      byResource.set(key, [...(byResource.get(key) ?? []), q]);
    }
    const duplicates = [...byResource].filter(([, qs]) => qs.length > 1).map(([key, qs]) => ({ resource: key, times: qs.length, failedOrCanceled: qs.filter((q) => q.failed).length }));
    return {
      total: api.length,
      distinct: byResource.size,
      duplicates: api.length - byResource.size,
      duplicateResources: duplicates,
      preflights: r.net.filter((q) => q.type === 'Preflight').length,
      failed: api.filter((q) => q.failed).length,
      resources: [...byResource.keys()].sort(),
      quiet: r.quiet,
    };
  });
  const s = (k) => summarize(per.map((x) => x[k]));
  // Every duplicate seen in any run, with in how many runs it happened.
  const dupSeen = new Map();
  for (const p of per) for (const d of p.duplicateResources) dupSeen.set(d.resource, { resource: d.resource, runs: (dupSeen.get(d.resource)?.runs ?? 0) + 1, maxTimes: Math.max(d.times, dupSeen.get(d.resource)?.maxTimes ?? 0) });
  return {
    status: 'measured',
    method:
      `A page with <evt-list>, <evt-detail event-id="${EVENT}"> and <evt-register event-id="${EVENT}"> (endpoint and token from the page's data-evt-* attributes), ` +
      `the emulator at --latency ${LATENCY}, a fresh browser context per run. After all three show content the run waits until the network has been quiet for 1 s ` +
      '(the list asks for registrations/count after it renders), then counts the API requests (fetches to the emulator, CORS preflights not counted) from CDP Network events. ' +
      'A duplicate is a second request for the same method and URL (query included) in the same page load.',
    event: EVENT,
    latencyMs: LATENCY,
    total: s('total'),
    distinct: s('distinct'),
    duplicates: s('duplicates'),
    preflights: s('preflights'),
    failedOrCanceled: s('failed'),
    duplicatedResources: [...dupSeen.values()],
    resources: per[per.length - 1].resources,
    failedRuns: runs.length - ok.length,
  };
}
