import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { createClient, parseRetryAfter, type ClientOptions } from '../../src/api/client.js';
import { parseEndpoint } from '../../src/api/endpoint.js';
import { EvtApiError } from '../../src/api/errors.js';
import { eventSchema, registrationResultSchema } from '../../src/api/schemas.js';
import { fakeFetch, json, recordingSleep, rejection, OM_BASE, RTM_BASE, type Answer, type Call } from './fakes.js';

const EVENT = { readableEventId: 'E', eventName: 'Event' };
const RESULT = { status: 'Success', errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null };
const BODY = { attendees: [{ firstName: 'Lea', lastName: 'Marsh', email: 'lea@example.com' }] };

function setup(handler: (call: Call, i: number) => Answer | Promise<Answer>, options: Partial<ClientOptions> = {}, base = OM_BASE) {
  const f = fakeFetch(handler);
  const s = recordingSleep();
  const client = createClient({ endpoint: parseEndpoint(base), token: 'tok en&1', fetch: f.fetch, sleep: s.sleep, random: () => 0.5, ...options });
  return { client, calls: f.calls, waits: s.waits };
}
const get = (client: ReturnType<typeof createClient>, path = 'events/E', extra = {}) => client.request({ path, schema: eventSchema, ...extra });
const post = (client: ReturnType<typeof createClient>, extra = {}) =>
  client.request({ method: 'POST', path: 'events/E/registrations', body: BODY, schema: registrationResultSchema, ...extra });

describe('client', () => {
  describe('requests', () => {
    it('appends emApplicationtoken with ? or & and encodes it', async () => {
      const { client, calls } = setup(() => json([]));
      await client.request({ path: 'events/published', query: { webappId: 'w1', businessUnitId: undefined }, schema: z.array(eventSchema) });
      await get(client).catch(() => {});
      expect(calls[0]!.url.href).to.equal(`${OM_BASE}events/published?webappId=w1&emApplicationtoken=tok+en%261`);
      expect(calls[0]!.url.searchParams.get('emApplicationtoken')).to.equal('tok en&1');
      expect(calls[1]!.url.href).to.equal(`${OM_BASE}events/E?emApplicationtoken=tok+en%261`);
      expect(client.url('sponsorships/x/logo')).to.equal(`${OM_BASE}sponsorships/x/logo?emApplicationtoken=tok+en%261`);
    });

    it('keeps the real-time journeys base path with its organisation id', async () => {
      const { client, calls } = setup(() => json(EVENT), {}, RTM_BASE);
      await get(client);
      expect(calls[0]!.url.pathname).to.equal('/api/v1.0/orgs/11111111-1111-4111-8111-111111111111/eventmanagement/events/E');
    });

    it('sends Content-Type only with a body (a GET needs no CORS preflight)', async () => {
      const { client, calls } = setup((c) => json(c.method === 'GET' ? EVENT : RESULT));
      await get(client);
      await post(client);
      expect(calls[0]!.headers.has('Content-Type')).to.equal(false);
      expect(calls[0]!.body).to.equal(undefined);
      expect(calls[1]!.headers.get('Content-Type')).to.equal('application/json');
      expect(JSON.parse(calls[1]!.body!)).to.deep.equal(BODY);
    });

    it('adds Authorization: Bearer from the token provider, and nothing when it has none', async () => {
      let bearer: string | null = 'id-token-1';
      const { client, calls } = setup(() => json(EVENT), { getToken: async () => bearer });
      await get(client);
      bearer = null;
      await get(client);
      expect(calls[0]!.headers.get('Authorization')).to.equal('Bearer id-token-1');
      expect(calls[1]!.headers.has('Authorization')).to.equal(false);
    });

    it('a failing token provider is an unauthorized error, and nothing is sent', async () => {
      const { client, calls } = setup(() => json(EVENT), { getToken: () => Promise.reject(new Error('popup blocked')) });
      const err = await rejection(get(client));
      expect(err.kind).to.equal('unauthorized');
      expect(calls.length).to.equal(0);
    });
  });

  describe('typed errors', () => {
    const statusCases: [number, string, RegExp][] = [
      [400, 'config', /token or the Origin header is missing: check the token, and that this page's origin http:\/\/[^ ]+ is registered/],
      [401, 'unauthorized', /does not know this application token/],
      [403, 'unauthorized', /does not know this application token/],
      [404, 'not-found', /Not found/],
      [409, 'server', /Unexpected status/],
    ];
    for (const [status, kind, message] of statusCases) {
      it(`HTTP ${status} → ${kind}`, async () => {
        const { client, calls } = setup(() => json({ Message: 'Authorization has been denied for this request.' }, status));
        const err = await rejection(get(client, 'events/E/sessions'));
        expect(err).to.be.instanceOf(EvtApiError);
        expect(err.kind).to.equal(kind);
        expect(err.status).to.equal(status);
        expect(err.resource).to.equal('events/E/sessions');
        expect(err.message).to.match(message);
        expect(err.message).to.contain('Authorization has been denied');
        expect(err.message).not.to.contain('tok en');
        expect(calls.length, 'a 4xx is not retried').to.equal(1);
      });
    }

    it('a 404 on events/published is a wrong endpoint (config), not a missing event', async () => {
      const { client } = setup(() => json({ Message: 'No HTTP resource was found' }, 404));
      const err = await rejection(client.request({ path: 'events/published', schema: z.array(eventSchema) }));
      expect(err.kind).to.equal('config');
      expect(err.message).to.match(/region and the organisation id/);
    });

    it('keeps emails out of the service message it repeats', async () => {
      const { client } = setup(() => json({ Message: 'Contact lea.marsh@example.com is blocked' }, 400));
      const err = await rejection(get(client));
      expect(err.message).to.contain('Contact <email> is blocked');
      expect(err.message).not.to.contain('lea.marsh');
    });

    it('a fetch TypeError is a network error that names both causes: unreachable or CORS (origin)', async () => {
      const { client } = setup(() => new TypeError('Failed to fetch'), { retries: 0 });
      const err = await rejection(get(client));
      expect(err.kind).to.equal('network');
      expect(err.message).to.match(/unreachable/);
      expect(err.message).to.match(/CORS/);
      expect(err.message).to.contain(location.origin);
      expect(err.outcomeUnknown).to.equal(undefined);
    });

    it('a response that breaks the schema is a contract error naming resource and field', async () => {
      const { client } = setup(() => json([{ id: 'a', startTime: '2025-01-01T09:00:00' }, { id: 'b' }, { id: 'c' }, { id: 'd', startTime: 900 }]));
      const err = await rejection(client.request({ path: 'events/E/sessions', schema: z.array(z.looseObject({ id: z.string(), startTime: z.optional(z.string()) })) }));
      expect(err.kind).to.equal('contract');
      expect(err.resource).to.equal('events/E/sessions');
      expect(err.field).to.equal('[3].startTime');
      expect(err.message).to.contain('events/E/sessions');
      expect(err.message).to.contain('[3].startTime');
    });

    it('a response that is not JSON is a contract error', async () => {
      const { client } = setup(() => new Response('<html>Sign in</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
      const err = await rejection(get(client));
      expect(err.kind).to.equal('contract');
      expect(err.message).to.match(/not JSON/);
    });
  });

  describe('GET retries', () => {
    it('retries a 5xx and a network error with growing backoff, then succeeds', async () => {
      const answers: Answer[] = [json({}, 503), new TypeError('Failed to fetch'), json(EVENT)];
      const onWait: number[] = [];
      const { client, calls, waits } = setup((_, i) => answers[i]!);
      const e = await get(client, 'events/E', { onWait: (s: number) => onWait.push(s) });
      expect(e.eventName).to.equal('Event');
      expect(calls.length).to.equal(3);
      expect(waits).to.deep.equal([375, 750]); // 500 ms and 1 s, with the jitter at its middle (×0.75)
      expect(onWait).to.deep.equal([0.375, 0.75]);
    });

    it('gives up after the allowed retries with a server error', async () => {
      const { client, calls } = setup(() => json({ Message: 'Service Unavailable' }, 503), { retries: 2 });
      const err = await rejection(get(client));
      expect(err.kind).to.equal('server');
      expect(err.status).to.equal(503);
      expect(calls.length).to.equal(3);
      expect(err.outcomeUnknown).to.equal(undefined);
    });

    it('jitter spreads the waits', async () => {
      const a = setup((_, i) => (i === 0 ? json({}, 500) : json(EVENT)), { random: () => 0 });
      const b = setup((_, i) => (i === 0 ? json({}, 500) : json(EVENT)), { random: () => 1 });
      await get(a.client);
      await get(b.client);
      expect(a.waits).to.deep.equal([250]);
      expect(b.waits).to.deep.equal([500]);
    });
  });

  describe('429', () => {
    it('waits Retry-After seconds (and says so), then retries: GET', async () => {
      const onWait: [number, string][] = [];
      const { client, calls, waits } = setup((_, i) => (i === 0 ? json({ Message: 'Rate limit is exceeded.' }, 429, { 'Retry-After': '7' }) : json(EVENT)));
      await get(client, 'events/E', { onWait: (s: number, r: string) => onWait.push([s, r]) });
      expect(calls.length).to.equal(2);
      expect(waits).to.deep.equal([7000]);
      expect(onWait).to.deep.equal([[7, 'rate-limited']]);
    });

    it('retries a POST after a 429 too (the service did not process it)', async () => {
      const { client, calls, waits } = setup((_, i) => (i === 0 ? json({}, 429, { 'Retry-After': '2' }) : json(RESULT)));
      const r = await post(client);
      expect(r.status).to.equal('Success');
      expect(calls.length).to.equal(2);
      expect(calls[1]!.body).to.equal(calls[0]!.body);
      expect(waits).to.deep.equal([2000]);
    });

    it('gives up with rate-limited (and the wait) after N tries', async () => {
      const { client, calls } = setup(() => json({}, 429, { 'Retry-After': '1' }), { rateLimitRetries: 2 });
      const err = await rejection(get(client));
      expect(err.kind).to.equal('rate-limited');
      expect(err.retryAfter).to.equal(1);
      expect(calls.length).to.equal(3);
    });

    it('does not wait longer than the cap: a long Retry-After is returned at once', async () => {
      const { client, calls, waits } = setup(() => json({}, 429, { 'Retry-After': '300' }), { maxRetryAfter: 60 });
      const err = await rejection(post(client));
      expect(err.kind).to.equal('rate-limited');
      expect(err.retryAfter).to.equal(300);
      expect(err.message).to.match(/try again in 300 s/);
      expect(calls.length).to.equal(1);
      expect(waits).to.deep.equal([]);
    });

    it('without Retry-After (not exposed by CORS) it backs off', async () => {
      const { client, waits } = setup((_, i) => (i === 0 ? json({}, 429) : json(EVENT)));
      await get(client);
      expect(waits).to.deep.equal([375]);
    });

    it('reads Retry-After as seconds or as an HTTP date', () => {
      const now = Date.parse('2025-01-01T00:00:00Z');
      expect(parseRetryAfter('12', now)).to.equal(12);
      expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).to.equal(30);
      expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).to.equal(0);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter(null, now)).to.equal(undefined);
    });
  });

  describe('POST is never sent twice blindly', () => {
    for (const [name, answer] of [
      ['a 500', () => json({ Message: 'oops' }, 500)],
      ['a 503', () => json({}, 503)],
      ['a network error', () => new TypeError('Failed to fetch')],
    ] as [string, () => Answer][]) {
      it(`${name}: one request, outcomeUnknown`, async () => {
        const { client, calls, waits } = setup(answer);
        const err = await rejection(post(client));
        expect(calls.length).to.equal(1);
        expect(waits).to.deep.equal([]);
        expect(err.outcomeUnknown).to.equal(true);
        expect(err.message).to.match(/may or may not have been processed/);
        expect(err.message, 'no personal data').not.to.contain('lea');
      });
    }

    it('a timeout: one request, kind timeout, outcomeUnknown', async () => {
      const { client, calls } = setup(() => 'hang', { timeout: 20 });
      const err = await rejection(post(client));
      expect(err.kind).to.equal('timeout');
      expect(err.outcomeUnknown).to.equal(true);
      expect(calls.length).to.equal(1);
    });

    it('a 400 is known not to be processed', async () => {
      const { client } = setup(() => json({}, 400));
      const err = await rejection(post(client));
      expect(err.kind).to.equal('config');
      expect(err.outcomeUnknown).to.equal(undefined);
    });
  });

  describe('timeout and abort', () => {
    it('a GET that never answers times out, and is retried', async () => {
      const { client, calls } = setup((_, i) => (i === 0 ? 'hang' : json(EVENT)), { timeout: 20 });
      expect((await get(client)).eventName).to.equal('Event');
      expect(calls[0]!.signal!.aborted).to.equal(true);
      expect(calls.length).to.equal(2);
    });

    it('gives up with kind timeout after one retry', async () => {
      const { client, calls } = setup(() => 'hang', { timeout: 10, retries: 2 });
      const err = await rejection(get(client));
      expect(err.kind).to.equal('timeout');
      expect(calls.length).to.equal(2);
    });

    it("the caller's signal cancels the fetch: kind aborted, named AbortError, not retried", async () => {
      const { client, calls } = setup(() => 'hang');
      const ctrl = new AbortController();
      const p = get(client, 'events/E', { signal: ctrl.signal });
      await new Promise((r) => setTimeout(r, 0));
      ctrl.abort();
      const err = await rejection(p);
      expect(err.kind).to.equal('aborted');
      expect(err.name).to.equal('AbortError');
      expect(calls.length).to.equal(1);
      expect(calls[0]!.signal!.aborted).to.equal(true);
    });

    it('an already aborted signal sends nothing', async () => {
      const { client, calls } = setup(() => json(EVENT));
      const err = await rejection(get(client, 'events/E', { signal: AbortSignal.abort() }));
      expect(err.kind).to.equal('aborted');
      expect(calls.length).to.equal(0);
    });

    it('an abort during a POST leaves the outcome unknown', async () => {
      const { client } = setup(() => 'hang');
      const ctrl = new AbortController();
      const p = post(client, { signal: ctrl.signal });
      await new Promise((r) => setTimeout(r, 0));
      ctrl.abort();
      const err = await rejection(p);
      expect(err.kind).to.equal('aborted');
      expect(err.outcomeUnknown).to.equal(true);
    });

    it('an abort during the wait after a 429 stops the retries', async () => {
      const ctrl = new AbortController();
      const { client, calls } = setup(() => json({}, 429, { 'Retry-After': '1' }), {
        sleep: (_ms, signal) => new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      });
      const p = get(client, 'events/E', { signal: ctrl.signal, onWait: () => ctrl.abort() });
      const err = await rejection(p);
      expect(err.kind).to.equal('aborted');
      expect(calls.length).to.equal(1);
    });
  });
});
