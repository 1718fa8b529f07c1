/**
 * What `<evt-list>` computes from the published events, apart from rendering: order, the past
 * cut-off, availability, the location line and the search index. No DOM, no Lit, so it is cheap to
 * test and to run over ten thousand events.
 */
import { EventFormat, type EvtEvent } from '../../api/schemas.js';
import { parseUtc, parseWallClock, zonedRange } from '../../internal/format.js';
import type { Messages } from '../../internal/messages.js';

export interface ListEntry {
  event: EvtEvent;
  readableEventId: string;
  /** Start and end instants (ms since the epoch); NaN when the payload has no usable date. */
  start: number;
  end: number;
  /** The search text: lower-cased, accents folded. Built once per data set, on the first search. */
  haystack?: string;
}

const instants = (e: EvtEvent): [number, number] => {
  // Event mode never touches Intl: only the instants are wanted here, not a label.
  const r = zonedRange(
    { wallStart: e.startDate, wallEnd: e.endDate, utcStart: e.startDateUTC, utcEnd: e.endDateUTC, timeZoneName: e.timeZoneName },
    'event',
    'en',
  );
  // Without an offset anywhere, the wall clock read as UTC is the best guess (off by hours at most).
  const start = r?.startUtc ?? r?.start ?? parseWallClock(e.startDate);
  const end = r?.endUtc ?? r?.end ?? parseWallClock(e.endDate) ?? start;
  return [start ? start.getTime() : NaN, end ? end.getTime() : NaN];
};

/** The events once per data set: duplicates dropped, soonest first (undated last), then by name. */
export function prepare(events: readonly EvtEvent[]): ListEntry[] {
  const seen = new Set<string>();
  const out: ListEntry[] = [];
  for (const event of events) {
    const rid = event.readableEventId;
    if (seen.has(rid)) continue;
    seen.add(rid);
    const [start, end] = instants(event);
    out.push({ event, readableEventId: rid, start, end });
  }
  return out.sort(
    (a, b) =>
      (Number.isNaN(a.start) ? Infinity : a.start) - (Number.isNaN(b.start) ? Infinity : b.start) ||
      (a.event.eventName < b.event.eventName ? -1 : a.event.eventName > b.event.eventName ? 1 : 0),
  );
}

/** Over: its end is before now. An event without dates is never past. */
export const isPast = (entry: ListEntry, now: number) => entry.end < now;

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
        e.eventFormat === EventFormat.Webinar || e.eventFormat === EventFormat.Hybrid ? m.online : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
}

export const matches = (entry: ListEntry, words: readonly string[]) =>
  words.every((w) => entry.haystack!.includes(w));

// ── what an item shows ──────────────────────────────────────────────────────────

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** "Hall B, Harbour Conference Centre, Amsterdam": room, building, city, without repeats. */
export function placeText(e: EvtEvent): string {
  const parts: string[] = [];
  for (const p of [e.room?.name, e.building?.name, e.building?.city]) {
    const v = clean(p);
    if (v && !parts.some((x) => x.toLowerCase() === v.toLowerCase())) parts.push(v);
  }
  return parts.join(', ');
}

/** The location line: the place; "Online" for a webinar; both for a hybrid event. */
export function locationText(e: EvtEvent, m: Messages): string {
  if (e.eventFormat === EventFormat.Webinar) return m.online;
  const place = placeText(e);
  if (e.eventFormat === EventFormat.Hybrid) return place ? m.listHybridPlace(place) : m.hybrid;
  return place;
}

/** Registration is closed when the event sets an end date and it has come. */
export function registrationClosed(e: EvtEvent, now: number): boolean {
  if (!e.setRegistrationEndDate) return false;
  const stop = parseUtc(e.stopRegistrationDate);
  return !!stop && now >= stop.getTime();
}

/** Capacity matters only when restricted to a positive number (old payloads send 0 for "unrestricted"). */
export const isCapacityRestricted = (e: EvtEvent) => !!e.isCapacityRestricted && (e.maxCapacity ?? 0) > 0;

export type Availability =
  | { kind: 'past' }
  | { kind: 'closed' }
  | { kind: 'left'; left: number }
  | { kind: 'waitlist' }
  | { kind: 'sold-out' }
  /** Capacity is restricted and the count has not arrived yet. */
  | { kind: 'pending' }
  | null;

/** The badge of an item; null when there is nothing to say (no capacity limit, registration open). */
export function availability(entry: ListEntry, count: number | null | undefined, now: number): Availability {
  const e = entry.event;
  if (isPast(entry, now)) return { kind: 'past' };
  if (registrationClosed(e, now)) return { kind: 'closed' };
  if (!isCapacityRestricted(e)) return null;
  if (typeof count !== 'number') return { kind: 'pending' };
  const left = (e.maxCapacity ?? 0) - count;
  if (left > 0) return { kind: 'left', left };
  return e.showWaitlist ? { kind: 'waitlist' } : { kind: 'sold-out' };
}

/** Whether the item's badge depends on `registrations/count` (so the list asks for it). */
export const needsCount = (entry: ListEntry, now: number) =>
  isCapacityRestricted(entry.event) && !isPast(entry, now) && !registrationClosed(entry.event, now);
