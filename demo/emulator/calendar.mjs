// OM `GET calendar/personal/ics?api-version=2016-06-30&data=[{readableEventId, sessionId?, data:{placeholder:value}}]`:
// an RFC 5545 VCALENDAR with one VEVENT per item, times in UTC, shaped like the documented example
// (personalized-calendar-content.md): `X-WR-CALNAME`, an empty `LOCATION:` when there is none, and
// the HTML content as `X-ALT-DESC;FMTTYPE=text/html` beside its plain-text `DESCRIPTION`. The
// event's calendar content (emulator setting `calendarContent`, HTML) has `{{name}}` placeholders
// filled from `data` (escaped in the HTML); `msevtmgt_checkin_url` is reserved and never taken
// from the request.

import { HttpError, isObject } from './http.mjs';

const RESERVED = 'msevtmgt_checkin_url';

/** Parses the `data` query parameter. */
export function parseCalendarRequest(raw) {
  if (raw == null || raw === '') throw new HttpError(400, 'The "data" query parameter is missing: a URL-encoded JSON array [{"readableEventId": "...", "sessionId"?: "...", "data"?: {...}}].');
  let items;
  try {
    items = JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'The "data" query parameter is not valid JSON.');
  }
  if (!Array.isArray(items) || items.length === 0) throw new HttpError(400, 'The "data" query parameter must be a non-empty JSON array.');
  return items.map((it, i) => {
    if (!isObject(it) || typeof it.readableEventId !== 'string') throw new HttpError(400, `data[${i}] must be an object with a string "readableEventId".`);
    if (it.sessionId != null && typeof it.sessionId !== 'string') throw new HttpError(400, `data[${i}].sessionId must be a string.`);
    if (it.data != null && !isObject(it.data)) throw new HttpError(400, `data[${i}].data must be an object of placeholder values.`);
    return { readableEventId: it.readableEventId, sessionId: it.sessionId ?? null, data: it.data ?? {} };
  });
}

/** `20261203T080000Z` */
export function icsDate(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export function icsText(s) {
  return String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function fold(line) {
  const out = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

/** Plain text of an HTML description (for the calendar's DESCRIPTION). */
export function htmlToText(html) {
  return String(html)
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|li|div|h\d)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Fills `{{name}}` placeholders; unknown ones become empty. `html`: the values are escaped, so a
 * value in a crafted link cannot add markup to someone's calendar.
 */
export function fillPlaceholders(template, data, html = false) {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name) => {
    if (name === RESERVED) return '';
    const v = data[name];
    const text = v == null ? '' : String(v);
    return html ? escapeHtml(text) : text;
  });
}

/**
 * @param {{ entry: import('./store.mjs').EventEntry, session: Record<string, any> | null, data: Record<string, unknown> }[]} items
 * @param {number} nowMs
 */
export function buildCalendar(items, nowMs) {
  const calName = items.length === 1 ? (items[0].session ? `${items[0].session.name} (${items[0].entry.name})` : items[0].entry.name) : 'Events';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//evt-widgets//Events API emulator//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(calName)}`];
  for (const { entry, session, data } of items) {
    const ev = entry.event;
    const [start, end] = session ? entry.sessionTimes(session) : [entry.startMs, entry.endMs];
    if (Number.isNaN(start)) throw new HttpError(400, `${session ? `Session "${session.id}"` : `Event "${entry.rid}"`} has no start date.`);
    const location = [session?.room?.name ?? ev.room?.name, (session?.building ?? ev.building)?.name, (session?.building ?? ev.building)?.addressComposite?.trim()]
      .filter((x) => typeof x === 'string' && x !== '')
      .join(', ');
    const html = typeof entry.extra.calendarContent === 'string'
      ? fillPlaceholders(entry.extra.calendarContent, data, true)
      : (session ? session.sessionSummary && escapeHtml(session.sessionSummary) : ev.description) ?? '';
    const text = [htmlToText(html), ev.publicEventUrl].filter(Boolean).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ev.eventId ?? entry.rid}${session ? `-${session.id}` : ''}@evt-widgets-emulator`,
      `DTSTAMP:${icsDate(nowMs)}`,
      `DTSTART:${icsDate(start)}`,
      `DTEND:${icsDate(Number.isNaN(end) ? start : end)}`,
      `SUMMARY:${icsText(session ? `${session.name} (${entry.name})` : entry.name)}`,
      `LOCATION:${icsText(location)}`,
    );
    if (text) lines.push(`DESCRIPTION:${icsText(text)}`);
    if (html) lines.push(`X-ALT-DESC;FMTTYPE=text/html:${icsText(html)}`);
    if (typeof ev.publicEventUrl === 'string' && ev.publicEventUrl) lines.push(`URL:${ev.publicEventUrl}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
