/**
 * The two-step validation of a long list (`events/published`: ten thousand events are 16 MB):
 * `CheckedList` holds every item's head validated at once and validates each item in full on its
 * first read; `leftOut` is the console line of a record left out, shared with `itemsOf` in
 * ./schemas.ts (which defines the schemas these take).
 */
import * as z from 'zod/mini';

/** Where a record is named in the console: its key field, else its place in the list. */
const nameOf = (v: unknown, i: number, key: string) => {
  const k = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof k === 'string' || typeof k === 'number' ? `"${k}"` : `#${i + 1}`;
};

/** The console line of a record left out: which one, which field, what is wrong with it. */
export function leftOut(what: string, v: unknown, i: number, key: string, error: z.core.$ZodError) {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(the record itself)';
  // Once per answer parsed: a revalidation says it again, which is what the site owner needs
  // until the organiser fixes the record.
  console.warn(`[evt-widgets] Events API: ${what} ${nameOf(v, i, key)} left out: field ${field}: ${issue?.message ?? 'invalid'}. The other ${what}s are shown.`);
}

/**
 * A long list validated in two steps, for the events list (ten thousand events are 16 MB):
 * - at once, every item's `head` (the few keys a list orders, filters and dates by) with its own
 *   zod schema; an item whose head fails is left out, the console naming it and the field;
 * - each item in full (the item's schema) when it is first read (`get`, memoized): one that fails
 *   is null from then on, with the same console line, and its neighbours stay.
 * So nothing unvalidated ever leaves this class: a head is validated, an item is validated, and
 * `all()` is the list `itemsOf` would give. `toJSON` writes the items as they came (the cache
 * compares answers and the tab keeps them by that; whatever reads them back parses them again).
 */
export class CheckedList<T, H> {
  /** The validated heads of the items kept, in the answer's order. */
  readonly heads: readonly H[];
  #raw: unknown[];
  /** Each kept item's place in the answer, for the console line. */
  #at: number[];
  #full: (T | null | undefined)[];
  #all: T[] | null = null;
  #item: z.ZodMiniType<T>;
  #what: string;
  #key: string;

  constructor(list: readonly unknown[], head: z.ZodMiniType<H>, item: z.ZodMiniType<T>, what: string, key: string) {
    const heads: H[] = [];
    this.#raw = [];
    this.#at = [];
    list.forEach((v, i) => {
      const r = head.safeParse(v);
      if (!r.success) return leftOut(what, v, i, key, r.error);
      heads.push(r.data);
      this.#raw.push(v);
      this.#at.push(i);
    });
    this.heads = heads;
    this.#full = new Array<T | null | undefined>(heads.length);
    this.#item = item;
    this.#what = what;
    this.#key = key;
  }

  get length(): number {
    return this.heads.length;
  }

  /** Item `i` validated in full (once), or null when it fails its schema (said once in the console). */
  get(i: number): T | null {
    let v = this.#full[i];
    if (v === undefined && i >= 0 && i < this.#raw.length) {
      const r = this.#item.safeParse(this.#raw[i]);
      if (!r.success) leftOut(this.#what, this.#raw[i], this.#at[i]!, this.#key, r.error);
      this.#full[i] = v = r.success ? r.data : null;
    }
    return v ?? null;
  }

  /** Every item that passes its schema, in order: the same array on every call. */
  all(): T[] {
    if (!this.#all) {
      const out: T[] = [];
      for (let i = 0; i < this.#raw.length; i++) {
        const v = this.get(i);
        if (v) out.push(v);
      }
      this.#all = out;
    }
    return this.#all;
  }

  toJSON(): unknown[] {
    return this.#raw;
  }
}

/** `itemsOf` (./schemas.ts) in two steps (`CheckedList`): `head` at once for every item, `item` on first read. */
export function checkedItemsOf<T extends z.ZodMiniType, H extends z.ZodMiniType>(head: H, item: T, what: string, key = 'id') {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((list) => new CheckedList<z.output<T>, z.output<H>>(list, head as z.ZodMiniType<z.output<H>>, item as z.ZodMiniType<z.output<T>>, what, key)),
  );
}

