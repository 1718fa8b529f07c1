/**
 * `<evt-list>`'s warm-up of the event page: when a visitor shows intent on a card's link, the
 * event's detail resources are read through the store, so the event page (this page, or the next
 * one of the tab through the tab cache) has them.
 * - Intent is a pointer resting on the link or focus staying on it for `DWELL_MS` (a pointer
 *   crossing the list, or Tab run through the cards, is no intent), or a press (at once: the
 *   click is coming).
 * - Never on mere scrolling (a card sliding under a still pointer fires `pointerenter` but no
 *   `pointermove`), once per event, at most one warm-up in flight (the latest intent meanwhile
 *   waits for it, the ones before are dropped), and at most `MAX_WARM` per
 *   list by resting (presses always): a crowded list never fans out. Each warm-up is about six
 *   requests, and on launch day each counts against the service's limit for everybody.
 */
import type { EventsStore } from '../../api/store.js';
import { isCapacityRestricted } from '../../rules/capacity.js';

/** How long a pointer rests or focus stays on a link before it counts as intent (ms). */
export const DWELL_MS = 200;
/** Warm-ups started by resting, per list (and per store). */
export const MAX_WARM = 3;

export class WarmUp {
  #done = new Set<string>();
  #busy = false;
  #rested = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pendingRid = '';
  /** The intent that came while a warm-up was in flight: started when it ends. */
  #queued: { store: EventsStore; rid: string } | null = null;

  /**
   * The card link's listener for `pointermove`, `focus` and `pointerdown` (`data-rid` on the
   * link): a press warms at once, the others after the dwell unless `leave()` comes first.
   */
  intent(store: EventsStore | null, e: Event): void {
    const rid = (e.currentTarget as HTMLElement | null)?.dataset.rid;
    if (!store || !rid || this.#done.has(rid)) return;
    if (e.type === 'pointerdown') {
      this.#cancel();
      this.#start(store, rid);
      return;
    }
    if (this.#rested >= MAX_WARM || this.#pendingRid === rid) return;
    this.#cancel();
    this.#pendingRid = rid;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#pendingRid = '';
      if (this.#rested >= MAX_WARM || this.#done.has(rid)) return;
      this.#rested++;
      this.#start(store, rid);
    }, DWELL_MS);
  }

  /** The link's `pointerleave` and `blur`: the pointer or focus moved on before the dwell. */
  leave(e: Event): void {
    if ((e.currentTarget as HTMLElement | null)?.dataset.rid === this.#pendingRid) this.#cancel();
  }

  /** A new store or list: warm again on intent. */
  forget(): void {
    this.#cancel();
    this.#queued = null;
    this.#done.clear();
    this.#rested = 0;
  }

  #cancel() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pendingRid = '';
  }

  #start(store: EventsStore, rid: string) {
    if (this.#busy) {
      this.#queued = { store, rid };
      return;
    }
    this.#done.add(rid);
    this.#busy = true;
    void warm(store, rid).finally(() => {
      this.#busy = false;
      const next = this.#queued;
      this.#queued = null;
      if (next && !this.#done.has(next.rid)) this.#start(next.store, next.rid);
    });
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
