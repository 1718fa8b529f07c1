import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  buildingSchema,
  captchaSchema,
  customFieldSchema,
  CustomFieldType,
  ErrorCode,
  EventFormat,
  eventSchema,
  EventType,
  myRegistrationSchema,
  passSchema,
  registrationResultSchema,
  RegistrationStatus,
  roomSchema,
  sessionSchema,
  SessionType,
  speakerSchema,
  sponsorshipSchema,
  trackSchema,
  userSchema,
  waitlistItemSchema,
  type EvtEvent,
} from '../../src/api/schemas.js';
import { attendeeContactSchema, hipObjectSchema, omRegistrationRequestSchema, rtmRegistrationRequestSchema } from '../../src/api/writes.js';

const ok = <T>(schema: z.ZodMiniType<T>, value: unknown): T => {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`expected to parse, got ${JSON.stringify(r.error.issues)}`);
  return r.data;
};
const bad = (schema: z.ZodMiniType, value: unknown) => {
  const r = schema.safeParse(value);
  expect(r.success, 'expected a parse failure').to.equal(false);
  return r.error!.issues;
};

describe('schemas', () => {
  describe('tolerance', () => {
    const models: [string, z.ZodMiniType, Record<string, unknown>][] = [
      ['event', eventSchema, { readableEventId: 'E', eventName: 'E' }],
      ['session', sessionSchema, { id: 's' }],
      ['track', trackSchema, { id: 't' }],
      ['speaker', speakerSchema, { id: 'p' }],
      ['sponsorship', sponsorshipSchema, { id: 'y' }],
      ['pass', passSchema, { passId: 'x' }],
      ['custom field', customFieldSchema, { customRegistrationFieldId: 'f' }],
      ['building', buildingSchema, {}],
      ['room', roomSchema, {}],
      ['registration result', registrationResultSchema, { status: 'Success' }],
      ['captcha', captchaSchema, {}],
      ['user', userSchema, {}],
      ['my registration', myRegistrationSchema, { id: 'r' }],
      ['waitlist item', waitlistItemSchema, { id: 'w' }],
    ];
    for (const [name, schema, minimal] of models) {
      it(`${name}: only the identifiers are required; every other field accepts null`, () => {
        ok(schema, minimal);
        // Every declared field set to null parses too (the service sends blanks as null).
        const shape = (schema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
        const nulls = Object.fromEntries(Object.keys(shape).filter((k) => !(k in minimal)).map((k) => [k, null]));
        expect(Object.keys(nulls).length).to.be.greaterThan(name === 'room' ? 3 : 0);
        ok(schema, { ...minimal, ...nulls });
      });
    }

    it("an event's image: a URL string or the old model's { image }; anything else is no image and the event stays", () => {
      const imageOf = (image: unknown) => ok(eventSchema, { readableEventId: 'E', eventName: 'E', image }).image;
      expect(imageOf('https://x.example/a.png')).to.equal('https://x.example/a.png');
      expect(imageOf({ image: 'iVBORw0KGgo=', other: 1 })).to.deep.equal({ image: 'iVBORw0KGgo=', other: 1 });
      expect(imageOf({ image: null })).to.deep.equal({ image: null });
      for (const bad of [null, 7, true, ['https://x.example/a.png'], { image: 5 }]) expect(imageOf(bad), JSON.stringify(bad)).to.equal(null);
      expect('image' in ok(eventSchema, { readableEventId: 'E', eventName: 'E' }), 'missing stays missing').to.equal(false);
    });

    it('keeps unknown keys (website entity configuration, newer service versions)', () => {
      const e = ok(eventSchema, {
        readableEventId: 'E',
        eventName: 'E',
        msevtmgt_customfield: 'x',
        customFields: { statuscode: 1, transactioncurrencyid: { Id: 'g', LogicalName: 'transactioncurrency', Name: 'Euro' } },
      });
      expect(e.msevtmgt_customfield).to.equal('x');
      expect(e.customFields?.statuscode).to.equal(1);
      const p = ok(passSchema, { passId: 'p', customFields: { my_field: [1, 2] }, somethingNew: true });
      expect(p.somethingNew).to.equal(true);
      expect(p.customFields).to.deep.equal({ my_field: [1, 2] });
    });

    it('accepts option-set numbers it has no name for', () => {
      const e = ok(eventSchema, { readableEventId: 'E', eventName: 'E', eventType: 123456789, eventFormat: 100000099 });
      expect(e.eventType).to.equal(123456789);
      expect(ok(sessionSchema, { id: 's', sessionType: 100000042 }).sessionType).to.equal(100000042);
      expect(ok(customFieldSchema, { customRegistrationFieldId: 'f', type: 100000077 }).type).to.equal(100000077);
    });

    it('keeps dates as the strings the service sent (wall clock, no offset)', () => {
      const e = ok(eventSchema, { readableEventId: 'E', eventName: 'E', startDate: '2017-08-10T08:00:00', startDateUTC: '2017-08-10T15:00:00Z' });
      expect(e.startDate).to.equal('2017-08-10T08:00:00');
      expect(e.startDateUTC).to.equal('2017-08-10T15:00:00Z');
    });

    it('nests speakers in sessions and sessions in speakers, with null on the inner side', () => {
      const s = ok(sessionSchema, { id: 's', speakers: [{ id: 'p', name: 'Dana', sessions: null, image: '/9j/AAAA' }] });
      expect(s.speakers?.[0]?.name).to.equal('Dana');
      const p = ok(speakerSchema, { id: 'p', sessions: [{ id: 's', name: 'Keynote', speakers: null }] });
      expect(p.sessions?.[0]?.speakers).to.equal(null);
      const pass = ok(passSchema, { passId: 'x', sessions: [{ id: 's', speakers: [] }] });
      expect(pass.sessions?.[0]?.id).to.equal('s');
    });

    it('accepts the event image as a URL string or as the old { image } object', () => {
      expect(ok(eventSchema, { readableEventId: 'E', eventName: 'E', image: 'https://cdn.example.net/a.jpg' }).image).to.equal('https://cdn.example.net/a.jpg');
      const withObject = ok(eventSchema, { readableEventId: 'E', eventName: 'E', image: { image: 'iVBORw0KGgo=' } });
      expect(withObject.image).to.deep.equal({ image: 'iVBORw0KGgo=' });
    });
  });

  describe('strictness where a widget needs it', () => {
    it('an event needs readableEventId and eventName', () => {
      expect(bad(eventSchema, { eventName: 'E' })[0]!.path).to.deep.equal(['readableEventId']);
      expect(bad(eventSchema, { readableEventId: 'E' })[0]!.path).to.deep.equal(['eventName']);
      expect(bad(eventSchema, { readableEventId: '', eventName: 'E' })[0]!.path).to.deep.equal(['readableEventId']);
    });
    it('sessions, nested sessions, speakers, tracks, passes and custom fields need their ids', () => {
      bad(sessionSchema, { name: 'x' });
      // A nested session without an id is left out of the speaker's list (itemsOf), not the speaker.
      expect(ok(speakerSchema, { id: 'p', sessions: [{ name: 'no id' }, { id: 's' }] }).sessions).to.deep.equal([{ id: 's' }]);
      bad(trackSchema, { name: 'x' });
      bad(passSchema, { passName: 'x' });
      bad(customFieldSchema, { text: 'x' });
      bad(sponsorshipSchema, { sponsorName: 'x' });
    });
    it('a wrong type fails at its field', () => {
      expect(bad(eventSchema, { readableEventId: 'E', eventName: 'E', startDate: 1700000000 })[0]!.path).to.deep.equal(['startDate']);
      expect(bad(sessionSchema, { id: 's', maxCapacity: '10' })[0]!.path).to.deep.equal(['maxCapacity']);
    });
    it('a registration result needs its status', () => {
      bad(registrationResultSchema, { errorMessage: null });
    });
  });

  describe('attendeeContactSchema (shared by the form and the request builder)', () => {
    const valid = { firstName: 'Lea', lastName: 'Marsh', email: 'lea.marsh@example.com' };
    const issues = (v: unknown) =>
      bad(attendeeContactSchema, v).map((i) => `${i.path.join('.')}:${i.message}`);

    it('accepts and trims a valid attendee', () => {
      expect(ok(attendeeContactSchema, { firstName: ' Lea ', lastName: 'Marsh\n', email: ' lea.marsh@example.com ' })).to.deep.equal(valid);
      ok(attendeeContactSchema, { firstName: '李', lastName: 'عمر', email: 'o+tag@sub.example.co.uk' });
    });
    it('requires each field (whitespace is empty)', () => {
      expect(issues({ firstName: '  ', lastName: '', email: '' })).to.deep.equal(['firstName:required', 'lastName:required', 'email:required']);
    });
    it('limits first and last name to 50 and email to 100 characters', () => {
      // 100 characters, at most 64 of them before the @ (RFC 5321; src/rules/contact.js).
      ok(attendeeContactSchema, { ...valid, firstName: 'a'.repeat(50), lastName: 'b'.repeat(50), email: `${'c'.repeat(60)}@${'d'.repeat(27)}.example.com` });
      expect(issues({ ...valid, firstName: 'a'.repeat(51) })).to.deep.equal(['firstName:tooLong']);
      expect(issues({ ...valid, lastName: 'b'.repeat(51) })).to.deep.equal(['lastName:tooLong']);
      expect(issues({ ...valid, email: `${'c'.repeat(89)}@example.com` })).to.deep.equal(['email:tooLong']);
    });
    it('wants a real email shape', () => {
      for (const email of ['lea', 'lea@', '@example.com', 'lea@example', 'lea marsh@example.com', 'lea@@example.com']) {
        expect(issues({ ...valid, email }), email).to.deep.equal(['email:email']);
      }
    });
  });

  describe('registration requests, both flavours', () => {
    const om = {
      attendees: [
        {
          firstName: 'Lea', lastName: 'Marsh', email: 'lea.marsh@example.com', passId: '', waitlisted: false, autoRegister: false,
          responses: [
            { id: 'f0e1d2c3-6666-4a7b-8c9d-000000000500', value: 'Vegan', values: null },
            { id: 'f0e1d2c3-6666-4a7b-8c9d-000000000502', value: 'A, B', values: ['A', 'B'] },
          ],
          attendeeSessions: [{ sessionId: 'a1b2c3d4-0000-4e5f-8a9b-000000000001', waitlisted: false }],
        },
      ],
    };
    const rtm = {
      attendees: [
        { firstName: 'Lea', lastName: 'Marsh', email: 'lea.marsh@example.com', waitlisted: true, responses: [{ id: 'jobtitle', value: 'Planner' }], attendeeSessions: [{ sessionId: 's1' }] },
      ],
    };
    it('parse the contract examples', () => {
      ok(omRegistrationRequestSchema, om);
      ok(omRegistrationRequestSchema, { ...om, hipObject: { Solution: 'abc', Token: 't', Type: 'visual', FlowId: 'f1' } });
      ok(rtmRegistrationRequestSchema, rtm);
    });
    it('refuse no attendees, more than 50, and an invalid attendee at its path', () => {
      bad(rtmRegistrationRequestSchema, { attendees: [] });
      const a = rtm.attendees[0]!;
      expect(bad(rtmRegistrationRequestSchema, { attendees: Array.from({ length: 51 }, () => a) })[0]!.message).to.equal('TooManyAttendees');
      const issue = bad(omRegistrationRequestSchema, { attendees: [om.attendees[0], { ...om.attendees[0], email: 'nope' }] })[0]!;
      expect(issue.path).to.deep.equal(['attendees', 1, 'email']);
    });
    it('HipObject has the PascalCase fields', () => {
      bad(hipObjectSchema, { solution: 'x', token: 't', type: 'visual', flowId: 'f' });
    });
  });

  describe('named constants for the option sets and codes of §5', () => {
    it('has the documented values', () => {
      expect(EventType).to.deep.equal({ ExecutiveBriefing: 100000001, Conference: 100000002, Demonstration: 100000003, Training: 100000004, Webcast: 100000005 });
      expect(EventFormat).to.deep.equal({ OnSite: 100000001, Webinar: 100000002, Hybrid: 100000003 });
      expect(SessionType.HandsOnLab).to.equal(100000000);
      expect(SessionType.Training).to.equal(100000005);
      expect(CustomFieldType).to.deep.equal({ SimpleText: 100000000, Boolean: 100000001, MultipleChoice: 100000002, SingleChoice: 100000003 });
      expect(RegistrationStatus).to.deep.equal({ Success: 'Success', Initiated: 'Initiated', Redirect: 'Redirect', Failure: 'Failure' });
    });
    it('lists every errorCode of §5, each equal to its name', () => {
      const codes = [
        'RegistrationFailed', 'EventNotFound', 'EventNotLive', 'SessionNotLive', 'MaximumCapacityReached', 'MaximumNoAttendeesReached',
        'MaximumSessionCapacityReached', 'SessionFullyBooked', 'AlreadyRegistered', 'AnonymousRegistrationNotAllowed',
        'MultiAttendeeRegistrationNotEnabled', 'TooManyAttendees', 'WaitlistRegistrationNotAllowedErrorMessage',
        'RequiredRegistrationFieldMissing', 'InvalidValueForRequiredRegistrationField', 'AttendeePassIdNotValid',
        'AttendeeSessionIdNotValid', 'InsufficentNumberOfPasses', 'FinalizationNotAllowed', 'FinalizationNotEnabled',
        'FinalizationAfterTimeLimit', 'RequestTimedOut',
      ];
      expect(Object.keys(ErrorCode)).to.deep.equal(codes);
      for (const c of codes) expect((ErrorCode as Record<string, string>)[c]).to.equal(c);
    });
  });

  it('types: inferred names compile against real use', () => {
    // Compile-time only: a wrong field name or type here fails `npm run typecheck`.
    const e: EvtEvent = { readableEventId: 'E', eventName: 'E', startDate: null, building: { city: 'Oslo' } };
    const city: string | null | undefined = e.building?.city;
    expect(city).to.equal('Oslo');
  });
});
