// Time zones: Dynamics 365 time-zone codes, and conversions between an event's wall clock and UTC.
//
// The Events API gives every date twice: `startDate` as the wall clock in the event's zone (no
// offset) and `startDateUTC` as the instant. Dynamics stores zones as CRM codes (the Windows
// "time zone index"); we map the codes we use to IANA zones so Intl does the DST arithmetic.

/**
 * CRM time-zone code -> the label Dynamics returns in `timeZoneName`, and the IANA zone used here.
 * @type {Readonly<Record<number, {label: string, iana: string}>>}
 */
export const CRM_TIME_ZONES = Object.freeze({
  4: { label: '(GMT-08:00) Pacific Time (US & Canada)', iana: 'America/Los_Angeles' },
  10: { label: '(GMT-07:00) Mountain Time (US & Canada)', iana: 'America/Denver' },
  20: { label: '(GMT-06:00) Central Time (US & Canada)', iana: 'America/Chicago' },
  35: { label: '(GMT-05:00) Eastern Time (US & Canada)', iana: 'America/New_York' },
  65: { label: '(GMT-03:00) Brasilia', iana: 'America/Sao_Paulo' },
  85: { label: '(GMT+00:00) Dublin, Edinburgh, Lisbon, London', iana: 'Europe/London' },
  95: { label: '(GMT+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague', iana: 'Europe/Budapest' },
  105: { label: '(GMT+01:00) Brussels, Copenhagen, Madrid, Paris', iana: 'Europe/Paris' },
  110: { label: '(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', iana: 'Europe/Amsterdam' },
  165: { label: '(GMT+04:00) Abu Dhabi, Muscat', iana: 'Asia/Dubai' },
  190: { label: '(GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi', iana: 'Asia/Kolkata' },
  210: { label: '(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi', iana: 'Asia/Shanghai' },
  215: { label: '(GMT+08:00) Kuala Lumpur, Singapore', iana: 'Asia/Singapore' },
  235: { label: '(GMT+09:00) Osaka, Sapporo, Tokyo', iana: 'Asia/Tokyo' },
  255: { label: '(GMT+10:00) Canberra, Melbourne, Sydney', iana: 'Australia/Sydney' },
  290: { label: '(GMT+12:00) Auckland, Wellington', iana: 'Pacific/Auckland' },
});

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** @type {Map<string, Intl.DateTimeFormat>} */
const formatters = new Map();
/** @param {string} iana */
function formatter(iana) {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(iana, f);
  }
  return f;
}

/**
 * The wall-clock fields of an instant in a zone.
 * @param {number} utcMs @param {string} iana
 */
export function wallParts(utcMs, iana) {
  /** @type {Record<string, number>} */
  const p = {};
  for (const { type, value } of formatter(iana).formatToParts(new Date(utcMs))) {
    if (type !== 'literal') p[type] = Number(value);
  }
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** Offset of the zone from UTC at an instant, in ms (e.g. +3_600_000 for CET). */
export function offsetAt(utcMs, iana) {
  const w = wallParts(utcMs, iana);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** True for `2026-12-03T09:00:00`: a date-time without an offset. */
export function isWallClock(s) {
  if (typeof s !== 'string') return false;
  const m = WALL_RE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0));
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && se < 60;
}

/** Parses a wall clock as if it were UTC (arithmetic helper). */
function wallAsUtc(s) {
  const m = WALL_RE.exec(s);
  if (!m) return NaN;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0));
  return Date.UTC(y, mo - 1, d, h, mi, se);
}

/**
 * The instant at which the zone's clocks show `wall`. Two passes settle the offset across a DST
 * change; a wall time that does not exist (spring-forward gap) lands just after the gap.
 * @param {string} wall `YYYY-MM-DDTHH:mm[:ss]` @param {string} iana @returns {number}
 */
export function wallToUtc(wall, iana) {
  const asUtc = wallAsUtc(wall);
  let utc = asUtc - offsetAt(asUtc, iana);
  utc = asUtc - offsetAt(utc, iana);
  return utc;
}

/** `2026-12-03T09:00:00` for an instant in a zone. */
export function utcToWall(utcMs, iana) {
  const w = wallParts(utcMs, iana);
  return formatWall(w.year, w.month, w.day, w.hour, w.minute, w.second);
}

const pad = (n, l = 2) => String(n).padStart(l, '0');
function formatWall(y, mo, d, h = 0, mi = 0, s = 0) {
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** ISO instant ending in `Z`, whole seconds: `2026-12-03T08:00:00Z`. */
export function isoUtc(utcMs) {
  return new Date(Math.floor(utcMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Wall clock `days` after the calendar day `now` falls on in the zone, at `time` ("HH:mm").
 * @param {Date} now @param {string} iana @param {number} days @param {string} time
 */
export function wallDay(now, iana, days, time) {
  const w = wallParts(now.getTime(), iana);
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day) + days * DAY_MS);
  const [h, mi] = time.split(':').map(Number);
  return formatWall(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), h, mi, 0);
}

/** Adds whole days to a wall clock (keeps the time of day). */
export function addWallDays(wall, days) {
  const t = new Date(wallAsUtc(wall) + days * DAY_MS);
  return formatWall(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/**
 * The first instant at or after `fromMs` where the zone's UTC offset changes (a DST transition),
 * searched up to ~400 days ahead; null for zones without DST.
 * @param {string} iana @param {number} fromMs @returns {number | null}
 */
export function nextOffsetChange(iana, fromMs) {
  fromMs = Math.floor(fromMs / 60_000) * 60_000;
  const start = offsetAt(fromMs, iana);
  let lo = fromMs;
  let hi = NaN;
  // Weekly steps: a zone changes offset at most a few times a year, never twice in a week.
  for (let t = fromMs + 7 * DAY_MS; t <= fromMs + 400 * DAY_MS; t += 7 * DAY_MS) {
    if (offsetAt(t, iana) !== start) {
      hi = t;
      break;
    }
    lo = t;
  }
  if (Number.isNaN(hi)) return null;
  // Binary search to the minute: transitions happen on whole minutes.
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetAt(mid, iana) === start) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Parses an instant: with `Z` or an offset it is absolute; a wall clock is read in `iana` (UTC
 * when no zone is known). NaN when it is not a date.
 * @param {unknown} s @param {string} [iana]
 */
export function parseInstant(s, iana) {
  if (typeof s !== 'string') return NaN;
  if (isWallClock(s)) return iana ? wallToUtc(s, iana) : wallAsUtc(s);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return NaN;
  return Date.parse(s);
}

export { DAY_MS, HOUR_MS };
