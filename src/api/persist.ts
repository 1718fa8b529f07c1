/**
 * The tab's memory of public reads between pages: the store's cache (`cache.ts`) writes each
 * answer here and, on a miss, reads it back, so the event page a visitor opens from the list page
 * of the same site starts from what the list already fetched. Kept in `sessionStorage` (one tab,
 * gone when the tab closes), one item per store (endpoint and token), bounded by a byte budget
 * with least-recently-used eviction.
 *
 * - Only public GETs are kept (`isPublicKey`): events, sessions, tracks, speakers, sponsorships,
 *   passes, fields, counts. Never `users/…` (the visitor's own data), never a captcha, never a
 *   store that sends the visitor's id token (`auth`): its answers may be personal.
 * - Nothing read back is trusted: the cache validates it again with the resource's zod schema.
 * - Storage may be missing, disabled (privacy modes throw on access) or full: every access is
 *   guarded; a full storage evicts and tries again smaller, then gives up silently.
 */

/** A site's choice for the tab cache (`configure({ tabCache })`). */
export interface TabCacheOptions {
  /** How long a kept answer counts as fresh on the next page, in ms. Default 60 s. */
  fresh?: number;
  /** Older than this (ms) a kept answer is not used at all. Default 10 minutes. */
  maxAge?: number;
  /** The byte budget (characters of JSON) for one store's item. Default 256 000. */
  budget?: number;
}

export const TAB_CACHE_DEFAULTS: Required<TabCacheOptions> = { fresh: 60_000, maxAge: 600_000, budget: 256_000 };

/** One kept answer: its value and when it was fetched (the store's clock). */
export interface Kept {
  value: unknown;
  at: number;
}

// The paths of the public reads (`resources.ts`), with or without a query (the published filters).
const PUBLIC = [
  /^events\/published$/,
  /^events\/[^/]+$/,
  /^events\/[^/]+\/(sessions|tracks|speakers|sponsorships|passes|custom-registration-fields|registrations\/count)$/,
  /^tracks\/[^/]+\/sessions$/,
  /^sessions\/[^/]+(\/registrations\/count)?$/,
];

/** Whether a cache key names a public read that may be kept in the tab. */
export const isPublicKey = (key: string): boolean => {
  const path = key.split('?')[0]!;
  return PUBLIC.some((r) => r.test(path));
};

/** The start of every item's name in `sessionStorage`. */
export const TAB_PREFIX = 'evt-widgets.tab.v1:';

/** A short stable name for (endpoint, token): the token itself is not written as a key in clear. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function session(): Storage | null {
  try {
    const s = globalThis.sessionStorage;
    return s ?? null;
  } catch {
    return null; // disabled storage throws on access
  }
}

/**
 * Whether `value` as JSON is longer than `limit` characters. A list is measured item by item and
 * stops as soon as it is too long; a value with `toJSON` (the store's checked lists) by what it
 * writes.
 */
export function longerThan(value: unknown, limit: number): boolean {
  const v = value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (!Array.isArray(v)) return (JSON.stringify(v)?.length ?? 0) > limit;
  let n = 2;
  for (const item of v) {
    n += (JSON.stringify(item)?.length ?? 4) + 1;
    if (n > limit) return true;
  }
  return false;
}

type Table = Record<string, { v: unknown; at: number }>;

export class TabPersist {
  readonly options: Required<TabCacheOptions>;
  readonly #name: string;
  #table: Table | null = null;
  #flush = false;

  constructor(scope: string, options: TabCacheOptions = {}) {
    const o = { ...TAB_CACHE_DEFAULTS };
    for (const k of Object.keys(TAB_CACHE_DEFAULTS) as (keyof TabCacheOptions)[]) {
      const v = options[k];
      if (v === undefined) continue;
      if (typeof v === 'number' && v >= 0 && Number.isFinite(v)) o[k] = v;
      else console.warn(`[evt-widgets] tabCache.${k} must be a number of ${k === 'budget' ? 'characters' : 'milliseconds'} (0 or more), not ${JSON.stringify(v)}: the default ${o[k]} is used.`);
    }
    this.options = o;
    this.#name = TAB_PREFIX + hash(scope);
  }

  /** The kept answer under `key` when young enough to use; it becomes the most recently used. */
  get(key: string, now: number): Kept | undefined {
    const t = this.#load();
    const e = t[key];
    if (!e) return undefined;
    if (!(now - e.at < this.options.maxAge) || e.at > now + 1000) {
      delete t[key];
      this.#save();
      return undefined;
    }
    delete t[key];
    t[key] = e; // insertion order is the recency order
    return { value: e.v, at: e.at };
  }

  set(key: string, value: unknown, at: number): void {
    if (!isPublicKey(key)) return;
    const t = this.#load();
    const had = key in t;
    delete t[key];
    // An answer that alone exceeds the budget can never be kept: found out from its first items,
    // not by writing all of it (ten thousand events are 16 MB of JSON, 80 ms on the first page's
    // path), and it does not push out the smaller answers kept before it.
    if (longerThan(value, this.options.budget)) {
      if (had) this.#save();
      return;
    }
    t[key] = { v: value, at };
    this.#save();
  }

  /** When the answer kept under `key` was fetched, without touching its recency. */
  at(key: string): number | undefined {
    return this.#load()[key]?.at;
  }

  /** Keeps `value` unless a newer answer is kept under `key` already (a seed from a list). */
  seed(key: string, value: unknown, at: number): void {
    const old = this.#load()[key];
    if (!old || old.at < at) this.set(key, value, at);
  }

  /** Forgets the kept answers whose keys `match` accepts (a registration changed them). */
  drop(match: (key: string) => boolean): void {
    const t = this.#load();
    let any = false;
    for (const k of Object.keys(t)) if (match(k)) (delete t[k], (any = true));
    if (any) this.#save();
  }

  #load(): Table {
    if (this.#table) return this.#table;
    let t: Table = {};
    try {
      const raw = session()?.getItem(this.#name);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [k, e] of Object.entries(parsed as Record<string, unknown>)) {
          const at = (e as { at?: unknown })?.at;
          if (isPublicKey(k) && typeof at === 'number' && Number.isFinite(at)) t[k] = { v: (e as { v: unknown }).v, at };
        }
      }
    } catch {
      t = {}; // unreadable: start empty (the next write replaces it)
    }
    return (this.#table = t);
  }

  /** Written once per task however many answers arrive together (a page's reads land at once). */
  #save() {
    if (this.#flush) return;
    this.#flush = true;
    queueMicrotask(() => {
      this.#flush = false;
      this.#write();
    });
  }

  #write() {
    const s = session();
    const t = this.#table;
    if (!s || !t) return;
    const keys = Object.keys(t);
    // Oldest first out until the item fits the budget; then, if the storage is full, again.
    let text = JSON.stringify(t);
    while (text.length > this.options.budget && keys.length) {
      delete t[keys.shift()!];
      text = JSON.stringify(t);
    }
    for (;;) {
      try {
        if (keys.length) s.setItem(this.#name, text);
        else s.removeItem(this.#name);
        return;
      } catch {
        if (!keys.length) return; // storage unusable: the tab cache is simply off
        delete t[keys.shift()!];
        text = JSON.stringify(t);
      }
    }
  }
}
