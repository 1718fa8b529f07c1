/**
 * `<evt-list>` asks only for what will be shown: counts for the cards whose badge line is on screen
 * until the visitor scrolls, then also those about to be (200 px ahead), none for a list far below
 * the fold until it is scrolled to; and the event page's warm-up on a
 * visitor's intent on a card link (pointer moved over it, focus, pointer down), never on a
 * `pointerenter` alone (a card sliding under a still pointer while scrolling), at most one in flight.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/evt-list.js';
import type { EvtList } from '../../src/elements/evt-list/evt-list.js';
import { useEmulator } from '../helpers/emulator.js';
import { logFetches } from '../helpers/fetch-log.js';
import { $$, ready, resetStores } from '../helpers/elements.js';

const emu = useEmulator();

const counts = (log: readonly string[]) => log.filter((l) => /^start .*\/registrations\/count$/.test(l));
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
const countedRids = (log: readonly string[]) => counts(log).map((l) => /events\/([^/]+)\//.exec(l)![1]!);

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
    const after = await logFetches(async (log) => {
      window.scrollBy(0, 1);
      // The observer's callback can come late on a loaded machine: wait for the first count asked
      // for, then as long again, so that a count asked for too many would be seen.
      await waitUntil(() => countedRids(log).length > 0, 'no count asked for after scrolling', { timeout: 8000 });
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
    const warmed = (log: readonly string[], i: number) => log.includes(`start events/${rid(i)}/sessions`);
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
    // Each warm-up is waited for until its requests have ended: one at a time, and a slow machine
    // must not turn the next intent into one queued behind it (that is the next test's case).
    const idle = (log: readonly string[]) => log.filter((l) => l.startsWith('start ')).length === log.filter((l) => !l.startsWith('start ')).length;
    const warmUp = (act: () => void, i: number) =>
      logFetches(async (log) => {
        act();
        await waitUntil(() => warmed(log, i) && idle(log), `the warm-up of card ${i}`, { timeout: 8000 });
      });
    const rest = await warmUp(() => move(1), 1);
    expect(rest).to.include(`start events/${rid(1)}/speakers`);
    await warmUp(() => links[2]!.dispatchEvent(new FocusEvent('focus')), 2);
    await warmUp(() => move(3), 3);
    // Resting warms at most three per list; a press always does.
    const more = await logFetches(async () => {
      move(4);
      await settle();
    });
    expect(warmed(more, 4)).to.equal(false);
    await warmUp(() => links[5]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })), 5);
  });

  it('an intent while a warm-up is in flight waits for it, and only the latest one', async () => {
    const el = await list('0');
    await settle();
    const links = $$(el, 'a[part~="link"]');
    const rid = (i: number) => links[i]!.dataset.rid!;
    const log = await logFetches(async (log) => {
      // A press, then two more presses while its six reads are on their way.
      for (const i of [0, 1, 2]) links[i]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await waitUntil(() => log.includes(`start events/${rid(2)}/sessions`), 'the latest intent, after the first', { timeout: 8000 });
      await settle();
    });
    expect(log.some((l) => l.startsWith(`start events/${rid(1)}/`))).to.equal(false);
    expect(log.indexOf(`start events/${rid(2)}/sessions`)).to.be.greaterThan(log.indexOf(`end events/${rid(0)}/sessions`));
  });
});
