/**
 * `<evt-detail>` asks for track memberships (`tracks/{id}/sessions`, outbound marketing) only when
 * the visitor shows intent on the agenda's track filter (pointer over it, pointer down, focus) or
 * picks a track: not on load, not when the agenda is on screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/evt-detail.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import { useEmulator } from '../helpers/emulator.js';
import { getStore } from '../../src/api/store.js';
import { logFetches } from '../helpers/fetch-log.js';
import { part, parts, ready, text } from '../helpers/elements.js';

const emu = useEmulator({ reset: false });

const memberships = (log: string[]) => log.filter((l) => /^start .*tracks\/[^/]+\/sessions$/.test(l));
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('<evt-detail> asks for track memberships only when the track filter is used', () => {
  it('none on load with the agenda on screen; once on intent; the pick waits for them', async () => {
    let el!: EvtDetail;
    const before = await logFetches(async () => {
      el = await fixture<EvtDetail>(html`<evt-detail endpoint=${emu.omBase} token="demo-token" event-id="Open_Source_Day"></evt-detail>`);
      await ready(el);
      part(el, 'sessions')!.scrollIntoView();
      await settle();
    });
    expect(before.some((l) => l === 'start events/Open_Source_Day/tracks')).to.equal(true);
    expect(memberships(before)).to.deep.equal([]);
    // The filter lists the event's tracks before knowing what they hold.
    const filter = part(el, 'track-filter')!;
    const select = filter.querySelector('select')!;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['All tracks', 'Web platform', 'Data & AI', 'Community']);
    const status = () => filter.querySelector('[role=status]')!.textContent!.trim();
    const titles = () => parts(el, 'session').map((s) => text(s.querySelector('[part~=session-title]')));
    const picked = await logFetches(async () => {
      // Keyboard: focus, then a pick before the answers are in.
      select.focus();
      select.value = select.options[2]!.value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(status()).to.equal('Loading…');
      expect(titles()).to.have.length(7);
      await el.loadComplete;
    });
    expect(memberships(picked).length).to.equal(3);
    expect(titles()).to.deep.equal(['Vector search in Postgres', 'Small models, big results']);
    expect(status()).to.equal('2 sessions shown');
    expect(el.shadowRoot!.activeElement === select, 'focus stays on the filter').to.equal(true);
    // Known now: more intent asks for nothing.
    const again = await logFetches(async () => {
      filter.dispatchEvent(new PointerEvent('pointerenter'));
      await settle();
    });
    expect(memberships(again)).to.deep.equal([]);
  });

  it('a pointer over the filter asks for them before a pick', async () => {
    const el = await fixture<EvtDetail>(html`<evt-detail endpoint=${emu.omBase} token="demo-token" event-id="Open_Source_Day"></evt-detail>`);
    await ready(el);
    const log = await logFetches(async () => {
      part(el, 'track-filter')!.dispatchEvent(new PointerEvent('pointerenter'));
      await el.loadComplete;
    });
    expect(memberships(log).length).to.equal(3);
  });

  it('goes once the answers show no track would narrow the agenda, but not under the focus', async () => {
    // Every track holds every session: picking one would show the same agenda.
    const el = await fixture<EvtDetail>(html`<evt-detail endpoint=${emu.omBase} token="demo-token" event-id="Open_Source_Day"></evt-detail>`);
    await ready(el);
    const sessionsOf = (await getStore({ endpoint: emu.omBase, token: 'demo-token' }).sessions('Open_Source_Day')).map((x) => ({ id: x.id }));
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      /\/tracks\/[^/]+\/sessions/.test(String(input instanceof Request ? input.url : input))
        ? Promise.resolve(new Response(JSON.stringify(sessionsOf), { headers: { 'Content-Type': 'application/json' } }))
        : original(input, init);
    try {
      const select = part(el, 'track-filter')!.querySelector('select')!;
      select.focus();
      await el.loadComplete;
      expect(!!part(el, 'track-filter'), 'kept while it holds the focus').to.equal(true);
      select.blur();
      await el.updateComplete;
      expect(part(el, 'track-filter') === null, 'gone once the focus left').to.equal(true);
    } finally {
      window.fetch = original;
    }
  });

  it('says so when a track cannot be loaded, and keeps the whole agenda', async () => {
    const el = await fixture<EvtDetail>(html`<evt-detail endpoint=${emu.omBase} token="demo-token" event-id="Open_Source_Day"></evt-detail>`);
    await ready(el);
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      /\/tracks\/[^/]+\/sessions/.test(String(input instanceof Request ? input.url : input)) ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init);
    try {
      const select = part(el, 'track-filter')!.querySelector('select')!;
      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change'));
      await el.loadComplete;
      expect(text(part(el, 'track-filter')!.querySelector('[role=status]'))).to.equal('Web platform could not be loaded.');
      expect(parts(el, 'session')).to.have.length(7);
    } finally {
      window.fetch = original;
    }
  });
});
