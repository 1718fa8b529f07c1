/**
 * The two-step check of long lists (`CheckedList` in src/api/schemas.ts) and what `<evt-list>`'s
 * data makes of it: heads checked at once, each event in full when first read, and one bad record
 * deep in a long list still left out (the console naming it and the field) when it is reached.
 */
import { expect } from '@open-wc/testing';
import { checkedEventListSchema } from '../../src/api/schemas.js';
import { longerThan } from '../../src/api/persist.js';
import { prepare, shown, index, ShownMemo, type Query } from '../../src/elements/evt-list/evt-list.data.js';
import { messagesFor } from '../../src/internal/messages.js';

const m = messagesFor('en');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '');

/** `n` raw events, a day apart, soonest first; `bad` maps an index to fields that break it. */
function raw(n: number, bad: Record<number, Record<string, unknown>> = {}) {
  const t0 = Date.now() + DAY;
  return Array.from({ length: n }, (_, i) => ({
    readableEventId: `E${i}`,
    eventName: `Event ${i}`,
    startDate: iso(t0 + i * DAY),
    startDateUTC: `${iso(t0 + i * DAY)}Z`,
    description: `<p>about ${i}</p>`,
    ...bad[i],
  }));
}

function capture(run: () => void): string[] {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => void seen.push(a.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return seen;
}

const query = (over: Partial<Query> = {}): Query => ({ now: Date.now(), showPast: false, filters: new Set(), type: null, format: null, search: '', limit: 12, ...over });

describe('CheckedList (two-step check of events/published)', () => {
  it('checks every head at once, the rest of an item only when it is read, and names a bad one then', () => {
    const data = raw(5000, { 4321: { building: 7 }, 17: { eventName: 42 } });
    let list!: ReturnType<typeof checkedEventListSchema.parse>;
    const atOnce = capture(() => (list = checkedEventListSchema.parse(data)));
    // A bad head is left out at once, by name and field.
    expect(atOnce).to.have.length(1);
    expect(atOnce[0]).to.contain('event "E17" left out: field eventName');
    expect(list.length).to.equal(4999);
    // The bad body deep in the list is not checked yet: nothing said about it.
    const at = list.heads.findIndex((h) => h.readableEventId === 'E4321');
    expect(at).to.be.greaterThan(0);
    const later = capture(() => expect(list.get(at)).to.equal(null));
    expect(later).to.have.length(1);
    expect(later[0]).to.contain('event "E4321" left out: field building');
    // Memoized: said once, and its neighbours are whole events.
    expect(capture(() => list.get(at))).to.have.length(0);
    expect(list.get(at - 1)?.description).to.equal(`<p>about ${4320}</p>`);
    expect(list.all().map((e) => e.readableEventId)).to.not.include('E4321');
    expect(list.all()).to.have.length(4998);
    expect(list.all()).to.equal(list.all());
  });

  it('tolerates null and missing keys in heads and items, and writes the items as they came', () => {
    const data = [{ readableEventId: 'A', eventName: 'A', startDate: null, eventType: null }, { readableEventId: 'B', eventName: 'B' }];
    const list = checkedEventListSchema.parse(data);
    expect(list.length).to.equal(2);
    expect(list.get(0)?.readableEventId).to.equal('A');
    expect(JSON.parse(JSON.stringify(list))).to.deep.equal(data);
  });

  it('a bad event among the first page is left out of the cards, the next takes its place, the console names it', () => {
    const list = checkedEventListSchema.parse(raw(300, { 3: { room: 'not a room' } }));
    const entries = prepare(list);
    let cards: string[] = [];
    let total = 0;
    const said = capture(() => {
      const s = shown(entries, query(), m);
      cards = s.visible.map((e) => e.readableEventId);
      total = s.results.length;
    });
    expect(cards).to.have.length(12);
    expect(cards).to.not.include('E3');
    expect(cards[3]).to.equal('E4');
    expect(cards[11]).to.equal('E12');
    expect(total).to.equal(299);
    expect(said.join('\n')).to.contain('event "E3" left out: field room');
    // Every card's event was checked in full: each is a whole event, never a head.
    for (const e of shown(entries, query(), m).visible) expect(e.event.description).to.be.a('string');
  });

  it('the search text is built from checked events only: a bad one deep in the list matches nothing', () => {
    const list = checkedEventListSchema.parse(raw(2000, { 1500: { description: { html: 'Zephyr' } } }));
    const entries = prepare(list);
    const said = capture(() => index(entries, m));
    expect(said.join('\n')).to.contain('event "E1500" left out: field description');
    const s = shown(entries, query({ search: 'about 1500' }), m);
    expect(s.results).to.have.length(0);
    expect(shown(entries, query({ search: 'about 1499' }), m).visible.map((e) => e.readableEventId)).to.deep.equal(['E1499']);
  });
});

describe('ShownMemo (what the list shows, once per change)', () => {
  it('answers the same query with the same result until an upcoming event is over or a bad one is found', () => {
    const t0 = Date.now();
    const data = raw(50, { 40: { building: 'nope' } });
    // The first event ends an hour from now (exact instants).
    data[0]!.startDateUTC = `${iso(t0 - 3_600_000)}Z`;
    (data[0] as Record<string, unknown>).endDateUTC = `${iso(t0 + 3_600_000)}Z`;
    const entries = prepare(checkedEventListSchema.parse(data));
    const memo = new ShownMemo();
    const a = memo.get(entries, query({ now: t0 }), m);
    expect(a.results).to.have.length(50);
    expect(memo.get(entries, query({ now: t0 + 1000 }), m)).to.equal(a);
    expect(memo.get(entries, query({ now: t0 + 1000, limit: 24 }), m)).to.not.equal(a);
    // Past the first event's end: recomputed, and it is gone.
    const later = memo.get(entries, query({ now: t0 + 3_600_001, limit: 24 }), m);
    expect(later.results.map((e) => e.readableEventId)).to.not.include('E0');
    // The indexer finds E40 failing: the next answer leaves it out of the counts.
    capture(() => index(entries, m));
    const after = memo.get(entries, query({ now: t0 + 3_600_002, limit: 24 }), m);
    expect(after).to.not.equal(later);
    expect(after.results.map((e) => e.readableEventId)).to.not.include('E40');
  });
});

describe('tab cache budget (longerThan)', () => {
  it('measures a long list only as far as its budget, and values with toJSON by what they write', () => {
    let calls = 0;
    const items = Array.from({ length: 10_000 }, (_, i) => ({ toJSON: () => (calls++, { i, pad: 'x'.repeat(100) }) }));
    expect(longerThan(items, 5_000)).to.equal(true);
    expect(calls).to.be.lessThan(100);
    expect(longerThan([1, 2, 3], 5_000)).to.equal(false);
    expect(longerThan({ toJSON: () => ['x'.repeat(6_000)] }, 5_000)).to.equal(true);
    expect(longerThan({ a: 'short' }, 5_000)).to.equal(false);
  });
});
