/**
 * What `<evt-list>` computes from the published events, apart from rendering: order, the past
 * cut-off, filters, search and pages. What a card says about registration and place is asked of
 * src/rules/. No DOM, no Lit, so it is cheap to test and to run over ten thousand events.
 */
import { EventFormat, EventType, type CheckedEvents, type EvtEvent, type EvtEventHead } from '../../api/schemas.js';
import type { Messages } from '../../internal/messages.js';
import { registrationAvailability, type Availability } from '../../rules/availability.js';
import { isHybrid, isOnline } from '../../rules/place.js';
import { endedAfter, eventInstants, hasEnded, type Instants } from '../../rules/times.js';

/** Where the entries come from: the store's checked list, or events already checked (tests). */
type Source = Pick<CheckedEvents, 'heads' | 'get'>;

/**
 * One event of the list. Order, past cut-off and filters read its `head` (checked at once by the
 * store); `event` is the whole event, checked in full on first read (`CheckedList.get`): read it
 * only after `checked(entry)` said yes. `shown()` hands out only such entries, so a card, a count
 * or a `evt-select` never sees an unchecked event; the search text checks each entry it builds.
 */
export interface ListEntry {
  readonly head: EvtEventHead;
  readonly event: EvtEvent;
  readableEventId: string;
  /** When the event starts and ends (src/rules/times.ts), computed once per data set. */
  instants: Instants;
  /** The search text: lower-cased, accents folded. Built once per data set, on the first search. */
  haystack?: string;
  /** Its full check failed: it is left out (the console said which and why). */
  failed?: boolean;
}

class Entry implements ListEntry {
  haystack?: string;
  failed?: boolean;
  readonly instants: Instants;
  constructor(
    readonly head: EvtEventHead,
    readonly readableEventId: string,
    readonly source: Source,
    readonly at: number,
  ) {
    // The head has every field the times read (eventHeadSchema).
    this.instants = eventInstants(head as EvtEvent);
  }
  get event(): EvtEvent {
    return this.source.get(this.at)!;
  }
}

/** Entries found failing their full check so far (a `ShownMemo` answer is stale when it grows). */
let failures = 0;

/** Whether the entry's event passes its full check (checked now, once); a failing one is marked. */
export function checked(entry: ListEntry): boolean {
  if (entry.failed) return false;
  if (entry instanceof Entry && !entry.source.get(entry.at)) {
    entry.failed = true;
    failures++;
  }
  return !entry.failed;
}

const asSource = (events: CheckedEvents | readonly EvtEvent[]): Source =>
  'heads' in events ? events : { heads: events, get: (i: number) => events[i] ?? null };

/** The events once per data set: duplicates dropped, soonest first (undated last), then by name. */
export function prepare(events: CheckedEvents | readonly EvtEvent[]): ListEntry[] {
  const source = asSource(events);
  const seen = new Set<string>();
  const out: Entry[] = [];
  source.heads.forEach((head, i) => {
    const rid = head.readableEventId;
    if (seen.has(rid)) return;
    seen.add(rid);
    out.push(new Entry(head, rid, source, i));
  });
  return out.sort(
    (a, b) =>
      (Number.isNaN(a.instants.start) ? Infinity : a.instants.start) - (Number.isNaN(b.instants.start) ? Infinity : b.instants.start) ||
      (a.head.eventName < b.head.eventName ? -1 : a.head.eventName > b.head.eventName ? 1 : 0),
  );
}

/** Over (src/rules/times.ts `hasEnded`). An event without dates is never past. */
export const isPast = (entry: ListEntry, now: number) => hasEnded(entry.instants, now);

// ── search ─────────────────────────────────────────────────────────────────────

/** Lower case without Latin accents, so "munchen" finds "München"; other scripts are kept as they are. */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The words of a query, folded; an item matches when it contains all of them. */
export const terms = (query: string) => fold(query).split(/\s+/).filter(Boolean);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const MARKUP = /<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/**
 * The words of an HTML description, for matching only (never rendered): a regular expression is
 * a hundred times cheaper than a sanitizer, which matters for ten thousand descriptions.
 */
export function searchableText(html: string | null | undefined): string {
  if (!html) return '';
  return html.replace(MARKUP, ' ').replace(ENTITY, (m, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? m;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
  });
}

/** Builds the search text of every entry that lacks one (name, description, location). */
export function index(entries: readonly ListEntry[], m: Messages): void {
  for (const entry of entries) {
    if (entry.haystack !== undefined) continue;
    // Its words come from the whole event: checked here (a failing one matches nothing).
    if (!checked(entry)) {
      entry.haystack = '';
      continue;
    }
    const e = entry.event;
    const b = e.building;
    entry.haystack = fold(
      [
        e.eventName,
        searchableText(e.description),
        e.room?.name,
        b?.name,
        b?.city,
        b?.addressLine1,
        b?.stateProvince,
        b?.country,
        isOnline(e) || isHybrid(e) ? m.online : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
}

export const matches = (entry: ListEntry, words: readonly string[]) =>
  !entry.failed && words.every((w) => entry.haystack!.includes(w));

// ── what an item shows ──────────────────────────────────────────────────────────

/** The availability of a card's event (src/rules/availability.ts); the list does not load passes. */
export const cardAvailability = (entry: ListEntry, count: number | null | undefined, now: number): Availability =>
  registrationAvailability({ event: entry.event, registrationCount: count, now, instants: entry.instants });

// ── what the list shows: past cut-off, filters, search ─────────────────────────

export type FilterName = 'type' | 'format';

const TYPE_VALUES: readonly number[] = Object.values(EventType);
const FORMAT_VALUES: readonly number[] = Object.values(EventFormat);

/** The filters named by the `filters` attribute ("type format", "type, format", "eventType"…). */
export function filterNames(filters: string | null | undefined): Set<FilterName> {
  const names = new Set<FilterName>();
  for (const word of (filters ?? '').toLowerCase().split(/[\s,]+/)) {
    if (word === 'type' || word === 'eventtype' || word === 'event-type') names.add('type');
    if (word === 'format' || word === 'eventformat' || word === 'event-format') names.add('format');
  }
  return names;
}

/** Events that pass the past cut-off: upcoming soonest first, then (with `showPast`) the latest past first. */
export function pool(entries: readonly ListEntry[], now: number, showPast: boolean): ListEntry[] {
  const upcoming = entries.filter((e) => !isPast(e, now));
  if (!showPast) return upcoming;
  return [...upcoming, ...entries.filter((e) => isPast(e, now)).reverse()];
}

/** The options of a filter that the events have, with their labels, in label order. */
export function filterOptions(events: readonly ListEntry[], name: FilterName, m: Messages, locale: string): [number, string][] {
  const labels = name === 'type' ? m.eventTypes : m.eventFormats;
  const known = name === 'type' ? TYPE_VALUES : FORMAT_VALUES;
  const present = new Set<number>();
  for (const e of events) {
    const v = name === 'type' ? e.head.eventType : e.head.eventFormat;
    if (typeof v === 'number' && (labels[v] || known.includes(v))) present.add(v);
  }
  return [...present].map((v): [number, string] => [v, labels[v] ?? String(v)]).sort((a, b) => a[1].localeCompare(b[1], locale));
}

export interface Query {
  now: number;
  showPast: boolean;
  filters: Set<FilterName>;
  type: number | null;
  format: number | null;
  /** The search text; '' for none (or no search field). */
  search: string;
  /** How many cards are shown (pages × page size). */
  limit: number;
}

export interface Shown {
  /** After the past cut-off, before filters and search. */
  pool: ListEntry[];
  results: ListEntry[];
  /** The cards of the pages shown. */
  visible: ListEntry[];
  /** A filter or the search narrows the pool. */
  narrowed: boolean;
}

/** The events to show: past cut-off, filters, search, pages. */
export function shown(entries: readonly ListEntry[], q: Query, m: Messages): Shown {
  // Entries found failing so far are out of every count; the others are checked as they are shown.
  const p = pool(entries, q.now, q.showPast).filter((e) => !e.failed);
  const type = q.filters.has('type') ? q.type : null;
  const format = q.filters.has('format') ? q.format : null;
  let results = p;
  if (type !== null) results = results.filter((e) => e.head.eventType === type);
  if (format !== null) results = results.filter((e) => e.head.eventFormat === format);
  const words = terms(q.search);
  if (words.length) {
    index(results, m);
    results = results.filter((e) => matches(e, words));
  }
  // The cards: the first `limit` entries whose events pass their full check (one that fails is
  // left out of the results too, and the next one takes its place).
  const visible: ListEntry[] = [];
  let failed = false;
  for (let i = 0; i < results.length && visible.length < q.limit; i++) {
    if (checked(results[i]!)) visible.push(results[i]!);
    else failed = true;
  }
  if (failed) results = results.filter((e) => !e.failed);
  return { pool: failed ? p.filter((e) => !e.failed) : p, results, visible, narrowed: type !== null || format !== null || words.length > 0 };
}

/** When the first of the entries not over yet becomes over (`hasEnded`); Infinity when none will. */
function nextEnd(entries: readonly ListEntry[], now: number): number {
  let next = Infinity;
  for (const e of entries) {
    const over = endedAfter(e.instants);
    if (over >= now && over < next) next = over;
  }
  return next;
}

/**
 * `shown()` once per change: the element asks for what it shows three times an update (before
 * rendering, rendering, its states), each a pass over every event. The answer stands for the same
 * entries, query and messages until an event shown as upcoming is over, or another event is found
 * failing its check.
 */
export class ShownMemo {
  #last: { entries: readonly ListEntry[]; key: string; m: Messages; until: number; failures: number; out: Shown } | null = null;

  get(entries: readonly ListEntry[], q: Query, m: Messages): Shown {
    const key = JSON.stringify([q.showPast, [...q.filters].sort(), q.type, q.format, q.search, q.limit]);
    const l = this.#last;
    if (l && l.entries === entries && l.key === key && l.m === m && q.now <= l.until && l.failures === failures) return l.out;
    const out = shown(entries, q, m);
    this.#last = { entries, key, m, until: nextEnd(entries, q.now), failures, out };
    return out;
  }
}
