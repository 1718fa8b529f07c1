/**
 * The store's cache engine, independent of which resources exist: entries keyed by resource path,
 * a time-to-live with background revalidation of stale values, one request shared by parallel
 * readers (cancelled when the last one leaves), a bound with least-recently-used eviction,
 * invalidation that never loses a change made while a read was on its way, and listeners per key.
 * `join` (a caller's wait on a shared job) serves the store's registration writes as well.
 * With a tab memory (`persist.ts`), a miss first looks there (validated again, fresh or stale by
 * its age) and every answer is written there; invalidation drops it there too.
 */
import { transportError } from './errors.js';
import type { TabPersist } from './persist.js';
import type { Resource } from './resources.js';

export interface ReadOptions {
  /** Cancels this caller's wait. A request other callers share goes on until the last one leaves. */
  signal?: AbortSignal;
  /** Ignore the cache (it is still updated with the answer). */
  fresh?: boolean;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
}

/** Told the cache key whose data changed (see `keyOf`). */
export type StoreListener = (key: string) => void;

/** One request on its way, shared by every caller that joined it. */
export interface Job<T = unknown> {
  promise: Promise<T>;
  ctrl: AbortController;
  users: number;
  done: boolean;
  resource: string;
  post?: boolean;
  onWait?: Set<(seconds: number, reason: 'rate-limited' | 'retry') => void>;
}

interface Entry {
  def: Resource<unknown>;
  has: boolean;
  value?: unknown;
  at: number;
  job?: Job;
  /** Invalidated while `job` was on its way: its answer may predate the change, so read once more. */
  again?: boolean;
}

/** Fetches a resource: the store's client, validating with the resource's schema. */
export type Loader = (def: Resource<unknown>, signal: AbortSignal, noCache: boolean) => Promise<unknown>;

export interface CacheOptions {
  ttl: number;
  maxEntries: number;
  clock: Clock;
  load: Loader;
  /** The tab's memory of public reads between pages (none: this page only). */
  persist?: TabPersist | null;
}

export const noop = () => {};

/** A caller's wait on a shared job; its abort leaves the job, the last one to leave cancels it. */
export function join<T>(job: Job<T>, signal?: AbortSignal): Promise<T> {
  const aborted = () => transportError('aborted', job.resource, !!job.post);
  if (signal?.aborted) return Promise.reject(aborted());
  job.users++;
  if (!signal) return job.promise;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      if (--job.users === 0 && !job.done) job.ctrl.abort();
      reject(aborted());
    };
    signal.addEventListener('abort', leave, { once: true });
    const off = () => signal.removeEventListener('abort', leave);
    job.promise.then(
      (v) => (off(), resolve(v)),
      (err: unknown) => (off(), reject(err)),
    );
  });
}

export class ResourceCache {
  /** The bound on entries. */
  readonly max: number;
  #ttl: number;
  #clock: Clock;
  #load: Loader;
  #persist: TabPersist | null;
  #entries = new Map<string, Entry>();
  #listeners = new Set<StoreListener>();
  /** What a listener said it watches (`subscribe(listener, watches)`); absent: everything. */
  #watches = new Map<StoreListener, (key: string) => boolean>();
  #keyListeners = new Map<string, Set<StoreListener>>();

  constructor(o: CacheOptions) {
    this.#ttl = o.ttl;
    this.max = Math.max(1, o.maxEntries);
    this.#clock = o.clock;
    this.#load = o.load;
    this.#persist = o.persist ?? null;
  }

  /** The cached value when fresh (or stale, revalidated in the background), else one shared request. */
  read<T>(d: Resource<T>, o: ReadOptions = {}): Promise<T> {
    const e = this.#entry(d);
    if (e.has && !o.fresh) {
      if (this.#clock.now() - e.at >= this.#ttl) this.#revalidate(e);
      return Promise.resolve(e.value as T);
    }
    // A request whose last caller left is being cancelled: a new caller starts its own (the
    // cancelled one, no longer the entry's job, stores nothing).
    if (e.job?.ctrl.signal.aborted) e.job = undefined;
    // A request already on its way started after the cached value: `fresh` may share it too.
    return join((e.job ??= this.#fetch(e, e.has || !!o.fresh)) as Job<T>, o.signal);
  }

  /** Caches `value` as stale when nothing is cached yet: shown at once, asked for on first read. */
  seed<T>(d: Resource<T>, value: T, source?: string): void {
    const e = this.#entry(d);
    if (e.has) return;
    Object.assign(e, { has: true, value, at: -Infinity });
    // The next page of the tab may take it as it came, as old as its source's kept answer.
    const at = source === undefined ? undefined : this.#persist?.at(source);
    if (at !== undefined) this.#persist?.seed(d.key, value, at);
  }

  /**
   * Whether a value is cached under `key`, and which, without touching the entry's recency. Given
   * the resource, a value kept in the tab (`persist.ts`) counts too (it is taken into the cache).
   */
  peek(key: string, d?: Resource<unknown>): { value: unknown } | undefined {
    const e = this.#entries.get(key) ?? (d && this.#persist ? this.#entry(d) : undefined);
    return e?.has ? { value: e.value } : undefined;
  }


  subscribe(listener: StoreListener, watches?: (key: string) => boolean): () => void;
  subscribe(key: string, listener: StoreListener): () => void;
  subscribe(a: string | StoreListener, b?: StoreListener | ((key: string) => boolean)): () => void {
    if (typeof a === 'function') {
      this.#listeners.add(a);
      if (b) this.#watches.set(a, b as (key: string) => boolean);
      return () => {
        this.#listeners.delete(a);
        this.#watches.delete(a);
      };
    }
    const set = this.#keyListeners.get(a) ?? new Set();
    this.#keyListeners.set(a, set.add(b as StoreListener));
    return () => {
      set.delete(b as StoreListener);
      if (!set.size && this.#keyListeners.get(a) === set) this.#keyListeners.delete(a);
    };
  }

  /**
   * Whether a changed value under `key` is fetched again at once: yes when someone listens for
   * that key, when nobody listens at all (a store used from code), or when a listener watches it;
   * no when every listener said it shows something else (a confirmation page does not refetch
   * the counts it no longer shows: on launch day each request counts against the service's limit).
   */
  #watched(key: string): boolean {
    if (this.#keyListeners.has(key) || !this.#listeners.size) return true;
    for (const l of this.#listeners) if (this.#watches.get(l)?.(key) ?? true) return true;
    return false;
  }

  /**
   * Marks cached data stale (all, or the keys `match` accepts) and refetches what is cached and
   * watched (`#watched`); the rest is fetched on its next read.
   */
  invalidate(match: (key: string) => boolean = () => true): void {
    this.#persist?.drop(match);
    for (const e of [...this.#entries.values()]) {
      if (!match(e.def.key)) continue;
      e.at = -Infinity;
      // An answer already on its way may predate the change: one more read follows it. However
      // many writes land meanwhile, that is one read, not one per write (no flood under load).
      if (e.job?.ctrl.signal.aborted) e.job = undefined; // cancelled: its answer is not stored
      if (e.job) e.again = true;
      else if (e.has && this.#watched(e.def.key)) this.#revalidate(e);
    }
  }

  /** Marks everything stale without fetching: each value is revalidated on its next read. */
  markStale(): void {
    this.#persist?.drop(() => true);
    for (const e of this.#entries.values()) e.at = -Infinity;
  }

  /**
   * Forgets every value and cancels every read on its way (its callers get an `aborted` error, and
   * its answer is stored nowhere). Listeners stay subscribed.
   */
  clear(): void {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    for (const e of entries) {
      // No longer the entry's job: an answer already arriving is stored nowhere.
      const job = e.job;
      e.job = undefined;
      job?.ctrl.abort();
    }
  }

  #entry(d: Resource<unknown>): Entry {
    return this.#touch(this.#entries.get(d.key) ?? this.#kept(d) ?? { def: d, has: false, at: -Infinity });
  }

  /**
   * A new entry from the tab's memory: validated again (storage is never trusted; what fails is
   * forgotten), fresh until its age reaches the tab's freshness, stale (shown, then revalidated)
   * after that.
   */
  #kept(d: Resource<unknown>): Entry | undefined {
    const p = this.#persist;
    const now = this.#clock.now();
    const kept = p?.get(d.key, now);
    if (!p || !kept) return undefined;
    const r = d.schema.safeParse(kept.value);
    if (!r.success) {
      p.drop((k) => k === d.key);
      return undefined;
    }
    const left = p.options.fresh - (now - kept.at);
    // The cache counts an entry stale `ttl` after `at`: place `at` so that happens `left` from now.
    return { def: d, has: true, value: r.data, at: left > 0 ? now - this.#ttl + Math.min(left, this.#ttl) : -Infinity };
  }

  /** Puts the entry last (most recently used) and evicts the least recently used beyond the bound. */
  #touch(e: Entry): Entry {
    this.#entries.delete(e.def.key);
    this.#entries.set(e.def.key, e);
    if (this.#entries.size > this.max) {
      for (const [k, old] of this.#entries) {
        if (this.#entries.size <= this.max) break;
        if (old !== e && !old.job) this.#entries.delete(k);
      }
    }
    return e;
  }

  #fetch(e: Entry, noCache: boolean): Job {
    const job = { users: 0, done: false, ctrl: new AbortController(), resource: e.def.path } as Job;
    job.promise = this.#load(e.def, job.ctrl.signal, noCache)
      .then((v) => {
        if (e.job !== job) return v;
        if (e.again) {
          e.again = false;
          e.job = undefined;
          if (!e.has) this.#store(e, v); // first answer: show it, then the newer one
          e.at = -Infinity;
          this.#revalidate(e);
        } else this.#store(e, v);
        return v;
      })
      .finally(() => {
        job.done = true;
        if (e.job === job) e.job = undefined;
      });
    job.promise.catch(noop); // errors go to the callers, never to unhandledrejection; nothing is cached
    return job;
  }

  #revalidate(e: Entry) {
    if (e.job) return;
    e.job = this.#fetch(e, true);
    e.job.users++; // nobody waits for it, so no caller's abort may cancel it
  }

  #store(e: Entry, v: unknown) {
    const key = e.def.key;
    const current = this.#entries.get(key);
    if (current && current !== e) return; // evicted and fetched again meanwhile: the newer entry wins
    // Unchanged data keeps its identity: nothing re-renders, nobody is told.
    const changed = !e.has || JSON.stringify(v) !== JSON.stringify(e.value);
    if (changed) e.value = v;
    e.has = true;
    e.at = this.#clock.now();
    this.#persist?.set(key, e.value, e.at);
    if (!current) this.#touch(e);
    if (changed) this.#emit(key);
  }

  #emit(key: string) {
    for (const l of [...(this.#keyListeners.get(key) ?? []), ...this.#listeners]) {
      try {
        l(key);
      } catch (err) {
        // One failing listener must not starve the others; the error still reaches the console.
        setTimeout(() => {
          throw err;
        });
      }
    }
  }
}
