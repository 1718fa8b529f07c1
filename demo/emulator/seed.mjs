// The bundled seed: the org the emulator serves when no `--data` file is given.
// Over 400 lines on purpose: it is data, one block per event; new groups of events go in their own
// module (seed-rtm.mjs) so this one stops growing.
//
// DO NOT RENAME the readableEventIds below: other developers' tests (client, store, elements,
// benchmarks) address these events by id and rely on what each one exercises (see the README's
// emulator section). Add events rather than changing the meaning of existing ones.
//
//   Harbour_Data_Summit        paid (EUR, Initiated + finalize), 3 passes one sold out, HTML description
//   Open_Source_Day            free, custom agenda, 3 tracks over 2 days, a full session, overlaps, all 4 field types
//   Waitlist_Workshop          full with waitlist, auto-register checkbox
//   Sold_Out_Masterclass       full without waitlist
//   Closed_Registration_Forum  registration end date in the past, websiteMessage
//   Mumbai_Product_Meetup      UTC+05:30, multi-attendee off, no capacity limit
//   Sydney_Spring_Series       southern-hemisphere DST, spans a DST change
//   Tokyo_Design_Week          CJK name, paid in JPY
//   Dubai_Digital_Forum        Arabic name, webinar, no building
//   Executive_Briefing_Members anonymous registration off (OM Bearer works)
//   Captcha_Launch             captcha on
//   Minimal_Meetup             nothing optional
//   Gala_Dinner_Redirect       paid (USD), answers Redirect
//   Last_Seats_Seminar         capacity 5 with 4 taken, waitlist on
//   Spring_Retrospective_Past  in the past
//   Long_Name_Conference       a 150+ character name
//   Journeys_Attribute_Day     RTM-style fields keyed by attribute (jobtitle, customUnmappedField1/2), the
//                              documented sessions: seed 004's registration bodies succeed verbatim (seed-rtm.mjs)
//   Journeys_Waitlist_Lab      the same fields, full with a waitlist: the documented waitlist body succeeds
//
// It is written in the `--data` format (see data.mjs) and loaded by the same code, so everything
// a data file can express the seed exercises. Dates are relative to `now`, so it never goes stale;
// the wall clocks are chosen in each event's IANA zone and the UTC fields computed from them.
// Ids are stable (derived from names), so tests may hard-code them if they must.

import { createHash } from 'node:crypto';
import { rtmEvents } from './seed-rtm.mjs';
import { DEV_WEBAPP_ID, FIELD_TYPES } from './constants.mjs';
import { CRM_TIME_ZONES, DAY_MS, addWallDays, isoUtc, nextOffsetChange, utcToWall, wallDay, wallToUtc } from './time.mjs';

/** Second web application: lets `webappId` filtering and the per-token origin check do something. */
export const MEMBERS_WEBAPP = Object.freeze({
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Members portal',
  token: 'members-token',
  origins: ['http://localhost:5174'],
});
/** Business units (RTM `events/published?businessUnitId=`). */
export const ROOT_BUSINESS_UNIT = '44444444-4444-4444-8444-444444444444';
export const APAC_BUSINESS_UNIT = '55555555-5555-4555-8555-555555555555';

/** A stable GUID for a name (so ids survive restarts and resets). */
export function stableId(name) {
  const h = createHash('sha1').update(`evt-widgets-seed:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const EVENT_TYPE = { briefing: 100000001, conference: 100000002, demonstration: 100000003, training: 100000004, webcast: 100000005 };
const FORMAT = { onSite: 100000001, webinar: 100000002, hybrid: 100000003 };
const SESSION_TYPE = { lab: 100000000, keynote: 100000001, general: 100000002, brainstorm: 100000003, breakout: 100000004, training: 100000005 };
const YES = 100000001;
const NO = 100000002;

const FIRST = ['Amara', 'Bastian', 'Chloé', 'Dev', 'Elif', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kemal', 'Lena', 'Mateo', 'Nia', 'Oskar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tomoko', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zofia'];
const LAST = ['Achterberg', 'Baptiste', 'Castillo', 'Dimitrov', 'Eriksen', 'Fischer', 'Gallagher', 'Haddad', 'Ishikawa', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sato', 'Tanaka', 'Uddin', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zimmer'];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Existing attendees for an event: `n` people with distinct emails; `each(i)` adds passId/sessionIds.
 * @param {string} tag @param {number} n @param {Date} now @param {(i: number) => object} [each]
 */
function attendees(tag, n, now, each = () => ({})) {
  return Array.from({ length: n }, (_, i) => {
    const firstName = FIRST[(i * 7 + tag.length) % FIRST.length];
    const lastName = LAST[(i * 11 + tag.length * 3) % LAST.length];
    return {
      firstName,
      lastName,
      email: `${ascii(firstName)}.${ascii(lastName)}.${tag}${i + 1}@example.com`,
      createdon: isoUtc(now.getTime() - (n - i) * 3_600_000 - 2 * DAY_MS),
      ...each(i),
    };
  });
}

/**
 * An event with every Event field present (blank = null), dates in its zone.
 * @param {object} o
 */
function event(o) {
  const zone = CRM_TIME_ZONES[o.zone];
  const startUtc = wallToUtc(o.start, zone.iana);
  const endUtc = wallToUtc(o.end, zone.iana);
  const rid = o.rid;
  return {
    eventId: stableId(`event:${rid}`),
    readableEventId: rid,
    eventName: o.name,
    description: o.description ?? null,
    startDate: o.start,
    endDate: o.end,
    startDateUTC: isoUtc(startUtc),
    endDateUTC: isoUtc(endUtc),
    timeZone: o.zone,
    timeZoneName: zone.label,
    eventType: o.type ?? EVENT_TYPE.conference,
    eventFormat: o.format ?? FORMAT.onSite,
    eventLanguage: o.language ?? 1033,
    maxCapacity: o.capacity ?? 0,
    isCapacityRestricted: o.capacity != null,
    showWaitlist: o.waitlist ?? false,
    autoregisterWaitlistItems: o.autoregisterWaitlistItems ?? false,
    showAutomaticRegistrationCheckbox: o.autoRegisterCheckbox ?? false,
    allowAnonymousRegistrations: o.anonymous ?? true,
    allowCustomAgenda: o.customAgenda ?? false,
    enableMultiAttendeeRegistration: o.multi ?? true,
    enableCaptcha: o.captcha ?? false,
    publicEventUrl: o.publicEventUrl ?? null,
    image: o.image === false ? null : `/dev/images/events/${rid}/banner.svg`,
    building: o.building ?? null,
    room: o.room ?? null,
    registrationForm: o.registrationForm ?? null,
    setRegistrationEndDate: o.stopRegistrationDate != null,
    stopRegistrationDate: o.stopRegistrationDate ?? null,
    websiteMessage: o.websiteMessage ?? null,
    sessions: (o.sessions ?? []).map((s) => session(rid, o.zone, s)),
    tracks: (o.tracks ?? []).map((t) => ({
      id: stableId(`track:${rid}:${t.name}`),
      name: t.name,
      description: t.description ?? null,
      sessionIds: t.sessions.map((key) => stableId(`session:${rid}:${key}`)),
    })),
    speakers: (o.speakers ?? []).map((s) => speaker(rid, s, o.sessions ?? [])),
    sponsorships: (o.sponsors ?? []).map((s) => ({
      id: stableId(`sponsorship:${rid}:${s.name}`),
      sponsorId: stableId(`sponsor:${s.name}`),
      sponsorName: s.name,
      sponsorshipTopic: s.topic,
      description: s.description ?? null,
    })),
    passes: (o.passes ?? []).map((p) => ({
      passId: stableId(`pass:${rid}:${p.key}`),
      passName: p.name,
      price: p.price,
      currencySymbol: p.currency,
      numberOfPassesLeft: p.total,
      numberOfPassesSold: 0,
      sessions: (p.sessions ?? []).map((key) => stableId(`session:${rid}:${key}`)),
    })),
    customRegistrationFields: (o.fields ?? []).map((f) => ({
      // RTM fields are keyed by attribute (`jobtitle`, `customUnmappedField1`), not by GUID.
      customRegistrationFieldId: f.id ?? stableId(`field:${rid}:${f.text}`),
      text: f.text,
      type: f.type,
      isRequired: f.required ?? false,
      choices: f.choices ? f.choices.join('\n') : null,
    })),
    emulator: {
      webApplicationIds: o.webApps ?? [DEV_WEBAPP_ID],
      businessUnitId: o.businessUnit ?? ROOT_BUSINESS_UNIT,
      payment: o.payment ?? null,
      calendarContent: o.calendarContent ?? null,
      registrations: (o.registrations ?? []).map(({ pass, sessions, ...r }) => ({
        ...r,
        passId: pass ? stableId(`pass:${rid}:${pass}`) : null,
        sessionIds: (sessions ?? []).map((key) => stableId(`session:${rid}:${key}`)),
      })),
    },
  };
}

/** A session's id: its own `id` when the seed fixes one (the documented RTM bodies name theirs), else stable from its key. */
const sessionId = (rid, s) => s.id ?? stableId(`session:${rid}:${s.key}`);

function session(rid, zoneCode, s) {
  const iana = CRM_TIME_ZONES[zoneCode].iana;
  return {
    id: sessionId(rid, s),
    name: s.name,
    sessionSummary: s.summary ?? null,
    detailedDescription: s.details ?? null,
    sessionObjectives: s.objectives ?? null,
    sessionPreRequisites: s.prerequisites ?? null,
    startTime: s.start,
    endTime: s.end,
    startTimeUTC: isoUtc(wallToUtc(s.start, iana)),
    endTimeUTC: isoUtc(wallToUtc(s.end, iana)),
    timeZone: zoneCode,
    language: 1033,
    sessionType: s.type ?? SESSION_TYPE.general,
    sessionFormat: s.format ?? FORMAT.onSite,
    camerasPermitted: s.cameras ?? YES,
    recordingsPermitted: s.recordings ?? YES,
    building: null,
    room: s.room ?? null,
    speakers: (s.speakers ?? []).map((name) => stableId(`speaker:${rid}:${name}`)),
    maxCapacity: s.capacity ?? 0,
    isCapacityRestricted: s.capacity != null,
    registrationCount: 0,
    userEligibleToRegister: false,
    alreadyRegistered: false,
  };
}

function speaker(rid, s, sessions) {
  const id = stableId(`speaker:${rid}:${s.name}`);
  return {
    id,
    name: s.name,
    title: s.title ?? null,
    about: s.about ?? null,
    accomplishments: s.accomplishments ?? null,
    publications: s.publications ?? null,
    email: s.email ?? null,
    website: s.website ?? null,
    blog: s.blog ?? null,
    linkedin: s.linkedin ?? null,
    twitter: s.twitter ?? null,
    imageUrl: s.photo === false ? null : `speakers/${id}/image`,
    sessions: sessions.filter((x) => (x.speakers ?? []).includes(s.name)).map((x) => sessionId(rid, x)),
  };
}

function building(o) {
  return {
    id: stableId(`building:${o.name}`),
    name: o.name,
    description: o.description ?? null,
    addressComposite: [o.addressLine1, [o.postalCode, o.city].filter(Boolean).join(' '), o.country].filter(Boolean).join(', '),
    addressLine1: o.addressLine1 ?? null,
    addressLine2: o.addressLine2 ?? null,
    addressLine3: null,
    city: o.city ?? null,
    stateProvince: o.stateProvince ?? null,
    // The same, as a third-party RTM client reads it (contract §4 Building has only stateProvince).
    state: o.stateProvince ?? null,
    region: o.stateProvince ?? null,
    postalCode: o.postalCode ?? null,
    country: o.country ?? null,
    email: o.email ?? null,
    telephone1: o.telephone1 ?? null,
    telephone2: null,
    telephone3: null,
    website: o.website ?? null,
    additionalFacilities: o.additionalFacilities ?? null,
    accessibleToilets: o.facilities ?? false,
    disabledAccess: o.facilities ?? false,
    disabledParking: o.facilities ?? false,
    publicTelephoneAvailable: o.facilities ?? false,
    wifiAvailable: o.wifiSSID != null,
    wifiSSID: o.wifiSSID ?? null,
    wifiPassword: o.wifiPassword ?? null,
  };
}
/** @param {string} name @param {string | null} [description] @param {boolean} [disabledAccess] */
const room = (name, description = null, disabledAccess = true) => ({ id: stableId(`room:${name}`), name, description, disabledAccess });

/**
 * Builds the seed for a given "now".
 * @param {Date} now
 * @returns {{ webApplications: object[], events: object[] }}
 */
export function buildSeed(now) {
  const day = (zone, n, time) => wallDay(now, CRM_TIME_ZONES[zone].iana, n, time);
  const events = [];

  // 1. Paid conference in Amsterdam: passes in EUR, one sold out; HTML with hostile bits.
  {
    const z = 110;
    const d = (n, t) => day(z, 30 + n, t);
    events.push(event({
      rid: 'Harbour_Data_Summit',
      name: 'Harbour Data Summit',
      zone: z,
      start: d(0, '09:00'),
      end: d(2, '17:30'),
      capacity: 400,
      waitlist: true,
      publicEventUrl: 'https://events.example.com/harbour-data-summit',
      description:
        '<p>Three days on the waterfront about <strong>data that moves</strong>: streaming, contracts and privacy.</p>' +
        '<ul><li>Two keynotes and a panel</li><li>A hands-on workshop on data contracts</li><li>Harbour boat tour on day two</li></ul>' +
        '<p>Read the <a href="https://events.example.com/harbour-data-summit/programme">full programme</a>.</p>' +
        '<img src="x" onerror="alert(\'img onerror ran\')">' +
        '<script>alert("script ran")</script>',
      building: building({
        name: 'Harbour Conference Centre',
        addressLine1: 'Oostelijke Handelskade 99',
        addressLine2: 'Entrance B',
        city: 'Amsterdam',
        stateProvince: 'Noord-Holland',
        postalCode: '1019 BN',
        country: 'Netherlands',
        email: 'venue@harbour-centre.example',
        telephone1: '+31 20 555 0199',
        website: 'https://harbour-centre.example',
        additionalFacilities: 'Cloakroom, quiet room, bicycle parking',
        facilities: true,
        wifiSSID: 'HCC-Guest',
        wifiPassword: 'tide-2-data',
      }),
      room: room('Hall A', 'Main hall, ground floor'),
      sessions: [
        { key: 'keynote', name: 'Opening keynote: the tide of open data', start: d(0, '09:30'), end: d(0, '10:15'), type: SESSION_TYPE.keynote, speakers: ['Ingrid Vos'], summary: 'Where public data is heading.' },
        { key: 'streaming', name: 'Streaming pipelines on the waterfront', start: d(0, '10:45'), end: d(0, '12:00'), type: SESSION_TYPE.breakout, speakers: ['Tomás Okonkwo'] },
        { key: 'workshop', name: 'Workshop: data contracts in practice', start: d(0, '13:30'), end: d(0, '16:00'), type: SESSION_TYPE.lab, capacity: 40, speakers: ['Mei-Ling Hsu', 'Pieter de Graaf'], prerequisites: 'A laptop with Docker.', cameras: NO, recordings: NO },
        { key: 'privacy', name: 'Privacy by design in analytics', start: d(1, '09:30'), end: d(1, '10:30'), speakers: ['Pieter de Graaf'] },
        { key: 'panel', name: 'Panel: lakehouse or warehouse?', start: d(1, '11:00'), end: d(1, '12:30'), type: SESSION_TYPE.brainstorm, speakers: ['Ingrid Vos', 'Tomás Okonkwo'] },
        { key: 'closing', name: 'Closing keynote', start: d(2, '15:30'), end: d(2, '16:30'), type: SESSION_TYPE.keynote, speakers: ['Mei-Ling Hsu'] },
      ],
      tracks: [
        { name: 'Keynotes', sessions: ['keynote', 'closing'] },
        { name: 'Engineering', description: 'Pipelines, contracts and storage.', sessions: ['streaming', 'workshop', 'panel'] },
        { name: 'Governance', sessions: ['privacy'] },
      ],
      speakers: [
        { name: 'Ingrid Vos', title: 'Chief Data Officer, Port of Nowhere', about: 'Runs the open-data programme of a busy port.', linkedin: 'https://www.linkedin.com/in/example-ingrid', website: 'https://ingrid.example' },
        { name: 'Tomás Okonkwo', title: 'Staff Engineer', about: 'Builds streaming systems that do not lose events.', twitter: 'https://twitter.com/example_tomas', blog: 'https://tomas.example/blog' },
        { name: 'Mei-Ling Hsu', title: 'Data Architect', about: 'Author of a book on data contracts.', publications: 'Data Contracts in Practice (2025)', accomplishments: 'Programme chair 2024' },
        { name: 'Pieter de Graaf', title: 'Privacy Engineer', about: 'Has no photo on file.', photo: false },
      ],
      sponsors: [
        { name: 'Dockside Cloud', topic: 'Gold', description: 'Main stage and Wi-Fi' },
        { name: 'Lighthouse Analytics', topic: 'Silver', description: 'Coffee bar' },
        { name: 'Tidewater Bank', topic: 'Bronze', description: 'Lanyards' },
      ],
      passes: [
        { key: 'full', name: 'Full conference', price: 349, currency: '€', total: 150, sessions: ['keynote', 'streaming', 'privacy', 'panel', 'closing'] },
        { key: 'day', name: 'Day pass', price: 149.5, currency: '€', total: 60, sessions: ['keynote', 'streaming'] },
        { key: 'workshop', name: 'Workshop add-on', price: 79, currency: '€', total: 12, sessions: ['workshop'] },
      ],
      fields: [
        { text: 'Company', type: FIELD_TYPES.SimpleText, required: true },
        { text: 'Dietary needs', type: FIELD_TYPES.SingleChoice, choices: ['None', 'Vegetarian', 'Vegan', 'Gluten-free'] },
      ],
      payment: { flow: 'initiated' },
      calendarContent: 'Hello {{firstname}}, see you at Harbour Data Summit. Bring your badge: {{badge}}.',
      registrations: [
        ...attendees('hds-full', 25, now, () => ({ pass: 'full', sessions: ['keynote'] })),
        ...attendees('hds-day', 12, now, () => ({ pass: 'day' })),
        ...attendees('hds-ws', 12, now, () => ({ pass: 'workshop', sessions: ['workshop'] })),
      ],
    }));
  }

  // 2. Free, custom agenda: sessions over two days in three tracks, one full, two overlapping.
  {
    const z = 35;
    const d = (n, t) => day(z, 20 + n, t);
    events.push(event({
      rid: 'Open_Source_Day',
      name: 'Open Source Day',
      zone: z,
      start: d(0, '09:00'),
      end: d(1, '17:00'),
      capacity: 250,
      waitlist: true,
      customAgenda: true,
      multi: true,
      description: '<p>Two days for people who <em>maintain</em> and <em>use</em> open source. Pick your own agenda.</p>',
      building: building({ name: 'Hudson Yards Forum', addressLine1: '500 West 33rd Street', city: 'New York', stateProvince: 'NY', postalCode: '10001', country: 'United States', wifiSSID: 'OSD-Guest', facilities: true }),
      room: room('Auditorium'),
      sessions: [
        { key: 'welcome', name: 'Welcome and the state of open source', start: d(0, '09:00'), end: d(0, '09:45'), type: SESSION_TYPE.keynote, speakers: ['Nadia Brooks'] },
        { key: 'webcomponents', name: 'Web components without a framework', start: d(0, '10:00'), end: d(0, '11:00'), type: SESSION_TYPE.breakout, speakers: ['Luis Ortega'], capacity: 80 },
        { key: 'vectors', name: 'Vector search in Postgres', start: d(0, '10:30'), end: d(0, '11:30'), type: SESSION_TYPE.breakout, speakers: ['Aiko Mori'], capacity: 80 },
        { key: 'firstpr', name: 'Hands-on: your first pull request', start: d(0, '13:00'), end: d(0, '15:00'), type: SESSION_TYPE.lab, speakers: ['Nadia Brooks'], capacity: 20, room: room('Lab 2') },
        { key: 'a11y', name: 'Accessibility testing in CI', start: d(1, '09:30'), end: d(1, '10:30'), speakers: ['Luis Ortega'] },
        { key: 'smallmodels', name: 'Small models, big results', start: d(1, '11:00'), end: d(1, '12:00'), speakers: ['Aiko Mori'] },
        { key: 'burnout', name: 'Maintainer burnout: a panel', start: d(1, '13:00'), end: d(1, '14:00'), type: SESSION_TYPE.brainstorm, speakers: ['Nadia Brooks', 'Luis Ortega'], capacity: 60 },
      ],
      tracks: [
        { name: 'Web platform', sessions: ['webcomponents', 'a11y'] },
        { name: 'Data & AI', sessions: ['vectors', 'smallmodels'] },
        { name: 'Community', sessions: ['welcome', 'firstpr', 'burnout'] },
      ],
      speakers: [
        { name: 'Nadia Brooks', title: 'Open source programme lead', about: 'Maintainer of three package managers.' },
        { name: 'Luis Ortega', title: 'Web developer advocate', about: 'Writes about the platform.' },
        { name: 'Aiko Mori', title: 'ML engineer', about: 'Likes small, fast models.' },
      ],
      sponsors: [{ name: 'Commons Foundation', topic: 'Host', description: 'Venue and lunch' }],
      fields: [
        { text: 'Company or project', type: FIELD_TYPES.SimpleText },
        { text: 'I agree to the code of conduct', type: FIELD_TYPES.Boolean, required: true },
        { text: 'Topics you care about', type: FIELD_TYPES.MultipleChoice, choices: ['Web', 'Data & AI', 'Community', 'Security'] },
        { text: 'T-shirt size', type: FIELD_TYPES.SingleChoice, required: true, choices: ['XS', 'S', 'M', 'L', 'XL', 'XXL'] },
      ],
      registrations: attendees('osd', 24, now, (i) => ({
        sessions: [i < 20 ? 'firstpr' : 'welcome', ...(i < 10 ? ['burnout'] : []), ...(i % 3 === 0 ? ['vectors'] : [])],
      })),
    }));
  }

  // 3. Full, with a waitlist and the auto-register checkbox.
  events.push(event({
    rid: 'Waitlist_Workshop',
    name: 'Waitlist Workshop: Service Design',
    zone: 85,
    start: day(85, 14, '10:00'),
    end: day(85, 14, '16:00'),
    type: EVENT_TYPE.training,
    capacity: 12,
    waitlist: true,
    autoRegisterCheckbox: true,
    autoregisterWaitlistItems: false,
    multi: true,
    description: '<p>A one-day, hands-on workshop. It is full; join the waitlist and we will tell you when a place frees up.</p>',
    building: building({ name: 'Southbank Studio', addressLine1: '12 Belvedere Road', city: 'London', postalCode: 'SE1 8XX', country: 'United Kingdom', facilities: true }),
    room: room('Studio 3'),
    speakers: [{ name: 'Grace Adeyemi', title: 'Service designer', about: 'Runs the workshop.' }],
    registrations: [
      ...attendees('ww', 12, now),
      { firstName: 'Wendy', lastName: 'Waiting', email: 'wendy.waiting@example.com', waitlisted: true, autoRegister: false },
    ],
  }));

  // 4. Full, no waitlist.
  events.push(event({
    rid: 'Sold_Out_Masterclass',
    name: 'Sold Out Masterclass: Typography',
    zone: 110,
    start: day(110, 25, '13:00'),
    end: day(110, 25, '17:00'),
    type: EVENT_TYPE.training,
    capacity: 8,
    waitlist: false,
    description: '<p>An afternoon with a type designer. Eight seats, all taken.</p>',
    building: building({ name: 'Letterpress House', addressLine1: 'Zeestraat 12', city: 'The Hague', postalCode: '2518 AB', country: 'Netherlands' }),
    room: room('Press room', null, false),
    registrations: attendees('som', 8, now),
  }));

  // 5. Future event whose registration closed.
  events.push(event({
    rid: 'Closed_Registration_Forum',
    name: 'Closed Registration Forum',
    zone: 35,
    start: day(35, 45, '09:00'),
    end: day(35, 46, '16:00'),
    capacity: 150,
    stopRegistrationDate: isoUtc(now.getTime() - 2 * DAY_MS),
    websiteMessage: 'Registration for this forum has closed. Write to forum@example.com to be told about the next one.',
    description: '<p>The yearly forum. Registration is closed.</p>',
    building: building({ name: 'Harbor Point Hall', addressLine1: '1 Pier Road', city: 'Boston', stateProvince: 'MA', postalCode: '02110', country: 'United States' }),
    registrations: attendees('crf', 40, now),
  }));

  // 6. Half-hour offset zone, single attendee only, no capacity limit.
  {
    const z = 190;
    events.push(event({
      rid: 'Mumbai_Product_Meetup',
      name: 'Mumbai Product Meetup',
      zone: z,
      start: day(z, 9, '18:30'),
      end: day(z, 9, '21:00'),
      type: EVENT_TYPE.demonstration,
      multi: false,
      businessUnit: APAC_BUSINESS_UNIT,
      description: '<p>Product people of Mumbai: two talks, then chai.</p>',
      building: building({ name: 'Bandra Works', addressLine1: '14 Hill Road', city: 'Mumbai', stateProvince: 'Maharashtra', postalCode: '400050', country: 'India', wifiSSID: 'BandraWorks' }),
      room: room('Rooftop'),
      sessions: [
        { key: 'talk1', name: 'Shipping to a billion phones', start: day(z, 9, '18:45'), end: day(z, 9, '19:30'), speakers: ['Ananya Rao'] },
        { key: 'talk2', name: 'Pricing in rupees and cents', start: day(z, 9, '19:30'), end: day(z, 9, '20:15'), speakers: ['Kabir Shah'] },
      ],
      speakers: [
        { name: 'Ananya Rao', title: 'Head of Product', about: 'Builds for low-end phones.' },
        { name: 'Kabir Shah', title: 'Founder', about: 'No photo yet.', photo: false },
      ],
      sponsors: [{ name: 'Chai Point Labs', topic: 'Refreshments' }],
      registrations: attendees('mpm', 5, now),
    }));
  }

  // 7. Sydney, across the next DST change that is at least two weeks away.
  {
    const z = 255;
    const iana = CRM_TIME_ZONES[z].iana;
    const change = nextOffsetChange(iana, now.getTime() + 14 * DAY_MS) ?? now.getTime() + 30 * DAY_MS;
    const changeDay = utcToWall(change, iana).slice(0, 10);
    const d = (n, t) => addWallDays(`${changeDay}T${t}:00`, n);
    events.push(event({
      rid: 'Sydney_Spring_Series',
      name: 'Sydney Spring Series',
      zone: z,
      start: d(-2, '10:00'),
      end: d(2, '17:00'),
      capacity: 120,
      businessUnit: APAC_BUSINESS_UNIT,
      description: '<p>Five mornings of talks by the harbour. The clocks change during the series: check the times.</p>',
      building: building({ name: 'Circular Quay Pavilion', addressLine1: '2 Macquarie Street', city: 'Sydney', stateProvince: 'NSW', postalCode: '2000', country: 'Australia', facilities: true, wifiSSID: 'CQP' }),
      room: room('Harbour Room'),
      sessions: [-2, -1, 0, 1, 2].map((n) => ({
        key: `day${n + 3}`,
        name: `Morning talk, day ${n + 3}`,
        start: d(n, '10:00'),
        end: d(n, '11:30'),
        speakers: ['Olivia Tran'],
      })),
      speakers: [{ name: 'Olivia Tran', title: 'Host', about: 'Hosts every morning.' }],
      registrations: attendees('sss', 15, now, (i) => ({ sessions: ['day1', ...(i % 2 ? ['day5'] : [])] })),
    }));
  }

  // 8. Japanese name, paid in yen.
  {
    const z = 235;
    const d = (n, t) => day(z, 35 + n, t);
    events.push(event({
      rid: 'Tokyo_Design_Week',
      name: '東京デザインウィーク：かたちと余白',
      zone: z,
      start: d(0, '10:00'),
      end: d(4, '18:00'),
      capacity: 500,
      language: 1041,
      businessUnit: APAC_BUSINESS_UNIT,
      description: '<p>五日間のデザインの祭典。<strong>展示</strong>、トーク、ワークショップ。</p>',
      building: building({ name: '青海ホール', addressLine1: '青海2-5-10', city: '江東区', stateProvince: '東京都', postalCode: '135-0064', country: '日本', facilities: true, wifiSSID: 'TDW-Free' }),
      room: room('メインホール'),
      sessions: [
        { key: 'opening', name: 'オープニング・トーク', start: d(0, '10:30'), end: d(0, '11:30'), type: SESSION_TYPE.keynote, speakers: ['佐藤 花子'] },
        { key: 'ma', name: '間（ま）のデザイン', start: d(2, '14:00'), end: d(2, '15:30'), speakers: ['山田 太郎'] },
      ],
      speakers: [
        { name: '佐藤 花子', title: 'クリエイティブディレクター', about: '余白の研究者。' },
        { name: '山田 太郎', title: '建築家', about: null },
      ],
      sponsors: [{ name: '株式会社ミナト印刷', topic: 'ゴールド' }],
      passes: [
        { key: 'general', name: '一般入場券', price: 3000, currency: '¥', total: 400 },
        { key: 'premium', name: 'プレミアムパス', price: 12000, currency: '¥', total: 50, sessions: ['opening', 'ma'] },
      ],
      payment: { flow: 'initiated' },
      registrations: attendees('tdw', 10, now, (i) => ({ pass: i < 7 ? 'general' : 'premium' })),
    }));
  }

  // 9. Arabic name, a webinar with no building.
  {
    const z = 165;
    events.push(event({
      rid: 'Dubai_Digital_Forum',
      name: 'منتدى دبي الرقمي',
      zone: z,
      start: day(z, 12, '14:00'),
      end: day(z, 12, '16:00'),
      format: FORMAT.webinar,
      type: EVENT_TYPE.webcast,
      language: 14337,
      capacity: 1000,
      publicEventUrl: 'https://events.example.com/dubai-digital-forum',
      description: '<p dir="rtl">منتدى عبر الإنترنت حول <strong>التحول الرقمي</strong> في المنطقة.</p>',
      sessions: [
        { key: 'opening', name: 'الجلسة الافتتاحية', start: day(z, 12, '14:00'), end: day(z, 12, '14:45'), format: FORMAT.webinar, speakers: ['ليلى حداد'] },
        { key: 'panel', name: 'حلقة نقاش: المدن الذكية', start: day(z, 12, '15:00'), end: day(z, 12, '16:00'), format: FORMAT.webinar, type: SESSION_TYPE.brainstorm, speakers: ['ليلى حداد', 'عمر الكعبي'] },
      ],
      speakers: [
        { name: 'ليلى حداد', title: 'مديرة الابتكار', about: 'تقود برامج المدن الذكية.' },
        { name: 'عمر الكعبي', title: 'باحث', photo: false },
      ],
      registrations: attendees('ddf', 6, now),
    }));
  }

  // 10. Members only: anonymous registration off.
  events.push(event({
    rid: 'Executive_Briefing_Members',
    name: 'Executive Briefing (members only)',
    zone: 85,
    start: day(85, 18, '08:00'),
    end: day(85, 18, '10:00'),
    type: EVENT_TYPE.briefing,
    capacity: 30,
    anonymous: false,
    multi: false,
    webApps: [DEV_WEBAPP_ID, MEMBERS_WEBAPP.id],
    description: '<p>A breakfast briefing for members. Sign in to register.</p>',
    building: building({ name: 'Guildhall Chambers', addressLine1: '3 Gresham Street', city: 'London', postalCode: 'EC2V 7AA', country: 'United Kingdom', facilities: true }),
    room: room('Boardroom'),
    registrations: attendees('ebm', 3, now),
  }));

  // 11. Captcha on.
  events.push(event({
    rid: 'Captcha_Launch',
    name: 'Captcha Launch Party',
    zone: 4,
    start: day(4, 16, '17:00'),
    end: day(4, 16, '19:00'),
    capacity: 200,
    captcha: true,
    description: '<p>Launch party. Registration asks you to solve a captcha.</p>',
    building: building({ name: 'Mission Loft', addressLine1: '410 Townsend Street', city: 'San Francisco', stateProvince: 'CA', postalCode: '94107', country: 'United States' }),
    registrations: attendees('cl', 4, now),
  }));

  // 12. Nothing optional.
  events.push(event({
    rid: 'Minimal_Meetup',
    name: 'Minimal Meetup',
    zone: 110,
    start: day(110, 7, '19:00'),
    end: day(110, 7, '21:00'),
    image: false,
  }));

  // 13. Paid, answers Redirect (payment gateway).
  events.push(event({
    rid: 'Gala_Dinner_Redirect',
    name: 'Gala Dinner',
    zone: 35,
    start: day(35, 50, '19:00'),
    end: day(35, 50, '23:30'),
    capacity: 220,
    type: EVENT_TYPE.briefing,
    description: '<p>Black tie. Payment is taken on our partner\'s checkout page.</p>',
    building: building({ name: 'Grand Ballroom', addressLine1: '301 Park Avenue', city: 'New York', stateProvince: 'NY', postalCode: '10022', country: 'United States', facilities: true }),
    room: room('Ballroom'),
    passes: [
      { key: 'seat', name: 'Dinner seat', price: 185, currency: '$', total: 200 },
      { key: 'table', name: 'Table of ten', price: 1650, currency: '$', total: 20 },
    ],
    payment: { flow: 'redirect', redirectUrl: 'https://payments.example.com/checkout?purchase={purchaseId}' },
    registrations: attendees('gdr', 14, now, (i) => ({ pass: i < 12 ? 'seat' : 'table' })),
  }));

  // 14. One place left, then the waitlist.
  events.push(event({
    rid: 'Last_Seats_Seminar',
    name: 'Last Seats Seminar',
    zone: 110,
    start: day(110, 11, '14:00'),
    end: day(110, 11, '16:00'),
    type: EVENT_TYPE.training,
    capacity: 5,
    waitlist: true,
    multi: true,
    description: '<p>A small seminar: one seat left, then the waitlist.</p>',
    building: building({ name: 'Canal House', addressLine1: 'Herengracht 101', city: 'Amsterdam', postalCode: '1015 BE', country: 'Netherlands' }),
    room: room('Library'),
    registrations: attendees('lss', 4, now),
  }));

  // 15. In the past.
  events.push(event({
    rid: 'Spring_Retrospective_Past',
    name: 'Spring Retrospective',
    zone: 85,
    start: day(85, -45, '09:30'),
    end: day(85, -44, '17:00'),
    capacity: 80,
    description: '<p>Looking back at the spring. This event is over.</p>',
    building: building({ name: 'Riverside Rooms', addressLine1: '5 Embankment Place', city: 'London', postalCode: 'WC2N 6NN', country: 'United Kingdom' }),
    registrations: attendees('srp', 30, now),
  }));

  // 16. A very long name (150+ characters).
  events.push(event({
    rid: 'Long_Name_Conference',
    name: 'The International Conference on Long-Running Distributed Systems, Resilient Event-Driven Architectures, Observability at Scale, and the Human Factors of Operating Them in Production',
    zone: 85,
    start: day(85, 60, '09:00'),
    end: day(85, 61, '18:00'),
    capacity: 600,
    description: '<p>Yes, that is the real name. Your layout should cope with it.</p>',
    building: building({ name: 'Docklands Exhibition and Conference Centre, West Hall and Adjoining Meeting Rooms', addressLine1: '1 Western Gateway', city: 'London', postalCode: 'E16 1XL', country: 'United Kingdom' }),
    registrations: attendees('lnc', 3, now),
  }));

  events.push(...rtmEvents({ now, day, event, attendees, building, room, FIELD_TYPES, SESSION_TYPE }));

  return { webApplications: [{ ...MEMBERS_WEBAPP, origins: [...MEMBERS_WEBAPP.origins] }], events };
}
