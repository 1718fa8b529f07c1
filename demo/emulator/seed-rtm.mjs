// The seed's real-time journeys events: built for the registration bodies Microsoft documents for
// RTM (customer-insights docs, `using-rtm-event-api.md`, quoted in the contract §4), so that each of
// them, posted verbatim, succeeds:
//   1. an event registration with responses `jobtitle`, `customUnmappedField1`, `customUnmappedField2`
//   2. a session registration with `attendeeSessions` naming the doc's two session GUIDs
//   3. a waitlist registration (`waitlisted: true`) with the three responses
// Their custom registration fields use those attribute keys as `customRegistrationFieldId` (RTM
// does not use our GUIDs), `jobtitle` required. All three bodies use the same email, so 1 and 2 are
// for `Journeys_Attribute_Day` (one after a reset, or the second meets AlreadyRegistered, as on the
// real service) and 3 for `Journeys_Waitlist_Lab`, which is full with a waitlist.
// Both embed a marketing form (`registrationForm`, the stand-in of forms.mjs) asking the same fields.
// Appended to the bundled seed by seed.mjs, which passes its builders in (no import cycle).

import { formEmbed } from './forms.mjs';

/** The session ids of the documented session-registration body. */
export const DOC_SESSION_IDS = Object.freeze(['d5f513c6-989f-f011-bbd3-000d3a5b6385', 'f5d4e4b9-989f-f011-bbd3-000d3a5b6385']);

/** The attribute-keyed fields of both events (RTM: contact attributes and unmapped fields). */
const attributeFields = (T) => [
  { id: 'jobtitle', text: 'Job title', type: T.SimpleText, required: true },
  { id: 'customUnmappedField1', text: 'How did you hear about this event?', type: T.SimpleText },
  { id: 'customUnmappedField2', text: 'Anything we should know (access, diet)?', type: T.SimpleText },
];

/**
 * @param {{ now: Date, day: (zone: number, n: number, time: string) => string, event: (o: object) => object,
 *   attendees: (tag: string, n: number, now: Date) => object[], building: (o: object) => object,
 *   room: (name: string) => object, FIELD_TYPES: Record<string, number>, SESSION_TYPE: Record<string, number> }} h
 */
export function rtmEvents({ now, day, event, attendees, building, room, FIELD_TYPES, SESSION_TYPE }) {
  const z = 110;
  const d = (n, t) => day(z, 70 + n, t);
  const venue = building({ name: 'Rheinhafen Forum', addressLine1: 'Speditionstraße 15', city: 'Düsseldorf', stateProvince: 'Nordrhein-Westfalen', postalCode: '40221', country: 'Germany', facilities: true, wifiSSID: 'RHF-Guest' });
  return [
    event({
      rid: 'Journeys_Attribute_Day',
      // Microsoft's RTM web app registers through the event's marketing form (forms.mjs stand-in).
      registrationForm: formEmbed('Journeys_Attribute_Day'),
      name: 'Journeys Attribute Day',
      zone: z,
      start: d(0, '09:00'),
      end: d(0, '17:00'),
      capacity: 300,
      waitlist: true,
      customAgenda: true,
      description: '<p>A day on real-time journeys. Registration asks for your <strong>job title</strong>.</p>',
      building: venue,
      room: room('Saal 1'),
      sessions: [
        { id: DOC_SESSION_IDS[0], key: 'morning', name: 'Morning: journeys that react', start: d(0, '09:30'), end: d(0, '11:00'), type: SESSION_TYPE.keynote, capacity: 150, speakers: ['Ines Kraft'] },
        { id: DOC_SESSION_IDS[1], key: 'afternoon', name: 'Afternoon: forms, consent and events', start: d(0, '13:30'), end: d(0, '15:00'), type: SESSION_TYPE.breakout, capacity: 80, speakers: ['Ines Kraft'] },
      ],
      speakers: [{ name: 'Ines Kraft', title: 'Marketing technologist', about: 'Builds journeys for trade fairs.' }],
      fields: attributeFields(FIELD_TYPES),
      registrations: attendees('jad', 6, now),
    }),
    event({
      rid: 'Journeys_Waitlist_Lab',
      registrationForm: formEmbed('Journeys_Waitlist_Lab'),
      name: 'Journeys Waitlist Lab',
      zone: z,
      start: d(5, '14:00'),
      end: d(5, '17:00'),
      capacity: 10,
      waitlist: true,
      description: '<p>A small lab. It is full: join the waitlist.</p>',
      building: venue,
      room: room('Labor 2'),
      fields: attributeFields(FIELD_TYPES),
      registrations: attendees('jwl', 10, now),
    }),
  ];
}
