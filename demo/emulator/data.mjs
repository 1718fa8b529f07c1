// Validation of the `--data` document (and of `startEmulator({ data })`, and of the bundled seed,
// which is written in the same format). Every problem is reported with its JSON path, what was
// found and what was expected, because the person reading it is editing a large JSON file.
//
// Format: { "webApplications"?: [{ "id"?, "name"?, "token", "origins": [...] }],
//           "events": [{ ...Event fields as the API returns them...,
//                        "sessions"?, "tracks"?, "speakers"?, "sponsorships"?, "passes"?,
//                        "customRegistrationFields"?, "emulator"?: { emulator-only settings } }] }
// Keys the file leaves out stay out of responses; unknown keys on entities are served as given
// (custom attributes exposed through website entity configuration).

import { DEV_WEBAPP_ID } from './constants.mjs';
import { dataWarnings } from './data-warnings.mjs';
import { isWallClock, parseInstant } from './time.mjs';
import { isValidEmail } from './validate.mjs';

export class DataError extends Error {
  /** @param {string} path @param {string} problem */
  constructor(path, problem) {
    super(`${path}: ${problem}`);
    this.name = 'DataError';
    this.path = path;
  }
}

/** Event keys that hold the event's collections (not Event fields; served by their own endpoints). */
export const COLLECTION_KEYS = ['sessions', 'tracks', 'speakers', 'sponsorships', 'passes', 'customRegistrationFields'];

const describe = (v) => {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return `${typeof v} ${s.length > 60 ? s.slice(0, 57) + '...' : s}`;
};
const fail = (path, v, expected) => {
  throw new DataError(path, `found ${describe(v)}, expected ${expected}`);
};
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// Field kinds. Every kind except `id` accepts null (the API's "blank field").
/** @type {Record<string, [(v: any) => boolean, string]>} */
const KINDS = {
  id: [(v) => typeof v === 'string' && v.trim() !== '', 'a non-empty string'],
  string: [(v) => v === null || typeof v === 'string', 'a string or null'],
  int: [(v) => v === null || Number.isInteger(v), 'an integer or null'],
  count: [(v) => v === null || (Number.isInteger(v) && v >= 0), 'a whole number >= 0 or null'],
  number: [(v) => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0), 'a number >= 0 or null'],
  bool: [(v) => v === null || typeof v === 'boolean', 'true, false or null'],
  wall: [(v) => v === null || isWallClock(v), 'a wall-clock date-time in the event\'s time zone without offset, e.g. "2026-12-03T09:00:00", or null'],
  // Without "Z" or an offset it is read as UTC, with a warning (data-warnings.mjs).
  utc: [(v) => v === null || (typeof v === 'string' && !Number.isNaN(parseInstant(v))), 'an ISO 8601 UTC date-time such as "2026-12-03T08:00:00Z", or null'],
  instant: [(v) => v === null || !Number.isNaN(parseInstant(v)), 'an ISO 8601 date-time such as "2026-12-03T08:00:00Z", or null'],
  object: [(v) => v === null || isObject(v), 'an object or null'],
  array: [(v) => v === null || Array.isArray(v), 'an array or null'],
  // Served as given (real payloads vary); a path starting with "/" is made absolute on the emulator.
  image: [(v) => v === null || typeof v === 'string' || isObject(v), 'a URL, a path on the emulator starting with "/" (e.g. "/dev/images/events/<readableEventId>/banner.svg"), an object, or null'],
};

/** @param {Record<string, any>} obj @param {string} path @param {Record<string, string>} fields */
function checkFields(obj, path, fields) {
  for (const [key, kind] of Object.entries(fields)) {
    if (!(key in obj)) continue;
    const [ok, expected] = KINDS[kind];
    if (!ok(obj[key])) fail(`${path}.${key}`, obj[key], expected);
  }
}
function requireKey(obj, path, key) {
  if (!(key in obj)) throw new DataError(`${path}.${key}`, `is missing, expected ${KINDS.id[1]}`);
  checkFields(obj, path, { [key]: 'id' });
}

const BUILDING = {
  id: 'string', name: 'string', description: 'string', addressComposite: 'string', addressLine1: 'string',
  addressLine2: 'string', addressLine3: 'string', city: 'string', stateProvince: 'string', state: 'string', region: 'string', postalCode: 'string',
  country: 'string', email: 'string', telephone1: 'string', telephone2: 'string', telephone3: 'string',
  website: 'string', additionalFacilities: 'string', accessibleToilets: 'bool', disabledAccess: 'bool',
  disabledParking: 'bool', publicTelephoneAvailable: 'bool', wifiAvailable: 'bool', wifiSSID: 'string',
  wifiPassword: 'string',
};
const ROOM = { id: 'string', name: 'string', description: 'string', disabledAccess: 'bool' };
const EVENT = {
  eventId: 'string', eventName: 'string', description: 'string', startDate: 'wall', endDate: 'wall',
  startDateUTC: 'utc', endDateUTC: 'utc', timeZone: 'int', timeZoneName: 'string', eventType: 'int',
  eventFormat: 'int', eventLanguage: 'int', maxCapacity: 'count', isCapacityRestricted: 'bool',
  showWaitlist: 'bool', autoregisterWaitlistItems: 'bool', showAutomaticRegistrationCheckbox: 'bool',
  allowAnonymousRegistrations: 'bool', allowCustomAgenda: 'bool', enableMultiAttendeeRegistration: 'bool',
  enableCaptcha: 'bool', publicEventUrl: 'string', image: 'image', building: 'object', room: 'object',
  registrationForm: 'string', setRegistrationEndDate: 'bool', stopRegistrationDate: 'instant',
  websiteMessage: 'string', emulator: 'object',
  sessions: 'array', tracks: 'array', speakers: 'array', sponsorships: 'array', passes: 'array',
  customRegistrationFields: 'array',
};
const SESSION = {
  name: 'string', sessionSummary: 'string', detailedDescription: 'string', sessionObjectives: 'string',
  sessionPreRequisites: 'string', startTime: 'wall', endTime: 'wall', startTimeUTC: 'utc', endTimeUTC: 'utc',
  timeZone: 'int', language: 'int', sessionType: 'int', sessionFormat: 'int', camerasPermitted: 'int',
  recordingsPermitted: 'int', building: 'object', room: 'object', speakers: 'array', maxCapacity: 'count',
  isCapacityRestricted: 'bool', registrationCount: 'count', userEligibleToRegister: 'bool',
  alreadyRegistered: 'bool',
};
const TRACK = { name: 'string', description: 'string', sessionIds: 'array' };
const SPEAKER = {
  name: 'string', title: 'string', about: 'string', accomplishments: 'string', publications: 'string',
  email: 'string', website: 'string', blog: 'string', linkedin: 'string', twitter: 'string',
  imageUrl: 'string', image: 'string', sessions: 'array',
};
const SPONSORSHIP = { sponsorId: 'string', sponsorName: 'string', sponsorshipTopic: 'string', description: 'string' };
const PASS = {
  passName: 'string', price: 'number', currencySymbol: 'string', numberOfPassesLeft: 'count',
  numberOfPassesSold: 'count', sessions: 'array',
};
const FIELD = { text: 'string', type: 'int', isRequired: 'bool', choices: 'string' };
const EXTRA = {
  webApplicationIds: 'array', businessUnitId: 'string', payment: 'object', calendarContent: 'string',
  registrationCount: 'count', registrations: 'array',
};
const SEED_REGISTRATION = {
  firstName: 'id', lastName: 'id', email: 'id', passId: 'string', waitlisted: 'bool', autoRegister: 'bool',
  sessionIds: 'array', createdon: 'utc',
};

/** True for `http://host[:port]` with no path and no trailing slash. */
export function isOrigin(s) {
  if (typeof s !== 'string') return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === s;
  } catch {
    return false;
  }
}

/**
 * Validates a data document; throws a DataError naming the first problem of shape. Returns the
 * warnings (data-warnings.mjs): what it serves as given although it looks dangerous or odd.
 * @param {unknown} data @returns {string[]}
 */
export function validateData(data) {
  if (!isObject(data)) fail('(root)', data, 'an object { "webApplications": [...], "events": [...] }');
  const root = /** @type {Record<string, any>} */ (data);
  for (const key of Object.keys(root)) {
    if (key !== 'webApplications' && key !== 'events' && key !== '$schema' && key !== 'description') {
      throw new DataError(key, 'is not a known key, expected "webApplications" and "events"');
    }
  }
  const appIds = new Set();
  if ('webApplications' in root) {
    const apps = root.webApplications;
    if (!Array.isArray(apps)) fail('webApplications', apps, 'an array of { "token", "origins" }');
    const tokens = new Map();
    apps.forEach((app, i) => {
      const p = `webApplications[${i}]`;
      if (!isObject(app)) fail(p, app, 'an object { "token": "...", "origins": ["http://..."] }');
      requireKey(app, p, 'token');
      if (tokens.has(app.token)) throw new DataError(`${p}.token`, `repeats the token of ${tokens.get(app.token)}; every web application needs its own token`);
      tokens.set(app.token, p);
      if ('id' in app) {
        checkFields(app, p, { id: 'id' });
        appIds.add(app.id);
      }
      checkFields(app, p, { name: 'string' });
      if (!Array.isArray(app.origins)) fail(`${p}.origins`, app.origins, 'an array of origins such as ["http://localhost:5173"]');
      app.origins.forEach((o, j) => {
        if (!isOrigin(o)) fail(`${p}.origins[${j}]`, o, 'an origin: scheme, host and port, with no path and no trailing slash, e.g. "http://localhost:5173"');
      });
    });
  }
  if (!('events' in root)) throw new DataError('events', 'is missing, expected an array of events');
  if (!Array.isArray(root.events)) fail('events', root.events, 'an array of events');

  const rids = new Map();
  /** Ids the API looks up across events (`sessions/{id}`, `speakers/{id}/image`, ...) must be unique. */
  const globalIds = { session: new Map(), speaker: new Map(), sponsorship: new Map(), track: new Map(), pass: new Map() };
  const unique = (kind, id, path) => {
    const seen = globalIds[kind].get(id);
    if (seen) throw new DataError(path, `repeats the ${kind} id "${id}" of ${seen}; ids must be unique across the document`);
    globalIds[kind].set(id, path);
  };

  root.events.forEach((ev, i) => {
    const p = `events[${i}]`;
    if (!isObject(ev)) fail(p, ev, 'an event object');
    requireKey(ev, p, 'readableEventId');
    if (!/^[^/?#\s%\\]+$/.test(ev.readableEventId)) {
      fail(`${p}.readableEventId`, ev.readableEventId, 'a slug without spaces, "/", "?", "#", "%" or "\\" (it is used in URL paths)');
    }
    if (rids.has(ev.readableEventId)) throw new DataError(`${p}.readableEventId`, `repeats "${ev.readableEventId}" of ${rids.get(ev.readableEventId)}; readableEventId must be unique`);
    rids.set(ev.readableEventId, p);
    checkFields(ev, p, EVENT);
    if (isObject(ev.building)) checkFields(ev.building, `${p}.building`, BUILDING);
    if (isObject(ev.room)) checkFields(ev.room, `${p}.room`, ROOM);
    checkOrder(ev, p, 'startDate', 'endDate');
    checkOrder(ev, p, 'startDateUTC', 'endDateUTC');

    const sessionIds = new Set();
    const speakerIds = new Set();
    const passIds = new Set();
    const list = (key) => (Array.isArray(ev[key]) ? ev[key] : []);
    const each = (key, idKey, fields, kind, ids) =>
      list(key).forEach((item, j) => {
        const ip = `${p}.${key}[${j}]`;
        if (!isObject(item)) fail(ip, item, `an object with "${idKey}"`);
        requireKey(item, ip, idKey);
        if (kind) unique(kind, item[idKey], `${ip}.${idKey}`);
        ids?.add(item[idKey]);
        checkFields(item, ip, fields);
        if (isObject(item.building)) checkFields(item.building, `${ip}.building`, BUILDING);
        if (isObject(item.room)) checkFields(item.room, `${ip}.room`, ROOM);
      });
    each('sessions', 'id', SESSION, 'session', sessionIds);
    each('speakers', 'id', SPEAKER, 'speaker', speakerIds);
    each('sponsorships', 'id', SPONSORSHIP, 'sponsorship');
    each('tracks', 'id', TRACK, 'track');
    each('passes', 'passId', PASS, 'pass', passIds);
    const fieldIds = new Set();
    each('customRegistrationFields', 'customRegistrationFieldId', FIELD, null, fieldIds);
    if (fieldIds.size !== list('customRegistrationFields').length) {
      throw new DataError(`${p}.customRegistrationFields`, 'has two fields with the same customRegistrationFieldId');
    }

    // References between collections: a string is an id in the event's own list; an object is served as given.
    const refs = (items, key, ids, what) =>
      items.forEach((item, j) => {
        if (!Array.isArray(item[key])) return;
        item[key].forEach((r, k) => {
          const rp = `${p}.${what.from}[${j}].${key}[${k}]`;
          if (typeof r === 'string') {
            if (!ids.has(r)) throw new DataError(rp, `"${r}" is not the id of one of this event's ${what.to}`);
          } else if (!what.objects || !isObject(r) || typeof r.id !== 'string') {
            fail(rp, r, what.objects ? `the id of one of this event's ${what.to}, or a ${what.to.slice(0, -1)} object with an "id"` : `the id of one of this event's ${what.to}`);
          }
        });
      });
    refs(list('sessions'), 'speakers', speakerIds, { from: 'sessions', to: 'speakers', objects: true });
    refs(list('speakers'), 'sessions', sessionIds, { from: 'speakers', to: 'sessions', objects: true });
    refs(list('passes'), 'sessions', sessionIds, { from: 'passes', to: 'sessions', objects: true });
    refs(list('tracks'), 'sessionIds', sessionIds, { from: 'tracks', to: 'sessions', objects: false });

    list('sessions').forEach((s, j) => {
      checkOrder(s, `${p}.sessions[${j}]`, 'startTime', 'endTime');
      checkOrder(s, `${p}.sessions[${j}]`, 'startTimeUTC', 'endTimeUTC');
    });
    // What the real API can return but looks dangerous or odd (javascript: URLs, choice fields
    // with `choices: null`, other image paths) is served as given: see data-warnings.mjs.

    if (isObject(ev.emulator)) checkExtra(ev.emulator, `${p}.emulator`, { sessionIds, passIds, appIds });
  });
  return dataWarnings(root);
}

function checkOrder(obj, path, a, b) {
  if (typeof obj[a] === 'string' && typeof obj[b] === 'string') {
    if (parseInstant(obj[b]) < parseInstant(obj[a])) throw new DataError(`${path}.${b}`, `${JSON.stringify(obj[b])} is before ${a} ${JSON.stringify(obj[a])}`);
  }
}

/** The emulator-only settings of an event (never served). */
function checkExtra(x, p, { sessionIds, passIds, appIds }) {
  for (const key of Object.keys(x)) {
    if (!(key in EXTRA)) throw new DataError(`${p}.${key}`, `is not a known emulator setting, expected one of ${Object.keys(EXTRA).join(', ')}`);
  }
  checkFields(x, p, EXTRA);
  (x.webApplicationIds ?? []).forEach((id, i) => {
    if (typeof id !== 'string' || id === '') fail(`${p}.webApplicationIds[${i}]`, id, 'the id of a web application');
    if (id !== DEV_WEBAPP_ID && !appIds.has(id)) {
      throw new DataError(`${p}.webApplicationIds[${i}]`, `"${id}" is not the id of a web application in "webApplications" (nor of the development one, ${DEV_WEBAPP_ID})`);
    }
  });
  if (isObject(x.payment)) {
    const pay = x.payment;
    if (pay.flow !== 'initiated' && pay.flow !== 'redirect') fail(`${p}.payment.flow`, pay.flow, '"initiated" or "redirect"');
    if (pay.flow === 'redirect' && !(typeof pay.redirectUrl === 'string' && /^https?:\/\/\S+$/i.test(pay.redirectUrl))) {
      fail(`${p}.payment.redirectUrl`, pay.redirectUrl, 'the http(s) URL of the payment page ("{purchaseId}" is replaced)');
    }
  }
  (x.registrations ?? []).forEach((r, i) => {
    const rp = `${p}.registrations[${i}]`;
    if (!isObject(r)) fail(rp, r, 'an object { "firstName", "lastName", "email" }');
    for (const k of ['firstName', 'lastName', 'email']) requireKey(r, rp, k);
    checkFields(r, rp, SEED_REGISTRATION);
    if (!isValidEmail(r.email)) fail(`${rp}.email`, r.email, 'an email address');
    if (typeof r.passId === 'string' && r.passId !== '' && !passIds.has(r.passId)) throw new DataError(`${rp}.passId`, `"${r.passId}" is not the passId of one of this event's passes`);
    (r.sessionIds ?? []).forEach((s, j) => {
      if (!sessionIds.has(s)) throw new DataError(`${rp}.sessionIds[${j}]`, `${JSON.stringify(s)} is not the id of one of this event's sessions`);
    });
  });
}

/**
 * Converts a JSON.parse error into "line L, column C" for a file.
 * @param {string} text @param {Error} err
 */
export function jsonErrorLocation(text, err) {
  const m = /position (\d+)/.exec(err.message);
  if (!m) return err.message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return `${err.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${col}`;
}

/**
 * The served entities' fields and their kinds, with each entity's id key: the OpenAPI documents'
 * models are generated from these (openapi-schemas.mjs), the same tables `--data` is checked with.
 * Event keys that are the document's own (collections, `emulator`) are not Event fields.
 */
export const ENTITY_FIELDS = Object.freeze({
  Event: { fields: Object.fromEntries(Object.entries(EVENT).filter(([k]) => k !== 'emulator' && !COLLECTION_KEYS.includes(k))), id: 'readableEventId' },
  Building: { fields: BUILDING },
  Room: { fields: ROOM },
  Session: { fields: SESSION, id: 'id' },
  SessionTrack: { fields: Object.fromEntries(Object.entries(TRACK).filter(([k]) => k !== 'sessionIds')), id: 'id' },
  Speaker: { fields: SPEAKER, id: 'id' },
  Sponsorship: { fields: SPONSORSHIP, id: 'id' },
  Pass: { fields: PASS, id: 'passId' },
  CustomRegistrationField: { fields: FIELD, id: 'customRegistrationFieldId' },
});
