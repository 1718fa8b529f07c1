// 1. Weight and 2. Critical path. Both come from the same page loads: a page with only
// <evt-list>, only <evt-detail>, only <evt-register>, against the emulator at --latency 100.
// Bytes do not depend on latency; the round trips and the time to content do.

import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { startEmulator } from '../../demo/emulator/index.mjs';
import { loadPage, roundTripLevels, transferred } from '../lib/pages.mjs';
import { apiPath } from '../lib/browser.mjs';
import { summarize } from '../lib/stats.mjs';

export const LATENCY = 100;
/** The seed's richest event: sessions over two days, tracks, speakers, sponsors, custom fields. */
export const EVENT = 'Open_Source_Day';

const PAGES = [
  { tag: 'evt-list', path: '/pages/list.html' },
  { tag: 'evt-detail', path: '/pages/detail.html' },
  { tag: 'evt-register', path: '/pages/register.html' },
];

const sizes = new WeakMap();
/** Compressed sizes of a file, as a CDN would serve it. */
export function compressedSizes(buf) {
  if (!sizes.has(buf)) sizes.set(buf, measureSizes(buf));
  return sizes.get(buf);
}
function measureSizes(buf) {
  return {
    raw: buf.length,
    gzip9: gzipSync(buf, { level: 9 }).length,
    brotli11: brotliCompressSync(buf, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** Loads each single-element page `runs` times; returns the raw observations per tag. */
export async function loadSinglePages(ctx) {
  const emu = await startEmulator({ port: 0, latency: LATENCY, rateLimit: 1_000_000, rateWindow: 300, origins: [ctx.origin] });
  try {
    const out = {};
    for (const { tag, path } of PAGES) {
      const perElement = ctx.bundles.perElement[tag];
      const bundle = perElement ?? ctx.bundles.single;
      out[tag] = { bundle, runs: [] };
      for (let i = 0; i < ctx.config.runs.pages; i++) {
        ctx.log(`  ${tag}: load ${i + 1}/${ctx.config.runs.pages}`);
        const r = await loadPage(ctx, {
          path,
          params: { bundle, endpoint: emu.omBase, token: 'demo-token', event: EVENT },
          tags: [tag],
          apiOrigin: emu.url,
          quietMs: 700,
        });
        out[tag].runs.push(r);
        // An element the script never defined will not be defined next time either.
        if (!r.defined[tag]) break;
      }
    }
    return { apiOrigin: emu.url, pages: out };
  } finally {
    await emu.close();
  }
}

// ── 1. Weight ─────────────────────────────────────────────────────────────────

export function weight(ctx, loads) {
  const single = ctx.bundles.bytes;
  if (!single) throw new Error('dist/evt-widgets.js is missing');
  const bundle = compressedSizes(single);
  const perElementFiles = Object.entries(ctx.bundles.perElement).filter(([, f]) => f);
  const encodings = [...ctx.staticServer.encodingsServed];
  const pages = {};
  for (const [tag, { bundle: file, runs }] of Object.entries(loads.pages)) {
    const ok = runs.filter((r) => `content:${tag}` in r.marks);
    if (!ok.length) {
      pages[tag] = { status: 'not measured', reason: failureReason(tag, runs) };
      continue;
    }
    const t = ok.map((r) => transferred(r.net, loads.apiOrigin));
    const s = (k) => summarize(t.map((x) => x[k]));
    pages[tag] = {
      status: 'measured',
      bundle: file,
      total: s('total'),
      script: s('script'),
      api: s('api'),
      apiDecoded: s('apiDecoded'),
      images: s('images'),
      document: s('document'),
      other: s('other'),
      requests: Object.fromEntries(Object.keys(t[0].requests).map((k) => [k, summarize(t.map((x) => x.requests[k]))])),
      wentQuiet: ok.every((r) => r.quiet),
    };
  }
  return {
    status: 'measured',
    method:
      'Bundle: the bytes of dist/evt-widgets.js compressed in Node with gzip level 9 and brotli quality 11 (text mode). ' +
      'Pages: a page holding only one element (in the markup, as a site embeds it) is loaded in a fresh browser context (empty cache) ' +
      `against the emulator (seed data, event ${EVENT}); after the element's content appears the run waits until the network has been quiet for 0.7 s, ` +
      'then sums CDP Network.loadingFinished encodedDataLength (bytes on the wire, headers included) by kind: script, API data (fetches to the emulator), ' +
      `images, the HTML document. The bench server serves dist/ compressed the way a CDN would (encoding the browser got: ${encodings.join(', ') || 'none seen'}); ` +
      'the emulator sends API data uncompressed (the decoded size is given as well). ' +
      (perElementFiles.length
        ? `Per-element bundles exist (${perElementFiles.map(([, f]) => f.replace(/^\//, '')).join(', ')}), so each single-element page loads its own file instead of dist/evt-widgets.js (anything that file imported would count as script too).`
        : 'No per-element bundles exist in dist/, so each single-element page loads the whole dist/evt-widgets.js.'),
    bundle: { file: 'dist/evt-widgets.js', ...bundle },
    perElementBundles: Object.fromEntries(perElementFiles.map(([tag, f]) => [tag, { file: f.replace(/^\//, ''), ...compressedSizes(ctx.bundles.read(f)) }])),
    encodingServed: encodings,
    pages,
    // What scripts/lib/page-weight.mjs measures for the budgets: gzip -9 of each dist/ script a
    // page asked for (the list page: before its first event showed).
    scriptPages: loads.scriptPages
      ? Object.fromEntries(Object.entries(loads.scriptPages).map(([name, p]) => [name, { bytes: p.bytes, files: p.files }]))
      : undefined,
  };
}

// ── 2. Critical path ─────────────────────────────────────────────────────────

function failureReason(tag, runs) {
  const r = runs[runs.length - 1];
  if (!r) return 'no run';
  if (r.defined && !r.defined[tag]) return `<${tag}> was never defined by the bundle (is it built into it yet?)`;
  const failed = r.marks[`failed:${tag}`];
  const errs = [...r.errors, ...r.console].slice(0, 3).join(' | ');
  return `the content of <${tag}> did not appear${failed ? `: ${failed}` : ' within 30 s'}${errs ? ` (page said: ${errs})` : ''}`;
}

/** One load's critical path. */
function analyse(tag, r) {
  const content = r.marks[`content:${tag}`];
  const levels = roundTripLevels(r.api);
  const before = levels.filter((q) => q.end <= content);
  const script = r.scripts.find((s) => s.url.includes('/dist/'));
  // The scripts that arrived before the content (a chunk loaded after the first paint, such as the
  // detail's JSON-LD writer, is not on the way to it).
  const scriptEnd = Math.max(...r.scripts.filter((s) => s.url.includes('/dist/') && s.end <= content).map((s) => s.end));
  const roundTrips = before.reduce((m, q) => Math.max(m, q.level), 0);
  const out = {
    roundTrips,
    requestsBeforeContent: before.length,
    contentFromNavigation: content,
    contentFromScript: script ? content - scriptEnd : null,
    contentFromDefine: r.marks[`defined:${tag}`] !== undefined ? content - r.marks[`defined:${tag}`] : null,
    timeline: levels.map((q) => ({ path: apiPath(q.url), level: q.level, start: round(q.start), end: round(q.end), beforeContent: q.end <= content })),
  };
  if (tag === 'evt-detail') {
    const eventReq = levels.find((q) => apiPath(q.url) === `events/${EVENT}`);
    const sections = ['sessions', 'speakers', 'sponsorships', 'passes'];
    out.sectionsBeforeEvent = Object.fromEntries(
      sections.map((s) => {
        const q = levels.find((x) => apiPath(x.url) === `events/${EVENT}/${s}`);
        return [s, !q ? 'not requested' : !eventReq ? 'no event request seen' : q.start < eventReq.end ? 'asked before the event answered' : 'asked after the event answered'];
      }),
    );
    out.sectionsParallel = sections.every((s) => out.sectionsBeforeEvent[s] === 'asked before the event answered');
  }
  return out;
}

const round = (v) => Math.round(v * 10) / 10;

export function criticalPath(ctx, loads) {
  const pages = {};
  for (const [tag, { runs, bundle }] of Object.entries(loads.pages)) {
    const ok = runs.filter((r) => `content:${tag}` in r.marks);
    if (!ok.length) {
      pages[tag] = { status: 'not measured', reason: failureReason(tag, runs) };
      continue;
    }
    const a = ok.map((r) => analyse(tag, r));
    const s = (k) => summarize(a.map((x) => x[k]));
    pages[tag] = {
      status: 'measured',
      bundle,
      roundTrips: s('roundTrips'),
      requestsBeforeContent: s('requestsBeforeContent'),
      contentFromScript: s('contentFromScript'),
      contentFromNavigation: s('contentFromNavigation'),
      contentFromDefine: s('contentFromDefine'),
      ...(tag === 'evt-detail'
        ? {
            sectionsBeforeEvent: a[a.length - 1].sectionsBeforeEvent,
            sectionsParallelInAllRuns: a.every((x) => x.sectionsParallel),
          }
        : {}),
      // One run's timeline (the median run's by time to content) to show what the levels are.
      timeline: a.slice().sort((x, y) => x.contentFromScript - y.contentFromScript)[Math.floor(a.length / 2)].timeline,
      failedRuns: runs.length - ok.length,
    };
  }
  return {
    status: 'measured',
    method:
      `The same page loads as the weight figures, with the emulator answering every API request ${LATENCY} ms late (--latency ${LATENCY}). ` +
      "The page records performance.now() when the element's first meaningful content appears in its shadow DOM " +
      '(a MutationObserver on the shadow root: <evt-list> its first [part~=item], <evt-detail> its [part~=title], <evt-register> its form), ' +
      'and reads every API request from Resource Timing (same clock). Round trips: a request that starts after another API response has ended is one level deeper; ' +
      'the figure is the deepest level among the requests that had finished before the content appeared (the floor is 1). ' +
      '"Script → content" starts when the widget script has arrived (its Resource Timing responseEnd; parsing, defining and the API calls all come after); ' +
      '"navigation → content" starts at the page\'s time origin. For <evt-detail>, each of sessions, speakers, sponsorships and passes is checked: was it requested before the event\'s own response ended?',
    latencyMs: LATENCY,
    event: EVENT,
    pages,
  };
}
