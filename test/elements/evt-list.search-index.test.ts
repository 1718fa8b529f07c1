// <evt-list>'s search text built in idle time (src/elements/evt-list/search-index.ts): every entry
// gets it without a search, the same text a search would build, and a change of data starts over.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SearchIndexController } from '../../src/elements/evt-list/search-index.js';
import { index, prepare } from '../../src/elements/evt-list/evt-list.data.js';
import type { EvtEvent } from '../../src/api/schemas.js';
import { messagesFor } from '../../src/internal/messages.js';

const m = messagesFor('en');
const host = (): ReactiveControllerHost & { controllers: ReactiveController[] } => {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
};
const events = (n: number, tag: string): EvtEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    readableEventId: `${tag}_${i}`,
    eventName: `Événement ${tag} ${i}`,
    description: `<p>About <b>München</b> &amp; ${i}</p>`,
    startDateUTC: new Date(Date.UTC(2030, 0, 1) + i * 3_600_000).toISOString(),
    eventFormat: i % 2 ? 100000002 : 100000001,
  }) as EvtEvent);

describe('SearchIndexController', () => {
  it('builds every entry’s search text while idle, the same text a search builds', async () => {
    const entries = prepare(events(1500, 'a'));
    new SearchIndexController(host()).schedule(entries, m);
    expect(entries[0]!.haystack).to.equal(undefined, 'not in the same task: the list renders first');
    await waitUntil(() => entries.every((e) => e.haystack !== undefined), 'every entry indexed', { timeout: 5000 });
    const fresh = prepare(events(1500, 'a'));
    index(fresh, m);
    expect(entries.map((e) => e.haystack)).to.deep.equal(fresh.map((e) => e.haystack));
    expect(entries[1]!.haystack).to.contain('munchen').and.contain(m.online.toLowerCase());
  });

  it('starts over on new data and stops when the element leaves', async () => {
    const h = host();
    const c = new SearchIndexController(h);
    const first = prepare(events(3000, 'b'));
    c.schedule(first, m);
    const second = prepare(events(300, 'c'));
    c.schedule(second, m);
    await waitUntil(() => second.every((e) => e.haystack !== undefined), 'the new data indexed', { timeout: 5000 });
    const third = prepare(events(3000, 'd'));
    c.schedule(third, m);
    h.controllers.forEach((x) => x.hostDisconnected?.());
    await new Promise((r) => setTimeout(r, 300));
    expect(third.some((e) => e.haystack !== undefined)).to.equal(false, 'nothing built after the element left');
  });
});
