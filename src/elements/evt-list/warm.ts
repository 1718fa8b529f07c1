/**
 * `<evt-list>`'s warm-up of the event page: when a visitor shows intent on a card's link (moves
 * the pointer over it, focuses it, presses on it), the event's detail resources are read through
 * the store, so the event page (this page, or the next one of the tab through the tab cache) has
 * them. Never on mere scrolling (a card sliding under a still pointer fires `pointerenter` but no
 * `pointermove`), once per event, and at most one warm-up in flight: a crowded list never fans out.
 */
import type { EventsStore } from '../../api/store.js';
import { isCapacityRestricted } from '../../rules/capacity.js';

export class WarmUp {
  #done = new Set<string>();
  #busy = false;

  /** The card link's listener for `pointermove`, `focus` and `pointerdown` (`data-rid` on the link). */
  intent(store: EventsStore | null, e: Event): void {
    const rid = (e.currentTarget as HTMLElement | null)?.dataset.rid;
    if (!store || !rid || this.#busy || this.#done.has(rid)) return;
    this.#done.add(rid);
    this.#busy = true;
    void warm(store, rid).finally(() => (this.#busy = false));
  }

  /** A new store or list: warm again on intent. */
  forget(): void {
    this.#done.clear();
  }
}

/** Reads what `<evt-detail>` shows first (its one round trip); failures are the page's to show. */
export async function warm(store: EventsStore, rid: string): Promise<void> {
  const event = store.peek('event', rid);
  const reads: Promise<unknown>[] = [
    store.event(rid),
    store.sessions(rid),
    store.tracks(rid),
    store.speakers(rid),
    store.sponsorships(rid),
    store.passes(rid),
  ];
  if (!event || isCapacityRestricted(event)) reads.push(store.registrationCount(rid));
  await Promise.allSettled(reads);
}
