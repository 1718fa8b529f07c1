/**
 * `<evt-list>` asks only for what will be shown: counts for the cards whose badge line is on screen
 * until the visitor scrolls, then also those about to be (200 px ahead), none for a list far below
 * the fold until it is scrolled to; and the event page's warm-up on a
 * visitor's intent on a card link (pointer moved over it, focus, pointer down), never on a
 * `pointerenter` alone (a card sliding under a still pointer while scrolling), at most one in flight.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/evt-list.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import { useEmulator } from '../helpers/emulator.js';
import { logFetches } from '../helpers/fetch-log.js';
import { $$, ready, resetStores } from '../helpers/elements.js';

const emu = useEmulator();

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

/** The cards whose badge line (where a count shows) lies within `ahead` px below the viewport's top..bottom. */
function spotsIn(el: EvtList, ahead: number): string[] {
  return $$(el, 'li[data-rid]')
    .filter((li) => {
      const spot = li.querySelector('[data-count-spot]');
      if (!spot) return false;
      const r = spot.getBoundingClientRect();
      return r.bottom > -ahead && r.top < innerHeight + ahead;
    })
    .map((li) => li.dataset.rid!);
}
const countedRids = (log: string[]) => counts(log).map((l) => /events\/([^/]+)\//.exec(l)![1]!);

describe('<evt-list> asks only for what will be shown', () => {
  it('asks for the counts on screen only until the visitor scrolls, then for those about to be too', async () => {
    // One column, so the cards run far below the fold whatever the window's size. A first look
    // finds where the badge lines fall; the list is then placed so that one of them lies 100 px
    // below the fold (within the look-ahead, not on screen).
    const place = async (top: number) => {
      const wrap = await fixture<HTMLElement>(html`<div style=${`inline-size:300px;margin-block-start:${top}px`}>
        <evt-list endpoint=${emu.omBase} token="demo-token"></evt-list>
      </div>`);
      const el = wrap.querySelector<EvtList>('evt-list')!;
      // Cards laid out as they are (not skipped off screen by content-visibility): where a badge
      // line falls must be the same in the first look and in the placed list, in every engine.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.item { content-visibility: visible; }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
      await ready(el);
      return el;
    };
    const probe = await place(0);
    const tops = $$(probe, '[data-count-spot]').map((s) => s.getBoundingClientRect().top + scrollY);
    expect(tops.length, 'cards that need a count').to.be.greaterThan(2);
    probe.remove();
    resetStores();
    const offset = innerHeight + 100 - tops[1]!;
    let el!: EvtList;
    const before = await logFetches(async () => {
      el = await place(offset);
      await settle();
      await settle();
    });
    const onScreen = spotsIn(el, 0);
    const ahead = spotsIn(el, 200);
    expect(ahead.length, 'a badge line just below the fold').to.be.greaterThan(onScreen.length);
    expect(countedRids(before).sort(), before.join('\n')).to.deep.equal([...onScreen].sort());
    const after = await logFetches(async () => {
      window.scrollBy(0, 1);
      await settle();
      await settle();
    });
    const now = spotsIn(el, 200).filter((rid) => !onScreen.includes(rid));
    expect(now.length).to.be.greaterThan(0);
    expect(countedRids(after).sort(), after.join('\n')).to.deep.equal(now.sort());
    window.scrollTo(0, 0);
  });

  it('asks for no count while the list is far below the fold, and for the counts once scrolled to', async () => {
    let el!: EvtList;
    const before = await logFetches(async () => {
      el = await list('500vh');
      await settle();
    });
    expect(before.some((l) => l.startsWith('start events/published'))).to.equal(true);
    expect(counts(before), before.join('\n')).to.deep.equal([]);
    const seen = await logFetches(async () => {
      $$(el, '[data-count-spot]')[0]!.scrollIntoView();
      await settle();
      await settle();
    });
    expect(counts(seen).length).to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });

  it('warms up the event page on intent (a pointer resting, focus staying, a press), one at a time, not on passing', async () => {
    const el = await list('0');
    await settle();
    const links = $$(el, 'a[part~="link"]');
    expect(links.length).to.be.greaterThan(5);
    const rid = (i: number) => links[i]!.dataset.rid!;
    const warmed = (log: string[], i: number) => log.includes(`start events/${rid(i)}/sessions`);
    const move = (i: number) => links[i]!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    const leave = (i: number) => links[i]!.dispatchEvent(new PointerEvent('pointerleave'));
    const passing = await logFetches(async () => {
      // A card sliding under a still pointer; a pointer crossing cards; Tab run through cards.
      links[0]!.dispatchEvent(new PointerEvent('pointerenter'));
      for (const i of [1, 2]) (move(i), leave(i));
      links[3]!.dispatchEvent(new FocusEvent('focus'));
      links[3]!.dispatchEvent(new FocusEvent('blur'));
      await settle();
    });
    expect(passing.filter((l) => l.startsWith('start events/') && !l.startsWith('start events/published')), passing.join('\n')).to.deep.equal([]);
    const rest = await logFetches(async () => {
      move(1);
      await settle();
    });
    expect(warmed(rest, 1)).to.equal(true);
    expect(rest).to.include(`start events/${rid(1)}/speakers`);
    const focus = await logFetches(async () => {
      links[2]!.dispatchEvent(new FocusEvent('focus'));
      await settle();
    });
    expect(warmed(focus, 2)).to.equal(true);
    // Resting warms at most three per list; a press always does.
    const more = await logFetches(async () => {
      move(3);
      await settle();
      move(4);
      await settle();
    });
    expect([warmed(more, 3), warmed(more, 4)]).to.deep.equal([true, false]);
    const press = await logFetches(async () => {
      links[5]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await settle();
    });
    expect(warmed(press, 5)).to.equal(true);
  });
});
