// 7. Edge cache under load (issue 13, launch day): N simulated visitor journeys arriving within a
// minute, through nginx (demo/edge) to the emulator at its service limit (6,000 requests per
// 300 s). Each journey makes the requests today's widgets make on a CMS site where the list and
// the event page are separate pages: the list page, the event page, one registration. Reported:
// what reached the origin (reads, preflights, POSTs), the 429s any visitor saw, and whether each
// registration was recorded exactly once. No browser: Node's HTTP client plays the visitors, so
// the figure is about the edge, not about page rendering. Loopback only; bounded in count and time.

import { Agent, request } from 'node:http';
import { startEmulator, RTM_PREFIX, DEFAULT_TOKEN, DEFAULT_ORIGINS } from '../../demo/emulator/index.mjs';
import { startEdge } from '../../demo/edge/edge.mjs';
import { startCountingProxy } from '../../demo/edge/counting-proxy.mjs';
import { summarize } from '../lib/stats.mjs';

export const EDGE_RATE_LIMIT = 6000;
export const EDGE_RATE_WINDOW = 300;
/** The event the invitation links to: the seed's richest (sessions, 3 tracks, fields, speakers). */
const TARGET = 'Open_Source_Day';
const ORIGIN = DEFAULT_ORIGINS[0];
const PAGE_SIZE = 12; // <evt-list>'s first page

/**
 * One HTTP request on a keep-alive agent; resolves with status and headers (body read and
 * dropped), or { status: 0 } when the connection failed or the run was stopped.
 */
function send(agent, url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    });
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/**
 * The requests of one journey, from the seed as the emulator serves it: what `<evt-list>` asks on
 * the list page (the list, then a count for each capacity-restricted upcoming event on its first
 * page), what `<evt-detail>` asks on the event page (the event, its sections, its fields, the
 * count), and the registration (the CORS preflight of the POST, the
 * POST, then the refresh of what it changed: event, count, sessions, passes, sent as
 * `cache: 'no-cache'` sends them).
 */
async function journeyModel(emu) {
  const base = emu.rtmBase;
  const direct = async (path) => {
    const res = await fetch(`${base}${path}?emApplicationtoken=${DEFAULT_TOKEN}`, { headers: { Origin: ORIGIN } });
    if (!res.ok) throw new Error(`set-up: GET ${path} answered ${res.status}`);
    return res.json();
  };
  const now = Date.now();
  const published = await direct('events/published');
  const counted = published
    .slice(0, PAGE_SIZE)
    .filter((e) => e.isCapacityRestricted && (e.maxCapacity ?? 0) > 0 && Date.parse(e.endDate ?? e.startDate) > now)
    .map((e) => `events/${encodeURIComponent(e.readableEventId)}/registrations/count`);
  const fields = await direct(`events/${TARGET}/custom-registration-fields`);
  const ev = `events/${TARGET}`;
  // Required fields answered as a visitor would: Yes to a checkbox, the first choice of a list
  // (choices come as one string, one per line).
  const answer = (f) => (f.type === 100000001 ? 'Yes' : f.type === 100000003 ? String(f.choices ?? '').split('\n')[0] || null : null);
  const responses = fields
    .filter((f) => f.isRequired)
    .map((f) => ({ id: f.customRegistrationFieldId, value: answer(f) }))
    .filter((r) => r.value !== null);
  return {
    listPage: [['events/published'], counted],
    // Real-time journeys has no tracks/{id}/sessions (the store asks for it in outbound marketing
    // only), so the event page is one round of requests here.
    eventPage: [[ev, `${ev}/sessions`, `${ev}/tracks`, `${ev}/speakers`, `${ev}/sponsorships`, `${ev}/passes`, `${ev}/registrations/count`, `${ev}/custom-registration-fields`], []],
    register: `${ev}/registrations`,
    refresh: [ev, `${ev}/registrations/count`, `${ev}/sessions`, `${ev}/passes`],
    responses,
    setupReads: 2,
  };
}

/**
 * @param {{ config: { edgeLoad?: { journeys: number, seconds: number, concurrency: number, ttl: number } }, log: (m: string) => void }} ctx
 */
export async function edgeLoad(ctx) {
  const cfg = { journeys: 2000, seconds: 45, concurrency: 200, ttl: 30, ...(ctx.config.edgeLoad ?? {}) };
  const emu = await startEmulator({ port: 0, rateLimit: EDGE_RATE_LIMIT, rateWindow: EDGE_RATE_WINDOW });
  let counter = null;
  let edge = null;
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });
  try {
    counter = await startCountingProxy(emu.url);
    edge = await startEdge({ upstream: counter.url, ttl: cfg.ttl, quiet: true });
    const model = await journeyModel(emu);
    const api = `${edge.url}${RTM_PREFIX}`;
    const url = (path) => `${api}${path}?emApplicationtoken=${DEFAULT_TOKEN}`;
    const run = Date.now().toString(36);

    const visitor = { GET: 0, OPTIONS: 0, POST: 0, limited: 0, failed: 0, waitlistJoins: 0 };
    /** @type {Record<string, number>} */
    const cacheStatus = {};
    /** @type {Record<string, number>} the registration's final answer per journey */
    const answers = {};
    /** @type {string[]} */
    const emails = [];
    let stopped = false;

    const get = async (path, extra = {}) => {
      if (stopped) return;
      visitor.GET++;
      const res = await send(agent, url(path), { headers: { Origin: ORIGIN, Accept: 'application/json', ...extra } });
      if (res.status === 429) visitor.limited++;
      else if (res.status !== 200) visitor.failed++;
      const c = String(res.headers['x-edge-cache'] ?? 'none');
      cacheStatus[c] = (cacheStatus[c] ?? 0) + 1;
    };
    const page = async ([first, then]) => {
      await Promise.all(first.map((p) => get(p)));
      await Promise.all(then.map((p) => get(p)));
    };
    /** One registration POST; its answer as 'Success' or 'Failure:<errorCode>' (or 'HTTP <status>'). */
    const post = async (attendee) => {
      visitor.POST++;
      const body = JSON.stringify({ attendees: [attendee] });
      const res = await send(agent, url(model.register), {
        method: 'POST',
        headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
        body,
      });
      if (res.status === 429) visitor.limited++;
      else if (res.status !== 200) visitor.failed++;
      try {
        const r = JSON.parse(res.body);
        return r.status === 'Success' ? 'Success' : `${r.status}:${r.errorCode}`;
      } catch {
        return `HTTP ${res.status}`;
      }
    };
    const journey = async (i) => {
      await page(model.listPage);
      await page(model.eventPage);
      if (stopped) return;
      visitor.OPTIONS++;
      const pre = await send(agent, url(model.register), {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      if (pre.status === 429) visitor.limited++;
      const email = `edge-${run}-${i}@bench.example`;
      emails.push(email);
      const attendee = { firstName: 'Edge', lastName: `Visitor${i}`, email, responses: model.responses };
      let answer = await post(attendee);
      // Past capacity the form offers the waitlist, and this visitor takes it (one more POST).
      if (answer === 'Failure:MaximumCapacityReached') {
        visitor.waitlistJoins++;
        answer = await post({ ...attendee, waitlisted: true });
      }
      answers[answer] = (answers[answer] ?? 0) + 1;
      // What the store refreshes after the answer; fetch's 'no-cache' adds this header.
      await Promise.all(model.refresh.map((p) => get(p, { 'Cache-Control': 'max-age=0' })));
    };

    // Arrivals spread evenly over `seconds`, at most `concurrency` journeys in flight; the whole
    // run stops at `seconds` + 60 s whatever is left.
    ctx.log(`  ${cfg.journeys} journeys over ${cfg.seconds} s through nginx (TTL ${cfg.ttl} s), at most ${cfg.concurrency} at once`);
    const t0 = Date.now();
    const deadline = t0 + (cfg.seconds + 60) * 1000;
    const gap = (cfg.seconds * 1000) / cfg.journeys;
    const inFlight = new Set();
    let started = 0;
    let completed = 0;
    let peak = 0;
    while (started < cfg.journeys && Date.now() < deadline) {
      const due = t0 + started * gap;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, 50)));
      if (Date.now() < due) continue;
      if (inFlight.size >= cfg.concurrency) {
        await Promise.race(inFlight);
        continue;
      }
      const p = journey(started++).then(() => {
        completed++;
        inFlight.delete(p);
      });
      inFlight.add(p);
      peak = Math.max(peak, inFlight.size);
    }
    const rest = Promise.all(inFlight);
    let timer;
    await Promise.race([rest, new Promise((r) => (timer = setTimeout(r, Math.max(0, deadline - Date.now()))))]);
    clearTimeout(timer);
    if (inFlight.size) {
      stopped = true;
      agent.destroy();
    }
    const seconds = (Date.now() - t0) / 1000;

    // The records: the emulator's background processing, done now.
    await fetch(`${emu.url}/dev/process`, { method: 'POST' });
    const records = await (await fetch(`${emu.url}/dev/registrations?readableEventId=${TARGET}`)).json();
    const mine = new Set(emails);
    /** @type {Map<string, number>} */
    const perEmail = new Map();
    for (const r of records) if (mine.has(r.email)) perEmail.set(r.email, (perEmail.get(r.email) ?? 0) + 1);
    const duplicates = [...perEmail.values()].filter((n) => n > 1).length;
    const recorded = perEmail.size;

    const origin = (method) => counter.count((s) => s.method === method);
    const originReads = origin('GET');
    const reads429 = counter.count((s) => s.method === 'GET' && s.status === 429);
    // Requests of a journey that registers at once (a waitlist join adds one POST).
    const perJourney = model.listPage.flat().length + model.eventPage.flat().length + model.refresh.length + 2;
    const originPerJourney = (originReads + origin('OPTIONS') + origin('POST')) / Math.max(1, completed);
    return {
      status: 'measured',
      method:
        `The emulator at --rate-limit ${EDGE_RATE_LIMIT} --rate-window ${EDGE_RATE_WINDOW} (the bundled seed, real-time journeys), a counting pass-through in front of it, ` +
        `and nginx (demo/edge/nginx.conf.template, TTL ${cfg.ttl} s) in front of that, all on loopback. ${cfg.journeys.toLocaleString('en-US')} visitor journeys start evenly over ${cfg.seconds} s ` +
        `(at most ${cfg.concurrency} at once; the run stops at ${cfg.seconds + 60} s whatever is left), one origin ${ORIGIN}, one token. A journey is the requests today's widgets make on ` +
        `separate pages: the list page (events/published, then ${model.listPage[1].length} counts), the event page for ${TARGET} (${model.eventPage[0].length} requests; real-time journeys asks no track sessions), ` +
        `the registration (preflight, POST with a unique email; when the event is full, the visitor joins the waitlist with a second POST, as the form offers) and the ${model.refresh.length} reads the store refreshes after it (with Cache-Control: max-age=0, as fetch's no-cache sends): ${perJourney} requests. ` +
        `Origin requests are counted by the pass-through; records from GET /dev/registrations after POST /dev/process. ${model.setupReads} set-up reads went straight to the emulator and are not counted.`,
      journeys: cfg.journeys,
      completed,
      seconds,
      peakInFlight: peak,
      ttl: cfg.ttl,
      rateLimit: EDGE_RATE_LIMIT,
      rateWindowSeconds: EDGE_RATE_WINDOW,
      requestsPerJourney: perJourney,
      visitorRequests: { ...visitor },
      cacheStatus,
      originReads: summarize([originReads]),
      originReads429: reads429,
      originPreflights: origin('OPTIONS'),
      originPosts: origin('POST'),
      originPerJourney,
      visitors429: summarize([visitor.limited]),
      visitorFailures: visitor.failed,
      answers,
      recorded: summarize([recorded]),
      duplicates: summarize([duplicates]),
      missing: emails.length - recorded,
      journeysPerWindow: {
        withoutEdge: Math.floor(EDGE_RATE_LIMIT / (perJourney - 1)), // preflights apart: the emulator does not count them
        withEdge: Math.floor(EDGE_RATE_LIMIT / Math.max(1e-9, (originReads + origin('POST')) / Math.max(1, completed))),
      },
    };
  } finally {
    agent.destroy();
    await edge?.close();
    await counter?.close();
    await emu.close();
  }
}
