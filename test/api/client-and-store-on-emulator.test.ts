/**
 * The client and store against the real emulator on a second origin (127.0.0.1:<port> while this
 * page is on localhost): the browser sends a real Origin, CORS is real, and so are the service's
 * 400, 401, 429, 5xx, lost responses and its background processing of registrations.
 */
import { expect } from '@open-wc/testing';
import { startTestEmulator, type TestEmulator, type TestEmulatorOptions } from '../helpers/emulator.js';
import { createClient } from '../../src/api/client.js';
import { parseEndpoint } from '../../src/api/endpoint.js';
import { EventsStore, type StoreOptions } from '../../src/api/store.js';
import { eventSchema } from '../../src/api/schemas.js';
import { isEvtApiError, type EvtApiError } from '../../src/api/errors.js';
import type { RegistrationRequest } from '../../src/api/schemas.js';
import { loadImage, manualClock, nextChange, rejection } from './fakes.js';

type Flavour = 'om' | 'rtm';
const FLAVOURS: Flavour[] = ['om', 'rtm'];
const TOKEN = 'demo-token';
/** A free seed event without capacity limit or required fields. */
const FREE = 'Minimal_Meetup';

/** `fetch` that records what went over the wire. */
function countingFetch() {
  const calls: { method: string; path: string }[] = [];
  const f = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ method: init?.method ?? 'GET', path: new URL(String(input)).pathname });
    return fetch(input, init);
  }) as typeof fetch;
  return { fetch: f, calls, posts: () => calls.filter((c) => c.method === 'POST').length };
}

let unique = 0;
function body(flavour: Flavour): RegistrationRequest {
  const email = `api-${flavour}-${Date.now()}-${unique++}@example.com`;
  return flavour === 'om'
    ? { attendees: [{ firstName: 'Ada', lastName: 'Tester', email, passId: '', waitlisted: false, autoRegister: false, responses: [] }] }
    : { attendees: [{ firstName: 'Ada', lastName: 'Tester', email }] };
}

/** Waits for the store's notifications until the cached value satisfies `ok` (the test's timeout bounds it). */
async function until<T>(store: EventsStore, key: string, read: () => T | undefined, ok: (v: T | undefined) => boolean) {
  while (!ok(read())) await nextChange(store, key);
  return read();
}

describe('API layer against the emulator (second origin, real CORS)', () => {
  let emu: TestEmulator;
  const extra: TestEmulator[] = [];
  const base = (f: Flavour, e = emu) => (f === 'om' ? e.omBase : e.rtmBase);
  const store = (f: Flavour, o: Partial<StoreOptions> = {}, e = emu) => new EventsStore({ endpoint: base(f, e), token: TOKEN, ...o });
  const another = async (options: TestEmulatorOptions) => {
    const e = await startTestEmulator(options);
    extra.push(e);
    return e;
  };

  before(async () => {
    emu = await startTestEmulator({ processingDelay: 150 });
  });
  beforeEach(() => emu.reset());
  after(async () => {
    await Promise.all([emu, ...extra].map((e) => e?.close()));
  });

  it('runs on a second origin', () => {
    expect(new URL(emu.url).origin).not.to.equal(location.origin);
    expect(emu.origin).to.equal(location.origin);
  });

  for (const flavour of FLAVOURS) {
    describe(flavour === 'om' ? 'outbound marketing' : 'real-time journeys', () => {
      it('reads and validates every resource of every published event', async () => {
        const s = store(flavour);
        const events = await s.publishedEvents();
        expect(events.length).to.be.greaterThan(10);
        let reads = 0;
        for (const e of events) {
          const rid = e.readableEventId;
          const [event, sessions, tracks, speakers, sponsorships, passes, fields, count] = await Promise.all([
            s.event(rid), s.sessions(rid), s.tracks(rid), s.speakers(rid), s.sponsorships(rid), s.passes(rid), s.customFields(rid), s.registrationCount(rid),
          ]);
          reads += 8;
          expect(event.readableEventId).to.equal(rid);
          expect(count).to.be.a('number');
          if (event.enableCaptcha) {
            expect((await s.captcha(rid)).HipUrl).to.be.a('string');
            reads++;
          }
          if (sessions[0]) {
            expect(await s.sessionRegistrationCount(sessions[0].id)).to.be.a('number');
            reads++;
            if (flavour === 'rtm') expect((await s.session(sessions[0].id))?.id).to.equal(sessions[0].id);
          }
          if (tracks[0]) {
            const ts = await s.trackSessions(tracks[0].id);
            if (flavour === 'om') expect(ts).to.be.an('array');
            else expect(ts).to.equal(null);
          }
          void [speakers, sponsorships, passes, fields];
        }
        expect(reads).to.be.greaterThan(100);
      });

      it('gives image URLs that load cross-origin: speaker photos, sponsor logos' + (flavour === 'rtm' ? ', the QR code' : ''), async () => {
        const s = store(flavour);
        const events = await s.publishedEvents();
        const urls: string[] = [];
        for (const e of events) {
          for (const sp of await s.speakers(e.readableEventId)) {
            const u = s.speakerImageUrl(sp);
            if (u) urls.push(u);
          }
          for (const sp of await s.sponsorships(e.readableEventId)) urls.push(s.sponsorLogoUrl(sp)!);
        }
        const qr = s.qrCodeUrl(events[0]!.readableEventId);
        if (flavour === 'rtm') urls.push(qr!);
        else expect(qr).to.equal(null);
        expect(urls.length).to.be.greaterThan(3);
        for (const u of new Set(urls)) {
          expect(new URL(u).searchParams.has('emApplicationtoken'), `no token in ${u}`).to.equal(false);
          const img = await loadImage(u);
          expect(img.naturalWidth, u).to.be.greaterThan(0);
        }
      });

      it('HTTP 400 (token missing) is a config error that names this page origin', async () => {
        const client = createClient({ endpoint: parseEndpoint(base(flavour)), token: '' });
        const err = await rejection(client.request({ path: `events/${FREE}`, schema: eventSchema }));
        expect(err.kind).to.equal('config');
        expect(err.status).to.equal(400);
        expect(err.resource).to.equal(`events/${FREE}`);
        expect(err.message).to.contain(location.origin);
        expect(err.message, "the service's Message is passed on").to.contain('emApplicationtoken query parameter is missing');
      });

      it('HTTP 401 (unknown token) is an unauthorized error', async () => {
        const s = new EventsStore({ endpoint: base(flavour), token: 'no-such-token' });
        const err = await rejection(s.publishedEvents());
        expect(err.kind).to.equal('unauthorized');
        expect(err.status).to.equal(401);
        expect(err.message).to.match(/does not know this application token/);
      });

      it('a 404 for an unknown event is not-found', async () => {
        const err = await rejection(store(flavour).event('No_Such_Event'));
        expect(err.kind).to.equal('not-found');
        expect(err.status).to.equal(404);
      });

      it('N parallel reads make one request per resource', async () => {
        const wire = countingFetch();
        const s = store(flavour, { client: { fetch: wire.fetch } });
        const results = await Promise.all([
          ...Array.from({ length: 10 }, () => s.sessions(FREE)),
          ...Array.from({ length: 5 }, () => s.event(FREE)),
        ]);
        expect(wire.calls.length).to.equal(2);
        expect(new Set(results.slice(0, 10)).size).to.equal(1);
        expect(new Set(results.slice(10)).size).to.equal(1);
      });

      it('serves from the cache within the TTL, then revalidates in the background and tells subscribers', async () => {
        const wire = countingFetch();
        const clock = manualClock(Date.now());
        const s = store(flavour, { ttl: 60_000, clock, client: { fetch: wire.fetch } });
        const before = (await s.registrationCount(FREE))!;
        // Someone else registers, and the service processes it.
        const r = await store(flavour, { revalidateAfterWrite: [] }).register(FREE, body(flavour));
        expect(r.status).to.equal('Success');
        await emu.dev('process');
        clock.advance(59_000);
        expect(await s.registrationCount(FREE), 'still fresh: cached').to.equal(before);
        expect(wire.calls.length).to.equal(1);
        clock.advance(1_000);
        const changed = nextChange(s, s.keyOf('registrationCount', FREE)!);
        expect(await s.registrationCount(FREE), 'stale: returned at once').to.equal(before);
        await changed;
        expect(s.peek('registrationCount', FREE)).to.equal(before + 1);
        expect(wire.calls.length).to.equal(2);
      });

      it('a registration refreshes the count once the service has processed it', async () => {
        const s = store(flavour);
        const key = s.keyOf('registrationCount', FREE)!;
        const before = (await s.registrationCount(FREE))!;
        const events = await s.publishedEvents();
        const result = await s.register(FREE, body(flavour));
        expect(result.status).to.equal('Success');
        // Acknowledged at once, created ~150 ms later: the store's scheduled revalidation sees it.
        expect(await until(s, key, () => s.peek('registrationCount', FREE), (v) => v === before + 1)).to.equal(before + 1);
        expect(s.peek('publishedEvents'), 'the published list was refetched (same data, same object)').to.equal(events);
      });

      it('a 429 on a registration is retried after Retry-After, once', async () => {
        await emu.dev('faults', { failNext: 1, status: 429, retryAfter: 1, paths: 'registrations', method: 'POST' });
        const wire = countingFetch();
        const waits: [number, string][] = [];
        const s = store(flavour, { revalidateAfterWrite: [], client: { fetch: wire.fetch } });
        const result = await s.register(FREE, body(flavour), { onWait: (sec, why) => waits.push([sec, why]) });
        expect(result.status).to.equal('Success');
        expect(wire.posts()).to.equal(2);
        expect(waits).to.deep.equal([[1, 'rate-limited']]);
      });

      it('a POST answered 503 is not sent again: outcomeUnknown', async () => {
        await emu.dev('faults', { failNext: 1, status: 503, paths: 'registrations', method: 'POST' });
        const wire = countingFetch();
        const s = store(flavour, { revalidateAfterWrite: [], client: { fetch: wire.fetch } });
        const err = await rejection(s.register(FREE, body(flavour)));
        expect(err.kind).to.equal('server');
        expect(err.status).to.equal(503);
        expect(err.outcomeUnknown).to.equal(true);
        expect(wire.posts()).to.equal(1);
      });

      it('a lost response (processed, connection dropped): the store sees the one registration, never two', async () => {
        const s = store(flavour, { revalidateAfterWrite: [300, 1000] });
        const before = (await s.registrationCount(FREE))!;
        await emu.dev('faults', { dropNext: 1, paths: 'registrations', method: 'POST' });
        const sent = body(flavour);
        // Either fetch fails (network, outcome unknown), or the browser itself re-sends the POST
        // on a fresh connection (Chromium does after a reused keep-alive socket closes without an
        // answer) and the service answers AlreadyRegistered for the first, processed attempt.
        const outcome = await s.register(FREE, sent).then(
          (r) => r,
          (err: EvtApiError) => err,
        );
        if (isEvtApiError(outcome)) {
          expect(outcome.kind).to.equal('network');
          expect(outcome.outcomeUnknown).to.equal(true);
        } else {
          expect(outcome.errorCode).to.equal('AlreadyRegistered');
        }
        const key = s.keyOf('registrationCount', FREE)!;
        expect(await until(s, key, () => s.peek('registrationCount', FREE), (v) => v === before + 1)).to.equal(before + 1);
        await emu.dev('process');
        expect(await s.registrationCount(FREE, { fresh: true })).to.equal(before + 1);
      });

      it('a GET answered 503 is retried', async () => {
        await emu.dev('faults', { failNext: 2, status: 503, paths: 'sessions', method: 'GET' });
        const wire = countingFetch();
        const s = store(flavour, { client: { fetch: wire.fetch, backoff: 10 } });
        expect(await s.sessions(FREE)).to.be.an('array');
        expect(wire.calls.length).to.equal(3);
      });
    });
  }

  it('an origin that is not registered for the token: a network error that says CORS/origin', async () => {
    const e = await another({ data: { webApplications: [{ token: 'elsewhere-token', origins: ['https://elsewhere.example'] }], events: [] } });
    const s = new EventsStore({ endpoint: e.omBase, token: 'elsewhere-token', client: { retries: 0 } });
    const err = await rejection(s.publishedEvents());
    expect(err.kind).to.equal('network');
    expect(err.message).to.contain(location.origin);
    expect(err.message).to.match(/CORS/);
  });

  it('rate limit: 429 with Retry-After, waited for, then the read succeeds', async () => {
    const e = await another({ rateLimit: 3, rateWindow: 1 });
    const wire = countingFetch();
    const slept: number[] = [];
    const s = store('om', {
      client: { fetch: wire.fetch, sleep: (ms) => (slept.push(ms), new Promise((r) => setTimeout(r, ms))) },
    }, e);
    await s.event(FREE);
    await s.sessions(FREE);
    await s.speakers(FREE);
    // The fourth request in the same second is refused; the client waits Retry-After and retries.
    const count = await s.registrationCount(FREE);
    expect(count).to.be.a('number');
    expect(wire.calls.length).to.equal(5);
    // Retry-After is whole seconds (>= 1): a backoff would have been under one second.
    expect(slept.length).to.equal(1);
    expect(slept[0]).to.be.at.least(1000);
  });

  it('gives up with rate-limited (and the wait) when the service keeps refusing', async () => {
    const e = await another({ rateLimit: 1, rateWindow: 120 });
    const s = store('om', { client: { rateLimitRetries: 3 } }, e);
    await s.event(FREE);
    const err = await rejection(s.sessions(FREE));
    expect(err.kind).to.equal('rate-limited');
    expect(err.status).to.equal(429);
    expect(err.retryAfter).to.be.greaterThan(60);
  });

  it('fail rate 1: a GET is tried 3 times, a POST once', async () => {
    const e = await another({ failRate: 1 });
    const wire = countingFetch();
    const s = store('om', { revalidateAfterWrite: [], client: { fetch: wire.fetch, backoff: 10 } }, e);
    const read = await rejection(s.event(FREE));
    expect(read.kind).to.equal('server');
    expect(wire.calls.length).to.equal(3);
    const write = await rejection(s.register(FREE, body('om')));
    expect(write.outcomeUnknown).to.equal(true);
    expect(wire.posts()).to.equal(1);
  });

  describe('a record that breaks the contract is left out and named; its neighbours are kept', () => {
    const ev = (rid: string, over: Record<string, unknown> = {}) => ({
      readableEventId: rid, eventName: rid.replace(/_/g, ' '), startDate: '2030-05-01T09:00:00', endDate: '2030-05-01T17:00:00', ...over,
    });
    let bad: TestEmulator;
    before(async () => {
      bad = await another({
        data: {
          events: [
            ev('Good_One'),
            ev('Good_Two'),
            // The service sends blanks as null, but an event without a name cannot be listed.
            ev('No_Name', {
              eventName: null,
              sessions: [
                { id: 'ok-session', name: 'Fine' },
                // Nested speaker objects are served as given: this one's name is a number.
                { id: 'bad-session', name: 'Keynote', speakers: [{ id: 'sp-1', name: 42 }] },
              ],
            }),
          ],
        },
      });
    });

    for (const flavour of FLAVOURS) {
      it(`${flavour}: events/published without No_Name; events/No_Name/sessions without the bad speaker`, async () => {
        const warned: string[] = [];
        const warn = console.warn;
        console.warn = (...a: unknown[]) => void warned.push(a.map(String).join(' '));
        try {
          const s = store(flavour, {}, bad);
          const events = await s.publishedEvents();
          expect(events.map((e) => e.readableEventId)).to.deep.equal(['Good_One', 'Good_Two']);
          expect(warned.some((w) => w.includes('event "No_Name"') && w.includes('eventName'))).to.equal(true, warned.join('\n'));
          // A nested record too: the session stays, the speaker that cannot be read goes.
          const sessions = await s.sessions('No_Name');
          expect(sessions.map((x) => x.id)).to.deep.equal(['ok-session', 'bad-session']);
          expect(sessions[1]!.speakers).to.deep.equal([]);
          expect(warned.some((w) => w.includes('speaker "sp-1"') && w.includes('name'))).to.equal(true, warned.join('\n'));
        } finally {
          console.warn = warn;
        }
        const s = store(flavour, {}, bad);
        // The rest of the event's data still loads (a section that validates is shown).
        expect(await s.speakers('No_Name')).to.deep.equal([]);
      });
    }
  });
});
