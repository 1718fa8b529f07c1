import { expect, waitUntil } from '@open-wc/testing';
import { EventsStore, getStore, resetStores, base64Image, safeUrl, POST_RATE_LIMIT_RETRIES, type StoreOptions } from '../../src/api/store.js';
import { isEvtApiError } from '../../src/api/errors.js';
import { deferred, fakeFetch, json, manualClock, nextChange, recordingSleep, rejection, settle, loadImage, OM_BASE, RTM_BASE, type Answer, type Call } from './fakes.js';

const event = (name = 'Event') => ({ readableEventId: 'E', eventName: name });
const RESULT = (status = 'Success') => ({ status, errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null });
const BODY = { attendees: [{ firstName: 'Lea', lastName: 'Marsh', email: 'lea@example.com' }] };

function setup(handler: (call: Call, i: number) => Answer | Promise<Answer>, options: Partial<StoreOptions> = {}) {
  const f = fakeFetch(handler);
  const clock = manualClock();
  const store = new EventsStore({
    endpoint: OM_BASE,
    token: 'tok',
    clock,
    ...options,
    client: { fetch: f.fetch, sleep: recordingSleep().sleep, random: () => 0.5, ...options.client },
  });
  const paths = () => f.calls.map((c) => `${c.method} ${c.url.pathname.replace(/^.*\/(EvtMgmt\/api\/v2\.0|eventmanagement)\//, '')}`);
  return { store, clock, calls: f.calls, paths };
}

/** A fake service with a registration count that a POST increases. */
function service() {
  const state = { count: 3, name: 'Event' };
  return {
    state,
    handler: (c: Call): Answer => {
      const p = c.url.pathname;
      if (c.method === 'POST') {
        state.count++;
        return json(RESULT());
      }
      if (p.endsWith('/registrations/count')) return json(state.count);
      if (p.endsWith('/events/published')) return json([event(state.name)]);
      if (p.endsWith('/sessions')) return json([{ id: 's1', registrationCount: state.count }]);
      if (p.endsWith('/speakers')) return json([]);
      if (p.endsWith('/passes')) return json([]);
      return json(event(state.name));
    },
  };
}

describe('store', () => {
  describe('construction', () => {
    it('refuses an invalid endpoint or an empty token with a config error', () => {
      for (const o of [{ endpoint: 'https://example.org/', token: 't' }, { endpoint: OM_BASE, token: '  ' }, { endpoint: OM_BASE, token: undefined as unknown as string }]) {
        let err: unknown;
        try {
          getStore(o);
        } catch (e) {
          err = e;
        }
        expect(isEvtApiError(err) && err.kind, JSON.stringify(o)).to.equal('config');
      }
    });

    it('getStore gives one store per endpoint, token and user, kept on globalThis for every copy of the script', () => {
      const a = getStore({ endpoint: OM_BASE, token: 'shared-1' });
      const b = getStore({ endpoint: ` ${OM_BASE.slice(0, -1)} `, token: ' shared-1 ' });
      expect(b).to.equal(a);
      expect(getStore({ endpoint: OM_BASE, token: 'shared-2' })).not.to.equal(a);
      expect(getStore({ endpoint: RTM_BASE, token: 'shared-1' })).not.to.equal(a);
      const user = getStore({ endpoint: OM_BASE, token: 'shared-1', auth: { key: 'u1', getToken: async () => 'x' } });
      expect(user).not.to.equal(a);
      expect(getStore({ endpoint: OM_BASE, token: 'shared-1', auth: { key: 'u1', getToken: async () => 'y' } })).to.equal(user);
      const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('evt-widgets.stores.v1')];
      expect(registry).to.be.instanceOf(Map);
      expect([...registry!.values()]).to.include(a);
    });

    it('another copy of the script (its own getStore) finds the same store', async () => {
      const a = getStore({ endpoint: OM_BASE, token: 'copy-test' });
      // A second module instance, as a second <script> would load it.
      const copy = (await import(`../../src/api/store.ts?copy=${Date.now()}`)) as typeof import('../../src/api/store.js');
      expect(copy.getStore).not.to.equal(getStore);
      expect(copy.getStore({ endpoint: OM_BASE, token: 'copy-test' })).to.equal(a);
    });

    it('knows its flavour', () => {
      expect(new EventsStore({ endpoint: RTM_BASE, token: 't' }).flavour).to.equal('rtm');
      expect(new EventsStore({ endpoint: OM_BASE, token: 't' }).endpoint.base).to.equal(OM_BASE);
    });
  });

  describe('reads', () => {
    it('request the documented paths', async () => {
      const { store, paths, calls } = setup((c) => {
        const p = c.url.pathname;
        if (p.endsWith('count')) return json(1);
        if (p.endsWith('captcha')) return json({ FlowId: 'f' });
        if (/\/events\/[^/]+$/.test(p) && !p.endsWith('published')) return json(event());
        if (p.includes('users/authenticated') && !p.includes('registrations') && !p.includes('waitlist')) return json({ id: 'u', isAnonymous: false });
        return json([]);
      }, { auth: { key: 'u', getToken: async () => 'b2c' } });
      await store.publishedEvents({ webappId: 'ignored-for-om' });
      await store.event('A B');
      await store.sessions('E');
      await store.tracks('E');
      await store.trackSessions('t1');
      await store.speakers('E');
      await store.sponsorships('E');
      await store.passes('E');
      await store.customFields('E');
      await store.registrationCount('E');
      await store.sessionRegistrationCount('s1');
      await store.captcha('E');
      await store.user();
      await store.myRegistrations();
      await store.waitlistItems();
      expect(paths()).to.deep.equal([
        'GET events/published', 'GET events/A%20B', 'GET events/E/sessions', 'GET events/E/tracks', 'GET tracks/t1/sessions',
        'GET events/E/speakers', 'GET events/E/sponsorships', 'GET events/E/passes', 'GET events/E/custom-registration-fields',
        'GET events/E/registrations/count', 'GET sessions/s1/registrations/count', 'GET events/E/captcha',
        'GET users/authenticated', 'GET users/authenticated/registrations', 'GET users/authenticated/waitlist-items',
      ]);
      expect(calls[0]!.url.searchParams.has('webappId')).to.equal(false);
      expect(calls.every((c) => c.url.searchParams.get('emApplicationtoken') === 'tok')).to.equal(true);
      expect(calls.every((c) => c.headers.get('Authorization') === 'Bearer b2c')).to.equal(true);
    });

    it('real-time journeys: published filters, no track sessions, a session by id', async () => {
      const { store, calls, paths } = setup((c) => json(c.url.pathname.includes('/sessions/') ? { id: 's1' } : []), { endpoint: RTM_BASE });
      await store.publishedEvents({ webappId: 'w-1', businessUnitId: 'bu' });
      expect(await store.trackSessions('t1')).to.equal(null);
      expect((await store.session('s1'))?.id).to.equal('s1');
      expect(calls[0]!.url.searchParams.get('webappId')).to.equal('w-1');
      expect(calls[0]!.url.searchParams.get('businessUnitId')).to.equal('bu');
      expect(paths()).to.deep.equal(['GET events/published', 'GET sessions/s1']);
    });

    it('filters are separate cache entries', async () => {
      const { store, calls } = setup(() => json([]), { endpoint: RTM_BASE });
      await store.publishedEvents({ webappId: 'a' });
      await store.publishedEvents({ webappId: 'b' });
      await store.publishedEvents({ webappId: 'a' });
      expect(calls.length).to.equal(2);
      expect(store.keyOf('publishedEvents', { webappId: 'a' })).to.equal('events/published?webappId=a');
    });

    it('without auth, user() and the lists of a signed-in visitor resolve null without a request', async () => {
      const { store, calls } = setup(() => json({}));
      expect(await store.user()).to.equal(null);
      expect(await store.myRegistrations()).to.equal(null);
      expect(await store.waitlistItems()).to.equal(null);
      expect(calls.length).to.equal(0);
    });

    it('user() is null when the service refuses the visitor (401)', async () => {
      const { store } = setup(() => json({ Message: 'Unauthorized' }, 401), { auth: { key: 'u', getToken: async () => 'expired' } });
      expect(await store.user()).to.equal(null);
    });

    it('an empty id is a config error, not a request', async () => {
      const { store, calls } = setup(() => json(event()));
      expect((await rejection(store.event(''))).kind).to.equal('config');
      expect((await rejection(store.sessions('  '))).kind).to.equal('config');
      expect(calls.length).to.equal(0);
    });
  });

  describe('sharing and caching', () => {
    it('N parallel reads make one request and get the same value', async () => {
      const gate = deferred<Answer>();
      const { store, calls } = setup(() => gate.promise);
      const reads = Array.from({ length: 8 }, () => store.event('E'));
      gate.resolve(json(event()));
      const values = await Promise.all(reads);
      expect(calls.length).to.equal(1);
      expect(new Set(values).size).to.equal(1);
    });

    it('a fresh value comes from the cache until the TTL, with no request', async () => {
      const { store, calls, clock } = setup(() => json(event()), { ttl: 60_000 });
      const a = await store.event('E');
      clock.advance(59_999);
      expect(await store.event('E')).to.equal(a);
      expect(calls.length).to.equal(1);
    });

    it('a stale value is returned at once, revalidated in the background, and subscribers are told', async () => {
      const svc = service();
      const { store, calls, clock } = setup(svc.handler, { ttl: 60_000 });
      const first = await store.event('E');
      clock.advance(60_000);
      svc.state.name = 'Renamed';
      const changed = nextChange(store, 'events/E');
      const stale = await store.event('E');
      expect(stale, 'stale value at once').to.equal(first);
      expect(await changed).to.equal('events/E');
      expect(calls.length).to.equal(2);
      expect(calls[1]!.cache, 'the revalidation bypasses the HTTP cache').to.equal('no-cache');
      expect(store.peek('event', 'E')?.eventName).to.equal('Renamed');
      expect((await store.event('E')).eventName).to.equal('Renamed');
      expect(calls.length).to.equal(2);
    });

    it('an unchanged revalidation keeps the same object and tells nobody', async () => {
      const { store, calls, clock } = setup(() => json(event()), { ttl: 1000 });
      const first = await store.event('E');
      let told = 0;
      store.subscribe(() => told++);
      clock.advance(1000);
      await store.event('E');
      await settle();
      await settle();
      expect(calls.length).to.equal(2);
      expect(told).to.equal(0);
      expect(store.peek('event', 'E')).to.equal(first);
    });

    it('fresh: true bypasses the cache', async () => {
      const svc = service();
      const { store, calls } = setup(svc.handler);
      expect(await store.registrationCount('E')).to.equal(3);
      svc.state.count = 9;
      expect(await store.registrationCount('E')).to.equal(3);
      expect(await store.registrationCount('E', { fresh: true })).to.equal(9);
      expect(calls.length).to.equal(2);
    });

    it('the published list seeds each event (as stale): a detail renders at once and still revalidates', async () => {
      const { store, calls } = setup((c) =>
        c.url.pathname.endsWith('published') ? json([event('From list'), { readableEventId: 'F', eventName: 'F' }]) : json(event('From detail')),
      );
      await store.publishedEvents();
      expect(store.peek('event', 'F')?.eventName).to.equal('F');
      const changed = nextChange(store, 'events/E');
      expect((await store.event('E')).eventName, 'at once, from the list').to.equal('From list');
      await changed;
      expect(store.peek('event', 'E')?.eventName).to.equal('From detail');
      expect(calls.length).to.equal(2);
    });

    it('errors are not cached: the next read tries again', async () => {
      const { store, calls } = setup((_, i) => (i === 0 ? json({}, 404) : json(event())));
      expect((await rejection(store.event('E'))).kind).to.equal('not-found');
      expect((await store.event('E')).eventName).to.equal('Event');
      expect(calls.length).to.equal(2);
    });

    it('a failed background revalidation keeps serving the cached value', async () => {
      const { store, calls, clock } = setup((_, i) => (i === 0 ? json(event()) : json({}, 404)), { ttl: 1000 });
      const a = await store.event('E');
      clock.advance(5000);
      expect(await store.event('E')).to.equal(a);
      await settle();
      expect(await store.event('E')).to.equal(a);
      expect(calls.length).to.be.greaterThan(1);
    });

    it('peek gives the cached value without a request, undefined when nothing is cached', async () => {
      const { store, calls } = setup(() => json([{ id: 's1', name: 'Keynote' }]));
      expect(store.peek('sessions', 'E')).to.equal(undefined);
      expect(calls.length).to.equal(0);
      const sessions = await store.sessions('E');
      expect(store.peek('sessions', 'E')).to.equal(sessions);
      expect(store.peek('trackSessions', 't')).to.equal(undefined);
      expect(new EventsStore({ endpoint: RTM_BASE, token: 't' }).peek('trackSessions', 't')).to.equal(null);
    });

    it('the cache is bounded (least recently used goes first)', async () => {
      const { store, calls } = setup((c) => json({ readableEventId: c.url.pathname.split('/').pop(), eventName: 'x' }), { maxEntries: 3 });
      await store.event('A');
      await store.event('B');
      await store.event('C');
      await store.event('A'); // A is now the most recently used
      await store.event('D'); // evicts B
      expect(store.peek('event', 'B')).to.equal(undefined);
      expect(store.peek('event', 'A')).not.to.equal(undefined);
      expect(store.peek('event', 'C')).not.to.equal(undefined);
      expect(calls.length).to.equal(4);
    });
  });

  describe('abort', () => {
    it("one caller's abort does not cancel a request others still wait for", async () => {
      const gate = deferred<Answer>();
      const { store, calls } = setup(() => gate.promise);
      const ctrl = new AbortController();
      const a = store.event('E', { signal: ctrl.signal });
      const b = store.event('E');
      ctrl.abort();
      const err = await rejection(a);
      expect(err.kind).to.equal('aborted');
      expect(err.name).to.equal('AbortError');
      gate.resolve(json(event()));
      expect((await b).eventName).to.equal('Event');
      expect(calls.length).to.equal(1);
      expect(calls[0]!.signal!.aborted).to.equal(false);
    });

    it('when every caller has left, the request is cancelled and nothing is cached', async () => {
      const { store, calls } = setup(() => 'hang');
      const c1 = new AbortController();
      const c2 = new AbortController();
      const a = store.event('E', { signal: c1.signal });
      const b = store.event('E', { signal: c2.signal });
      await settle();
      c1.abort();
      await rejection(a);
      expect(calls[0]!.signal!.aborted).to.equal(false);
      c2.abort();
      await rejection(b);
      await settle();
      expect(calls[0]!.signal!.aborted).to.equal(true);
      expect(store.peek('event', 'E')).to.equal(undefined);
    });

    it('a caller arriving just after the last one left starts a new request instead of joining the cancelled one', async () => {
      const gate = deferred<Answer>();
      const { store, calls } = setup((_, i) => (i === 0 ? 'hang' : gate.promise));
      const ctrl = new AbortController();
      const a = store.event('E', { signal: ctrl.signal });
      await settle();
      ctrl.abort();
      // Same tick: the cancelled request is still unwinding; joining it would fail with 'aborted'.
      const b = store.event('E');
      expect((await rejection(a)).kind).to.equal('aborted');
      gate.resolve(json(event('Again')));
      expect((await b).eventName).to.equal('Again');
      expect(calls.length).to.equal(2);
    });

    it('an invalidation while a cancelled read is still unwinding refreshes all the same', async () => {
      const { store, calls } = setup((_, i) => (i === 1 ? 'hang' : json(event(`v${i}`))));
      await store.event('E');
      const ctrl = new AbortController();
      const fresh = store.event('E', { fresh: true, signal: ctrl.signal });
      await settle();
      const changed = nextChange(store, 'events/E');
      ctrl.abort();
      store.invalidate(); // same tick: the cancelled request has not settled
      await rejection(fresh);
      await changed;
      expect(calls.length).to.equal(3);
      expect(store.peek('event', 'E')?.eventName).to.equal('v2');
    });

    it('a background revalidation is not cancelled by a caller that joins and leaves', async () => {
      const gate = deferred<Answer>();
      const { store, calls, clock } = setup((_, i) => (i === 0 ? json(event()) : gate.promise), { ttl: 1000 });
      await store.event('E');
      clock.advance(2000);
      await store.event('E'); // starts the background revalidation
      const ctrl = new AbortController();
      const joined = store.event('E', { fresh: true, signal: ctrl.signal });
      ctrl.abort();
      await rejection(joined);
      expect(calls.length).to.equal(2);
      expect(calls[1]!.signal!.aborted).to.equal(false);
      const changed = nextChange(store);
      gate.resolve(json(event('New')));
      await changed;
      expect(store.peek('event', 'E')?.eventName).to.equal('New');
    });
  });

  describe('subscriptions', () => {
    it('per key and for everything; unsubscribe stops them; a throwing listener does not stop others', async () => {
      const svc = service();
      const { store, clock } = setup(svc.handler, { ttl: 1000 });
      await store.event('E');
      await store.registrationCount('E');
      const all: string[] = [];
      const mine: string[] = [];
      const offThrow = store.subscribe(() => {
        throw new Error('listener bug (expected in this test)');
      });
      const offAll = store.subscribe((k) => all.push(k));
      const offMine = store.subscribe(store.keyOf('registrationCount', 'E')!, (k) => mine.push(k));
      const onError = window.onerror;
      window.onerror = () => true; // the thrown listener error is re-thrown asynchronously
      try {
        svc.state.count = 4;
        svc.state.name = 'New';
        clock.advance(1000);
        const both = Promise.all([nextChange(store, 'events/E'), nextChange(store, 'events/E/registrations/count')]);
        void store.event('E');
        void store.registrationCount('E');
        await both;
        expect(all.sort()).to.deep.equal(['events/E', 'events/E/registrations/count']);
        expect(mine).to.deep.equal(['events/E/registrations/count']);
        offAll();
        offMine();
        offThrow();
        svc.state.count = 5;
        clock.advance(1000);
        const again = new Promise((r) => store.subscribe(r));
        void store.registrationCount('E');
        await again;
        expect(all.length).to.equal(2);
        expect(mine.length).to.equal(1);
        await settle();
      } finally {
        window.onerror = onError;
      }
    });
  });

  describe('writes', () => {
    it('a registration refreshes the event, its count, sessions, passes and the published list, now and after processing', async () => {
      const svc = service();
      const { store, clock, paths } = setup(svc.handler, { revalidateAfterWrite: [1000] });
      await Promise.all([store.publishedEvents(), store.event('E'), store.registrationCount('E'), store.sessions('E'), store.speakers('E'), store.passes('E')]);
      const counted = nextChange(store, 'events/E/registrations/count');
      const r = await store.register('E', BODY);
      expect(r.status).to.equal('Success');
      await counted;
      await settle();
      expect(store.peek('registrationCount', 'E')).to.equal(4);
      expect(store.peek('sessions', 'E')?.[0]?.registrationCount).to.equal(4);
      const after = paths().slice(7).sort();
      expect(after).to.deep.equal(['GET events/E', 'GET events/E/passes', 'GET events/E/registrations/count', 'GET events/E/sessions', 'GET events/published']);
      // The service creates the record a moment later: the scheduled revalidation picks it up.
      svc.state.count = 5;
      const later = nextChange(store, 'events/E/registrations/count');
      clock.advance(1000);
      await later;
      expect(store.peek('registrationCount', 'E')).to.equal(5);
      expect(paths().filter((p) => p === 'GET events/E/speakers').length, 'speakers are not affected').to.equal(1);
    });

    it('after a registration, refetches at once only what a listener watches; the rest on its next read', async () => {
      const svc = service();
      const { store, clock, paths } = setup(svc.handler, { revalidateAfterWrite: [1000] });
      await Promise.all([store.event('E'), store.registrationCount('E'), store.sessions('E'), store.passes('E')]);
      const countKey = store.keyOf('registrationCount', 'E')!;
      // One listener shows the count only; another shows nothing of this event.
      let told!: () => void;
      const counted = new Promise<void>((r) => (told = r));
      const offA = store.subscribe((key) => key === countKey && told(), (key) => key === countKey);
      const offB = store.subscribe(() => {}, () => false);
      const before = paths().length;
      await store.register('E', BODY);
      await counted;
      await settle();
      expect(paths().slice(before).filter((p) => p.startsWith('GET')).sort()).to.deep.equal(['GET events/E/registrations/count']);
      clock.advance(1000);
      await settle();
      expect(paths().slice(before).filter((p) => p.startsWith('GET')).length, 'the later refresh: the count again').to.equal(2);
      // Not fetched, but stale: its next read shows the cached value and fetches it.
      await store.sessions('E');
      await settle();
      expect(paths().slice(before).filter((p) => p === 'GET events/E/sessions').length).to.equal(1);
      offA();
      offB();
    });

    it('a failed registration refreshes now, but schedules nothing', async () => {
      const { store, clock, calls } = setup((c) => (c.method === 'POST' ? json(RESULT('Failure')) : json(1)), { revalidateAfterWrite: [1000] });
      await store.registrationCount('E');
      await store.register('E', BODY);
      await settle();
      expect(calls.length).to.equal(3);
      expect(clock.pending()).to.equal(0);
    });

    it('AlreadyRegistered (an earlier attempt whose answer was lost) refreshes again later too', async () => {
      const svc = service();
      const { store, clock } = setup(
        (c) => (c.method === 'POST' ? json({ ...RESULT('Failure'), errorCode: 'AlreadyRegistered' }) : svc.handler(c)),
        { revalidateAfterWrite: [1000] },
      );
      await store.registrationCount('E');
      await store.register('E', BODY);
      expect(clock.pending()).to.equal(1);
      svc.state.count = 10;
      const changed = nextChange(store);
      clock.advance(1000);
      await changed;
      expect(store.peek('registrationCount', 'E')).to.equal(10);
    });

    it('a burst of registrations while a refresh is on its way makes one more read, not one per registration', async () => {
      const svc = service();
      let gate = deferred<void>();
      const { store, calls } = setup(
        async (c) => {
          if (c.method !== 'POST') await gate.promise; // reads answer only when the test says so
          return svc.handler(c);
        },
        { revalidateAfterWrite: [] },
      );
      const primed = store.registrationCount('E');
      gate.resolve();
      await primed;
      gate = deferred<void>();
      for (let i = 0; i < 10; i++) await store.register('E', { attendees: [{ ...BODY.attendees[0]!, email: `p${i}@example.com` }] });
      await settle();
      const counts = () => calls.filter((c) => c.method === 'GET' && c.url.pathname.endsWith('/registrations/count')).length;
      expect(counts(), 'the prime and one refresh in flight').to.equal(2);
      const changed = nextChange(store, 'events/E/registrations/count');
      gate.resolve();
      await changed;
      await settle();
      // The answer in flight may predate the last registrations: exactly one read follows it.
      expect(counts()).to.equal(3);
      expect(store.peek('registrationCount', 'E')).to.equal(13);
    });

    it('registrations in a row keep one schedule of later refreshes, not one each', async () => {
      const svc = service();
      const { store, clock, calls } = setup(svc.handler, { revalidateAfterWrite: [1000, 4000] });
      await store.registrationCount('E');
      for (let i = 0; i < 5; i++) {
        await store.register('E', { attendees: [{ ...BODY.attendees[0]!, email: `p${i}@example.com` }] });
        await settle();
        clock.advance(100);
      }
      const before = calls.filter((c) => c.method === 'GET').length;
      for (let t = 0; t < 5000; t += 100) {
        clock.advance(100);
        await settle();
      }
      expect(calls.filter((c) => c.method === 'GET').length - before, 'one refresh at 1 s and one at 4 s after the last').to.equal(2);
    });

    it('identical concurrent submissions make one request', async () => {
      const gate = deferred<Answer>();
      const { store, calls } = setup(() => gate.promise, { revalidateAfterWrite: [] });
      const a = store.register('E', BODY);
      const b = store.register('E', structuredClone(BODY));
      gate.resolve(json(RESULT()));
      expect(await a).to.deep.equal(await b);
      expect(calls.length).to.equal(1);
    });

    it('checks the body before sending: a contract error naming the field, nothing sent', async () => {
      const { store, calls } = setup(() => json(RESULT()));
      const err = await rejection(store.register('E', { attendees: [{ firstName: 'Lea', lastName: 'Marsh', email: 'not-an-email' }] }));
      expect(err.kind).to.equal('contract');
      expect(err.field).to.equal('attendees[0].email');
      expect(err.resource).to.equal('events/E/registrations');
      expect(err.message).not.to.contain('not-an-email');
      expect(calls.length).to.equal(0);
    });

    it('sends trimmed attendee fields', async () => {
      const { store, calls } = setup(() => json(RESULT()), { revalidateAfterWrite: [] });
      await store.register('E', { attendees: [{ firstName: ' Lea ', lastName: 'Marsh', email: ' lea@example.com' }] });
      expect(JSON.parse(calls[0]!.body!).attendees[0]).to.deep.equal(BODY.attendees[0]);
    });

    it('a POST whose answer never came refreshes what it may have changed, and says outcomeUnknown', async () => {
      const { store, calls } = setup((c) => (c.method === 'POST' ? new TypeError('Failed to fetch') : json(2)), { revalidateAfterWrite: [] });
      await store.registrationCount('E');
      const err = await rejection(store.register('E', BODY));
      expect(err.outcomeUnknown).to.equal(true);
      expect(calls.filter((c) => c.method === 'POST').length).to.equal(1);
      await settle();
      expect(calls.length).to.equal(3);
    });

    it('onWait reports a 429 wait during a registration', async () => {
      const waits: number[] = [];
      const { store } = setup((_, i) => (i === 0 ? json({}, 429, { 'Retry-After': '3' }) : json(RESULT())), { revalidateAfterWrite: [] });
      await store.register('E', BODY, { onWait: (s) => waits.push(s) });
      expect(waits).to.deep.equal([3]);
    });

    it('a registration keeps waiting out 429s longer than a read does, then gives up with rate-limited', async () => {
      const limit = POST_RATE_LIMIT_RETRIES;
      const busy = () => json({}, 429, { 'Retry-After': '1' });
      // Refused `limit` times, then accepted: the person never had to press the button again.
      const ok = setup((c, i) => (c.method === 'POST' && i < limit ? busy() : json(RESULT())), { revalidateAfterWrite: [] });
      expect((await ok.store.register('E', BODY)).status).to.equal('Success');
      expect(ok.calls.filter((c) => c.method === 'POST').length).to.equal(limit + 1);
      // A read gives up after the client's default (3), long before.
      const read = setup(() => busy());
      expect((await rejection(read.store.event('E'))).kind).to.equal('rate-limited');
      expect(read.calls.length).to.be.lessThan(limit);
      // And a registration that never gets through ends, saying why.
      const never = setup(() => busy(), { revalidateAfterWrite: [] });
      expect((await rejection(never.store.register('E', BODY))).kind).to.equal('rate-limited');
      expect(never.calls.length).to.equal(limit + 1);
    });

    it('finalize, session registration and cancellation use their paths', async () => {
      const { store, paths, calls } = setup((c) => json(c.url.pathname.endsWith('finalize') ? RESULT() : true), { revalidateAfterWrite: [] });
      await store.finalize('E', { purchaseId: '0a1b2c3d-7777-4e8f-9a0b-000000000600', hipObject: { Solution: '', Token: '', Type: '', FlowId: '' } });
      expect(await store.registerSession('E', 's1')).to.equal(true);
      expect(await store.cancelRegistration('r1')).to.equal(true);
      expect(paths()).to.deep.equal([
        'POST events/E/registrations/finalize', 'POST events/E/sessions/s1/registrations', 'POST users/authenticated/registrations/r1/cancel',
      ]);
      expect(calls[1]!.body).to.equal('{}');
    });

    it('session registration and cancellation are outbound-marketing only', async () => {
      const { store, calls } = setup(() => json(true), { endpoint: RTM_BASE });
      expect((await rejection(store.registerSession('E', 's1'))).kind).to.equal('config');
      expect((await rejection(store.cancelRegistration('r1'))).kind).to.equal('config');
      expect(calls.length).to.equal(0);
    });
  });

  describe('resetStores', () => {
    const registry = () => (globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('evt-widgets.stores.v1')];

    it('drops every store: getStore makes a new one, and the dropped one forgets its cache', async () => {
      const f = fakeFetch(() => json(event('Cached')));
      // The tab cache would answer the next page's store (test/api/tab-cache.test.ts): off here.
      const a = getStore({ endpoint: OM_BASE, token: 'reset-1', tabCache: false, client: { fetch: f.fetch } });
      await a.event('E');
      expect(a.peek('event', 'E')?.eventName).to.equal('Cached');
      resetStores();
      expect(registry()?.size ?? 0).to.equal(0);
      const b = getStore({ endpoint: OM_BASE, token: 'reset-1', tabCache: false, client: { fetch: f.fetch } });
      expect(b).not.to.equal(a);
      expect(b.peek('event', 'E')).to.equal(undefined);
      expect(a.peek('event', 'E'), 'the dropped store is cleared').to.equal(undefined);
      // Still usable by an element that holds it: it reads afresh.
      expect((await a.event('E')).eventName).to.equal('Cached');
      expect(f.calls.length).to.equal(2);
    });

    it('cancels the reads on their way (their callers get aborted), and their answers are stored nowhere', async () => {
      const gate = deferred<Answer>();
      const f = fakeFetch((c) => (c.url.pathname.endsWith('/sessions') ? gate.promise : 'hang'));
      const store = getStore({ endpoint: OM_BASE, token: 'reset-2', client: { fetch: f.fetch } });
      const read = store.event('E');
      const sessions = store.sessions('E');
      await settle();
      resetStores();
      expect((await rejection(read)).kind).to.equal('aborted');
      expect((await rejection(sessions)).kind).to.equal('aborted');
      expect(f.calls.map((c) => c.signal!.aborted)).to.deep.equal([true, true]);
      gate.resolve(json([{ id: 's1' }]));
      await settle();
      expect(store.peek('sessions', 'E')).to.equal(undefined);
    });

    it('never cancels a registration on its way: the visitor still learns the outcome', async () => {
      const answer = deferred<Answer>();
      const f = fakeFetch((c) => (c.method === 'POST' ? answer.promise : json(1)));
      const store = getStore({ endpoint: OM_BASE, token: 'reset-3', client: { fetch: f.fetch } });
      const sent = store.register('E', BODY);
      // On its way once the writes' module is there (loaded with the first write, src/api/writes.ts).
      await waitUntil(() => f.calls.length === 1, 'the registration is sent');
      resetStores();
      await settle();
      expect(f.calls[0]!.signal!.aborted).to.equal(false);
      answer.resolve(json(RESULT()));
      expect((await sent).status).to.equal('Success');
    });

    it('drops the refreshes a registration scheduled', async () => {
      const svc = service();
      const clock = manualClock();
      const f = fakeFetch(svc.handler);
      const store = getStore({ endpoint: OM_BASE, token: 'reset-4', clock, revalidateAfterWrite: [1000], client: { fetch: f.fetch } });
      await store.register('E', BODY);
      expect(clock.pending()).to.equal(1);
      resetStores();
      await store.registrationCount('E'); // used on after the reset: a new cache entry
      const before = f.calls.length;
      clock.advance(1000);
      await settle();
      expect(f.calls.length, 'no refresh from before the reset').to.equal(before);
    });

    it('a store from another version of the script without clear() is dropped all the same', () => {
      const old = { endpoint: 'old' };
      const stores = (registry() ?? new Map()) as Map<string, unknown>;
      (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('evt-widgets.stores.v1')] = stores;
      stores.set('old-version', old);
      resetStores();
      expect(stores.size).to.equal(0);
    });

    it('is exported from the side-effect-free entry', async () => {
      const entry = await import('../../src/index.js');
      expect(entry.resetStores).to.equal(resetStores);
    });
  });

  describe('URLs for <img src>', () => {
    const om = new EventsStore({ endpoint: OM_BASE, token: 'tok' });
    const rtm = new EventsStore({ endpoint: RTM_BASE, token: 'tok' });
    const JPEG = '/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';
    const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

    it('speaker: OM relative imageUrl resolved against the base, without the token', () => {
      expect(om.speakerImageUrl({ imageUrl: 'speakers/5e6f/image' })).to.equal(`${OM_BASE}speakers/5e6f/image`);
    });
    it('speaker: an absolute URL elsewhere is kept, without the token', () => {
      expect(rtm.speakerImageUrl({ imageUrl: 'https://cdn.example.net/p.jpg' })).to.equal('https://cdn.example.net/p.jpg');
      expect(rtm.speakerImageUrl({ imageUrl: '//evil.example/p.jpg' })).to.equal('https://evil.example/p.jpg');
    });
    it('speaker: an absolute URL on the API host is kept as given, no token added', () => {
      const u = `${OM_BASE}speakers/x/image`;
      expect(om.speakerImageUrl({ imageUrl: u })).to.equal(u);
    });
    it('speaker: base64 image becomes a data URL of its real type; anything else is null', () => {
      expect(om.speakerImageUrl({ image: JPEG })).to.equal(`data:image/jpeg;base64,${JPEG}`);
      expect(om.speakerImageUrl({ image: PNG, imageUrl: null })).to.equal(`data:image/png;base64,${PNG}`);
      expect(om.speakerImageUrl({ image: `data:image/png;base64,${PNG}` })).to.equal(`data:image/png;base64,${PNG}`);
      expect(om.speakerImageUrl({ image: 'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=' }), 'svg').to.equal(null);
      expect(om.speakerImageUrl({ image: '/9j/not base64!!' })).to.equal(null);
      expect(om.speakerImageUrl({ image: '/9j/4AAQSkZJRgABAQEAYABgAA' }), 'bad length').to.equal(null);
      expect(om.speakerImageUrl({ imageUrl: 'javascript:alert(1)' })).to.equal(null);
      expect(om.speakerImageUrl({ imageUrl: null, image: null })).to.equal(null);
      expect(om.speakerImageUrl(null)).to.equal(null);
    });
    it('a base64 speaker image really displays', async () => {
      const img = await loadImage(om.speakerImageUrl({ image: PNG })!);
      expect(img.naturalWidth).to.equal(1);
    });
    it('base64Image recognises JPEG, PNG, GIF and WebP by their first bytes', () => {
      expect(base64Image('R0lGODlhAQABAAAAACw=')).to.match(/^data:image\/gif;/);
      expect(base64Image('UklGRgECAwRXRUJQVlA4IA==')).to.match(/^data:image\/webp;/);
      expect(base64Image('UklGRgECAwRBVkkgTElTVA==')).to.equal(null); // RIFF but AVI
      expect(base64Image(42)).to.equal(null);
    });
    it('sponsor logo: the logo endpoint without the token, or a base64 image', () => {
      expect(om.sponsorLogoUrl('b7c8')).to.equal(`${OM_BASE}sponsorships/b7c8/logo`);
      expect(rtm.sponsorLogoUrl({ id: 'b7 c8', image: null })).to.equal(`${RTM_BASE}sponsorships/b7%20c8/logo`);
      expect(om.sponsorLogoUrl({ id: 'b7c8', image: PNG })).to.equal(`data:image/png;base64,${PNG}`);
      expect(om.sponsorLogoUrl('')).to.equal(null);
    });
    it('QR code: real-time journeys only', () => {
      expect(rtm.qrCodeUrl('Summit')).to.equal(`${RTM_BASE}events/Summit/qrcode`);
      expect(om.qrCodeUrl('Summit')).to.equal(null);
    });
    it('event image and safeUrl: only http(s), or a real base64 picture', () => {
      expect(om.eventImageUrl({ image: 'https://cdn.example.net/a.jpg' })).to.equal('https://cdn.example.net/a.jpg');
      expect(om.eventImageUrl({ image: { image: PNG } })).to.equal(`data:image/png;base64,${PNG}`);
      expect(om.eventImageUrl({ image: 'javascript:alert(1)' })).to.equal(null);
      expect(om.eventImageUrl({ image: null })).to.equal(null);
      expect(safeUrl('http://example.org/x')).to.equal('http://example.org/x');
      for (const u of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'vbscript:x', '', null, 3]) expect(safeUrl(u), String(u)).to.equal(null);
      expect(om.safeUrl(' https://example.org ')).to.equal('https://example.org/');
    });
  });
});
