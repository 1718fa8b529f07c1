/**
 * `<evt-list>`'s registration counts: `registrations/count` for the capacity-restricted events of
 * the cards shown, in parallel, after the list has rendered and never blocking it. A failed count
 * leaves its card without a badge (the detail page has more). The values live in the page's store;
 * `count()` reads them for the card.
 */
import type { ReactiveController } from 'lit';
import type { EventsStore } from '../../api/store.js';
import type { EvtElement } from '../../internal/base-element.js';
import { needsCount } from '../../rules/availability.js';
import type { ListEntry } from './evt-list.data.js';

export class CountsController implements ReactiveController {
  readonly #host: EvtElement;
  #asked = new Set<string>();
  #ctrl = new AbortController();
  #store: EventsStore | null = null;

  constructor(host: EvtElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#ctrl.signal.aborted) this.#ctrl = new AbortController();
  }

  hostDisconnected(): void {
    this.#ctrl.abort();
    this.#asked.clear();
  }

  /** Ask again for what is shown (new data, a reload): the store answers from its cache when fresh. */
  forget(): void {
    this.#asked.clear();
  }

  /** The count a card shows: undefined when not needed or not known yet. */
  count(store: EventsStore | null, entry: ListEntry, now: number): number | null | undefined {
    return needsCount(entry.event, now, entry.instants) ? store?.peek('registrationCount', entry.readableEventId) : undefined;
  }

  /** Asks for the counts the shown cards need and have not asked for yet. */
  ask(store: EventsStore | null, shown: readonly ListEntry[]): void {
    if (!store) return;
    if (store !== this.#store) {
      this.#store = store;
      this.#asked.clear();
    }
    const now = Date.now();
    for (const entry of shown) {
      const rid = entry.readableEventId;
      if (this.#asked.has(rid) || !needsCount(entry.event, now, entry.instants)) continue;
      this.#asked.add(rid);
      const known = store.peek('registrationCount', rid);
      store.registrationCount(rid, { signal: this.#ctrl.signal }).then(
        (count) => {
          // The store tells subscribers about new data; this covers an unchanged cached value too.
          if (count !== known) this.#host.requestUpdate();
        },
        () => {
          /* no count, no badge */
        },
      );
    }
  }
}
