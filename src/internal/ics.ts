/**
 * "Add to calendar": an iCalendar (RFC 5545) file built in the browser from the UTC instants, so it
 * is right in every calendar whatever the visitor's zone. Without instants (older payloads) the
 * event's wall clock is written as floating local time rather than guessed.
 */

export interface CalendarItem {
  uid: string;
  title: string;
  start: Date;
  end: Date;
  /** True when start/end are UTC instants; false for a wall clock without a zone. */
  utc: boolean;
  location?: string;
  description?: string;
  url?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date, utc: boolean) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${utc ? 'Z' : ''}`;

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      size = 0;
    }
    cur += ch;
    size += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export function buildIcs(items: CalendarItem[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//evt-widgets//Events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const it of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(it.uid)}`,
      `DTSTAMP:${stamp(now, true)}`,
      `DTSTART:${stamp(it.start, it.utc)}`,
      `DTEND:${stamp(it.end, it.utc)}`,
      `SUMMARY:${text(it.title)}`,
    );
    if (it.location) lines.push(`LOCATION:${text(it.location)}`);
    if (it.description) lines.push(`DESCRIPTION:${text(it.description)}`);
    if (it.url) lines.push(`URL:${it.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A file name safe on every system: "Open Source Day.ics". */
export function icsFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'event'}.ics`;
}

/** Offers the file for download (a blob: URL of our own making, revoked right after). */
export function downloadIcs(items: CalendarItem[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([buildIcs(items)], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
