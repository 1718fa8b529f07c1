/**
 * The one place where the elements get Events API data. One store per (endpoint, token, signed-in
 * user) on the page, shared by every element and every copy of the script: parallel reads of the
 * same resource make one request, results are cached with a time-to-live and revalidated in the
 * background when stale, and a registration refreshes what it changes.
 */
import * as z from 'zod/mini';
import { createClient, contractError, type Client, type ClientOptions } from './client.js';
import { parseEndpoint, type Endpoint, type Flavour } from './endpoint.js';
import { EvtApiError, isEvtApiError, transportError } from './errors.js';
import {
  booleanSchema,
  captchaSchema,
  countSchema,
  customFieldListSchema,
  eventListSchema,
  eventSchema,
  finalizeRequestSchema,
  myRegistrationListSchema,
  omRegistrationRequestSchema,
  passListSchema,
  registrationResultSchema,
  rtmRegistrationRequestSchema,
  sessionListSchema,
  sessionSchema,
  speakerListSchema,
  sponsorshipListSchema,
  trackListSchema,
  userSchema,
  waitlistItemListSchema,
  RegistrationStatus,
  ErrorCode,
  type EvtEvent,
  type EvtSpeaker,
  type EvtSponsorship,
  type FinalizeRegistrationRequest,
  type RegistrationRequest,
  type RegistrationResult,
} from './schemas.js';

export interface ReadOptions {
  /** Cancels this caller's wait. A request other callers share goes on until the last one leaves. */
  signal?: AbortSignal;
  /** Ignore the cache (it is still updated with the answer). */
  fresh?: boolean;
}

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

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
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
  /** Injectable for tests. */
  clock?: Clock;
  /** Transport settings (timeout, retries) and test injections (fetch, sleep, random). */
  client?: Omit<ClientOptions, 'endpoint' | 'token' | 'getToken'>;
}

/** `events/published` filters (real-time journeys only; ignored for outbound marketing). */
export interface PublishedFilter {
  webappId?: string;
  businessUnitId?: string;
}

/** Told the cache key whose data changed (see `keyOf`). */
export type StoreListener = (key: string) => void;

interface Def<T> {
  key: string;
  path: string;
  query?: Record<string, string | undefined>;
  schema: z.ZodMiniType<T>;
}

interface Job<T = unknown> {
  promise: Promise<T>;
  ctrl: AbortController;
  users: number;
  done: boolean;
  resource: string;
  post?: boolean;
  onWait?: Set<NonNullable<WriteOptions['onWait']>>;
}

interface Entry {
  def: Def<unknown>;
  has: boolean;
  value?: unknown;
  at: number;
  job?: Job;
  /** Invalidated while `job` was on its way: its answer may predate the change, so read once more. */
  again?: boolean;
}

const enc = encodeURIComponent;

/** Extra attempts for a write after 429s: with Retry-After of a few seconds, about a minute. */
export const POST_RATE_LIMIT_RETRIES = 12;
const noop = () => {};
const need = (v: unknown, name: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw new EvtApiError('config', `Events API: ${name} is missing or empty.`);
  return enc(v.trim());
};
const ev = (rid: string) => `events/${need(rid, 'readableEventId')}`;


function def<T>(path: string, schema: z.ZodMiniType<T>, query?: Record<string, string | undefined>): Def<T> {
  const q = query && new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();
  return { key: q ? `${path}?${q}` : path, path, query, schema };
}

/** How each read is fetched; null: the flavour (or a signed-out visitor) has no such resource. */
function makeDefs(flavour: Flavour, signedIn: boolean) {
  const om = flavour === 'om';
  const sub = <T>(rest: string, schema: z.ZodMiniType<T>) => (rid: string) => def(`${ev(rid)}/${rest}`, schema);
  return {
    publishedEvents: (filter: PublishedFilter = {}) =>
      def('events/published', eventListSchema, om ? undefined : { webappId: filter.webappId, businessUnitId: filter.businessUnitId }),
    event: (rid: string) => def(ev(rid), eventSchema),
    sessions: sub('sessions', sessionListSchema),
    tracks: sub('tracks', trackListSchema),
    speakers: sub('speakers', speakerListSchema),
    sponsorships: sub('sponsorships', sponsorshipListSchema),
    passes: sub('passes', passListSchema),
    customFields: sub('custom-registration-fields', customFieldListSchema),
    registrationCount: sub('registrations/count', countSchema),
    captcha: sub('captcha', captchaSchema),
    /** Outbound marketing only. */
    trackSessions: (trackId: string) => (om ? def(`tracks/${need(trackId, 'trackId')}/sessions`, sessionListSchema) : null),
    /** Real-time journeys only. */
    session: (sessionId: string) => (om ? null : def(`sessions/${need(sessionId, 'sessionId')}`, sessionSchema)),
    sessionRegistrationCount: (sessionId: string) => def(`sessions/${need(sessionId, 'sessionId')}/registrations/count`, countSchema),
    user: () => (signedIn ? def('users/authenticated', userSchema) : null),
    myRegistrations: () => (signedIn && om ? def('users/authenticated/registrations', myRegistrationListSchema) : null),
    waitlistItems: () => (signedIn && om ? def('users/authenticated/waitlist-items', waitlistItemListSchema) : null),
  };
}

type Defs = ReturnType<typeof makeDefs>;
/** The names `peek` and `keyOf` accept. */
export type ReadName = keyof Defs;
/** What a read resolves to (null where the flavour or a signed-out visitor has no such resource). */
export type ReadResult<K extends ReadName> = ReturnType<Defs[K]> extends infer D ? (D extends Def<infer T> ? T : null) : never;

const IMAGE_MAGIC: [string, string][] = [
  ['/9j/', 'jpeg'],
  ['iVBORw0KGgo', 'png'],
  ['R0lGOD', 'gif'],
  ['UklGR', 'webp'], // RIFF…WEBP: "WEBP" is bytes 8-11, base64 characters 12-15 below
];

/**
 * A `data:` URL for a base64 picture (older payloads' `image`), only when it is valid base64 of a
 * JPEG, PNG, GIF or WebP (recognised by its first bytes); anything else is null. A `data:image/…`
 * prefix is accepted and replaced.
 */
export function base64Image(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.replace(/^\s*data:image\/[\w.+-]+;base64,/i, '').replace(/\s+/g, '');
  if (s.length < 16 || s.length % 4 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return null;
  const type = IMAGE_MAGIC.find(([m, t]) => s.startsWith(m) && (t !== 'webp' || s.slice(12, 16) === 'RUJQ'))?.[1];
  return type ? `data:image/${type};base64,${s}` : null;
}

/** The URL when it is an absolute http(s) URL, else null (no `javascript:`, `data:` or relative URLs). */
export function safeUrl(u: unknown): string | null {
  if (typeof u !== 'string') return null;
  try {
    const url = new URL(u.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Whether the service may create records after this answer (null: the answer was lost). An
 * `AlreadyRegistered` failure counts: it is what an earlier attempt whose answer was lost (or that
 * the browser itself re-sent after a dropped connection) looks like, and its records may still be
 * on their way.
 */
const mayCreate = (r: RegistrationResult | null) =>
  !r || r.status === RegistrationStatus.Success || r.status === RegistrationStatus.Initiated || r.errorCode === ErrorCode.AlreadyRegistered;

export class EventsStore {
  readonly endpoint: Endpoint;
  readonly flavour: Flavour;
  #client: Client;
  #ttl: number;
  #max: number;
  #after: number[];
  /** Per event, the latest registration's generation: older scheduled refreshes are dropped. */
  #writes = new Map<string, number>();
  #clock: Clock;
  #defs: Defs;
  #entries = new Map<string, Entry>();
  #posts = new Map<string, Job>();
  #listeners = new Set<StoreListener>();
  #keyListeners = new Map<string, Set<StoreListener>>();

  /** Use `getStore()` (shared per page) unless a private store is wanted (tests). */
  constructor(options: StoreOptions) {
    const endpoint = typeof options.endpoint === 'string' ? parseEndpoint(options.endpoint) : options.endpoint;
    const token = typeof options.token === 'string' ? options.token.trim() : '';
    if (!token) throw new EvtApiError('config', 'Events API: the application token is missing: copy it from the web application record in Dynamics 365.');
    this.endpoint = endpoint;
    this.flavour = endpoint.flavour;
    this.#ttl = options.ttl ?? 600_000;
    this.#max = Math.max(1, options.maxEntries ?? 500);
    this.#after = options.revalidateAfterWrite ?? [1000, 4000, 15_000];
    this.#clock = options.clock ?? { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms) };
    const auth = options.auth;
    this.#client = createClient({
      ...options.client,
      endpoint,
      token,
      getToken: auth && (() => auth.getToken()),
    });
    this.#defs = makeDefs(endpoint.flavour, !!auth);
  }

  // ── reads ──────────────────────────────────────────────────────────────────

  /** `GET events/published`: the published (OM) or live (RTM) events. Filters apply to RTM only. */
  publishedEvents(filter?: PublishedFilter, o?: ReadOptions) {
    return this.#read(() => this.#defs.publishedEvents(filter), o).then((list) => {
      // The list holds whole events: a detail opened from it can render at once. Seeded entries
      // count as stale, so that detail still asks the service for the event in the background.
      if (list.length <= this.#max / 4) {
        for (const ev of list) {
          const e = this.#entry(this.#defs.event(ev.readableEventId));
          if (!e.has) Object.assign(e, { has: true, value: ev, at: -Infinity });
        }
      }
      return list;
    });
  }
  /** `GET events/{readableEventId}`. */
  event(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.event(readableEventId), o);
  }
  sessions(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.sessions(readableEventId), o);
  }
  tracks(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.tracks(readableEventId), o);
  }
  /** `GET tracks/{id}/sessions`, outbound marketing only: null for real-time journeys. */
  trackSessions(trackId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.trackSessions(trackId), o);
  }
  /** `GET sessions/{id}`, real-time journeys only: null for outbound marketing. */
  session(sessionId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.session(sessionId), o);
  }
  speakers(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.speakers(readableEventId), o);
  }
  sponsorships(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.sponsorships(readableEventId), o);
  }
  /** An empty list means a free event. */
  passes(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.passes(readableEventId), o);
  }
  /** `GET events/{id}/custom-registration-fields`. */
  customFields(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.customFields(readableEventId), o);
  }
  registrationCount(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.registrationCount(readableEventId), o);
  }
  sessionRegistrationCount(sessionId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.sessionRegistrationCount(sessionId), o);
  }
  captcha(readableEventId: string, o?: ReadOptions) {
    return this.#read(() => this.#defs.captcha(readableEventId), o);
  }
  /**
   * `GET users/authenticated`: the signed-in visitor, or null when the store has no `auth` (no
   * request is made) or the service does not accept the visitor's token (401), as Microsoft's
   * portal falls back to the anonymous user.
   */
  user(o?: ReadOptions) {
    return this.#read(() => this.#defs.user(), o).catch((err: unknown) => {
      if (isEvtApiError(err) && err.kind === 'unauthorized') return null;
      throw err;
    });
  }
  /** Outbound marketing, signed in: the visitor's registrations; null otherwise. */
  myRegistrations(o?: ReadOptions) {
    return this.#read(() => this.#defs.myRegistrations(), o);
  }
  /** Outbound marketing, signed in: the visitor's waitlist items; null otherwise. */
  waitlistItems(o?: ReadOptions) {
    return this.#read(() => this.#defs.waitlistItems(), o);
  }

  /**
   * The cached value of a read, stale or not, without fetching: an element renders it at once on
   * (re)mount and then reads (which revalidates a stale value). Undefined when nothing is cached.
   */
  peek<K extends ReadName>(name: K, ...args: Parameters<Defs[K]>): ReadResult<K> | undefined {
    try {
      const d = (this.#defs[name] as (...a: unknown[]) => Def<unknown> | null)(...args);
      if (!d) return null as ReadResult<K>;
      const e = this.#entries.get(d.key);
      return e?.has ? (e.value as ReadResult<K>) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The cache key of a read, for `subscribe(key, listener)`; also the resource path. */
  keyOf<K extends ReadName>(name: K, ...args: Parameters<Defs[K]>): string | null {
    try {
      return (this.#defs[name] as (...a: unknown[]) => Def<unknown> | null)(...args)?.key ?? null;
    } catch {
      return null; // an empty id: there is no such key
    }
  }

  /**
   * Called when cached data changes (a background revalidation or a refresh after a
   * registration brought different data). Returns the unsubscribe function.
   */
  subscribe(listener: StoreListener): () => void;
  subscribe(key: string, listener: StoreListener): () => void;
  subscribe(a: string | StoreListener, b?: StoreListener): () => void {
    if (typeof a === 'function') {
      this.#listeners.add(a);
      return () => void this.#listeners.delete(a);
    }
    const set = this.#keyListeners.get(a) ?? new Set();
    this.#keyListeners.set(a, set.add(b!));
    return () => {
      set.delete(b!);
      if (!set.size && this.#keyListeners.get(a) === set) this.#keyListeners.delete(a);
    };
  }

  /** Marks cached data stale and refetches what is cached (all, or the keys `match` accepts). */
  invalidate(match: (key: string) => boolean = () => true): void {
    for (const e of [...this.#entries.values()]) {
      if (!match(e.def.key)) continue;
      e.at = -Infinity;
      // An answer already on its way may predate the change: one more read follows it. However
      // many writes land meanwhile, that is one read, not one per write (no flood under load).
      if (e.job?.ctrl.signal.aborted) e.job = undefined; // cancelled: its answer is not stored
      if (e.job) e.again = true;
      else if (e.has) this.#revalidate(e);
    }
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
    const schema = this.flavour === 'om' ? omRegistrationRequestSchema : rtmRegistrationRequestSchema;
    return this.#post(() => `${ev(readableEventId)}/registrations`, body, schema, registrationResultSchema, o, (r) =>
      this.#changed(readableEventId, mayCreate(r)),
    );
  }

  /** `POST events/{id}/registrations/finalize` (paid events after `Initiated`). */
  finalize(readableEventId: string, body: FinalizeRegistrationRequest, o?: WriteOptions): Promise<RegistrationResult> {
    return this.#post(() => `${ev(readableEventId)}/registrations/finalize`, body, finalizeRequestSchema, registrationResultSchema, o, (r) =>
      this.#changed(readableEventId, mayCreate(r)),
    );
  }

  /** `POST events/{id}/sessions/{sessionId}/registrations`, outbound marketing only (signed in). */
  registerSession(readableEventId: string, sessionId: string, o?: WriteOptions): Promise<boolean> {
    return this.#post(
      () => `${this.#omOnly('registerSession')}${ev(readableEventId)}/sessions/${need(sessionId, 'sessionId')}/registrations`,
      {},
      undefined,
      booleanSchema,
      o,
      (r) => this.#changed(readableEventId, r !== false),
    );
  }

  /** `POST users/authenticated/registrations/{id}/cancel`, outbound marketing only (signed in). */
  cancelRegistration(registrationId: string, o?: WriteOptions): Promise<boolean> {
    return this.#post(
      () => `${this.#omOnly('cancelRegistration')}users/authenticated/registrations/${need(registrationId, 'registrationId')}/cancel`,
      {},
      undefined,
      booleanSchema,
      o,
      () => {
        // Which event it was is unknown here: refresh the visitor's lists now, and let everything
        // else revalidate on its next read.
        this.invalidate((k) => k.startsWith('users/'));
        for (const e of this.#entries.values()) e.at = -Infinity;
      },
    );
  }

  // ── URLs for <img src> and links ─────────────────────────────────────────────

  /**
   * A speaker's photo: `imageUrl` (relative to the base in OM, resolved; an absolute http(s) URL
   * is kept), else a valid base64 `image` as a `data:` URL, else null.
   */
  speakerImageUrl(speaker: Pick<EvtSpeaker, 'imageUrl' | 'image'> | null | undefined): string | null {
    if (!speaker) return null;
    return (speaker.imageUrl ? this.#resolve(speaker.imageUrl) : null) ?? base64Image(speaker.image);
  }

  /** A sponsor's logo: a valid base64 `image` (Portal API), else `sponsorships/{id}/logo`. */
  sponsorLogoUrl(sponsorship: string | Pick<EvtSponsorship, 'id' | 'image'> | null | undefined): string | null {
    if (!sponsorship) return null;
    const id = typeof sponsorship === 'string' ? sponsorship : sponsorship.id;
    const inline = typeof sponsorship === 'string' ? null : base64Image(sponsorship.image);
    return inline ?? (id ? this.#imageUrl(`sponsorships/${enc(id)}/logo`) : null);
  }

  /** The event's QR code (real-time journeys only; null for outbound marketing). */
  qrCodeUrl(readableEventId: string): string | null {
    return this.flavour === 'rtm' && readableEventId ? this.#imageUrl(`events/${enc(readableEventId)}/qrcode`) : null;
  }

  /** The event's banner: an absolute http(s) `image`, or a valid base64 picture; else null. */
  eventImageUrl(event: Pick<EvtEvent, 'image'> | null | undefined): string | null {
    const img = event?.image;
    return typeof img === 'string' ? (safeUrl(img) ?? base64Image(img)) : base64Image(img?.image);
  }

  /** `u` when it is an absolute http(s) URL, else null. */
  safeUrl(u: unknown): string | null {
    return safeUrl(u);
  }

  // ── internals ──────────────────────────────────────────────────────────────

  #omOnly(what: string): string {
    if (this.flavour !== 'om') throw new EvtApiError('config', `Events API: ${what} exists in outbound marketing only, not in real-time journeys.`);
    return '';
  }

  #resolve(u: string): string | null {
    let url: URL;
    try {
      url = new URL(u.trim(), this.endpoint.base);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href;
  }

  /**
   * An image on the API (logo, QR code) for `<img src>`: without `emApplicationtoken`. The service
   * serves images without it (Microsoft's portal and web app load them so), and a token in an
   * image URL ends up in logs, caches and Referer headers.
   */
  #imageUrl(path: string): string {
    return new URL(path, this.endpoint.base).href;
  }

  #read<D extends Def<any> | null>(make: () => D, o: ReadOptions = {}): Promise<D extends Def<infer T> ? T : null> {
    type T = D extends Def<infer V> ? V : null;
    let d: D;
    try {
      d = make();
    } catch (err) {
      return Promise.reject(err);
    }
    if (!d) return Promise.resolve(null as T);
    const e = this.#entry(d);
    if (e.has && !o.fresh) {
      if (this.#clock.now() - e.at >= this.#ttl) this.#revalidate(e);
      return Promise.resolve(e.value as T);
    }
    // A request whose last caller left is being cancelled: a new caller starts its own (the
    // cancelled one, no longer the entry's job, stores nothing).
    if (e.job?.ctrl.signal.aborted) e.job = undefined;
    // A request already on its way started after the cached value: `fresh` may share it too.
    return this.#join((e.job ??= this.#fetch(e, e.has || !!o.fresh)) as Job<T>, o.signal);
  }

  #entry(d: Def<unknown>): Entry {
    return this.#touch(this.#entries.get(d.key) ?? { def: d, has: false, at: -Infinity });
  }

  /** Puts the entry last (most recently used) and evicts the least recently used beyond the bound. */
  #touch(e: Entry): Entry {
    this.#entries.delete(e.def.key);
    this.#entries.set(e.def.key, e);
    if (this.#entries.size > this.#max) {
      for (const [k, old] of this.#entries) {
        if (this.#entries.size <= this.#max) break;
        if (old !== e && !old.job) this.#entries.delete(k);
      }
    }
    return e;
  }

  #fetch(e: Entry, noCache: boolean): Job {
    const job = { users: 0, done: false, ctrl: new AbortController(), resource: e.def.path } as Job;
    job.promise = this.#client
      .request({ ...e.def, signal: job.ctrl.signal, noCache })
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

  /** A caller's wait on a shared job; its abort leaves the job, the last one to leave cancels it. */
  #join<T>(job: Job<T>, signal?: AbortSignal): Promise<T> {
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

  #post<T>(
    path: () => string,
    body: unknown,
    requestSchema: z.ZodMiniType | undefined,
    schema: z.ZodMiniType<T>,
    o: WriteOptions = {},
    after: (result: T | null) => void,
  ): Promise<T> {
    let resource: string;
    let send = body;
    try {
      resource = path();
      if (requestSchema) {
        const parsed = requestSchema.safeParse(body);
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
    return this.#join(job, o.signal);
  }

  /** What a registration for the event changes: refreshed now and, if it went through, later again. */
  #changed(readableEventId: string, later: boolean) {
    const e = `events/${enc(readableEventId)}`;
    const mine = [e, `${e}/registrations/count`, `${e}/sessions`, `${e}/passes`];
    const hit = (k: string) => mine.includes(k) || /^(events\/published|sessions\/|tracks\/|users\/)/.test(k);
    this.invalidate(hit);
    if (!later) return;
    // Another registration for the event restarts the schedule instead of adding to it.
    const gen = (this.#writes.get(e) ?? 0) + 1;
    this.#writes.set(e, gen);
    for (const ms of this.#after) {
      this.#clock.setTimeout(() => {
        if (this.#writes.get(e) === gen) this.invalidate(hit);
      }, ms);
    }
  }
}

// ── one store per page ─────────────────────────────────────────────────────────

// On globalThis under a registry symbol, so every copy of the script (even another version with
// the same v1 store interface) finds the same stores.
const REGISTRY = Symbol.for('evt-widgets.stores.v1');

/**
 * The page's one store for this endpoint, token and signed-in user (`auth.key`): created on the
 * first call, shared afterwards (later calls' other options are ignored). Throws an `EvtApiError`
 * of kind `config` for an invalid endpoint or an empty token.
 */
export function getStore(options: StoreOptions): EventsStore {
  const endpoint = typeof options.endpoint === 'string' ? parseEndpoint(options.endpoint) : options.endpoint;
  const token = typeof options.token === 'string' ? options.token.trim() : '';
  const key = JSON.stringify([endpoint.base, token, options.auth?.key ?? '']);
  const holder = globalThis as unknown as Record<symbol, Map<string, EventsStore> | undefined>;
  const stores = (holder[REGISTRY] ??= new Map());
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new EventsStore({ ...options, endpoint, token })));
  return store;
}
