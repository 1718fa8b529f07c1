/**
 * The store's writes (src/api/writes.ts: request schemas, contact rule) are not part of what every
 * element loads: the store imports them with its first write, and <evt-register> fetches them as
 * soon as the visitor focuses its form. Seen through the page's resource timing (the test server
 * serves each module as its own file); this file imports neither writes.ts nor anything that does.
 */
import { expect } from '@open-wc/testing';
import { getStore, resetStores } from '../../src/api/store.js';
import { fakeFetch, json, OM_BASE } from './fakes.js';

const writesLoaded = () => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/src/api/writes.ts'));
const RESULT = { status: 'Success', errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null };
const BODY = { attendees: [{ firstName: 'Lea', lastName: 'Marsh', email: 'lea@example.com' }] };

describe('the store loads its writes with the first write', () => {
  afterEach(() => resetStores());

  it('reads load no write code; the first registration loads it, and two identical ones make one request', async () => {
    const f = fakeFetch((c) => (c.method === 'POST' ? json(RESULT) : json({ readableEventId: 'E', eventName: 'E' })));
    const store = getStore({ endpoint: OM_BASE, token: 'lazy-1', client: { fetch: f.fetch } });
    await store.event('E');
    expect(writesLoaded(), 'after a read').to.equal(false);
    const [a, b] = await Promise.all([store.register('E', BODY), store.register('E', BODY)]);
    expect([a.status, b.status]).to.deep.equal(['Success', 'Success']);
    expect(writesLoaded(), 'after the first write').to.equal(true);
    expect(f.calls.filter((c) => c.method === 'POST').length, 'one request for both').to.equal(1);
  });

  it('the loaded request schema still refuses a bad body before anything is sent', async () => {
    const f = fakeFetch(() => json(RESULT));
    const store = getStore({ endpoint: OM_BASE, token: 'lazy-2', client: { fetch: f.fetch } });
    const bad = await store.register('E', { attendees: [{ firstName: 'Lea', lastName: 'Marsh', email: 'not an email' }] }).catch((e: unknown) => e);
    expect((bad as { kind?: string }).kind).to.equal('contract');
    expect((bad as { field?: string }).field).to.equal('attendees[0].email');
    expect(f.calls, 'nothing sent').to.deep.equal([]);
  });
});
