/**
 * Event rules: times. When an event or session starts and ends (as instants and as the wall clock
 * to show), whether it is over, sessions grouped by day, sessions that overlap. Pure functions
 * over the API's types: no DOM, no Lit. Formatting for display is `src/internal/format.ts`'s.
 *
 * Readings where the contract is silent:
 * - Without `endDateUTC`, the end instant comes from the wall clock and the offset in
 *   `timeZoneName`; with neither, the wall clock may be up to 14 h off, so an event counts as
 *   ended only once that is sure (`ENDED_SLACK_MS`).
 */
import type { EvtEvent, EvtSession } from '../api/schemas.js';
import { dayKey, formatDay, parseUtc, parseWallClock, zonedRange, type TimeMode, type ZonedRange } from '../internal/format.js';

/** How far a wall clock without any offset can be from UTC: the widest zone offset. */
export const ENDED_SLACK_MS = 14 * 3_600_000;

const eventTimes = (e: EvtEvent) => ({
  wallStart: e.startDate,
  wallEnd: e.endDate,
  utcStart: e.startDateUTC,
  utcEnd: e.endDateUTC,
  timeZoneName: e.timeZoneName,
});

/** The event's times (`startDate`/`startDateUTC`…) in the chosen mode; null without a usable date. */
export function eventRange(event: EvtEvent, mode: TimeMode, locale: string): ZonedRange | null {
  return zonedRange(eventTimes(event), mode, locale);
}

/** A session's times; sessions carry no zone name, so the event's labels them. */
export function sessionRange(session: EvtSession, event: EvtEvent | null, mode: TimeMode, locale: string): ZonedRange | null {
  return zonedRange(
    { wallStart: session.startTime, wallEnd: session.endTime, utcStart: session.startTimeUTC, utcEnd: session.endTimeUTC, timeZoneName: event?.timeZoneName },
    mode,
    locale,
  );
}

export interface Instants {
  /** Milliseconds since the epoch; NaN when the payload has no usable date. */
  start: number;
  end: number;
  /** The instants are known (UTC fields or a zone offset), not a wall clock read as UTC. */
  exact: boolean;
}

/** When the event starts and ends, for ordering and for "is it over". Event mode never touches `Intl`. */
export function eventInstants(event: EvtEvent): Instants {
  // With a UTC start, zonedRange's instants are that start and the UTC end (or the start again):
  // taken directly, without its wall-clock parsing and zone label (a list orders ten thousand).
  const utcStart = parseUtc(event.startDateUTC);
  if (utcStart) return { start: utcStart.getTime(), end: (parseUtc(event.endDateUTC) ?? utcStart).getTime(), exact: true };
  const r = zonedRange(eventTimes(event), 'event', 'en');
  if (r?.startUtc) return { start: r.startUtc.getTime(), end: (r.endUtc ?? r.startUtc).getTime(), exact: true };
  // Without an offset anywhere, the wall clock read as UTC is the best guess (off by hours at most).
  const start = r?.start ?? parseWallClock(event.startDate);
  const end = r?.end ?? parseWallClock(event.endDate) ?? start;
  return { start: start ? start.getTime() : NaN, end: end ? end.getTime() : NaN, exact: false };
}

const isInstants = (x: EvtEvent | Instants): x is Instants => typeof (x as Instants).exact === 'boolean';

/** The event is over: its end has passed for certain. An event without dates is never over. */
export function hasEnded(event: EvtEvent | Instants, now: number): boolean {
  return now > endedAfter(isInstants(event) ? event : eventInstants(event));
}

/** The instant after which an event counts as over (`hasEnded`); NaN when its end is unknown. */
export function endedAfter(t: Instants): number {
  return t.end + (t.exact ? 0 : ENDED_SLACK_MS);
}

export interface SessionDay {
  /** "2026-12-03", or "" for sessions without a usable time. */
  key: string;
  /** "Thursday, December 3, 2026" in the chosen zone; "" for the unscheduled group. */
  label: string;
  items: { session: EvtSession; range: ZonedRange | null }[];
}

/**
 * Sessions grouped by calendar day in the chosen zone (a session at 23:30 in Amsterdam may be the
 * next day for a visitor in Tokyo), days and sessions in time order; sessions without a time last.
 */
export function sessionDays(sessions: readonly EvtSession[], event: EvtEvent | null, mode: TimeMode, locale: string): SessionDay[] {
  const items = sessions.map((session) => ({ session, range: sessionRange(session, event, mode, locale) }));
  const at = (r: ZonedRange | null) => r?.startUtc?.getTime() ?? r?.start.getTime() ?? Infinity;
  items.sort((a, b) => at(a.range) - at(b.range) || (a.range?.end.getTime() ?? 0) - (b.range?.end.getTime() ?? 0));
  const days = new Map<string, SessionDay>();
  for (const it of items) {
    const key = it.range ? dayKey(it.range.start, it.range.timeZone) : '';
    let day = days.get(key);
    if (!day) {
      day = { key, label: it.range ? formatDay(locale, it.range.start, it.range.timeZone) : '', items: [] };
      days.set(key, day);
    }
    day.items.push(it);
  }
  // Keys are numeric "YYYY-MM-DD", so text order is calendar order.
  return [...days.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function span(s: EvtSession): [number, number] | null {
  const start = parseUtc(s.startTimeUTC) ?? parseWallClock(s.startTime);
  const end = parseUtc(s.endTimeUTC) ?? parseWallClock(s.endTime) ?? start;
  return start && end ? [start.getTime(), Math.max(end.getTime(), start.getTime())] : null;
}

/** For each session, the other sessions of the list it overlaps in time. */
export function overlaps(sessions: readonly EvtSession[]): Map<string, EvtSession[]> {
  const out = new Map<string, EvtSession[]>();
  const spans = sessions.map((s) => ({ s, t: span(s) }));
  for (const a of spans) {
    for (const b of spans) {
      if (a === b || !a.t || !b.t) continue;
      if (a.t[0] < b.t[1] && b.t[0] < a.t[1]) out.set(a.s.id, [...(out.get(a.s.id) ?? []), b.s]);
    }
  }
  return out;
}
