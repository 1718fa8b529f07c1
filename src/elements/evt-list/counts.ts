/**
 * `<evt-list>`'s registration counts: `registrations/count` for the capacity-restricted events of
 * the cards on screen or about to be (an IntersectionObserver with a margin of 200 px;
 * every shown card where the browser has none), in parallel, after the list has rendered and
 * never blocking it. A card scrolled past without being seen costs no request. A failed count
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
  #io: IntersectionObserver | null = null;
  /** The cards observed, and the entries they show (by readableEventId). */
  #observed = new WeakSet<Element>();
  #entries = new Map<string, ListEntry>();

  constructor(host: EvtElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#ctrl.signal.aborted) this.#ctrl = new AbortController();
  }

  hostDisconnected(): void {
    this.#ctrl.abort();
    this.#forgetObserved();
    this.#asked.clear();
  }

  /** Ask again for what is shown (new data, a reload): the store answers from its cache when fresh. */
  forget(): void {
    this.#asked.clear();
    this.#forgetObserved();
  }

  #forgetObserved() {
    this.#io?.disconnect();
    this.#io = null;
    this.#observed = new WeakSet();
  }

  /** The count a card shows: undefined when not needed or not known yet. */
  count(store: EventsStore | null, entry: ListEntry, now: number): number | null | undefined {
    return needsCount(entry.event, now, entry.instants) ? store?.peek('registrationCount', entry.readableEventId) : undefined;
  }

  /**
   * Watches the shown cards (`li[data-rid]` in the host's shadow root, rendered already) and asks
   * for the counts of those that come near the screen, need one and have not asked yet.
   */
  ask(store: EventsStore | null, shown: readonly ListEntry[]): void {
    if (!store) return;
    if (store !== this.#store) {
      this.#store = store;
      this.#asked.clear();
      this.#forgetObserved();
    }
    const now = Date.now();
    const needed = shown.filter((e) => !this.#asked.has(e.readableEventId) && needsCount(e.event, now, e.instants));
    if (typeof IntersectionObserver !== 'function') {
      for (const entry of needed) this.#askOne(store, entry);
      return;
    }
    for (const e of needed) this.#entries.set(e.readableEventId, e);
    // 200 px ahead: a count is there by the time its card is scrolled to, and a long list below the fold costs nothing.
    const io = (this.#io ??= new IntersectionObserver((records) => this.#seen(records), { rootMargin: '200px 0px' }));
    const root = this.#host.renderRoot as ParentNode;
    for (const e of needed) {
      const card = root.querySelector(`li[data-rid="${CSS.escape(e.readableEventId)}"]`);
      if (card && !this.#observed.has(card)) {
        this.#observed.add(card);
        io.observe(card);
      }
    }
  }

  #seen(records: IntersectionObserverEntry[]) {
    const store = this.#store;
    for (const r of records) {
      if (!r.isIntersecting || !store) continue;
      this.#io?.unobserve(r.target);
      const entry = this.#entries.get((r.target as HTMLElement).dataset.rid ?? '');
      if (entry) this.#askOne(store, entry);
    }
  }

  #askOne(store: EventsStore, entry: ListEntry) {
    const rid = entry.readableEventId;
    if (this.#asked.has(rid)) return;
    this.#asked.add(rid);
    {
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
