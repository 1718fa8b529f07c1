// Loading a bench page the way a visitor does, and reading what happened: the page's own marks,
// the API requests' timeline (Resource Timing, the page's clock) and the bytes on the wire (CDP).

import { freshPage } from './browser.mjs';

/**
 * Opens `path` (with its query) on the bench origin in a fresh browser context, waits for the
 * content of each element in `tags` (or its failure state), then for the network to go quiet.
 * @param {object} ctx the run context
 * @param {{ path: string, params: Record<string, string>, tags: string[], apiOrigin: string, quietMs?: number, maxQuietWaitMs?: number, contentTimeoutMs?: number }} o
 */
export async function loadPage(ctx, o) {
  const p = await freshPage(ctx.browser);
  try {
    const url = `${ctx.origin}${o.path}?${new URLSearchParams(o.params)}`;
    await p.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const timeout = o.contentTimeoutMs ?? 30_000;
    try {
      await p.page.waitForFunction(
        (tags) => tags.every((t) => `content:${t}` in window.__bench.marks || `failed:${t}` in window.__bench.marks),
        { timeout, polling: 50 },
        o.tags,
      );
    } catch {
      // Reported below as a missing mark.
    }
    const quiet = await p.net.idle(o.quietMs ?? 1000, o.maxQuietWaitMs ?? 15_000);
    const inPage = await p.page.evaluate(
      (apiOrigin, tags) => {
        const b = window.__bench;
        const defined = Object.fromEntries(tags.map((t) => [t, !!customElements.get(t)]));
        return {
          marks: { ...b.marks },
          errors: b.errors.slice(0, 20),
          api: b.apiTimeline(apiOrigin),
          scripts: performance
            .getEntriesByType('resource')
            .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name))
            .map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
          defined,
        };
      },
      o.apiOrigin,
      o.tags,
    );
    return { ...inPage, net: p.net.list.map((r) => ({ ...r })), quiet, console: p.consoleErrors.slice(0, 20), url };
  } finally {
    await p.close();
  }
}

/**
 * Round-trip levels of API requests: a request that starts after another API response has ended
 * is one level deeper than that one; requests started before any response ended are level 1.
 * @param {{ url: string, start: number, end: number }[]} requests
 */
export function roundTripLevels(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const out = [];
  for (const r of sorted) {
    let level = 1;
    for (const q of out) if (q.end <= r.start) level = Math.max(level, q.level + 1);
    out.push({ ...r, level });
  }
  return out;
}

/** Bytes on the wire by kind, from CDP `encodedDataLength` (headers and body as received). */
export function transferred(net, apiOrigin) {
  const sum = { total: 0, script: 0, api: 0, apiDecoded: 0, images: 0, document: 0, other: 0, requests: { script: 0, api: 0, images: 0, document: 0, other: 0 } };
  for (const r of net) {
    if (r.type === 'Preflight') {
      sum.other += r.encoded;
      sum.requests.other++;
      sum.total += r.encoded;
      continue;
    }
    const kind =
      r.type === 'Script' ? 'script'
      : (r.type === 'Fetch' || r.type === 'XHR') && r.url.startsWith(apiOrigin) ? 'api'
      : r.type === 'Image' ? 'images'
      : r.type === 'Document' ? 'document'
      : 'other';
    sum[kind] += r.encoded;
    sum.requests[kind]++;
    sum.total += r.encoded;
    if (kind === 'api') sum.apiDecoded += r.decoded;
  }
  return sum;
}
