#!/usr/bin/env node
// Generated `--data` documents for the benchmarks (the emulator's data format, see
// demo/emulator/data.mjs):
//
//   scaleData({ n, origin })  N published events, all upcoming, plain enough that the list's
//                             cost is the list's and not the images' or the count requests':
//                             no image, no capacity limit (so no registrations/count calls), four
//                             fixed-offset time zones, on-site, hybrid and online events.
//                             Exactly one event has the word "Zephyr" in it (the search target)
//                             and every tenth has "Harbour".
//   loadData({ origin })      one free event with room for everyone, no questions, no agenda,
//                             single attendee: what the registration-under-load run submits to.
//
// Every document has its own web application (token `bench-token`) allowing the bench pages'
// origin. From the command line, for trying the same data by hand:
//
//   node bench/generate-data.mjs --events 1000 --origin http://localhost:5173 > /tmp/1000.json
//   npm run emulator -- --data /tmp/1000.json
//   node bench/generate-data.mjs --load --origin http://localhost:5173 > /tmp/load.json

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const BENCH_TOKEN = 'bench-token';
export const SEARCH_UNIQUE = 'Zephyr';
export const SEARCH_TENTH = 'Harbour';
export const LOAD_EVENT = 'Bench_Load_Event';

const HOUR = 3_600_000;
/** Zones without daylight saving, so wall clocks are simple to derive: CRM code, label, offset (minutes). */
const ZONES = [
  [235, '(GMT+09:00) Osaka, Sapporo, Tokyo', 540],
  [190, '(GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi', 330],
  [215, '(GMT+08:00) Kuala Lumpur, Singapore', 480],
  [165, '(GMT+04:00) Abu Dhabi, Muscat', 240],
];
const CITIES = ['Osaka', 'Pune', 'Penang', 'Muscat', 'Kyoto', 'Chennai', 'Ipoh', 'Sohar', 'Nagoya', 'Mysore'];
const TOPICS = ['Cloud', 'Data', 'Security', 'Design', 'Retail', 'Finance', 'Health', 'Energy', 'Mobility', 'Learning', 'Robotics', 'Media'];
const KINDS = ['Briefing', 'Conference', 'Workshop', 'Summit', 'Meetup', 'Forum', 'Webinar', 'Clinic'];
const TYPES = [100000001, 100000002, 100000003, 100000004, 100000005];
const FORMATS = [100000001, 100000001, 100000002, 100000003]; // on-site twice as often

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** "2026-12-03T09:00:00" for an instant seen at a fixed UTC offset. */
const wall = (ms, offsetMin) => {
  const d = new Date(ms + offsetMin * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
};
const utc = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** A stable, valid-looking GUID from a number. */
const guid = (kind, i) => {
  const h = (kind * 1_000_003 + i).toString(16).padStart(12, '0').slice(-12);
  return `be7c0000-0000-4000-8${pad(kind, 3)}-${h}`;
};

function webApplications(origin) {
  return [{ token: BENCH_TOKEN, name: 'Benchmark pages', origins: [origin] }];
}

/** One plain published event. @param {number} i @param {number} n @param {number} now */
function plainEvent(i, n, now) {
  const [zone, zoneName, offset] = ZONES[i % ZONES.length];
  const city = CITIES[i % CITIES.length];
  const topic = TOPICS[i % TOPICS.length];
  const kind = KINDS[(i * 7) % KINDS.length];
  const zephyr = i === Math.floor(n / 2);
  const harbour = i % 10 === 3;
  // Spread over time, all upcoming: one every 2 hours, starting tomorrow, on the hour.
  const start = Math.ceil((now + 24 * HOUR) / HOUR) * HOUR + i * 2 * HOUR;
  const end = start + (1 + (i % 4)) * HOUR;
  const format = FORMATS[i % FORMATS.length];
  const online = format === 100000002;
  const name = `${zephyr ? SEARCH_UNIQUE + ' ' : ''}${topic} ${kind} ${city} #${i + 1}`;
  return {
    eventId: guid(1, i),
    readableEventId: `Bench_${pad(i + 1, 5)}`,
    eventName: name,
    description: `<p>A ${kind.toLowerCase()} about <strong>${topic.toLowerCase()}</strong> for teams in ${city}.${harbour ? ` Meet at the ${SEARCH_TENTH} entrance.` : ''} Doors open 30 minutes early; coffee, then three short talks and questions.</p>`,
    startDate: wall(start, offset),
    endDate: wall(end, offset),
    startDateUTC: utc(start),
    endDateUTC: utc(end),
    timeZone: zone,
    timeZoneName: zoneName,
    eventType: TYPES[i % TYPES.length],
    eventFormat: format,
    eventLanguage: 1033,
    maxCapacity: 0,
    isCapacityRestricted: false,
    showWaitlist: false,
    autoregisterWaitlistItems: false,
    showAutomaticRegistrationCheckbox: false,
    allowAnonymousRegistrations: true,
    allowCustomAgenda: false,
    enableMultiAttendeeRegistration: false,
    enableCaptcha: false,
    publicEventUrl: null,
    image: null,
    building: online
      ? null
      : {
          id: guid(2, i),
          name: `${city} ${harbour ? SEARCH_TENTH + ' ' : ''}Conference Centre`,
          description: null,
          addressComposite: `${(i % 90) + 1} Main Street, ${city}`,
          addressLine1: `${(i % 90) + 1} Main Street`,
          addressLine2: null,
          addressLine3: null,
          city,
          stateProvince: null,
          postalCode: null,
          country: null,
          email: null,
          telephone1: null,
          telephone2: null,
          telephone3: null,
          website: null,
          additionalFacilities: null,
          accessibleToilets: true,
          disabledAccess: true,
          disabledParking: false,
          publicTelephoneAvailable: false,
          wifiAvailable: true,
          wifiSSID: null,
          wifiPassword: null,
        },
    room: online ? null : { id: guid(3, i), name: `Room ${(i % 12) + 1}`, description: null, disabledAccess: true },
    registrationForm: null,
    setRegistrationEndDate: false,
    stopRegistrationDate: null,
    websiteMessage: null,
    sessions: [],
    tracks: [],
    speakers: [],
    sponsorships: [],
    passes: [],
    customRegistrationFields: [],
  };
}

/**
 * N published events. How many match each search word is part of the result, so the bench
 * knows what the list must show after a keystroke.
 * @param {{ n: number, origin: string, now?: number }} o
 */
export function scaleData({ n, origin, now = Date.now() }) {
  const events = Array.from({ length: n }, (_, i) => plainEvent(i, n, now));
  return {
    description: `evt-widgets benchmark: ${n} generated published events`,
    webApplications: webApplications(origin),
    events,
  };
}

export const SESSIONS_EVENT = 'Bench_Sessions_Event';

/**
 * One event whose visitors choose among `sessions` sessions (a custom agenda, ten a day, half an
 * hour each, over as many days as that takes): what the register form's keystroke bench renders.
 * @param {{ sessions: number, origin: string, now?: number }} o
 */
export function sessionsData({ sessions, origin, now = Date.now() }) {
  const ev = plainEvent(0, 1, now);
  const [zone, , offset] = ZONES[0];
  const first = Math.ceil((now + 24 * HOUR) / (24 * HOUR)) * 24 * HOUR + 9 * HOUR;
  const list = Array.from({ length: sessions }, (_, i) => {
    const start = first + Math.floor(i / 10) * 24 * HOUR + (i % 10) * HOUR;
    const end = start + HOUR / 2;
    return {
      id: guid(4, i),
      name: `${TOPICS[i % TOPICS.length]} session ${i + 1}`,
      sessionSummary: null,
      startTime: wall(start, offset),
      endTime: wall(end, offset),
      startTimeUTC: utc(start),
      endTimeUTC: utc(end),
      timeZone: zone,
      language: 1033,
      speakers: [],
      maxCapacity: 50,
      isCapacityRestricted: true,
      registrationCount: i % 60,
    };
  });
  const last = first + Math.ceil(sessions / 10) * 24 * HOUR;
  return {
    description: `evt-widgets benchmark: one event with ${sessions} sessions to choose from`,
    webApplications: webApplications(origin),
    events: [{ ...ev, readableEventId: SESSIONS_EVENT, eventName: 'Benchmark agenda day', allowCustomAgenda: true, endDate: wall(last, offset), endDateUTC: utc(last), sessions: list }],
  };
}

/** How many events of scaleData(n) contain a word (name, description, place), case-insensitive. */
export function expectedMatches(data, word) {
  const w = word.toLowerCase();
  return data.events.filter((e) =>
    [e.eventName, e.description, e.building?.name, e.building?.city, e.building?.addressLine1, e.room?.name].some((s) => (s ?? '').toLowerCase().includes(w)),
  ).length;
}

/** One free event that takes everyone the load run sends. @param {{ origin: string, capacity?: number, now?: number }} o */
export function loadData({ origin, capacity = 5000, now = Date.now() }) {
  const ev = plainEvent(0, 1, now);
  return {
    description: 'evt-widgets benchmark: one free event for concurrent registrations',
    webApplications: webApplications(origin),
    events: [
      {
        ...ev,
        readableEventId: LOAD_EVENT,
        eventName: 'Benchmark load day',
        isCapacityRestricted: true,
        maxCapacity: capacity,
        showWaitlist: false,
      },
    ],
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      load: { type: 'boolean' },
      origin: { type: 'string', default: 'http://localhost:5173' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (!values.events && !values.load)) {
    process.stdout.write('Usage: node bench/generate-data.mjs (--events N | --load) [--origin URL] > file.json\n');
    process.exit(values.help ? 0 : 2);
  }
  const n = Number(values.events);
  if (!values.load && (!Number.isInteger(n) || n < 1 || n > 100_000)) {
    process.stderr.write(`--events must be a whole number from 1 to 100000; got "${values.events}".\n`);
    process.exit(2);
  }
  const doc = values.load ? loadData({ origin: values.origin }) : scaleData({ n, origin: values.origin });
  process.stdout.write(JSON.stringify(doc) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) main();
