/**
 * Dates, times, numbers and prices, all through `Intl`. The API gives event times twice: as the
 * event's wall clock (`startDate`, no offset) and as UTC instants (`startDateUTC`). "Event time"
 * formats the wall clock in a fixed zone (UTC, so nothing shifts it) and labels it with the offset
 * the two fields imply, which is right across daylight-saving changes without a zone table.
 */

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;

/** A wall-clock string ("2026-12-03T09:00:00") as a Date whose UTC fields are that wall clock. */
export function parseWallClock(value: string | null | undefined): Date | null {
  const m = value ? WALL.exec(value) : null;
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
}

/** A UTC instant; strings without an offset are taken as UTC, as the API means them. */
export function parseUtc(value: string | null | undefined): Date | null {
  if (!value) return null;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  const d = new Date(hasZone ? value : `${value.trim()}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Offset in minutes from "(GMT+05:30) Chennai, ..." style labels. */
export function offsetFromZoneName(name: string | null | undefined): number | null {
  const m = name ? /(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?/.exec(name) : null;
  if (!m) return name && /\((?:GMT|UTC)\)/.test(name) ? 0 : null;
  const minutes = +m[2]! * 60 + +(m[3] ?? 0);
  return m[1] === '+' ? minutes : -minutes;
}

/** "GMT+2", "GMT+5:30", "GMT-3", "GMT" as people write offsets. */
export function offsetLabel(minutes: number): string {
  if (!minutes) return 'GMT';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `GMT${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/** The place names of a Dynamics zone label: "(GMT+01:00) Amsterdam, Berlin" → "Amsterdam, Berlin". */
export function zoneCities(name: string | null | undefined): string {
  return (name ?? '').replace(/^\s*\([^)]*\)\s*/, '').trim();
}

export type TimeMode = 'event' | 'local';

export interface ZonedRange {
  start: Date;
  end: Date;
  /** The zone to format in: 'UTC' for event wall clock, undefined for the visitor's zone. */
  timeZone: string | undefined;
  /** What to write after the time: "GMT+2" in event mode, the visitor's zone in local mode. */
  label: string;
  /** The instants, when known, for calendars and machine-readable dates. */
  startUtc: Date | null;
  endUtc: Date | null;
}

interface Timed {
  wallStart?: string | null;
  wallEnd?: string | null;
  utcStart?: string | null;
  utcEnd?: string | null;
  timeZoneName?: string | null;
}

/** The short name of `timeZone` (the visitor's when undefined) at that instant: "GMT+13", "EST". */
function zoneLabel(locale: string, at: Date, timeZone: string | undefined): string {
  const parts = dateFormat(locale, { timeZoneName: 'short', timeZone }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/**
 * Resolves an event's or session's times for display. `local` converts the UTC instants to the
 * visitor's zone (`localZone`, an IANA name, stands in for it: tests cannot set the browser's
 * zone); without the instants (older payloads) it falls back to the event's wall clock.
 */
export function zonedRange(t: Timed, mode: TimeMode, locale: string, localZone?: string): ZonedRange | null {
  const startUtc = parseUtc(t.utcStart);
  const endUtc = parseUtc(t.utcEnd) ?? startUtc;
  const wallStart = parseWallClock(t.wallStart);
  const wallEnd = parseWallClock(t.wallEnd) ?? wallStart;
  if (mode === 'local' && startUtc && endUtc) {
    const startLabel = zoneLabel(locale, startUtc, localZone);
    const endLabel = zoneLabel(locale, endUtc, localZone);
    // Across a daylight-saving change in the visitor's zone: both offsets, as event mode writes them.
    const label = endLabel && endLabel !== startLabel ? `${startLabel} → ${endLabel}` : startLabel;
    return { start: startUtc, end: endUtc, timeZone: localZone, label, startUtc, endUtc };
  }
  if (!wallStart || !wallEnd) {
    if (!startUtc || !endUtc) return null;
    // Only instants: show them in UTC rather than guess a zone.
    return { start: startUtc, end: endUtc, timeZone: 'UTC', label: 'UTC', startUtc, endUtc };
  }
  const offset =
    startUtc ? Math.round((wallStart.getTime() - startUtc.getTime()) / 900_000) * 15 : offsetFromZoneName(t.timeZoneName);
  const endOffset = endUtc && wallEnd ? Math.round((wallEnd.getTime() - endUtc.getTime()) / 900_000) * 15 : offset;
  let label = offset === null ? zoneCities(t.timeZoneName) : offsetLabel(offset);
  // An event across a daylight-saving change: both offsets, "GMT+11 → GMT+10".
  if (offset !== null && endOffset !== null && endOffset !== offset) label = `${label} → ${offsetLabel(endOffset)}`;
  const fixedStart = startUtc ?? (offset !== null ? new Date(wallStart.getTime() - offset * 60_000) : null);
  const fixedEnd = endUtc ?? (offset !== null ? new Date(wallEnd.getTime() - offset * 60_000) : null);
  return { start: wallStart, end: wallEnd, timeZone: 'UTC', label, startUtc: fixedStart, endUtc: fixedEnd };
}

/**
 * "2026-12-03": the calendar day of a zoned date, for grouping and sorting sessions by day. Built
 * from numeric parts, never from a locale's display format: WebKit formats `en-CA` as
 * "12/31/2026", which sorted as text puts Jan 1 before Dec 31.
 */
export function dayKey(d: Date, timeZone: string | undefined): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  // Event mode formats in UTC: the date's own UTC fields are that day, without Intl (whose
  // formatToParts, twice a card, was a tenth of rendering ten thousand cards).
  const utcYear = timeZone === 'UTC' ? d.getUTCFullYear() : NaN;
  if (utcYear >= 1 && utcYear <= 9999) return `${pad(utcYear, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  const parts = dateFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const y = part('year');
  const m = part('month');
  const day = part('day');
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isSameDay(r: ZonedRange): boolean {
  return dayKey(r.start, r.timeZone) === dayKey(r.end, r.timeZone);
}

/**
 * The range as people write it: "Thu, Dec 3, 2026, 9:00 AM – 5:30 PM GMT+1" on one day,
 * "Dec 3 – 5, 2026" (with times when `withTime`) over several.
 */
export function formatRange(locale: string, r: ZonedRange, { withTime = true, weekday = false } = {}): string {
  const sameDay = isSameDay(r);
  const options: Intl.DateTimeFormatOptions = {
    timeZone: r.timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(weekday ? { weekday: 'short' } : {}),
    ...(withTime || sameDay ? { hour: 'numeric', minute: '2-digit' } : {}),
  };
  const f = dateFormat(locale, options);
  const text = r.end.getTime() > r.start.getTime() ? f.formatRange(r.start, r.end) : f.format(r.start);
  return withTime || sameDay ? `${text} ${r.label}`.trim() : text;
}

/** "9:30 – 10:15 AM" within a day. */
export function formatTimeRange(locale: string, r: ZonedRange): string {
  const f = dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: r.timeZone });
  return r.end.getTime() > r.start.getTime() ? f.formatRange(r.start, r.end) : f.format(r.start);
}

/** "Thursday, December 3, 2026": a day heading. */
export function formatDay(locale: string, d: Date, timeZone: string | undefined): string {
  return dateFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(d);
}

export function formatNumber(locale: string, n: number): string {
  return numberFormat(locale).format(n);
}

/**
 * Prices come with a currency *symbol* only. Unambiguous symbols map to their ISO code so `Intl`
 * places and rounds them as the locale does; "$" formats as a dollar whatever the country; anything
 * unknown keeps the symbol as given.
 */
const SYMBOL_TO_CODE: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '₹': 'INR', '$': 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD',
  'CA$': 'CAD', 'NZ$': 'NZD', 'R$': 'BRL', '₩': 'KRW', 'CHF': 'CHF', 'kr': 'SEK', 'zł': 'PLN', '₺': 'TRY', '₪': 'ILS',
  'R': 'ZAR', 'د.إ': 'AED', 'AED': 'AED', 'S$': 'SGD', 'HK$': 'HKD', '₱': 'PHP', '₫': 'VND', '฿': 'THB', 'Kč': 'CZK',
};

/** The ISO 4217 code of a currency symbol or code ("€" → "EUR", "USD" → "USD"); undefined when unknown. */
export function currencyCode(symbol: string | null | undefined): string | undefined {
  const sym = (symbol ?? '').trim();
  return /^[A-Z]{3}$/.test(sym) ? sym : SYMBOL_TO_CODE[sym];
}

export function formatPrice(locale: string, amount: number, symbol: string | null | undefined): string {
  const sym = (symbol ?? '').trim();
  const code = currencyCode(sym);
  if (code) {
    try {
      return numberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).format(amount);
    } catch {
      /* an engine without that currency: fall through */
    }
  }
  const n = numberFormat(locale, { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
  return sym ? `${sym}${n}` : n;
}
