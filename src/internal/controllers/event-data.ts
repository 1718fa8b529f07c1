/**
 * One event's data for an element: `<evt-detail>` and `<evt-register>` both load the event and
 * some of its collections (sessions, passes, fields, count…) through this controller, so loading,
 * cancelling, retrying and following the store's changes are written once.
 *
 * - Every resource is read in the same update, so a page makes one round trip.
 * - What the page's store already has (the list loaded the event, a revisit) is shown at once;
 *   the read then revalidates it.
 * - Each resource settles on its own: one failed section never hides the others.
 * - The store's later changes (a registration, a revalidation) replace the values in place,
 *   without a loading state.
 * - A `rate-limited` failure is read again after the service's `Retry-After`, as the visitor is
 *   told; `reload()` brings it forward.
 * Render reads only `get(name)`: it never asks the store itself.
 */
import type { ReactiveController } from 'lit';
import { isEvtApiError } from '../../api/errors.js';
import type { EventsStore, ReadOptions, ReadResult } from '../../api/store.js';
import type { EvtElement, ReloadOptions } from '../base-element.js';

export type EventResource = 'event' | 'sessions' | 'tracks' | 'speakers' | 'sponsorships' | 'passes' | 'customFields' | 'registrationCount';

export interface Slot<T> {
  /** The latest value, also while it is being read again; undefined before the first answer. */
  value: T | undefined;
  /** The last read failed (and no value came since); undefined otherwise. */
  error: unknown;
  /** A read is on its way. */
  pending: boolean;
}

export interface EventDataOptions<N extends EventResource> {
  resources: readonly N[];
  /** The event to load; '' for none. */
  rid(): string;
  /**
   * Answers a resource without asking the service (e.g. no count for an event whose capacity is
   * unrestricted); undefined: read it.
   */
  known?(name: N, store: EventsStore, rid: string): unknown;
  /** Told about every failure but cancellations (the element reports it to the page). */
  onError?(name: N, error: unknown): void;
}

// The resources all take the event's id: one signature for the store's typed overloads.
const read = (store: EventsStore, name: EventResource, rid: string, o: ReadOptions): Promise<unknown> => store[name](rid, o);
const keyOf = (store: EventsStore, name: EventResource, rid: string) => (store.keyOf as (n: string, r: string) => string | null)(name, rid);
const peek = (store: EventsStore, name: EventResource, rid: string) => (store.peek as (n: string, r: string) => unknown)(name, rid);

const isAbort = (err: unknown) =>
  (isEvtApiError(err) && err.kind === 'aborted') || (err instanceof Error && err.name === 'AbortError');

export class EventDataController<N extends EventResource> implements ReactiveController {
  readonly #host: EvtElement;
  readonly #o: EventDataOptions<N>;
  #store: EventsStore | null = null;
  #rid = '';
  #slots = new Map<N, Slot<unknown>>();
  #reads = new Map<N, Promise<unknown>>();
  #ctrl: AbortController | null = null;
  #interrupted = false;
  #timers = new Map<N, ReturnType<typeof setTimeout>>();

  constructor(host: EvtElement, options: EventDataOptions<N>) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The event whose data is held ('' for none). */
  get rid(): string {
    return this.#rid;
  }

  get store(): EventsStore | null {
    return this.#store;
  }

  get<K extends N>(name: K): Slot<ReadResult<K>> {
    return (this.#slots.get(name) ?? { value: undefined, error: undefined, pending: false }) as Slot<ReadResult<K>>;
  }

  /** Some resource is still on its way. */
  get pending(): boolean {
    return [...this.#slots.values()].some((s) => s.pending);
  }

  /** Resolves when every read has settled and the host has rendered the result. */
  get loadComplete(): Promise<void> {
    return (async () => {
      for (let i = 0; i < 50; i++) {
        await this.#host.updateComplete;
        if (!this.pending && !this.#host.isUpdatePending) return;
        await Promise.allSettled([...this.#reads.values()]);
      }
    })();
  }

  /** Reads everything again (from the service with `fresh`) and resolves when it has settled. */
  reload({ fresh = false }: ReloadOptions = {}): Promise<void> {
    this.#start(this.#host.store, this.#o.rid(), fresh);
    this.#host.requestUpdate();
    return this.loadComplete;
  }

  /** Whether `key` is one of the event's resources this controller holds. */
  watches(key: string): boolean {
    const store = this.#store;
    return !!store && !!this.#rid && this.#o.resources.some((name) => keyOf(store, name, this.#rid) === key);
  }

  /**
   * Reads what is held again from the page's store, without a loading state: what is stale (a
   * registration changed it while nobody watched) is fetched, and comes in through `storeChanged`.
   */
  revalidate(): void {
    const store = this.#store;
    if (!store || !this.#rid) return;
    for (const name of this.#o.resources) {
      if (this.#o.known?.(name, store, this.#rid) !== undefined) continue;
      read(store, name, this.#rid, {}).catch(() => {
        /* a failure shows on the next reload; the value held stays */
      });
    }
  }

  /**
   * The store's data under `key` changed: take the new value if it is one of ours. True when it
   * was (the host then re-renders).
   */
  storeChanged(key: string): boolean {
    const store = this.#store;
    if (!store || !this.#rid) return false;
    for (const name of this.#o.resources) {
      if (keyOf(store, name, this.#rid) !== key) continue;
      const value = peek(store, name, this.#rid);
      if (value === undefined) return false;
      const slot = this.get(name);
      this.#slots.set(name, { value, error: undefined, pending: slot.pending });
      return true;
    }
    return false;
  }

  hostUpdate(): void {
    const store = this.#host.store;
    const rid = this.#o.rid();
    if (store !== this.#store || rid !== this.#rid || this.#interrupted) this.#start(store, rid, false);
  }

  hostConnected(): void {
    if (this.#interrupted) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Reads left unfinished start again (from the cache, mostly) if the element comes back.
    if (this.pending) this.#interrupted = true;
    this.#ctrl?.abort();
    this.#ctrl = null;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }

  #start(store: EventsStore | null, rid: string, fresh: boolean) {
    this.#ctrl?.abort();
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    const sameEvent = store === this.#store && rid === this.#rid;
    this.#store = store;
    this.#rid = rid;
    this.#interrupted = false;
    this.#reads.clear();
    if (!sameEvent) this.#slots.clear();
    if (!store || !rid) {
      this.#ctrl = null;
      this.#slots.clear();
      return;
    }
    const ctrl = (this.#ctrl = new AbortController());
    for (const name of this.#o.resources) this.#read(ctrl, store, rid, name, fresh);
  }

  #read(ctrl: AbortController, store: EventsStore, rid: string, name: N, fresh: boolean) {
    const known = this.#o.known?.(name, store, rid);
    const before = this.#slots.get(name)?.value;
    if (known !== undefined) {
      this.#slots.set(name, { value: known, error: undefined, pending: false });
      return;
    }
    // What the page already has shows at once; the read below revalidates it.
    const cached = fresh ? undefined : peek(store, name, rid);
    this.#slots.set(name, { value: cached ?? before, error: undefined, pending: true });
    const p = read(store, name, rid, { signal: ctrl.signal, fresh }).then(
      (value) => {
        if (this.#ctrl !== ctrl) return;
        this.#slots.set(name, { value, error: undefined, pending: false });
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#ctrl !== ctrl) return;
        if (isAbort(error)) {
          // A read shared with another caller who left was cancelled under us: once more on our own.
          if (!ctrl.signal.aborted) this.#read(ctrl, store, rid, name, fresh);
          return;
        }
        const slot = this.get(name);
        this.#slots.set(name, { value: slot.value, error, pending: false });
        this.#o.onError?.(name, error);
        if (isEvtApiError(error) && error.kind === 'rate-limited') {
          // The visitor was told "trying again in N seconds": keep that promise.
          this.#timers.set(
            name,
            setTimeout(() => {
              this.#timers.delete(name);
              if (this.#ctrl === ctrl) this.#read(ctrl, store, rid, name, false);
              this.#host.requestUpdate();
            }, Math.max(1, error.retryAfter ?? 5) * 1000),
          );
        }
        this.#host.requestUpdate();
      },
    );
    this.#reads.set(name, p);
  }
}
