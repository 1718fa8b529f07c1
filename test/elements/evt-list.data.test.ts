/**
 * <evt-list>'s logic without the emulator: order, availability, location, search text; and the
 * element over a scripted store, for what the emulator cannot show deterministically (a count that
 * never arrives, ten thousand events, the exact requests made).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-list.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import {
  cardAvailability,
  fold,
  index,
  matches,
  prepare,
  searchableText,
  terms,
} from '../../src/elements/evt-list/evt-list.data.js';
import { badgeOf } from '../../src/elements/evt-list/views.js';
import { placeLine, placeSummary } from '../../src/rules/place.js';
import { getStore } from '../../src/api/store.js';
import type { EvtEvent } from '../../src/api/schemas.js';
import { messagesFor } from '../../src/internal/messages.js';
import { $, part, parts } from '../helpers/elements.js';

const m = messagesFor('en');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '');

function ev(over: Partial<EvtEvent> & { readableEventId: string }, startMs = Date.now() + DAY): EvtEvent {
  return {
    eventName: over.readableEventId,
    startDate: iso(startMs),
    endDate: iso(startMs + 3_600_000),
    startDateUTC: `${iso(startMs)}Z`,
    endDateUTC: `${iso(startMs + 3_600_000)}Z`,
    ...over,
  } as EvtEvent;
}

describe('evt-list data', () => {
  it('orders soonest first, undated last, and drops duplicate ids', () => {
    const now = Date.now();
    const list = prepare([
      ev({ readableEventId: 'b' }, now + 2 * DAY),
      ev({ readableEventId: 'none', startDate: null, endDate: null, startDateUTC: null, endDateUTC: null }),
      ev({ readableEventId: 'a' }, now + DAY),
      ev({ readableEventId: 'a', eventName: 'duplicate' }, now),
    ]);
    expect(list.map((e) => e.readableEventId)).to.deep.equal(['a', 'b', 'none']);
    expect(list[0]!.event.eventName).to.equal('a');
  });

  it('uses the zone label for the instant when the UTC fields are missing', () => {
    const [e] = prepare([
      ev({ readableEventId: 'x', startDate: '2017-02-01T08:00:00', endDate: '2017-02-03T17:00:00', startDateUTC: undefined, endDateUTC: undefined, timeZoneName: '(GMT-08:00) Pacific Time (US & Canada)' }),
    ]);
    expect(new Date(e!.instants.start).toISOString()).to.equal('2017-02-01T16:00:00.000Z');
  });

  it('gives the availability badge from capacity, count, waitlist, end of registration and the past', () => {
    const now = Date.now();
    const badge = (entry: Parameters<typeof cardAvailability>[0], count: number | null | undefined) => {
      const b = badgeOf(cardAvailability(entry, count, now), m);
      return b ? [b.kind, b.text] : null;
    };
    const [open] = prepare([ev({ readableEventId: 'o', isCapacityRestricted: true, maxCapacity: 5, showWaitlist: true })]);
    expect(badge(open!, undefined)).to.equal(null); // the count is on its way
    expect(cardAvailability(open!, undefined, now).countPending).to.equal(true);
    expect(badge(open!, 4)).to.deep.equal(['left', '1 place left']);
    expect(badge(open!, 5)).to.deep.equal(['waitlist', 'Waitlist']);
    const [full] = prepare([ev({ readableEventId: 'f', isCapacityRestricted: true, maxCapacity: 5, showWaitlist: false })]);
    expect(badge(full!, 9)).to.deep.equal(['sold-out', 'Sold out']);
    const [closed] = prepare([ev({ readableEventId: 'c', isCapacityRestricted: true, maxCapacity: 5, setRegistrationEndDate: true, stopRegistrationDate: `${iso(now - 1000)}Z` })]);
    expect(badge(closed!, 0)).to.deep.equal(['closed', 'Registration closed']);
    const [later] = prepare([ev({ readableEventId: 'l', setRegistrationEndDate: true, stopRegistrationDate: `${iso(now + DAY)}Z` })]);
    expect(badge(later!, undefined)).to.equal(null);
    const [old] = prepare([ev({ readableEventId: 'p' }, now - 2 * DAY)]);
    expect(badge(old!, undefined)?.[0]).to.equal('past');
    // Old payloads send maxCapacity 0 for "not restricted".
    const [zero] = prepare([ev({ readableEventId: 'z', isCapacityRestricted: true, maxCapacity: 0 })]);
    expect(badge(zero!, 3)).to.equal(null);
  });

  it('writes the location as room, building, city, without repeats or blanks', () => {
    expect(placeSummary({ name: 'Hall B' }, { name: 'Centre', city: 'Utrecht', addressComposite: '   ' }).join(', ')).to.equal('Hall B, Centre, Utrecht');
    expect(placeSummary(null, { name: 'Amsterdam', city: 'amsterdam' }).join(', ')).to.equal('Amsterdam');
    expect(placeLine(ev({ readableEventId: 'x', eventFormat: 100000002, building: { name: 'Ignored' } }), m)).to.equal('Online');
    expect(placeLine(ev({ readableEventId: 'x', eventFormat: 100000003, building: { city: 'Oslo' } }), m)).to.equal('Oslo and online');
  });

  it('searches name, description text and place, all words, accents folded', () => {
    const list = prepare([
      ev({ readableEventId: 'a', eventName: 'Café Night', description: '<p>Jazz &amp; <b>wine</b></p><script>secret()</script>' }),
      ev({ readableEventId: 'b', eventName: 'Meetup', building: { city: 'München' } }),
      ev({ readableEventId: 'c', eventName: '東京デザインウィーク' }),
    ]);
    index(list, m);
    const find = (q: string) => list.filter((e) => matches(e, terms(q))).map((e) => e.readableEventId);
    expect(find('cafe')).to.deep.equal(['a']);
    expect(find('JAZZ & wine')).to.deep.equal(['a']);
    expect(find('secret'), 'script text is not searchable').to.deep.equal([]);
    expect(find('munchen')).to.deep.equal(['b']);
    expect(find('デザイン')).to.deep.equal(['c']);
    expect(find('cafe munchen')).to.deep.equal([]);
    expect(searchableText('a&#39;b&#x41;&nbsp;c &unknown;')).to.equal("a'bA c &unknown;");
    expect(fold('ÉLAN')).to.equal('elan');
  });
});

// ── the element over a scripted store ─────────────────────────────────────────

let n = 0;
/** A store of its own (a unique endpoint) whose fetch answers from `handler`. */
function scriptedStore(handler: (url: URL) => Response | Promise<Response>) {
  const endpoint = `https://scripted-${++n}.example/EvtMgmt/api/v2.0/`;
  const calls: URL[] = [];
  getStore({
    endpoint,
    token: 't',
    client: {
      fetch: (async (input: RequestInfo | URL) => {
        const url = new URL(String(input));
        calls.push(url);
        return handler(url);
      }) as typeof fetch,
      retries: 0,
    },
  });
  return { endpoint, calls };
}
const json = (v: unknown) => new Response(JSON.stringify(v), { headers: { 'Content-Type': 'application/json' } });
const never = () => new Promise<Response>(() => {});

describe('<evt-list> over a scripted store', () => {
  it('renders before the counts arrive, and asks counts only for capacity-restricted events on screen', async () => {
    const now = Date.now();
    const events = Array.from({ length: 30 }, (_, i) =>
      ev({ readableEventId: `e${i}`, isCapacityRestricted: i % 3 === 0, maxCapacity: i % 3 === 0 ? 10 : 0 }, now + (i + 1) * DAY),
    );
    const { endpoint, calls } = scriptedStore((url) => (url.pathname.endsWith('/count') ? never() : json(events)));
    const el = await fixture<EvtList>(html`<evt-list endpoint=${endpoint} token="t" page-size="6"></evt-list>`);
    await waitUntil(() => parts(el, 'item').length === 6, 'items');
    await waitUntil(() => calls.length >= 3, 'count requests');
    const counted = calls.filter((u) => u.pathname.endsWith('/registrations/count')).map((u) => u.pathname.split('/').at(-3));
    expect(counted).to.have.members(['e0', 'e3']);
    expect(parts(el, 'badge')).to.have.length(0);
  });

  it('shows only http(s) images, and drops an image that fails to load', async () => {
    const events = [
      ev({ readableEventId: 'js', image: 'javascript:alert(1)' }),
      ev({ readableEventId: 'relative', image: '/banner.png' }),
      ev({ readableEventId: 'html', image: 'data:text/html,<script>alert(1)</script>' }),
      ev({ readableEventId: 'broken', image: 'https://images.invalid/banner.jpg' }),
    ];
    const { endpoint } = scriptedStore(() => json(events));
    const el = await fixture<EvtList>(html`<evt-list endpoint=${endpoint} token="t"></evt-list>`);
    const img = (rid: string) => $(el, `[data-rid="${rid}"] img`);
    await waitUntil(() => parts(el, 'item').length === 4, 'items');
    for (const rid of ['js', 'relative', 'html']) expect(img(rid), rid).to.be.null;
    // Loading is lazy and a background test tab may never load it: if the browser has not failed it
    // yet, say it failed, as the browser would.
    img('broken')?.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(img('broken'), 'a broken image is removed').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('opens events in the page when detail-url gives no http(s) link, and hides search with no-search', async () => {
    const { endpoint } = scriptedStore(() => json([ev({ readableEventId: 'a' })]));
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    try {
      const el = await fixture<EvtList>(html`<evt-list endpoint=${endpoint} token="t" no-search detail-url="javascript:alert('{readableEventId}')"></evt-list>`);
      await waitUntil(() => part(el, 'link'), 'items');
      const a = part<HTMLAnchorElement>(el, 'link')!;
      expect(a.protocol).to.equal(location.protocol);
      expect(new URL(a.href).searchParams.get('event')).to.equal('a');
      expect(warned.join('\n')).to.contain('detail-url');
      expect(part(el, 'search')).to.be.null;
    } finally {
      console.warn = original;
    }
  });

  it('stays correct with ten thousand events: one page rendered, search over all of them', async () => {
    const now = Date.now();
    const events = Array.from({ length: 10_000 }, (_, i) =>
      ev(
        {
          readableEventId: `event-${i}`,
          eventName: `Event number ${i}`,
          description: `<p>Topic <em>${i % 7 === 0 ? 'gardening' : 'cooking'}</em> in room ${i}</p>`,
          building: { city: i === 9_999 ? 'Reykjavík' : 'Utrecht' },
        },
        now + (10_000 - i) * 60_000,
      ),
    );
    const { endpoint } = scriptedStore(() => json(events));
    const el = await fixture<EvtList>(html`<evt-list endpoint=${endpoint} token="t" lang="en"></evt-list>`);
    const itemsOf = () => parts(el, 'item');
    await waitUntil(() => itemsOf().length > 0, 'items', { timeout: 10000 });
    expect(itemsOf()).to.have.length(12);
    expect(itemsOf()[0]!.dataset.rid, 'soonest first').to.equal('event-9999');
    const input = $<HTMLInputElement>(el, 'input[part~="search"]')!;
    const search = async (q: string) => {
      input.value = q;
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    };
    await search('reykjavik');
    expect(itemsOf().map((li) => li.dataset.rid)).to.deep.equal(['event-9999']);
    await search('gardening');
    expect(itemsOf()).to.have.length(12);
    expect(part(el, 'count')!.textContent).to.contain(`of ${(1_429).toLocaleString('en')} events`);
  });
});
