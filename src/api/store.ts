/**
 * (Past 400 lines: sixteen of its methods are one-line reads, one per resource, kept here so the
 * store's public surface is read in one place.)
 * The one place where the elements get Events API data: `EventsStore` and `getStore`. One store
 * per (endpoint, token, signed-in user) on the page, shared by every element and every copy of the
 * script. Here: the store's public reads (each a row of `resources.ts`, served by the cache engine
 * in `cache.ts`), the registration writes (checked, shared, retried after 429s, and followed by
 * refreshes of what they change), the URL helpers' methods (`urls.ts`), and the page's registry of
 * stores with `resetStores()`.
 */
import * as z from 'zod/mini';
import { createClient, contractError, type Client, type ClientOptions } from './client.js';
import { parseEndpoint, type Endpoint, type Flavour } from './endpoint.js';
import { EvtApiError, isEvtApiError } from './errors.js';
import { CheckedList, type CheckedEvents } from './schemas.js';
import type { EvtEvent, EvtSpeaker, EvtSponsorship, FinalizeRegistrationRequest, RegistrationRequest, RegistrationResult } from './schemas.js';
import { join, noop, ResourceCache, type Clock, type Job, type ReadOptions, type StoreListener } from './cache.js';
import {
  changedByCancellation,
  changedByRegistration,
  makeReads,
  mayCreate,
  type PublishedFilter,
  type ReadName,
  type ReadResult,
  type Reads,
  type Resource,
} from './resources.js';
import type { makeWrites, Write } from './writes.js';
import * as urls from './urls.js';
import { TabPersist, type TabCacheOptions } from './persist.js';

export { base64Image, safeUrl } from './urls.js';
export type { Clock, ReadOptions, StoreListener } from './cache.js';
export type { PublishedFilter, ReadName, ReadResult } from './resources.js';
export type { TabCacheOptions } from './persist.js';

export interface WriteOptions {
  signal?: AbortSignal;
  /** Told before each wait between attempts (a 429's `Retry-After`, in seconds), to show "waiting". */
  onWait?: (seconds: number, reason: 'rate-limited' | 'retry') => void;
}

/** A signed-in visitor (outbound marketing, Azure AD B2C). */
export interface StoreAuth {
  /** Identifies the user (e.g. the B2C object id): another key is another store and cache. */
  key: string;
  /** The visitor's id token for `Authorization: Bearer`, or null when signed out. */
  getToken(): Promise<string | null>;
}

export interface StoreOptions {
  /** The base URL as copied from Dynamics 365, or a parsed `Endpoint`. */
  endpoint: string | Endpoint;
  /** The web application token. */
  token: string;
  auth?: StoreAuth;
  /** How long a result counts as fresh, in ms. Default 10 minutes, the service's own read cache. */
  ttl?: number;
  /** Cache bound (least recently used entries go first). Default 500. */
  maxEntries?: number;
  /**
   * After a registration is acknowledged the service creates the record in the background: the
   * store refreshes what changed at once and again after these delays (ms). Default [1000, 4000, 15000].
   */
  revalidateAfterWrite?: number[];
  /**
   * The tab cache (`persist.ts`): public reads kept in `sessionStorage` for the next page of the
   * same tab. `false` turns it off. Always off for a store with `auth` (answers may be personal).
   * Default: on for `getStore()` (the elements' stores), off for a store made with `new`.
   */
  tabCache?: boolean | TabCacheOptions;
  /** Injectable for tests. */
  clock?: Clock;
  /** Transport settings (timeout, retries) and test injections (fetch, sleep, random). */
  client?: Omit<ClientOptions, 'endpoint' | 'token' | 'getToken'>;
}

/** Extra attempts for a write after 429s: with Retry-After of a few seconds, about a minute. */
export const POST_RATE_LIMIT_RETRIES = 12;

export class EventsStore {
  readonly endpoint: Endpoint;
  readonly flavour: Flavour;
  #client: Client;
  #after: number[];
  /** Per event, the latest registration's generation: older scheduled refreshes are dropped. */
  #writeGen = new Map<string, number>();
  #clock: Clock;
  #reads: Reads;
  /** The writes (./writes.ts, with the request schemas), loaded with the first write. */
  #writes: Promise<ReturnType<typeof makeWrites>> | null = null;
  #cache: ResourceCache;
  #urls: urls.UrlContext;
  #posts = new Map<string, Job>();

  /** Use `getStore()` (shared per page) unless a private store is wanted (tests). */
  constructor(options: StoreOptions) {
    const endpoint = typeof options.endpoint === 'string' ? parseEndpoint(options.endpoint) : options.endpoint;
    const token = typeof options.token === 'string' ? options.token.trim() : '';
    if (!token) throw new EvtApiError('config', 'Events API: the application token is missing: copy it from the web application record in Dynamics 365.');
    this.endpoint = endpoint;
    this.flavour = endpoint.flavour;
    this.#after = options.revalidateAfterWrite ?? [1000, 4000, 15_000];
    this.#clock = options.clock ?? { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms) };
    const auth = options.auth;
    const client = (this.#client = createClient({
      ...options.client,
      endpoint,
      token,
      getToken: auth && (() => auth.getToken()),
    }));
    this.#reads = makeReads(endpoint.flavour, !!auth);
    this.#cache = new ResourceCache({
      ttl: options.ttl ?? 600_000,
      maxEntries: options.maxEntries ?? 500,
      clock: this.#clock,
      load: (def, signal, noCache) => client.request({ ...def, signal, noCache }),
      persist: persistFor(options, endpoint, token),
    });
    this.#urls = { endpoint };
  }

  // ── reads ──────────────────────────────────────────────────────────────────

  /** `GET events/published`: the published (OM) or live (RTM) events. Filters apply to RTM only. */
  publishedEvents(filter?: PublishedFilter, o?: ReadOptions): Promise<EvtEvent[]> {
    return this.publishedEventList(filter, o).then((checked) => checked.all());
  }
  /**
   * `events/published` as `<evt-list>` reads it: the heads of every event (what it orders and
   * filters by) checked at once, each event checked in full on `get(i)` (`CheckedList`), so a list
   * of ten thousand shows its first page without checking the other events first.
   */
  publishedEventList(filter?: PublishedFilter, o?: ReadOptions): Promise<CheckedEvents> {
    return this.#read(() => this.#reads.publishedEventList(filter), o).then((checked) => {
      // The list holds whole events: a detail opened from it can render at once. Seeded entries
      // count as stale, so that detail still asks the service for the event in the background.
      // `events/published` items have the shape of `events/{id}` (contract §9 A; both pass
      // `eventSchema`): the tab keeps them as old as the list, so the next page of the tab shows
      // the event without asking while the list is fresh.
      if (checked.length <= this.#cache.max / 4) {
        const source = this.#reads.publishedEvents(filter).key;
        for (const ev of checked.all()) this.#cache.seed(this.#reads.event(ev.readableEventId), ev, source);
      }
      return checked;
    });
  }
  /** `GET events/{readableEventId}`. */
  event(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.event(readableEventId), o);
  }
  sessions(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.sessions(readableEventId), o);
  }
  tracks(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.tracks(readableEventId), o);
  }
  /** `GET tracks/{id}/sessions`, outbound marketing only: null for real-time journeys. */
  trackSessions(trackId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.trackSessions(trackId), o);
  }
  /** `GET sessions/{id}`, real-time journeys only: null for outbound marketing. */
  session(sessionId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.session(sessionId), o);
  }
  speakers(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.speakers(readableEventId), o);
  }
  sponsorships(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.sponsorships(readableEventId), o);
  }
  /** An empty list means a free event. */
  passes(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.passes(readableEventId), o);
  }
  /** `GET events/{id}/custom-registration-fields`. */
  customFields(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.customFields(readableEventId), o);
  }
  registrationCount(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.registrationCount(readableEventId), o);
  }
  sessionRegistrationCount(sessionId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.sessionRegistrationCount(sessionId), o);
  }
  captcha(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#reads.captcha(readableEventId), o);
  }
  /**
   * `GET users/authenticated`: the signed-in visitor, or null when the store has no `auth` (no
   * request is made) or the service does not accept the visitor's token (401), as Microsoft's
   * portal falls back to the anonymous user.
   */
  user(o?: ReadOptions) {
    return this.#read(() => this.#reads.user(), o).catch((err: unknown) => {
      if (isEvtApiError(err) && err.kind === 'unauthorized') return null;
      throw err;
    });
  }
  /** Outbound marketing, signed in: the visitor's registrations; null otherwise. */
  myRegistrations(o?: ReadOptions) {
    return this.#read(() => this.#reads.myRegistrations(), o);
  }
  /** Outbound marketing, signed in: the visitor's waitlist items; null otherwise. */
  waitlistItems(o?: ReadOptions) {
    return this.#read(() => this.#reads.waitlistItems(), o);
  }

  /**
   * The cached value of a read, stale or not, without fetching: an element renders it at once on
   * (re)mount and then reads (which revalidates a stale value). Undefined when nothing is cached.
   */
  peek<K extends ReadName>(name: K, ...args: Parameters<Reads[K]>): ReadResult<K> | undefined {
    const d = this.#resource(name, args);
    const v = d === null ? null : d && this.#cache.peek(d.key, d)?.value;
    // `publishedEvents` is the checked list's `all()`, as its read gives.
    return (name === 'publishedEvents' && v instanceof CheckedList ? v.all() : v) as ReadResult<K> | undefined;
  }

  /** The cache key of a read, for `subscribe(key, listener)`; also the resource path. */
  keyOf<K extends ReadName>(name: K, ...args: Parameters<Reads[K]>): string | null {
    return this.#resource(name, args)?.key ?? null;
  }

  /**
   * Called when cached data changes (a background revalidation or a refresh after a
   * registration brought different data). Returns the unsubscribe function. `watches` says which
   * keys the listener shows: what a registration changed is fetched again at once only when some
   * listener watches it (or nobody listens); otherwise on its next read.
   */
  subscribe(listener: StoreListener, watches?: (key: string) => boolean): () => void;
  subscribe(key: string, listener: StoreListener): () => void;
  subscribe(a: string | StoreListener, b?: StoreListener | ((key: string) => boolean)): () => void {
    return typeof a === 'function' ? this.#cache.subscribe(a, b as ((key: string) => boolean) | undefined) : this.#cache.subscribe(a, b as StoreListener);
  }

  /** Marks cached data stale and refetches what is cached (all, or the keys `match` accepts). */
  invalidate(match?: (key: string) => boolean): void {
    this.#cache.invalidate(match);
  }

  /**
   * Forgets every cached value, cancels the reads on their way (their callers get an `aborted`
   * error) and the refreshes scheduled after registrations; never a registration on its way (the
   * service may be creating it, and the visitor must learn the outcome). Reads afresh afterwards.
   */
  clear(): void {
    this.#writeGen.clear();
    this.#cache.clear();
  }

  // ── writes ─────────────────────────────────────────────────────────────────

  /**
   * `POST events/{id}/registrations`. The body is checked against the flavour's request schema
   * first (a `contract` error with `field`, e.g. `attendees[0].email`, is never sent). Identical
   * concurrent submissions share one request. Retried only after a 429; a network error, timeout
   * or 5xx gives `outcomeUnknown`. Any answer refreshes the event's count, capacity, sessions and
   * passes at once; one that may create records (`Success`, `Initiated`, `AlreadyRegistered`, or a
   * lost answer) again after the service's background processing (`revalidateAfterWrite`).
   */
  register(readableEventId: string, body: RegistrationRequest, o?: WriteOptions): Promise<RegistrationResult> {
    return this.#post((w) => w.register(readableEventId), body, o, (r) => this.#changed(readableEventId, mayCreate(r)));
  }

  /** `POST events/{id}/registrations/finalize` (paid events after `Initiated`). */
  finalize(readableEventId: string, body: FinalizeRegistrationRequest, o?: WriteOptions): Promise<RegistrationResult> {
    return this.#post((w) => w.finalize(readableEventId), body, o, (r) => this.#changed(readableEventId, mayCreate(r)));
  }

  /** `POST events/{id}/sessions/{sessionId}/registrations`, outbound marketing only (signed in). */
  registerSession(readableEventId: string, sessionId: string, o?: WriteOptions): Promise<boolean> {
    return this.#post((w) => w.registerSession(readableEventId, sessionId), {}, o, (r) => this.#changed(readableEventId, r !== false));
  }

  /** `POST users/authenticated/registrations/{id}/cancel`, outbound marketing only (signed in). */
  cancelRegistration(registrationId: string, o?: WriteOptions): Promise<boolean> {
    return this.#post((w) => w.cancelRegistration(registrationId), {}, o, () => {
      // Which event it was is unknown here: refresh the visitor's lists now, and let everything
      // else revalidate on its next read.
      this.invalidate(changedByCancellation);
      this.#cache.markStale();
    });
  }

  // ── URLs for <img src> and links (urls.ts) ────────────────────────────────────

  /** A speaker's photo: its `imageUrl` resolved (`urls.ts`), else a base64 `image`, else null. */
  speakerImageUrl(speaker: Pick<EvtSpeaker, 'imageUrl' | 'image'> | null | undefined): string | null {
    return urls.speakerImageUrl(this.#urls, speaker);
  }

  /** A sponsor's logo: a valid base64 `image` (Portal API), else `sponsorships/{id}/logo`. */
  sponsorLogoUrl(sponsorship: string | Pick<EvtSponsorship, 'id' | 'image'> | null | undefined): string | null {
    return urls.sponsorLogoUrl(this.#urls, sponsorship);
  }

  /** The event's QR code (real-time journeys only; null for outbound marketing). */
  qrCodeUrl(readableEventId: string): string | null {
    return urls.qrCodeUrl(this.#urls, readableEventId);
  }

  /** The event's banner: an absolute http(s) `image`, or a valid base64 picture; else null. */
  eventImageUrl(event: Pick<EvtEvent, 'image'> | null | undefined): string | null {
    return urls.eventImageUrl(event);
  }

  /** `u` when it is an absolute http(s) URL, else null. */
  safeUrl(u: unknown): string | null {
    return urls.safeUrl(u);
  }

  // ── internals ──────────────────────────────────────────────────────────────

  /** A read's resource; null where there is none; undefined for an empty id (no such key). */
  #resource(name: ReadName, args: unknown[]): Resource<unknown> | null | undefined {
    try {
      return (this.#reads[name] as (...a: unknown[]) => Resource<unknown> | null)(...args);
    } catch {
      return undefined;
    }
  }

  #read<D extends Resource<any> | null>(make: () => D, o?: ReadOptions): Promise<D extends Resource<infer T> ? T : null> {
    type T = D extends Resource<infer V> ? V : null;
    let d: D;
    try {
      d = make();
    } catch (err) {
      return Promise.reject(err);
    }
    if (!d) return Promise.resolve(null as T);
    return this.#cache.read(d, o) as Promise<T>;
  }

  /**
   * The writes' module, fetched once (every element's chunk can do without it). A fetch that fails
   * (offline) sent nothing: a network error, and the next write tries again.
   */
  #loadWrites(): Promise<ReturnType<typeof makeWrites>> {
    return (this.#writes ??= import('./writes.js').then(
      (m) => m.makeWrites(this.flavour),
      (err: unknown) => {
        this.#writes = null;
        throw new EvtApiError('network', `Events API: the registration code could not be loaded, so nothing was sent (${err}).`, { cause: err });
      },
    ));
  }

  #post<T>(write: (w: ReturnType<typeof makeWrites>) => Write<T>, body: unknown, o: WriteOptions = {}, after: (result: T | null) => void): Promise<T> {
    return this.#loadWrites().then((w) => this.#send(() => write(w), body, o, after));
  }

  #send<T>(write: () => Write<T>, body: unknown, o: WriteOptions, after: (result: T | null) => void): Promise<T> {
    let resource: string;
    let schema: z.ZodMiniType<T>;
    let send = body;
    try {
      const w = write();
      resource = w.path;
      schema = w.schema;
      if (w.request) {
        const parsed = w.request.safeParse(body);
        if (!parsed.success) throw contractError(resource, parsed.error.issues, 'The request body');
        send = parsed.data;
      }
    } catch (err) {
      return Promise.reject(err);
    }
    // A double click, or two elements sending the same thing, makes one request.
    const key = `${resource}\n${JSON.stringify(send)}`;
    let job = this.#posts.get(key) as Job<T> | undefined;
    if (!job) {
      const j = { users: 0, done: false, ctrl: new AbortController(), resource, post: true, onWait: new Set() } as Job<T>;
      j.promise = this.#client
        .request({
          method: 'POST',
          path: resource,
          body: send,
          schema,
          signal: j.ctrl.signal,
          onWait: (s, r) => j.onWait!.forEach((f) => f(s, r)),
          // A 429 was refused before processing, so sending again is safe; a person is waiting
          // with a "busy, retrying" message, and giving up would lose them: try for longer.
          rateLimitRetries: POST_RATE_LIMIT_RETRIES,
        })
        .then(
          (r) => (after(r), r),
          (err: unknown) => {
            // The service may have registered someone: what it changes is refreshed as well.
            if (isEvtApiError(err) && err.outcomeUnknown) after(null);
            throw err;
          },
        )
        .finally(() => {
          j.done = true;
          this.#posts.delete(key);
        });
      j.promise.catch(noop);
      this.#posts.set(key, (job = j));
    }
    if (o.onWait) job.onWait!.add(o.onWait);
    return join(job, o.signal);
  }

  /** What a registration for the event changes: refreshed now and, if it went through, later again. */
  #changed(readableEventId: string, later: boolean) {
    const hit = changedByRegistration(readableEventId);
    this.invalidate(hit);
    if (!later) return;
    // Another registration for the event restarts the schedule instead of adding to it.
    const gen = (this.#writeGen.get(readableEventId) ?? 0) + 1;
    this.#writeGen.set(readableEventId, gen);
    for (const ms of this.#after) {
      this.#clock.setTimeout(() => {
        if (this.#writeGen.get(readableEventId) === gen) this.invalidate(hit);
      }, ms);
    }
  }
}

/** The store's tab memory: per endpoint and token; none when turned off or signed in. */
function persistFor(o: StoreOptions, endpoint: Endpoint, token: string): TabPersist | null {
  if (o.auth || !o.tabCache) return null;
  return new TabPersist(`${endpoint.base}\n${token}`, typeof o.tabCache === 'object' ? o.tabCache : {});
}

// ── one store per page ─────────────────────────────────────────────────────────

// On globalThis under a registry symbol, so every copy of the script (even another version with
// the same v1 store interface) finds the same stores.
const REGISTRY = Symbol.for('evt-widgets.stores.v1');
const registry = () => globalThis as unknown as Record<symbol, Map<string, EventsStore> | undefined>;

/**
 * The page's one store for this endpoint, token and signed-in user (`auth.key`): created on the
 * first call, shared afterwards (later calls' other options are ignored). Throws an `EvtApiError`
 * of kind `config` for an invalid endpoint or an empty token.
 */
export function getStore(options: StoreOptions): EventsStore {
  const endpoint = typeof options.endpoint === 'string' ? parseEndpoint(options.endpoint) : options.endpoint;
  const token = typeof options.token === 'string' ? options.token.trim() : '';
  const key = JSON.stringify([endpoint.base, token, options.auth?.key ?? '']);
  const stores = (registry()[REGISTRY] ??= new Map());
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new EventsStore({ tabCache: true, ...options, endpoint, token })));
  return store;
}

/**
 * Drops the page's stores (those of every copy of the script): the next `getStore()` makes a new
 * store with an empty cache. Each dropped store forgets its cache and cancels its reads on their
 * way (`EventsStore.clear()`); a registration on its way is never cancelled. Elements already on
 * the page keep the store they hold (cleared, it reads afresh) until their endpoint, token or
 * `auth` changes or they are created anew. For single-page-app tests, and after signing out.
 */
export function resetStores(): void {
  const stores = registry()[REGISTRY];
  if (!stores) return;
  const dropped = [...stores.values()];
  stores.clear();
  // A store made by another version of the script may have no `clear`: it is only dropped.
  for (const s of dropped) if (typeof (s as Partial<EventsStore>)?.clear === 'function') s.clear();
}
