/**
 * What `<evt-detail>` derives from the API's data, without DOM or Lit: registration state, capacity,
 * address, facilities, times and calendar items. Pure functions, so the rules are tested apart from
 * the rendering.
 */
import type { EvtBuilding, EvtEvent, EvtPass, EvtRoom, EvtSession } from '../../api/schemas.js';
import { EventFormat } from '../../api/schemas.js';
import type { CalendarItem } from '../../internal/ics.js';
import { dayKey, formatDay, parseUtc, parseWallClock, zonedRange, type TimeMode, type ZonedRange } from '../../internal/format.js';
import type { Messages } from '../../internal/messages.js';
import { plainText, safeHttpUrl } from '../../internal/sanitize.js';

/**
 * Where registration stands, in the order the checks apply:
 * - `ended`: the event is over;
 * - `closed`: `setRegistrationEndDate` and the stop date has passed (`websiteMessage` is shown);
 * - `waitlist`: full (capacity reached, or every pass sold) with a waitlist;
 * - `sold-out`: full without one;
 * - `open`.
 */
export type RegistrationState = 'ended' | 'closed' | 'waitlist' | 'sold-out' | 'open';

/** The event's times (`startDate`/`startDateUTC`…) in the chosen mode. */
export function eventRange(event: EvtEvent, mode: TimeMode, locale: string): ZonedRange | null {
  return zonedRange(
    {
      wallStart: event.startDate,
      wallEnd: event.endDate,
      utcStart: event.startDateUTC,
      utcEnd: event.endDateUTC,
      timeZoneName: event.timeZoneName,
    },
    mode,
    locale,
  );
}

/** A session's times; sessions carry no zone name, so the event's labels them. */
export function sessionRange(session: EvtSession, event: EvtEvent | null, mode: TimeMode, locale: string): ZonedRange | null {
  return zonedRange(
    {
      wallStart: session.startTime,
      wallEnd: session.endTime,
      utcStart: session.startTimeUTC,
      utcEnd: session.endTimeUTC,
      timeZoneName: event?.timeZoneName,
    },
    mode,
    locale,
  );
}

/** Places left when capacity is restricted and the count is known; null otherwise. Never negative. */
export function placesLeft(event: EvtEvent, registrationCount: number | null | undefined): number | null {
  if (!event.isCapacityRestricted || typeof registrationCount !== 'number' || typeof event.maxCapacity !== 'number') return null;
  return Math.max(0, event.maxCapacity - registrationCount);
}

/** Paid events only: every pass sold (a pass without a count is taken as available). */
export function allPassesSold(passes: readonly EvtPass[] | null | undefined): boolean {
  return !!passes?.length && passes.every((p) => typeof p.numberOfPassesLeft === 'number' && p.numberOfPassesLeft <= 0);
}

export function registrationState(
  event: EvtEvent,
  registrationCount: number | null | undefined,
  passes: readonly EvtPass[] | null | undefined,
  now = Date.now(),
): RegistrationState {
  const end = eventRange(event, 'event', 'en')?.endUtc;
  if (end && end.getTime() < now) return 'ended';
  const stop = parseUtc(event.stopRegistrationDate);
  if (event.setRegistrationEndDate && stop && now >= stop.getTime()) return 'closed';
  const left = placesLeft(event, registrationCount);
  if ((left !== null && left <= 0) || allPassesSold(passes)) return event.showWaitlist ? 'waitlist' : 'sold-out';
  return 'open';
}

/** Contract §8: full when `isCapacityRestricted && registrationCount >= maxCapacity`. */
export function sessionFull(s: EvtSession): boolean {
  return !!s.isCapacityRestricted && typeof s.maxCapacity === 'number' && (s.registrationCount ?? 0) >= s.maxCapacity;
}

/** Places left in a capacity-restricted session; null when unrestricted. */
export function sessionPlacesLeft(s: EvtSession): number | null {
  if (!s.isCapacityRestricted || typeof s.maxCapacity !== 'number') return null;
  return Math.max(0, s.maxCapacity - (s.registrationCount ?? 0));
}

export const isOnline = (event: EvtEvent) => event.eventFormat === EventFormat.Webinar;
export const isHybrid = (event: EvtEvent) => event.eventFormat === EventFormat.Hybrid;

/** A trimmed string; '' for null, missing, or anything that is not a string (never throws in render). */
export const clean = (s: unknown): string => (typeof s === 'string' ? s.trim() : '');

/**
 * The building's address as lines. `addressComposite` is whitespace only when empty (older
 * payloads), so the separate lines are the fallback.
 */
export function addressLines(b: EvtBuilding | null | undefined): string[] {
  if (!b) return [];
  const composite = clean(b.addressComposite);
  if (composite) return composite.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
  const cityLine = [clean(b.postalCode), clean(b.city)].filter(Boolean).join(' ');
  return [b.addressLine1, b.addressLine2, b.addressLine3, cityLine, b.stateProvince, b.country].map(clean).filter(Boolean);
}

/** The short place line: room, building, city (address-less buildings have only a name). */
export function placeSummary(room: EvtRoom | null | undefined, b: EvtBuilding | null | undefined): string[] {
  const parts = [clean(room?.name), clean(b?.name), clean(b?.city)].filter(Boolean);
  return [...new Set(parts)];
}

/** The building's facilities as sentences, in a fixed order. Text, never icons alone. */
export function facilities(event: EvtEvent, m: Messages): string[] {
  const b = event.building;
  const out: string[] = [];
  if (b?.disabledAccess || event.room?.disabledAccess) out.push(m.detailFacilityStepFree);
  if (b?.accessibleToilets) out.push(m.detailFacilityToilets);
  if (b?.disabledParking) out.push(m.detailFacilityParking);
  if (b?.wifiAvailable) out.push(clean(b.wifiSSID) ? m.detailFacilityWifiNetwork(clean(b.wifiSSID)) : m.detailFacilityWifi);
  if (b?.publicTelephoneAvailable) out.push(m.detailFacilityTelephone);
  const extra = clean(b?.additionalFacilities);
  if (extra) out.push(extra);
  return out;
}

/** A calendar entry from an item's times: UTC instants when the API gave them, else floating time. */
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

export function locationText(event: EvtEvent, m: Messages, room = event.room, building = event.building): string {
  if (isOnline(event)) return m.online;
  return [...placeSummary(room, building), ...addressLines(building)].filter((v, i, a) => a.indexOf(v) === i).join(', ');
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
    location: locationText(event, m) || undefined,
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
  return [...days.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)));
}
