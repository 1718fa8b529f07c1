/**
 * The rules of `<evt-register>` without a DOM: who goes on a waitlist (contract §8), validation, and
 * the exact request body of each flavour (contract §4), plus the draft in sessionStorage.
 */
import { expect } from '@open-wc/testing';
import { CustomFieldType, type EvtCustomField, type EvtEvent, type EvtPass, type EvtSession } from '../../src/api/schemas.js';
import {
  attendeeSignature,
  autoRegisterOffered,
  buildRequest,
  formCapacity,
  choicesOf,
  fieldKind,
  isEmptyDraft,
  newAttendee,
  plan,
  total,
  validate,
  type RegistrationData,
  type RegistrationDraft,
} from '../../src/elements/evt-register/request.js';
import { overlaps } from '../../src/rules/times.js';
import { clearDraft, draftKey, loadConfirmation, loadDraft, saveConfirmation, saveDraft } from '../../src/elements/evt-register/draft.js';
import { DRAFT_TEXT_MAX } from '../../src/elements/evt-register/limits.js';


const event = (o: Partial<EvtEvent> = {}): EvtEvent => ({
  readableEventId: 'E',
  eventName: 'E',
  startDate: '2026-07-01T09:00:00',
  endDate: '2026-07-01T17:00:00',
  startDateUTC: '2026-07-01T07:00:00Z',
  endDateUTC: '2026-07-01T15:00:00Z',
  isCapacityRestricted: false,
  maxCapacity: 0,
  showWaitlist: false,
  allowAnonymousRegistrations: true,
  enableMultiAttendeeRegistration: true,
  ...o,
});

const fields: EvtCustomField[] = [
  { customRegistrationFieldId: 'f-text', text: 'Company', type: CustomFieldType.SimpleText, isRequired: true, choices: null },
  { customRegistrationFieldId: 'f-bool', text: 'Dinner?', type: CustomFieldType.Boolean, isRequired: true, choices: null },
  { customRegistrationFieldId: 'f-multi', text: 'Topics', type: CustomFieldType.MultipleChoice, isRequired: false, choices: 'Web\r\nData\n\nSecurity\nWeb' },
  { customRegistrationFieldId: 'f-single', text: 'Size', type: CustomFieldType.SingleChoice, isRequired: true, choices: 'S\nM\nL' },
];

const session = (id: string, start: string, end: string, o: Partial<EvtSession> = {}): EvtSession => ({
  id,
  name: id,
  startTime: start,
  endTime: end,
  isCapacityRestricted: false,
  maxCapacity: 0,
  registrationCount: 0,
  ...o,
});

const data = (o: Partial<RegistrationData> = {}): RegistrationData => ({
  event: event(),
  registrationCount: 0,
  passes: [],
  customFields: [],
  sessions: [],
  ...o,
});

const person = (key: number, first = 'Lea', extra: Partial<ReturnType<typeof newAttendee>> = {}) => ({
  ...newAttendee(key),
  firstName: ` ${first} `,
  lastName: 'Marsh',
  email: `${first.toLowerCase()}@example.com`,
  ...extra,
});

const draftOf = (attendees: ReturnType<typeof person>[], o: Partial<RegistrationDraft> = {}): RegistrationDraft => ({
  attendees,
  sessionIds: [],
  autoRegister: false,
  ...o,
});

describe('<evt-register> rules (request.ts)', () => {
  describe('capacity (contract §8)', () => {
    it('places left = maxCapacity − registrationCount; unlimited when not restricted', () => {
      expect(formCapacity(data({ event: event({ isCapacityRestricted: true, maxCapacity: 5 }), registrationCount: 4 })).placesLeft).to.equal(1);
      expect(formCapacity(data()).placesLeft).to.equal(Infinity);
      // Older payloads: no flag, a capacity above 0 restricts.
      expect(formCapacity(data({ event: event({ isCapacityRestricted: null, maxCapacity: 3 }), registrationCount: 1 })).placesLeft).to.equal(2);
    });

    it('caps the attendees at 50, at 1 without multi-attendee registration, and at the places left without a waitlist', () => {
      expect(formCapacity(data()).maxAttendees).to.equal(50);
      expect(formCapacity(data({ event: event({ enableMultiAttendeeRegistration: false }) })).maxAttendees).to.equal(1);
      const limited = event({ isCapacityRestricted: true, maxCapacity: 10, showWaitlist: false });
      expect(formCapacity(data({ event: limited, registrationCount: 7 })).maxAttendees).to.equal(3);
      const waitlisted = event({ isCapacityRestricted: true, maxCapacity: 10, showWaitlist: true });
      expect(formCapacity(data({ event: waitlisted, registrationCount: 10 })).maxAttendees).to.equal(50);
    });

    it('counts the passes left of a paid event', () => {
      const passes: EvtPass[] = [
        { passId: 'a', passName: 'A', price: 10, currencySymbol: '€', numberOfPassesLeft: 2 },
        { passId: 'b', passName: 'B', price: 20, currencySymbol: '€', numberOfPassesLeft: 0 },
      ];
      expect(formCapacity(data({ passes })).placesLeft).to.equal(2);
    });

    it('puts the attendees beyond the places left on the waitlist (§8 step 4) and each session’s extras on its waitlist (step 5)', () => {
      const d = data({
        event: event({ isCapacityRestricted: true, maxCapacity: 5, showWaitlist: true, allowCustomAgenda: true }),
        registrationCount: 4,
        sessions: [session('s1', '2026-07-01T10:00:00', '2026-07-01T11:00:00', { isCapacityRestricted: true, maxCapacity: 10, registrationCount: 8 })],
      });
      const p = plan(d, draftOf([person(1), person(2, 'Sam'), person(3, 'Kim')], { sessionIds: ['s1'] }));
      expect(p.map((a) => a.waitlisted)).to.deep.equal([false, true, true]);
      expect(p.map((a) => a.sessions[0]!.waitlisted)).to.deep.equal([false, false, true]);
    });
  });

  describe('the auto-register choice', () => {
    it('offers the auto-register choice only under §8 step 6', () => {
      const full = event({ isCapacityRestricted: true, maxCapacity: 1, showWaitlist: true, showAutomaticRegistrationCheckbox: true });
      const one = draftOf([person(1)]);
      expect(autoRegisterOffered(data({ event: full, registrationCount: 1 }), one)).to.equal(true);
      expect(autoRegisterOffered(data({ event: { ...full, autoregisterWaitlistItems: true }, registrationCount: 1 }), one)).to.equal(false);
      expect(autoRegisterOffered(data({ event: { ...full, showAutomaticRegistrationCheckbox: false }, registrationCount: 1 }), one)).to.equal(false);
      // Not full: nobody is waitlisted, nothing to ask.
      expect(autoRegisterOffered(data({ event: full, registrationCount: 0 }), one)).to.equal(false);
      // Paid: never.
      const passes: EvtPass[] = [{ passId: 'p', passName: 'P', price: 1, numberOfPassesLeft: 0 }];
      expect(autoRegisterOffered(data({ event: full, registrationCount: 1, passes }), one)).to.equal(false);
    });
  });

  describe('custom fields', () => {
    it('splits choices on line breaks and drops blanks and repeats', () => {
      expect(choicesOf(fields[2]!)).to.deep.equal(['Web', 'Data', 'Security']);
    });
    it('asks an unknown type, or a choice field without choices, as simple text', () => {
      expect(fieldKind({ customRegistrationFieldId: 'x', type: 123 })).to.equal('text');
      expect(fieldKind({ customRegistrationFieldId: 'x', type: CustomFieldType.SingleChoice, choices: ' ' })).to.equal('text');
      expect(fieldKind(fields[1]!)).to.equal('boolean');
    });
  });

  describe('validation', () => {
    it('checks required, lengths and the email shape with the shared schema', () => {
      const d = data({ customFields: fields });
      const errors = validate(d, draftOf([{ ...newAttendee(1), firstName: 'x'.repeat(51), lastName: '  ', email: 'not-an-email' }]));
      const of = (field: string) => errors.find((e) => e.field === field);
      expect(of('firstName')).to.include({ code: 'tooLong', limit: 50 });
      expect(of('lastName')).to.include({ code: 'required' });
      expect(of('email')).to.include({ code: 'email' });
      expect(of('custom:0')).to.include({ code: 'required' });
      expect(of('custom:1')).to.include({ code: 'choose' });
      expect(of('custom:2')).to.equal(undefined); // optional
      expect(of('custom:3')).to.include({ code: 'choose' });
      expect(validate(d, draftOf([{ ...newAttendee(1), firstName: 'a', lastName: 'b', email: `${'x'.repeat(95)}@e.com` }])).find((e) => e.field === 'email')).to.include({ code: 'tooLong', limit: 100 });
    });

    it('wants a pass per registered attendee, within the passes left', () => {
      const passes: EvtPass[] = [{ passId: 'a', passName: 'A', price: 10, numberOfPassesLeft: 1 }];
      const errors = validate(data({ passes }), draftOf([person(1, 'Lea', { passId: 'a' }), person(2, 'Sam', { passId: 'a' }), person(3, 'Kim')]));
      expect(errors.map((e) => [e.attendee, e.code])).to.deep.equal([
        [2, 'passLimit'],
        [3, 'pass'],
      ]);
    });

    it('refuses more attendees than a session without a waitlist has places', () => {
      const d = data({
        event: event({ allowCustomAgenda: true }),
        sessions: [session('s1', '2026-07-01T10:00:00', '2026-07-01T11:00:00', { isCapacityRestricted: true, maxCapacity: 5, registrationCount: 4 })],
      });
      expect(validate(d, draftOf([person(1), person(2, 'Sam')], { sessionIds: ['s1'] }))).to.deep.equal([
        { attendee: null, field: 'session:s1', code: 'sessionFull', limit: 1 },
      ]);
    });
  });

  describe('the request body', () => {
    it('sends each field by its own id, attribute keys included: the documented RTM bodies come out verbatim', () => {
      // using-rtm-event-api.md (contract §4): responses keyed `jobtitle`, `customUnmappedField1/2`.
      const rtmFields: EvtCustomField[] = [
        { customRegistrationFieldId: 'jobtitle', text: 'Job title', type: CustomFieldType.SimpleText, isRequired: true, choices: null },
        { customRegistrationFieldId: 'customUnmappedField1', text: 'Source', type: CustomFieldType.SimpleText, isRequired: false, choices: null },
        { customRegistrationFieldId: 'customUnmappedField2', text: 'Notes', type: CustomFieldType.SimpleText, isRequired: false, choices: null },
        // A key that is also an Object.prototype member is an ordinary, unanswered field.
        { customRegistrationFieldId: 'constructor', text: 'Other', type: CustomFieldType.SimpleText, isRequired: false, choices: null },
      ];
      const attendee = {
        ...newAttendee(1),
        firstName: 'Sample Contact First Name',
        lastName: 'Sample Contact Last Name',
        email: 'email@contoso.com',
        answers: { jobtitle: 'Sample Contact Job Title', customUnmappedField1: 'Sample Custom Unmapped Field 1', customUnmappedField2: 'Sample Custom Unmapped Field 2' },
      };
      const responses = [
        { id: 'jobtitle', value: 'Sample Contact Job Title' },
        { id: 'customUnmappedField1', value: 'Sample Custom Unmapped Field 1' },
        { id: 'customUnmappedField2', value: 'Sample Custom Unmapped Field 2' },
      ];
      const contact = { lastName: 'Sample Contact Last Name', firstName: 'Sample Contact First Name', email: 'email@contoso.com' };
      const open = data({ customFields: rtmFields, flavour: 'rtm' });
      expect(validate(open, draftOf([attendee]))).to.deep.equal([]);
      expect(buildRequest(open, draftOf([attendee]), 'rtm')).to.deep.equal({ attendees: [{ ...contact, responses }] });
      const full = data({ event: event({ isCapacityRestricted: true, maxCapacity: 10, showWaitlist: true }), registrationCount: 10, customFields: rtmFields, flavour: 'rtm' });
      expect(buildRequest(full, draftOf([attendee]), 'rtm')).to.deep.equal({ attendees: [{ ...contact, waitlisted: true, responses }] });
      // The required attribute-keyed field is checked by its id.
      expect(validate(open, draftOf([{ ...attendee, answers: {} }])).map((e) => e.field)).to.deep.equal(['custom:0']);
      const needsOther = data({ customFields: [{ ...rtmFields[3]!, isRequired: true }], flavour: 'rtm' });
      expect(validate(needsOther, draftOf([{ ...attendee, answers: {} }])).map((e) => e.code)).to.deep.equal(['required']);
    });

    const d = data({
      event: event({ isCapacityRestricted: true, maxCapacity: 3, showWaitlist: true, allowCustomAgenda: true, showAutomaticRegistrationCheckbox: true }),
      registrationCount: 2,
      customFields: fields,
      sessions: [
        session('s1', '2026-07-01T10:00:00', '2026-07-01T11:00:00'),
        session('s2', '2026-07-01T12:00:00', '2026-07-01T13:00:00', { isCapacityRestricted: true, maxCapacity: 2, registrationCount: 2 }),
      ],
    });
    const answers = { 'f-text': ' Contoso ', 'f-bool': 'Yes', 'f-multi': ['Security', 'Web'], 'f-single': 'M' };
    const draft = draftOf([person(1, 'Lea', { answers }), person(2, 'Sam', { answers: { 'f-bool': 'No', 'f-single': 'S', 'f-text': '' } })], {
      sessionIds: ['s2', 's1'],
      autoRegister: true,
    });

    it('outbound marketing: every field as Microsoft’s portal sends it', () => {
      expect(buildRequest(d, draft, 'om')).to.deep.equal({
        attendees: [
          {
            firstName: 'Lea',
            lastName: 'Marsh',
            email: 'lea@example.com',
            passId: '',
            waitlisted: false,
            autoRegister: true,
            responses: [
              { id: 'f-text', value: 'Contoso', values: null },
              { id: 'f-bool', value: 'Yes', values: null },
              { id: 'f-multi', value: 'Web, Security', values: ['Web', 'Security'] },
              { id: 'f-single', value: 'M', values: null },
            ],
            attendeeSessions: [
              { sessionId: 's1', waitlisted: false },
              { sessionId: 's2', waitlisted: true },
            ],
          },
          {
            firstName: 'Sam',
            lastName: 'Marsh',
            email: 'sam@example.com',
            passId: '',
            waitlisted: true,
            autoRegister: true,
            responses: [
              { id: 'f-bool', value: 'No', values: null },
              { id: 'f-single', value: 'S', values: null },
            ],
            attendeeSessions: [
              { sessionId: 's1', waitlisted: false },
              { sessionId: 's2', waitlisted: true },
            ],
          },
        ],
      });
    });

    it('real-time journeys: the documented body', () => {
      expect(buildRequest(d, draft, 'rtm', { Solution: 's', Token: 't', Type: 'visual', FlowId: 'f' })).to.deep.equal({
        attendees: [
          {
            firstName: 'Lea',
            lastName: 'Marsh',
            email: 'lea@example.com',
            autoRegister: true,
            responses: [
              { id: 'f-text', value: 'Contoso' },
              { id: 'f-bool', value: 'Yes' },
              { id: 'f-multi', value: 'Web, Security' },
              { id: 'f-single', value: 'M' },
            ],
            attendeeSessions: [{ sessionId: 's1' }, { sessionId: 's2' }],
          },
          {
            firstName: 'Sam',
            lastName: 'Marsh',
            email: 'sam@example.com',
            waitlisted: true,
            autoRegister: true,
            responses: [
              { id: 'f-bool', value: 'No' },
              { id: 'f-single', value: 'S' },
            ],
            attendeeSessions: [{ sessionId: 's1' }, { sessionId: 's2' }],
          },
        ],
        hipObject: { Solution: 's', Token: 't', Type: 'visual', FlowId: 'f' },
      });
    });

    it('sends the pass of a paid event, puts waitlisted attendees last, and sums the chosen passes', () => {
      const passes: EvtPass[] = [
        { passId: 'a', passName: 'A', price: 10.5, currencySymbol: '€', numberOfPassesLeft: 1 },
        { passId: 'b', passName: 'B', price: 20, currencySymbol: '€', numberOfPassesLeft: 5 },
      ];
      const paid = data({ event: event({ isCapacityRestricted: true, maxCapacity: 2, showWaitlist: true }), passes, registrationCount: 0 });
      const dr = draftOf([person(1, 'Lea', { passId: 'a' }), person(2, 'Sam', { passId: 'b' }), person(3, 'Kim', { passId: 'b' })]);
      const om = buildRequest(paid, dr, 'om');
      expect(om.attendees.map((a) => [a.firstName, (a as { passId?: string }).passId, a.waitlisted])).to.deep.equal([
        ['Lea', 'a', false],
        ['Sam', 'b', false],
        ['Kim', '', true],
      ]);
      expect(total(paid, dr)).to.deep.equal({ amount: 30.5, currencySymbol: '€' });
      const rtm = buildRequest(paid, dr, 'rtm');
      expect(rtm.attendees.map((a) => [(a as { passId?: string }).passId, a.waitlisted])).to.deep.equal([
        ['a', undefined],
        ['b', undefined],
        [undefined, true],
      ]);
    });

    it('omits hipObject without a captcha, and sessions when none is chosen', () => {
      const body = buildRequest(data(), draftOf([person(1)]), 'om');
      expect(body).to.not.have.property('hipObject');
      expect(body.attendees[0]).to.not.have.property('attendeeSessions');
    });

    it('identifies the same people whatever the order and case', () => {
      const a = buildRequest(data(), draftOf([person(1), person(2, 'Sam')]), 'om');
      const b = buildRequest(data(), draftOf([person(2, 'Sam', { email: 'SAM@example.com' }), person(1)]), 'rtm');
      expect(attendeeSignature(a)).to.equal(attendeeSignature(b));
      expect(attendeeSignature(a)).to.not.equal(attendeeSignature(buildRequest(data(), draftOf([person(1)]), 'om')));
    });
  });

  it('flags sessions that overlap in time', () => {
    const s = [
      session('a', '2026-07-01T10:00:00', '2026-07-01T11:00:00'),
      session('b', '2026-07-01T10:30:00', '2026-07-01T11:30:00'),
      session('c', '2026-07-01T11:30:00', '2026-07-01T12:00:00'),
    ];
    const o = overlaps(s);
    expect(o.get('a')?.map((x) => x.id)).to.deep.equal(['b']);
    expect(o.get('b')?.map((x) => x.id)).to.deep.equal(['a']);
    expect(o.has('c')).to.equal(false);
  });

  describe('the draft (sessionStorage)', () => {
    const key = draftKey('http://x.example/EvtMgmt/api/v2.0/', 'Draft_Test');
    afterEach(() => clearDraft(key));

    it('keeps what was typed per endpoint and event, and nothing when nothing was typed', () => {
      const d = draftOf([person(1, 'Lea', { answers: { f: ['a'] } })], { sessionIds: ['s'] });
      saveDraft(key, d);
      expect(loadDraft(key)).to.deep.equal(d);
      expect(loadDraft(draftKey('http://x.example/EvtMgmt/api/v2.0/', 'Other'))).to.equal(null);
      saveDraft(key, draftOf([newAttendee(1)]));
      expect(sessionStorage.getItem(key)).to.equal(null);
      expect(isEmptyDraft(draftOf([newAttendee(1)]))).to.equal(true);
    });

    it('ignores a damaged entry', () => {
      sessionStorage.setItem(key, '{"attendees": "nope"}');
      expect(loadDraft(key)).to.equal(null);
      sessionStorage.setItem(key, 'not json');
      expect(loadDraft(key)).to.equal(null);
    });

    it('keeps what fits of a tampered entry: a wrong field becomes empty, the rest stays', () => {
      const stored = (v: unknown) => (sessionStorage.setItem(key, JSON.stringify(v)), loadDraft(key));
      const one = { key: 1, firstName: 'Lea', lastName: 7, email: null, answers: { f: 'yes', g: ['a', 2] } };
      expect(stored({ attendees: [one], sessionIds: 'all', autoRegister: 'yes' })).to.deep.equal({
        attendees: [{ key: 1, firstName: 'Lea', lastName: '', email: '', passId: '', answers: {} }],
        sessionIds: [],
        autoRegister: false,
      });
      expect(stored({ attendees: [{ key: 2, firstName: 'Ada', answers: { f: ['a'] } }], sessionIds: ['s'], autoRegister: true })).to.deep.equal({
        attendees: [{ key: 2, firstName: 'Ada', lastName: '', email: '', passId: '', answers: { f: ['a'] } }],
        sessionIds: ['s'],
        autoRegister: true,
      });
    });

    it('stored answers: texts and lists of texts, cut to the limit; "__proto__" is a field name; anything else is no answers', () => {
      const answersOf = (answers: unknown) => {
        sessionStorage.setItem(key, JSON.stringify({ attendees: [{ key: 1, firstName: 'Lea', answers }] }));
        return loadDraft(key)?.attendees[0]?.answers;
      };
      const long = 'x'.repeat(DRAFT_TEXT_MAX + 10);
      expect(answersOf({ f: long, g: ['a', long] })).to.deep.equal({ f: 'x'.repeat(DRAFT_TEXT_MAX), g: ['a', 'x'.repeat(DRAFT_TEXT_MAX)] });
      for (const bad of ['yes', ['a'], null, 3, { f: 1 }, { f: { a: 'b' } }, { f: 'ok', g: [null] }]) expect(answersOf(bad), JSON.stringify(bad)).to.deep.equal({});
      const proto = answersOf(JSON.parse('{"__proto__": "x", "f": ["y"]}'))!;
      expect(Object.getPrototypeOf(proto)).to.equal(Object.prototype);
      expect(Object.keys(proto)).to.deep.equal(['__proto__', 'f']);
      expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).to.equal('x');
    });

    it('refuses attendee keys no form writes (not positive whole numbers, repeated), none, or too many', () => {
      const stored = (attendees: unknown[]) => (sessionStorage.setItem(key, JSON.stringify({ attendees })), loadDraft(key));
      const a = (k: unknown) => ({ key: k, firstName: 'X' });
      expect(stored([a(1), a(2)])?.attendees.length).to.equal(2);
      for (const bad of [[a(0)], [a(-1)], [a(1.5)], [a('1')], [a(1), a(1)], []]) expect(stored(bad), JSON.stringify(bad)).to.equal(null);
      expect(stored(Array.from({ length: 50 }, (_, i) => a(i + 1)))?.attendees.length).to.equal(50);
      expect(stored(Array.from({ length: 51 }, (_, i) => a(i + 1)))).to.equal(null);
    });

    it('the stored confirmation: missing flags read as false, too many attendees as no confirmation', () => {
      const person = { firstName: 'Lea', lastName: 'L', email: 'l@example.com' };
      sessionStorage.setItem(`${key}|confirmed`, JSON.stringify({ at: Date.now(), attendees: [person] }));
      expect(loadConfirmation(key)).to.deep.equal({ at: JSON.parse(sessionStorage.getItem(`${key}|confirmed`)!).at, attendees: [{ ...person, waitlisted: false }], sessions: [], recovered: false, alreadyRegistered: false });
      saveConfirmation(key, { at: Date.now(), attendees: Array.from({ length: 51 }, () => ({ ...person, waitlisted: false })), sessions: [], recovered: false, alreadyRegistered: false });
      expect(loadConfirmation(key)).to.equal(null);
      expect(sessionStorage.getItem(`${key}|confirmed`), 'and it is removed').to.equal(null);
    });
  });
});
