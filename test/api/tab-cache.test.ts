/**
 * The tab cache (`src/api/persist.ts`) against the emulator: a second page of the tab (simulated
 * by dropping the page's stores with `resetStores()` and mounting again) shows what the first page
 * fetched with no request before content; stale after the freshness (shown, then revalidated);
 * dropped by a registration; nothing personal kept; bounded in size; survives a full storage;
 * turned off by `configure({ tabCache: false })` or `<meta name="evt-tab-cache" content="off">`.
 */
import { expect } from '@open-wc/testing';
import '../../src/evt-detail.js';
import '../../src/evt-list.js';
import { getStore, resetStores as nextPage, type StoreAuth } from '../../src/api/store.js';
import { TabPersist } from '../../src/api/persist.js';
import type { RegistrationRequest } from '../../src/api/schemas.js';
import { configure } from '../../src/internal/config.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import { useEmulator } from '../helpers/emulator.js';
import { logFetches } from '../helpers/fetch-log.js';
import { mount, part, ready, resetStores, tabCacheKeys, text } from '../helpers/elements.js';

const RID = 'Harbour_Data_Summit';
const emu = useEmulator({ clean: false });
beforeEach(() => {
  configure({ tabCache: undefined });
  resetStores();
});
afterEach(() => {
  configure({ tabCache: undefined });
  document.head.querySelector('meta[name="evt-tab-cache"]')?.remove();
});

const attrs = () => ({ endpoint: emu.omBase, token: 'demo-token' });
/** This emulator's item (other test files may share the tab in WebKit). */
const item = () =>
  tabCacheKeys().map((k) => [k, sessionStorage.getItem(k)!] as const).find(([, v]) => v.includes(RID));
const keptKeys = () => Object.keys(JSON.parse(item()?.[1] ?? '{}') as object);
const requests = (log: string[]) => log.filter((l) => l.startsWith('start '));

/** The list page: the list and its counts, settled. */
async function listPage() {
  const list = await mount('evt-list', attrs());
  await ready(list);
  list.remove();
  await new Promise((r) => setTimeout(r)); // the tab cache writes once per task
}

/**
 * The event page. `before`: the requests answered before its first content (none: no round trip
 * before content); `all`: every request it started.
 */
async function eventPage(): Promise<{ el: EvtDetail; before: string[]; all: string[] }> {
  let before: string[] = [];
  let el!: EvtDetail;
  let answered = 0;
  const original = window.fetch;
  window.fetch = (i, init) => {
    const p = original(i, init);
    p.then(() => answered++, () => answered++);
    return p;
  };
  let all: string[];
  try {
    all = await logFetches(async () => {
      el = await mount<EvtDetail>('evt-detail', { ...attrs(), 'event-id': RID });
      for (let i = 0; i < 20 && !text(part(el, 'title')); i++) await el.updateComplete;
      before = answered ? [`${answered} answered`] : [];
      await ready(el);
    });
  } finally {
    window.fetch = original;
  }
  return { el, before, all: requests(all) };
}

/** Makes every kept answer `ms` older. */
function age(ms: number) {
  const [k, v] = item()!;
  const t = JSON.parse(v) as Record<string, { at: number }>;
  for (const e of Object.values(t)) e.at -= ms;
  sessionStorage.setItem(k, JSON.stringify(t));
}

describe('tab cache', () => {
  it('the event page after the list page shows the event with no request before content', async () => {
    await listPage();
    expect(keptKeys()).to.include.members(['events/published', `events/${RID}`]);
    nextPage();
    const { el, before, all } = await eventPage();
    expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
    expect(before, 'requests before the first content').to.deep.equal([]);
    // The event came with the list and is fresh: only what the list did not have is asked for.
    expect(all).to.not.include(`start events/${RID}`);
    expect(all.length).to.be.greaterThan(0);
  });

  it('a third page asks for nothing the second page fetched while it is fresh', async () => {
    await listPage();
    nextPage();
    await eventPage();
    await new Promise((r) => setTimeout(r));
    nextPage();
    const { all } = await eventPage();
    expect(all).to.deep.equal([]);
  });

  it('after the freshness it shows what it kept at once, then asks again', async () => {
    await listPage();
    age(61_000);
    nextPage();
    const { el, before, all } = await eventPage();
    expect(before).to.deep.equal([]);
    expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
    expect(all).to.include(`start events/${RID}`);
  });

  it('past its maximum age a kept answer is not shown', async () => {
    await listPage();
    age(11 * 60_000);
    nextPage();
    const { all } = await eventPage();
    expect(all).to.include(`start events/${RID}`);
  });

  it('a tampered item is validated again and not shown', async () => {
    await listPage();
    const [k, v] = item()!;
    const t = JSON.parse(v) as Record<string, { v: unknown }>;
    t[`events/${RID}`]!.v = { eventName: 42 };
    sessionStorage.setItem(k, JSON.stringify(t));
    nextPage();
    const { el, all } = await eventPage();
    expect(all).to.include(`start events/${RID}`);
    expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
  });

  it('a registration drops what it changes; nothing personal is kept', async () => {
    await listPage();
    nextPage();
    await eventPage();
    await new Promise((r) => setTimeout(r));
    const count = `events/${RID}/registrations/count`;
    expect(keptKeys()).to.include(count);
    const email = `tab-${Date.now()}@example.com`;
    const body: RegistrationRequest = { attendees: [{ firstName: 'Ada', lastName: 'Tester', email, passId: '', waitlisted: false, autoRegister: false, responses: [] }] };
    const store = getStore(attrs());
    await store.register(RID, body);
    // Dropped at once (a next page now would ask again) …
    const dropped = keptKeys();
    // … then kept again with the service's new answer (bounded wait).
    for (let i = 0; i < 50 && !keptKeys().includes(count); i++) await new Promise((r) => setTimeout(r, 100));
    expect(keptKeys()).to.include(count);
    for (const k of tabCacheKeys()) expect(sessionStorage.getItem(k)).to.not.include(email);
    expect(keptKeys().every((k) => !/^users\/|captcha|registrations$/.test(k)), keptKeys().join()).to.equal(true);
    expect(dropped).to.not.include(count);
    expect(dropped).to.not.include(`events/${RID}/passes`);
    expect(dropped).to.not.include('events/published');
    expect(dropped).to.include(`events/${RID}/speakers`);
  });

  it('a signed-in store keeps nothing in the tab', async () => {
    const auth: StoreAuth = { key: 'user-1', getToken: async () => null };
    const s = getStore({ ...attrs(), auth });
    await s.publishedEvents();
    await s.event(RID);
    await new Promise((r) => setTimeout(r));
    expect(tabCacheKeys()).to.deep.equal([]);
  });

  it('is bounded by its byte budget, oldest out first, and survives a full storage', async () => {
    const p = new TabPersist(`bounded-${Math.random()}`, { budget: 2000 });
    for (let i = 0; i < 20; i++) p.set(`events/E${i}/speakers`, 'x'.repeat(300), Date.now());
    await new Promise((r) => setTimeout(r));
    const mine = tabCacheKeys().map((k) => sessionStorage.getItem(k)!).find((v) => v.includes('events/E19/'))!;
    expect(mine.length).to.be.at.most(2000);
    expect(mine).to.not.include('events/E0/');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      p.set('events/E99/speakers', [], Date.now());
      await new Promise((r) => setTimeout(r));
      // The element still works with the storage full.
      nextPage();
      const { el } = await eventPage();
      expect(text(part(el, 'title'))).to.equal('Harbour Data Summit');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    for (const k of tabCacheKeys()) if (sessionStorage.getItem(k)!.includes('events/E19/')) sessionStorage.removeItem(k);
  });

  it('configure({ tabCache: false }) turns it off', async () => {
    configure({ tabCache: false });
    await listPage();
    expect(item()).to.equal(undefined);
    nextPage();
    const { all } = await eventPage();
    expect(all).to.include(`start events/${RID}`);
  });

  it('<meta name="evt-tab-cache" content="off"> turns it off', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'evt-tab-cache', content: 'off' });
    document.head.append(meta);
    await listPage();
    expect(item()).to.equal(undefined);
  });
});
