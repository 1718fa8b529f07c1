/**
 * `<evt-list>` asks only for what will be shown: counts for the cards on screen or about to be
 * (none for a list far below the fold until it is scrolled to), and the event page's warm-up on a
 * visitor's intent on a card link (pointer moved over it, focus, pointer down), never on a
 * `pointerenter` alone (a card sliding under a still pointer while scrolling), at most one in flight.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/evt-list.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { logFetches } from '../helpers/fetch-log.js';
import { $$, ready, resetStores } from '../helpers/elements.js';

let emu: TestEmulator;
before(async () => {
  emu = await startTestEmulator();
});
after(() => emu.close());
beforeEach(async () => {
  await emu.reset();
  resetStores();
});

const counts = (log: string[]) => log.filter((l) => /^start .*\/registrations\/count$/.test(l));
const settle = () => new Promise((r) => setTimeout(r, 300));

async function list(top: string): Promise<EvtList> {
  const wrap = await fixture<HTMLElement>(html`<div style=${`padding-top:${top}`}>
    <evt-list endpoint=${emu.omBase} token="demo-token"></evt-list>
  </div>`);
  const el = wrap.querySelector<EvtList>('evt-list')!;
  await ready(el);
  return el;
}

describe('<evt-list> asks only for what will be shown', () => {
  it('asks for no count while the list is far below the fold, and for the counts once scrolled to', async () => {
    let el!: EvtList;
    const before = await logFetches(async () => {
      el = await list('500vh');
      await settle();
    });
    expect(before.some((l) => l.startsWith('start events/published'))).to.equal(true);
    expect(counts(before), before.join('\n')).to.deep.equal([]);
    const seen = await logFetches(async () => {
      el.scrollIntoView();
      await settle();
      await settle();
    });
    expect(counts(seen).length).to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });

  it('warms up the event page on intent, one at a time, not on pointerenter alone', async () => {
    const el = await list('0');
    await settle();
    const links = $$(el, 'a[part~="link"]');
    expect(links.length).to.be.greaterThan(1);
    const [a, b] = [links[0]!.dataset.rid!, links[1]!.dataset.rid!];
    const log = await logFetches(async () => {
      links[1]!.dispatchEvent(new PointerEvent('pointerenter'));
      await settle();
      links[0]!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      // While the first warm-up is in flight, intent on another card starts nothing.
      links[1]!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      await settle();
    });
    expect(log).to.include(`start events/${a}/sessions`);
    expect(log).to.include(`start events/${a}/speakers`);
    expect(log.some((l) => l.startsWith(`start events/${b}/`))).to.equal(false);
    const next = await logFetches(async () => {
      links[1]!.dispatchEvent(new FocusEvent('focus'));
      await settle();
    });
    expect(next).to.include(`start events/${b}/sessions`);
  });
});
