/**
 * Event rules: calendar entries. The event or a session as an item of an .ics file (the writer is
 * `src/internal/ics.ts`). Pure: no DOM, no Lit.
 */
import type { EvtEvent, EvtSession } from '../api/schemas.js';
import type { CalendarItem } from '../internal/ics.js';
import { parseUtc, parseWallClock } from '../internal/format.js';
import type { Messages } from '../internal/messages.js';
import { plainText, safeHttpUrl } from '../internal/sanitize.js';
import { fullLocation, isOnline, placeSummary } from './place.js';

/** A calendar entry's times: UTC instants when the API gave them, else floating time. */
function calendarTimes(t: { wallStart?: string | null; wallEnd?: string | null; utcStart?: string | null; utcEnd?: string | null }) {
  const startUtc = parseUtc(t.utcStart);
  const endUtc = parseUtc(t.utcEnd);
  if (startUtc) return { start: startUtc, end: endUtc ?? startUtc, utc: true };
  // No instants (older payloads): the wall clock as floating time, which calendars show as
  // written, rather than an offset guessed from the zone's name (wrong across daylight saving).
  const start = parseWallClock(t.wallStart);
  if (!start) return null;
  return { start, end: parseWallClock(t.wallEnd) ?? start, utc: false };
}

/** The event as one calendar item; null when it has no usable date. */
export function eventCalendarItem(event: EvtEvent, m: Messages, pageUrl?: string | null): CalendarItem | null {
  const t = calendarTimes({ wallStart: event.startDate, wallEnd: event.endDate, utcStart: event.startDateUTC, utcEnd: event.endDateUTC });
  if (!t) return null;
  const url = safeHttpUrl(event.publicEventUrl) ?? safeHttpUrl(pageUrl);
  return {
    uid: `${event.eventId || event.readableEventId}@evt-widgets`,
    title: event.eventName,
    ...t,
    location: fullLocation(event, m) || undefined,
    description: [plainText(event.description), url].filter(Boolean).join('\n\n') || undefined,
    url,
  };
}

/** A session as a calendar item ("Keynote · Summit 2026"); null when it has no usable date. */
export function sessionCalendarItem(session: EvtSession, event: EvtEvent, m: Messages, pageUrl?: string | null): CalendarItem | null {
  const t = calendarTimes({ wallStart: session.startTime, wallEnd: session.endTime, utcStart: session.startTimeUTC, utcEnd: session.endTimeUTC });
  if (!t) return null;
  const url = safeHttpUrl(event.publicEventUrl) ?? safeHttpUrl(pageUrl);
  const loc = isOnline(event) ? m.online : placeSummary(session.room ?? event.room, session.building ?? event.building).join(', ');
  return {
    uid: `${session.id}@evt-widgets`,
    title: `${session.name ?? ''} · ${event.eventName}`.replace(/^ · /, ''),
    ...t,
    location: loc || undefined,
    description: [plainText(session.sessionSummary ?? session.detailedDescription), url].filter(Boolean).join('\n\n') || undefined,
    url,
  };
}
