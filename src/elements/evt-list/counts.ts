/**
 * `<evt-list>`'s registration counts: `registrations/count` for the capacity-restricted events
 * whose count would be seen, in parallel, after the list has rendered and never blocking it.
 * A count shows on its card's badge line (the card's last line, kept at a badge's height while
 * the count is on its way: views.ts), so that line is what is watched (an IntersectionObserver):
 * - until the visitor scrolls, only lines on screen: a visitor who lands on the list and goes
 *   straight to an event costs only the counts they saw (on launch day every request counts
 *   against the service's limit for everybody: issue 13);
 * - once the visitor scrolls (any scroll on the page, a keyboard's too), lines within 200 px
 *   ahead as well, so a count is there by the time its card is scrolled to.
 * Every shown card where the browser has no IntersectionObserver. A card scrolled past without
 * being seen costs no request. A failed count leaves its card without a badge (the detail page has
 * more). The values live in the page's store; `count()` reads them for the card.
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
  /** The badge lines watched and not seen yet, and the entries they show (by readableEventId). */
  #watched = new Set<Element>();
  #entries = new Map<string, ListEntry>();
  /** The visitor has scrolled: look ahead. */
  #scrolled = false;
  #onScroll = () => {
    this.#scrolled = true;
    removeEventListener('scroll', this.#onScroll, true);
    if (!this.#io) return;
    // A new observer with the margin ahead, watching what the old one watched.
    this.#io.disconnect();
    this.#io = null;
    const io = this.#observer();
    for (const spot of this.#watched) io.observe(spot);
  };

  constructor(host: EvtElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#ctrl.signal.aborted) this.#ctrl = new AbortController();
    // Capture: a scroll of any scroller on the page (scroll events do not bubble).
    if (!this.#scrolled) addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.#ctrl.abort();
    this.#forgetObserved();
    this.#asked.clear();
    removeEventListener('scroll', this.#onScroll, true);
  }

  /** Ask again for what is shown (new data, a reload): the store answers from its cache when fresh. */
  forget(): void {
    this.#asked.clear();
    this.#forgetObserved();
  }

  #forgetObserved() {
    this.#io?.disconnect();
    this.#io = null;
    this.#watched.clear();
  }

  #observer(): IntersectionObserver {
    return (this.#io ??= new IntersectionObserver((records) => this.#seen(records), { rootMargin: this.#scrolled ? '200px 0px' : '0px' }));
  }

  /** The card needs a count that is not known yet (its badge line is kept for it). */
  pending(store: EventsStore | null, entry: ListEntry, now: number): boolean {
    return needsCount(entry.event, now, entry.instants) && store?.peek('registrationCount', entry.readableEventId) === undefined;
  }

  /** The count a card shows: undefined when not needed or not known yet. */
  count(store: EventsStore | null, entry: ListEntry, now: number): number | null | undefined {
    return needsCount(entry.event, now, entry.instants) ? store?.peek('registrationCount', entry.readableEventId) : undefined;
  }

  /**
   * Watches the badge lines of the shown cards (`li[data-rid] [data-count-spot]` in the host's
   * shadow root, rendered already; the card itself if it has none) and asks for the counts of
   * those that come on screen (or near it, once scrolled), need one and have not asked yet.
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
    const io = this.#observer();
    // Lines of cards no longer shown (a search, a filter, a re-render) are not watched for ever.
    for (const spot of this.#watched) {
      if (spot.isConnected) continue;
      io.unobserve(spot);
      this.#watched.delete(spot);
    }
    const root = this.#host.renderRoot as ParentNode;
    for (const e of needed) {
      const card = root.querySelector(`li[data-rid="${CSS.escape(e.readableEventId)}"]`);
      const spot = card?.querySelector('[data-count-spot]') ?? card;
      if (spot && !this.#watched.has(spot)) {
        this.#watched.add(spot);
        io.observe(spot);
      }
    }
  }

  #seen(records: IntersectionObserverEntry[]) {
    const store = this.#store;
    for (const r of records) {
      if (!r.isIntersecting || !store) continue;
      this.#io?.unobserve(r.target);
      this.#watched.delete(r.target);
      const entry = this.#entries.get(r.target.closest<HTMLElement>('li[data-rid]')?.dataset.rid ?? '');
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
