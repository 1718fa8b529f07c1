/**
 * `<evt-detail>` asks for track memberships (`tracks/{id}/sessions`, outbound marketing) only when
 * the agenda, whose track filter needs them, comes near the screen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-detail.js';
import type { EvtDetail } from '../../src/elements/evt-detail/evt-detail.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { logFetches } from '../helpers/fetch-log.js';
import { part, ready, resetStores } from '../helpers/elements.js';

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu.close());
beforeEach(() => resetStores());

const memberships = (log: string[]) => log.filter((l) => /^start .*tracks\/[^/]+\/sessions$/.test(l));
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('<evt-detail> asks for track memberships only for the agenda', () => {
  it('none while the agenda is far below the fold; the filter once it is scrolled to', async () => {
    let el!: EvtDetail;
    const before = await logFetches(async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="padding-top:600vh">
        <evt-detail endpoint=${emu.omBase} token="demo-token" event-id="Open_Source_Day"></evt-detail>
      </div>`);
      el = wrap.querySelector<EvtDetail>('evt-detail')!;
      await ready(el);
      await settle();
    });
    expect(before.some((l) => l === 'start events/Open_Source_Day/tracks')).to.equal(true);
    expect(memberships(before)).to.deep.equal([]);
    expect(part(el, 'track-filter')).to.equal(null);
    const after = await logFetches(async () => {
      part(el, 'sessions')!.scrollIntoView();
      await waitUntil(() => part(el, 'track-filter'), 'the track filter', { timeout: 8000 });
    });
    expect(memberships(after).length).to.equal(3);
    window.scrollTo(0, 0);
  });
});
