// Signed-in users (outbound marketing only): bearer tokens from /dev/token, users/authenticated*,
// cancel (which frees the place and moves the waitlist), per-session registration, calendar .ics.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ORIGIN, boot, person } from './helpers.mjs';

let ctx;
before(async () => {
  ctx = await boot({ processingDelay: 60_000 });
});
after(() => ctx.emu.close());
beforeEach(() => ctx.emu.reset());

/** Registers `p` for a free event, processed. */
async function registered(rid, p, o = {}) {
  const res = await ctx.om.register(rid, [p], o);
  assert.equal(res.status, 'Success', JSON.stringify(res));
  await ctx.dev.process();
}

describe('bearer tokens and users/authenticated', () => {
  test('GET /dev/token issues a token; users/authenticated returns the User', async () => {
    const issued = await ctx.dev.get('token', { email: 'lea.marsh@example.com', firstName: 'Lea', lastName: 'Marsh' });
    assert.equal(issued.tokenType, 'Bearer');
    const res = await ctx.om.get('users/authenticated', { bearer: issued.token });
    assert.equal(res.status, 200);
    assert.deepEqual(Object.keys(res.json).sort(), ['email', 'firstName', 'id', 'isAnonymous', 'lastName']);
    assert.deepEqual({ ...res.json, id: undefined }, { id: undefined, firstName: 'Lea', lastName: 'Marsh', email: 'lea.marsh@example.com', isAnonymous: false });
    assert.match(res.json.id, /^[0-9a-f-]{36}$/);
    const again = await ctx.dev.get('token', { email: 'LEA.MARSH@example.com' });
    assert.equal((await ctx.om.json('users/authenticated', { bearer: again.token })).id, res.json.id, 'the same contact for the same email');
  });

  test('no bearer, or one the emulator did not issue: 401 with a Message and the CORS grant', async () => {
    for (const bearer of [undefined, 'forged']) {
      const res = await ctx.om.get('users/authenticated', { bearer });
      assert.equal(res.status, 401);
      assert.equal(typeof res.json.Message, 'string');
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    }
    for (const p of ['users/authenticated/registrations', 'users/authenticated/waitlist-items']) assert.equal((await ctx.om.get(p)).status, 401, p);
    assert.equal((await ctx.om.post('users/authenticated/registrations/x/cancel', {})).status, 401);
    assert.equal((await ctx.om.get('events/published', { bearer: 'forged' })).status, 401, 'an invalid bearer is refused on any OM request');
    assert.equal((await ctx.rtm.get('events/published', { bearer: 'forged' })).status, 200, 'RTM ignores Authorization');
  });

  test('POST /dev/token takes the same fields as JSON (for helpers that only POST)', async () => {
    const { status, json } = await ctx.dev.post('token', { email: 'posted@example.com', firstName: 'Posy' });
    assert.equal(status, 200);
    assert.equal((await ctx.om.json('users/authenticated', { bearer: json.token })).firstName, 'Posy');
  });

  test('/dev/token needs a valid email', async () => {
    const res = await fetch(`${ctx.emu.url}/dev/token?email=nope`);
    assert.equal(res.status, 400);
    assert.match((await res.json()).Message, /email/);
  });

  test('a reset forgets tokens', async () => {
    const token = await ctx.dev.token('x@example.com');
    await ctx.dev.reset();
    assert.equal((await ctx.om.get('users/authenticated', { bearer: token })).status, 401);
  });
});

describe('my registrations and waitlist items', () => {
  test('users/authenticated/registrations lists MyRegistration for the user\'s email', async () => {
    const p = person({ email: 'me@example.com' });
    const token = await ctx.dev.token(p.email);
    const sessions = await ctx.om.json('events/Open_Source_Day/sessions');
    const fields = await ctx.om.json('events/Open_Source_Day/custom-registration-fields');
    const responses = fields.filter((f) => f.isRequired).map((f) => ({ id: f.customRegistrationFieldId, value: f.type === 100000001 ? 'Yes' : 'S', values: null }));
    await registered('Open_Source_Day', { ...p, responses, attendeeSessions: [{ sessionId: sessions[0].id, waitlisted: false }] }, { bearer: token });
    await registered('Minimal_Meetup', p); // anonymously, same email: still "mine"
    await registered('Minimal_Meetup', person()); // someone else
    const mine = await ctx.om.json('users/authenticated/registrations', { bearer: token });
    assert.equal(mine.length, 2);
    const osd = mine.find((r) => r.event === 'Open Source Day');
    assert.deepEqual(Object.keys(osd).sort(), ['contact', 'createdon', 'email', 'event', 'id', 'pass', 'sessionRegistrations']);
    assert.equal(osd.contact, `${p.firstName} ${p.lastName}`);
    assert.equal(osd.pass, '');
    assert.deepEqual(osd.sessionRegistrations.map((s) => s.sessionName), [sessions[0].name]);
    assert.ok(!Number.isNaN(Date.parse(osd.createdon)));
  });

  test('users/authenticated/waitlist-items lists event and session waitlist entries', async () => {
    const p = person({ email: 'waiting@example.com' });
    const token = await ctx.dev.token(p.email);
    await registered('Waitlist_Workshop', { ...p, waitlisted: true, autoRegister: true });
    const items = await ctx.om.json('users/authenticated/waitlist-items', { bearer: token });
    assert.equal(items.length, 1);
    assert.deepEqual(Object.keys(items[0]).sort(), ['autoRegister', 'contact', 'createdon', 'email', 'event', 'id', 'invited', 'session']);
    assert.deepEqual([items[0].event, items[0].session, items[0].invited, items[0].autoRegister], ['Waitlist Workshop: Service Design', null, false, true]);
    assert.deepEqual(await ctx.om.json('users/authenticated/registrations', { bearer: token }), []);
  });
});

describe('cancel', () => {
  test('true, frees the place (count and pass), and a second cancel is false', async () => {
    const p = person({ email: 'cancel.me@example.com' });
    const token = await ctx.dev.token(p.email);
    await registered('Last_Seats_Seminar', p);
    assert.equal(await ctx.om.json('events/Last_Seats_Seminar/registrations/count'), 5);
    const [mine] = await ctx.om.json('users/authenticated/registrations', { bearer: token });
    const res = await ctx.om.post(`users/authenticated/registrations/${mine.id}/cancel`, {}, { bearer: token });
    assert.equal(res.status, 200);
    assert.equal(res.json, true);
    assert.equal(await ctx.om.json('events/Last_Seats_Seminar/registrations/count'), 4);
    assert.deepEqual(await ctx.om.json('users/authenticated/registrations', { bearer: token }), []);
    assert.equal((await ctx.om.post(`users/authenticated/registrations/${mine.id}/cancel`, {}, { bearer: token })).json, false);
    assert.equal((await ctx.om.register('Last_Seats_Seminar', [p])).status, 'Success', 'the email may register again');
  });

  test('someone else\'s registration, or an unknown id: false, nothing changes', async () => {
    const other = (await ctx.dev.records('Last_Seats_Seminar'))[0];
    const token = await ctx.dev.token('intruder@example.com');
    assert.equal((await ctx.om.post(`users/authenticated/registrations/${other.id}/cancel`, {}, { bearer: token })).json, false);
    assert.equal((await ctx.om.post('users/authenticated/registrations/nope/cancel', {}, { bearer: token })).json, false);
    assert.equal(await ctx.om.json('events/Last_Seats_Seminar/registrations/count'), 4);
  });

  test('a freed place invites the first on the waitlist (autoregisterWaitlistItems off)', async () => {
    const seeded = (await ctx.dev.records('Waitlist_Workshop')).find((r) => !r.waitlisted);
    const token = await ctx.dev.token(seeded.email);
    assert.equal((await ctx.om.post(`users/authenticated/registrations/${seeded.id}/cancel`, {}, { bearer: token })).json, true);
    const wendy = await ctx.dev.token('wendy.waiting@example.com');
    const [item] = await ctx.om.json('users/authenticated/waitlist-items', { bearer: wendy });
    assert.equal(item.invited, true);
    assert.equal(await ctx.om.json('events/Waitlist_Workshop/registrations/count'), 11, 'an invitation is not a registration');
  });

  test('a freed place registers a waitlisted attendee who asked for it (autoRegister)', async () => {
    const first = person({ email: 'first@example.com' });
    await registered('Last_Seats_Seminar', first);
    const eager = person({ email: 'eager@example.com', waitlisted: true, autoRegister: true });
    await registered('Last_Seats_Seminar', eager);
    const token = await ctx.dev.token(first.email);
    const [mine] = await ctx.om.json('users/authenticated/registrations', { bearer: token });
    assert.equal((await ctx.om.post(`users/authenticated/registrations/${mine.id}/cancel`, {}, { bearer: token })).json, true);
    assert.equal(await ctx.om.json('events/Last_Seats_Seminar/registrations/count'), 5);
    const eagerToken = await ctx.dev.token(eager.email);
    assert.equal((await ctx.om.json('users/authenticated/registrations', { bearer: eagerToken })).length, 1);
    assert.deepEqual(await ctx.om.json('users/authenticated/waitlist-items', { bearer: eagerToken }), []);
  });
});

describe('per-session registration (OM, endpoint 13)', () => {
  test('a registered user adds a session: true, then false; flags on GET sessions follow', async () => {
    const p = person({ email: 'sessions@example.com' });
    const token = await ctx.dev.token(p.email);
    const fields = await ctx.om.json('events/Open_Source_Day/custom-registration-fields');
    const responses = fields.filter((f) => f.isRequired).map((f) => ({ id: f.customRegistrationFieldId, value: f.type === 100000001 ? 'Yes' : 'S' }));
    await registered('Open_Source_Day', { ...p, responses });
    const sessions = await ctx.om.json('events/Open_Source_Day/sessions', { bearer: token });
    const target = sessions.find((s) => s.name.startsWith('Small models'));
    const full = sessions.find((s) => s.isCapacityRestricted && s.registrationCount >= s.maxCapacity);
    assert.deepEqual([target.userEligibleToRegister, target.alreadyRegistered], [true, false]);
    assert.deepEqual([full.userEligibleToRegister, full.alreadyRegistered], [false, false]);
    const path = `events/Open_Source_Day/sessions/${target.id}/registrations`;
    const res = await ctx.om.post(path, {}, { bearer: token });
    assert.equal(res.status, 200);
    assert.equal(res.json, true);
    assert.equal((await ctx.om.post(path, {}, { bearer: token })).json, false, 'already registered');
    assert.equal((await ctx.om.post(`events/Open_Source_Day/sessions/${full.id}/registrations`, {}, { bearer: token })).json, false, 'full');
    const after = (await ctx.om.json('events/Open_Source_Day/sessions', { bearer: token })).find((s) => s.id === target.id);
    assert.deepEqual([after.userEligibleToRegister, after.alreadyRegistered, after.registrationCount], [false, true, target.registrationCount + 1]);
    const anonymous = (await ctx.om.json('events/Open_Source_Day/sessions')).find((s) => s.id === target.id);
    assert.deepEqual([anonymous.userEligibleToRegister, anonymous.alreadyRegistered], [false, false]);
  });

  test('a user not registered for the event gets false; no bearer is 401; an unknown session 404', async () => {
    const token = await ctx.dev.token('stranger@example.com');
    const s = (await ctx.om.json('events/Open_Source_Day/sessions'))[0];
    assert.equal((await ctx.om.post(`events/Open_Source_Day/sessions/${s.id}/registrations`, {}, { bearer: token })).json, false);
    assert.equal((await ctx.om.post(`events/Open_Source_Day/sessions/${s.id}/registrations`, {})).status, 401);
    assert.equal((await ctx.om.post('events/Open_Source_Day/sessions/nope/registrations', {}, { bearer: token })).status, 404);
  });
});

describe('users/authenticated in real-time journeys (no user authentication)', () => {
  test('the anonymous user, 200, with or without a Bearer (which RTM ignores)', async () => {
    const bearer = await ctx.dev.token('lea.rtm@example.com');
    for (const o of [{}, { bearer }, { origin: null }]) {
      const res = await ctx.rtm.get('users/authenticated', o);
      assert.equal(res.status, 200, JSON.stringify(o));
      assert.deepEqual(res.json, { id: '', firstName: '', lastName: '', email: '', isAnonymous: true });
    }
    assert.equal((await ctx.rtm.get('users/authenticated', { token: null })).status, 400, 'the token is still needed');
  });
});

describe('calendar/personal/ics (OM)', () => {
  const ics = (items, o = {}) => ctx.om.get('calendar/personal/ics', { query: { 'api-version': '2016-06-30', data: JSON.stringify(items) }, ...o });
  /** Unfolds content lines (RFC 5545 §3.1). */
  const unfold = (text) => text.replace(/\r\n[ \t]/g, '');

  test('a VCALENDAR for the event with its UTC times, folded CRLF lines', async () => {
    const ev = await ctx.om.json('events/Harbour_Data_Summit');
    const res = await ics([{ readableEventId: 'Harbour_Data_Summit', data: { firstname: 'Lea', badge: 'B-12', msevtmgt_checkin_url: 'https://evil.example' } }], { origin: null });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.match(res.headers.get('content-disposition'), /attachment; filename=".+\.ics"/);
    const text = res.text;
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
    const lines = unfold(text).split('\r\n');
    const utc = (iso) => iso.replace(/[-:]/g, '');
    assert.ok(lines.includes(`DTSTART:${utc(ev.startDateUTC)}`));
    assert.ok(lines.includes(`DTEND:${utc(ev.endDateUTC)}`));
    assert.ok(lines.includes('SUMMARY:Harbour Data Summit'));
    assert.ok(lines.some((l) => l.startsWith('LOCATION:Hall A\\, Harbour Conference Centre')));
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'));
    assert.match(description, /Hello Lea/);
    assert.match(description, /B-12/);
    assert.doesNotMatch(description, /evil/, 'the reserved placeholder is not taken from the request');
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
    assert.ok(lines.includes('X-WR-CALNAME:Harbour Data Summit'));
    const alt = lines.find((l) => l.startsWith('X-ALT-DESC;FMTTYPE=text/html:'));
    assert.match(alt, /Hello Lea/);
  });

  test('the documented link works as written: no token, no Origin, api-version, encoded JSON', async () => {
    // personalized-calendar-content.md: an email button links to it; nothing adds a token.
    const data = '[{%22readableEventId%22:%22Open_Source_Day%22,%22data%22:{%22registrationId%22:%22REG-1%22,%22firstname%22:%22%3Cb%3ELea%22}}]';
    const res = await fetch(`${ctx.emu.omBase}calendar/personal/ics?api-version=2016-06-30&data=${data}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const lines = unfold(await res.text()).split('\r\n');
    assert.deepEqual(lines.slice(0, 6).filter((l) => !l.startsWith('PRODID')), ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Open Source Day']);
    const alt = lines.find((l) => l.startsWith('X-ALT-DESC;FMTTYPE=text/html:'));
    assert.match(alt, /<p>Two days for people who <em>maintain<\/em>/, 'the HTML content');
    assert.ok(lines.some((l) => l.startsWith('DESCRIPTION:Two days for people who maintain')), 'beside its plain text');
    assert.ok(lines.some((l) => l.startsWith('LOCATION:')));
  });

  test('placeholder values are escaped in the HTML content', async () => {
    const res = await ics([{ readableEventId: 'Harbour_Data_Summit', data: { firstname: '<img src=x onerror=alert(1)>' } }], { token: null, origin: null });
    const alt = unfold(res.text).split('\r\n').find((l) => l.startsWith('X-ALT-DESC'));
    assert.ok(alt.includes('&lt\\;img src=x onerror=alert(1)&gt\\;'), alt);
    assert.ok(!alt.includes('<img'), alt);
  });

  test('a session: its own UTC times; several items give several VEVENTs', async () => {
    const s = (await ctx.om.json('events/Sydney_Spring_Series/sessions')).at(-1);
    const res = await ics([{ readableEventId: 'Sydney_Spring_Series', sessionId: s.id }, { readableEventId: 'Minimal_Meetup' }]);
    const lines = unfold(res.text).split('\r\n');
    assert.ok(lines.includes(`DTSTART:${s.startTimeUTC.replace(/[-:]/g, '')}`));
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
  });

  test('bad requests: no data 400, bad JSON 400, unknown event or session 404, bad token 401', async () => {
    assert.equal((await ctx.om.get('calendar/personal/ics')).status, 400);
    assert.equal((await ctx.om.get('calendar/personal/ics', { query: { data: '[{' } })).status, 400);
    assert.equal((await ics([{ readableEventId: 'Nope' }])).status, 404);
    assert.equal((await ics([{ readableEventId: 'Minimal_Meetup', sessionId: 'nope' }])).status, 404);
    assert.equal((await ics([{ readableEventId: 'Minimal_Meetup' }], { token: 'no-such-token', origin: null })).status, 401);
  });
});

describe('check-in (RTM)', () => {
  test('POST checkins records the check-in and redirects to redirectUri', async () => {
    const rec = (await ctx.dev.records('Last_Seats_Seminar'))[0];
    const res = await ctx.rtm.post('checkins', { registrationId: rec.id }, { token: null, origin: null, query: { redirectUri: 'https://example.com/welcome' } });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), 'https://example.com/welcome');
    const after = (await ctx.dev.records('Last_Seats_Seminar')).find((r) => r.id === rec.id);
    assert.ok(after.checkedIn);
    const plain = await ctx.rtm.post('checkins', { registrationId: rec.id }, { token: null });
    assert.equal(plain.status, 201);
    assert.equal((await ctx.rtm.post('checkins', { registrationId: 'nope' })).status, 404);
    assert.equal((await ctx.rtm.post('checkins', {})).status, 400);
  });
});
