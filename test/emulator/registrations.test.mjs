// POST events/{rid}/registrations: body shapes of both flavours, and every errorCode of contract §5
// the emulator answers, in both flavours. Nothing is created by a failed registration.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { FLAVOURS, boot, person } from './helpers.mjs';

let ctx;
before(async () => {
  ctx = await boot({ processingDelay: 5 });
});
after(() => ctx.emu.close());
beforeEach(() => ctx.emu.reset());

const SUCCESS = { status: 'Success', errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null };

/** Custom fields of Open_Source_Day by type. */
async function osdFields(api) {
  const fields = await api.json('events/Open_Source_Day/custom-registration-fields');
  const byType = (t) => fields.find((f) => f.type === t);
  return { text: byType(100000000), bool: byType(100000001), multi: byType(100000002), single: byType(100000003) };
}
/** Valid answers in the flavour's shape. */
function answers(flavour, f, overrides = {}) {
  const v = { bool: 'Yes', single: 'M', multi: ['Web', 'Security'], text: 'Acme', ...overrides };
  const list = [];
  for (const k of ['text', 'bool', 'single', 'multi']) {
    if (v[k] === undefined) continue;
    const id = f[k].customRegistrationFieldId;
    if (flavour === 'om') list.push(k === 'multi' ? { id, value: v.multi.join(', '), values: v.multi } : { id, value: v[k], values: null });
    else list.push({ id, value: k === 'multi' ? v.multi.join(', ') : v[k] });
  }
  return list;
}
const failed = (res, code) => {
  assert.equal(res.status, 'Failure', JSON.stringify(res));
  assert.equal(res.errorCode, code, res.errorMessage);
  assert.equal(typeof res.errorMessage, 'string');
  assert.equal(res.redirectUrl, null);
  assert.equal(res.purchaseId, null);
};

for (const flavour of FLAVOURS) {
  describe(`${flavour}: registration requests`, () => {
    const api = () => ctx.api(flavour);
    const reg = (rid, attendees, o) => api().register(rid, attendees, o);
    const created = async (rid) => {
      await ctx.dev.process();
      return (await ctx.dev.records(rid)).filter((r) => r.source === 'api');
    };

    test('a valid registration answers the Success RegistrationResult', async () => {
      assert.deepEqual(await reg('Minimal_Meetup', [person()]), SUCCESS);
    });

    test('malformed JSON or a body that is not {attendees:[...]} is 400 with a Message', async () => {
      const bad = await api().request('POST', 'events/Minimal_Meetup/registrations', { rawBody: '{"attendees": [' });
      assert.equal(bad.status, 400);
      assert.match(bad.json.Message, /JSON/);
      assert.equal(bad.headers.get('access-control-allow-origin'), 'http://localhost:5173');
      for (const body of [[], {}, { attendees: {} }, { attendees: [1] }, { attendees: [{ firstName: 5 }] }, { attendees: [{ ...person(), attendeeSessions: [{}] }] }]) {
        const res = await api().post('events/Minimal_Meetup/registrations', body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(typeof res.json.Message, 'string');
      }
      assert.equal((await api().request('POST', 'events/Minimal_Meetup/registrations', {})).status, 400, 'empty body');
      assert.deepEqual(await created('Minimal_Meetup'), []);
    });

    test('a body over 1 MB is 413 with a Message', async () => {
      const res = await api().post('events/Minimal_Meetup/registrations', { attendees: [person({ firstName: 'x'.repeat(1_100_000) })] });
      assert.equal(res.status, 413);
      assert.match(res.json.Message, /larger than/);
    });

    test('RegistrationFailed names the attendee field: required, too long, bad format', async () => {
      const cases = [
        [{ firstName: '' }, /firstName is required/],
        [{ lastName: '   ' }, /lastName is required/],
        [{ email: undefined }, /email is required/],
        [{ firstName: 'x'.repeat(51) }, /firstName is longer than 50/],
        [{ lastName: 'y'.repeat(51) }, /lastName is longer than 50/],
        [{ email: `${'e'.repeat(90)}@example.com` }, /email is longer than 100/],
        [{ email: 'not-an-email' }, /email .* not a valid email/],
        [{ email: 'two@@example.com' }, /not a valid email/],
        [{ firstName: '<b>Bold</b>' }, /^Attendee 1: firstName .* contains “<”/],
        [{ lastName: '!!!' }, /^Attendee 1: lastName .* has no letter/],
        [{ lastName: 'Marsh\u202E' }, /^Attendee 1: lastName .* contains U\+202E/],
      ];
      for (const [override, message] of cases) {
        const res = await reg('Minimal_Meetup', [{ ...person(), ...override }]);
        failed(res, 'RegistrationFailed');
        assert.match(res.errorMessage, message);
      }
      const ok = await reg('Minimal_Meetup', [person({ firstName: 'Zoë', lastName: "O'Brien-Łukasz", email: `zoe.${Date.now()}@example.co.uk` })]);
      assert.equal(ok.status, 'Success', 'real names of any script pass');
      assert.equal((await reg('Minimal_Meetup', [person({ firstName: '佐藤', lastName: 'الكعبي' })])).status, 'Success');
      assert.equal((await reg('Minimal_Meetup', [person({ firstName: 'x'.repeat(50), lastName: 'y'.repeat(50), email: `${'e'.repeat(60)}@${'d'.repeat(27)}.example.com` })])).status, 'Success', 'the limits themselves are allowed (64 before the @, RFC 5321)');
      assert.equal((await created('Minimal_Meetup')).length, 3);
    });

    test('no attendees: RegistrationFailed; more than 50: TooManyAttendees (50 is fine)', async () => {
      failed(await reg('Minimal_Meetup', []), 'RegistrationFailed');
      failed(await reg('Minimal_Meetup', Array.from({ length: 51 }, () => person())), 'TooManyAttendees');
      assert.equal((await reg('Minimal_Meetup', Array.from({ length: 50 }, () => person()))).status, 'Success');
    });

    test('several attendees when multi-attendee is off: MultiAttendeeRegistrationNotEnabled', async () => {
      failed(await reg('Mumbai_Product_Meetup', [person(), person()]), 'MultiAttendeeRegistrationNotEnabled');
      assert.equal((await reg('Mumbai_Product_Meetup', [person()])).status, 'Success');
    });

    test('anonymous registration off: AnonymousRegistrationNotAllowed', async () => {
      failed(await reg('Executive_Briefing_Members', [person()]), 'AnonymousRegistrationNotAllowed');
      if (flavour === 'om') {
        const bearer = await ctx.dev.token('member@example.com');
        assert.deepEqual(await reg('Executive_Briefing_Members', [person({ email: 'member@example.com' })], { bearer }), SUCCESS);
      } else {
        // RTM has no user authentication: a Bearer changes nothing.
        const bearer = await ctx.dev.token('member@example.com');
        failed(await reg('Executive_Briefing_Members', [person()], { bearer }), 'AnonymousRegistrationNotAllowed');
      }
    });

    test('registration closed or event over: EventNotLive', async () => {
      const closed = await reg('Closed_Registration_Forum', [person()]);
      failed(closed, 'EventNotLive');
      assert.match(closed.errorMessage, /closed/);
      failed(await reg('Spring_Retrospective_Past', [person()]), 'EventNotLive');
    });

    test('custom fields: both flavour shapes accepted; required missing; value not among choices', async () => {
      const f = await osdFields(api());
      assert.equal((await reg('Open_Source_Day', [person({ responses: answers(flavour, f) })])).status, 'Success');
      assert.equal((await reg('Open_Source_Day', [person({ responses: answers(flavour, f, { text: undefined, multi: undefined }) })])).status, 'Success', 'optional fields may be left out');
      const missing = await reg('Open_Source_Day', [person({ responses: answers(flavour, f, { single: undefined }) })]);
      failed(missing, 'RequiredRegistrationFieldMissing');
      assert.match(missing.errorMessage, /T-shirt size/);
      failed(await reg('Open_Source_Day', [person({ responses: answers(flavour, f, { single: '' }) })]), 'RequiredRegistrationFieldMissing');
      failed(await reg('Open_Source_Day', [person()]), 'RequiredRegistrationFieldMissing');
      failed(await reg('Open_Source_Day', [person({ responses: answers(flavour, f, { single: 'XXXL' }) })]), 'InvalidValueForRequiredRegistrationField');
      failed(await reg('Open_Source_Day', [person({ responses: answers(flavour, f, { bool: 'Maybe' }) })]), 'InvalidValueForRequiredRegistrationField');
      failed(await reg('Open_Source_Day', [person({ responses: answers(flavour, f, { multi: ['Web', 'Gardening'] }) })]), 'InvalidValueForRequiredRegistrationField');
      // RTM field keys that are not custom fields (attribute names) are accepted and kept.
      const extra = person({ responses: [...answers(flavour, f), { id: 'jobtitle', value: 'Planner' }] });
      assert.equal((await reg('Open_Source_Day', [extra])).status, 'Success');
      const rec = (await created('Open_Source_Day')).find((r) => r.email === extra.email);
      assert.ok(rec.responses.some((r) => r.id === 'jobtitle' && r.value === 'Planner'));
    });

    test('passes: unknown or missing on a paid event, or given on a free one: AttendeePassIdNotValid', async () => {
      const fields = await api().json('events/Harbour_Data_Summit/custom-registration-fields');
      const company = [{ id: fields[0].customRegistrationFieldId, value: 'Acme' }];
      failed(await reg('Harbour_Data_Summit', [person({ passId: 'no-such-pass', responses: company })]), 'AttendeePassIdNotValid');
      failed(await reg('Harbour_Data_Summit', [person({ responses: company })]), 'AttendeePassIdNotValid');
      failed(await reg('Minimal_Meetup', [person({ passId: 'whatever' })]), 'AttendeePassIdNotValid');
      assert.equal((await reg('Minimal_Meetup', [person({ passId: '' })])).status, 'Success', 'passId "" means no pass');
    });

    test('a sold-out pass: InsufficentNumberOfPasses (sic)', async () => {
      const passes = await api().json('events/Harbour_Data_Summit/passes');
      const soldOut = passes.find((p) => p.numberOfPassesLeft === 0);
      const fields = await api().json('events/Harbour_Data_Summit/custom-registration-fields');
      const responses = [{ id: fields[0].customRegistrationFieldId, value: 'Acme' }];
      failed(await reg('Harbour_Data_Summit', [person({ passId: soldOut.passId, responses })]), 'InsufficentNumberOfPasses');
    });

    test('an unknown session: AttendeeSessionIdNotValid', async () => {
      const f = await osdFields(api());
      const res = await reg('Open_Source_Day', [person({ responses: answers(flavour, f), attendeeSessions: [{ sessionId: 'nope' }] })]);
      failed(res, 'AttendeeSessionIdNotValid');
      const other = (await api().json('events/Harbour_Data_Summit/sessions'))[0];
      failed(await reg('Open_Source_Day', [person({ responses: answers(flavour, f), attendeeSessions: [{ sessionId: other.id }] })]), 'AttendeeSessionIdNotValid');
    });

    test('full event with a waitlist: MaximumCapacityReached, but waitlisted attendees are accepted', async () => {
      failed(await reg('Waitlist_Workshop', [person()]), 'MaximumCapacityReached');
      failed(await reg('Waitlist_Workshop', [person({ waitlisted: true }), person()]), 'MaximumCapacityReached');
      assert.deepEqual(await reg('Waitlist_Workshop', [person({ waitlisted: true, autoRegister: true }), person({ waitlisted: true })]), SUCCESS);
      const recs = await created('Waitlist_Workshop');
      assert.equal(recs.length, 2);
      assert.ok(recs.every((r) => r.waitlisted));
      assert.equal(await api().json('events/Waitlist_Workshop/registrations/count'), 12, 'waitlisted attendees do not count');
    });

    test('full event without a waitlist: MaximumNoAttendeesReached, waitlisted or not', async () => {
      failed(await reg('Sold_Out_Masterclass', [person()]), 'MaximumNoAttendeesReached');
      failed(await reg('Sold_Out_Masterclass', [person({ waitlisted: true })]), 'MaximumNoAttendeesReached');
    });

    test('waitlisted attendee on an event without a waitlist: WaitlistRegistrationNotAllowedErrorMessage', async () => {
      failed(await reg('Mumbai_Product_Meetup', [person({ waitlisted: true })]), 'WaitlistRegistrationNotAllowedErrorMessage');
      failed(await reg('Minimal_Meetup', [person({ attendeeSessions: [] , waitlisted: true })]), 'WaitlistRegistrationNotAllowedErrorMessage');
    });

    test('a full session: MaximumSessionCapacityReached unless waitlisted for it', async () => {
      const f = await osdFields(api());
      const sessions = await api().json('events/Open_Source_Day/sessions');
      const full = sessions.find((s) => s.isCapacityRestricted && s.registrationCount >= s.maxCapacity);
      const open = sessions.find((s) => s.id !== full.id);
      const res = await reg('Open_Source_Day', [person({ responses: answers(flavour, f), attendeeSessions: [{ sessionId: open.id }, { sessionId: full.id }] })]);
      failed(res, 'MaximumSessionCapacityReached');
      assert.match(res.errorMessage, /first pull request/);
      if (flavour === 'om') {
        const ok = await reg('Open_Source_Day', [person({ responses: answers(flavour, f), attendeeSessions: [{ sessionId: open.id, waitlisted: false }, { sessionId: full.id, waitlisted: true }] })]);
        assert.equal(ok.status, 'Success');
        const [rec] = await created('Open_Source_Day');
        assert.deepEqual(rec.sessions.map((s) => [s.sessionId, s.waitlisted]), [[open.id, false], [full.id, true]]);
        const after = await api().json(`sessions/${full.id}/registrations/count`);
        assert.equal(after, full.maxCapacity, 'a session waitlist entry takes no place');
      }
    });

    test('the same email twice: AlreadyRegistered (seeded, in the same request, or still pending)', async () => {
      const lss = (await ctx.dev.records('Last_Seats_Seminar'))[0];
      failed(await reg('Last_Seats_Seminar', [person({ email: lss.email.toUpperCase() })]), 'AlreadyRegistered');
      const p = person();
      failed(await reg('Minimal_Meetup', [p, { ...person(), email: p.email }]), 'AlreadyRegistered');
      assert.equal((await reg('Minimal_Meetup', [p])).status, 'Success');
      const again = await reg('Minimal_Meetup', [{ ...person(), email: p.email }]);
      failed(again, 'AlreadyRegistered');
      assert.equal((await created('Minimal_Meetup')).length, 1);
      failed(await reg('Minimal_Meetup', [p]), 'AlreadyRegistered');
      failed(await reg('Waitlist_Workshop', [person({ email: 'wendy.waiting@example.com', waitlisted: true })]), 'AlreadyRegistered');
    });

    test('AlreadyRegistered names every attendee already known, so a client can tell its own re-sent request', async () => {
      const [a, b, c] = [person(), person(), person()];
      assert.equal((await reg('Minimal_Meetup', [a, b])).status, 'Success');
      const again = await reg('Minimal_Meetup', [a, b]);
      failed(again, 'AlreadyRegistered');
      assert.match(again.errorMessage, new RegExp(`Attendee 1: ${a.email.replace('.', '\\.')}; Attendee 2: ${b.email.replace('.', '\\.')} are already`));
      const mixed = await reg('Minimal_Meetup', [c, b]);
      failed(mixed, 'AlreadyRegistered');
      assert.ok(mixed.errorMessage.includes(b.email) && !mixed.errorMessage.includes(c.email), mixed.errorMessage);
    });

    test('a retry of a request that took the last seat meets AlreadyRegistered, not a capacity error', async () => {
      const p = person();
      assert.equal((await reg('Last_Seats_Seminar', [p])).status, 'Success');
      failed(await reg('Last_Seats_Seminar', [p]), 'AlreadyRegistered');
      await ctx.dev.process();
      failed(await reg('Last_Seats_Seminar', [p]), 'AlreadyRegistered');
      failed(await reg('Sold_Out_Masterclass', [{ ...person(), email: (await ctx.dev.records('Sold_Out_Masterclass'))[0].email }]), 'AlreadyRegistered');
    });

    test('captcha on: a hipObject with a Solution is required (RegistrationFailed otherwise)', async () => {
      const res = await reg('Captcha_Launch', [person()]);
      failed(res, 'RegistrationFailed');
      assert.match(res.errorMessage, /captcha/i);
      failed(await reg('Captcha_Launch', [person()], { hipObject: { Solution: '', Token: '', Type: '', FlowId: '' } }), 'RegistrationFailed');
      const captcha = await api().json('events/Captcha_Launch/captcha');
      const hipObject = { Solution: 'emulator-solution', Token: 't', Type: 'visual', FlowId: captcha.FlowId };
      assert.deepEqual(await reg('Captcha_Launch', [person()], { hipObject }), SUCCESS);
    });

    test('all or nothing: one bad attendee fails the whole request', async () => {
      failed(await reg('Last_Seats_Seminar', [person(), person(), person({ waitlisted: true })]), 'MaximumCapacityReached');
      failed(await reg('Minimal_Meetup', [person(), person({ email: 'bad' })]), 'RegistrationFailed');
      assert.deepEqual(await created('Minimal_Meetup'), []);
      assert.deepEqual(await created('Last_Seats_Seminar'), []);
      assert.equal(await api().json('events/Last_Seats_Seminar/registrations/count'), 4);
    });
  });
}
