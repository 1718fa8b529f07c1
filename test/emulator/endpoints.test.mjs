// Every endpoint of contract §2 in the flavour that has it; shapes of §4; nulls never omitted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { APAC_BUSINESS_UNIT, ROOT_BUSINESS_UNIT } from '../../demo/emulator/seed.mjs';
import { DEV_WEBAPP_ID, MEMBERS_WEBAPP, RTM_PREFIX } from '../../demo/emulator/index.mjs';
import { FLAVOURS, ORIGIN, boot } from './helpers.mjs';

let ctx;
before(async () => {
  ctx = await boot();
});
after(() => ctx.emu.close());

const EVENT_FIELDS = ['eventId', 'readableEventId', 'eventName', 'description', 'startDate', 'endDate', 'startDateUTC', 'endDateUTC', 'timeZone', 'timeZoneName', 'eventType', 'eventFormat', 'eventLanguage', 'maxCapacity', 'isCapacityRestricted', 'showWaitlist', 'autoregisterWaitlistItems', 'showAutomaticRegistrationCheckbox', 'allowAnonymousRegistrations', 'allowCustomAgenda', 'enableMultiAttendeeRegistration', 'enableCaptcha', 'publicEventUrl', 'image', 'building', 'room', 'registrationForm', 'setRegistrationEndDate', 'stopRegistrationDate', 'websiteMessage'];
const SESSION_FIELDS = ['id', 'name', 'sessionSummary', 'detailedDescription', 'sessionObjectives', 'sessionPreRequisites', 'startTime', 'endTime', 'startTimeUTC', 'endTimeUTC', 'timeZone', 'language', 'sessionType', 'sessionFormat', 'camerasPermitted', 'recordingsPermitted', 'building', 'room', 'speakers', 'maxCapacity', 'isCapacityRestricted', 'registrationCount', 'userEligibleToRegister', 'alreadyRegistered'];
const SPEAKER_FIELDS = ['id', 'name', 'title', 'about', 'accomplishments', 'publications', 'email', 'website', 'blog', 'linkedin', 'twitter', 'imageUrl', 'sessions'];
const BUILDING_FIELDS = ['id', 'name', 'description', 'addressComposite', 'addressLine1', 'addressLine2', 'addressLine3', 'city', 'stateProvince', 'state', 'region', 'postalCode', 'country', 'email', 'telephone1', 'telephone2', 'telephone3', 'website', 'additionalFacilities', 'accessibleToilets', 'disabledAccess', 'disabledParking', 'publicTelephoneAvailable', 'wifiAvailable', 'wifiSSID', 'wifiPassword'];
const ROOM_FIELDS = ['id', 'name', 'description', 'disabledAccess'];
const SPONSOR_FIELDS = ['id', 'sponsorId', 'sponsorName', 'sponsorshipTopic', 'description'];
const PASS_FIELDS = ['passId', 'passName', 'price', 'currencySymbol', 'numberOfPassesLeft', 'numberOfPassesSold', 'sessions'];
const FIELD_FIELDS = ['customRegistrationFieldId', 'text', 'type', 'isRequired', 'choices'];
const TRACK_FIELDS = ['id', 'name', 'description'];

/** Exactly these keys, none undefined (blank = null, never omitted). */
function hasFields(obj, fields, what) {
  assert.deepEqual(Object.keys(obj).sort(), [...fields].sort(), `${what} keys`);
  for (const f of fields) assert.notEqual(obj[f], undefined, `${what}.${f}`);
}

for (const flavour of FLAVOURS) {
  describe(`${flavour}: read endpoints`, () => {
    const api = () => ctx.api(flavour);

    test('events/published: a bare array of complete Event objects', async () => {
      const events = await api().json('events/published');
      assert.ok(Array.isArray(events));
      assert.ok(events.length >= 12);
      for (const ev of events) {
        hasFields(ev, EVENT_FIELDS, ev.readableEventId);
        if (ev.building) hasFields(ev.building, BUILDING_FIELDS, `${ev.readableEventId}.building`);
        if (ev.room) hasFields(ev.room, ROOM_FIELDS, `${ev.readableEventId}.room`);
      }
    });

    test('events/{rid} is the same Event as in the list; the image is an absolute URL on the emulator', async () => {
      const list = await api().json('events/published');
      const one = await api().json('events/Harbour_Data_Summit');
      assert.deepEqual(one, list.find((e) => e.readableEventId === 'Harbour_Data_Summit'));
      assert.equal(one.image, `${ctx.emu.url}/dev/images/events/Harbour_Data_Summit/banner.svg`);
      const img = await fetch(one.image);
      assert.equal(img.status, 200);
      assert.match(img.headers.get('content-type'), /^image\/svg\+xml/);
    });

    test('sessions, tracks, speakers, sponsorships, passes, custom fields: complete objects', async () => {
      const rid = 'Harbour_Data_Summit';
      const sessions = await api().json(`events/${rid}/sessions`);
      assert.ok(sessions.length > 0);
      for (const s of sessions) {
        hasFields(s, SESSION_FIELDS, `session ${s.name}`);
        for (const sp of s.speakers) {
          hasFields(sp, SPEAKER_FIELDS, `session speaker ${sp.name}`);
          assert.equal(sp.sessions, null, 'a speaker nested in a session has sessions null');
        }
      }
      const speakers = await api().json(`events/${rid}/speakers`);
      for (const sp of speakers) {
        hasFields(sp, SPEAKER_FIELDS, `speaker ${sp.name}`);
        for (const s of sp.sessions) {
          hasFields(s, SESSION_FIELDS, `speaker session ${s.name}`);
          assert.equal(s.speakers, null, 'a session nested in a speaker has speakers null');
        }
      }
      const tracks = await api().json(`events/${rid}/tracks`);
      assert.ok(tracks.length >= 2);
      for (const t of tracks) hasFields(t, TRACK_FIELDS, `track ${t.name}`);
      for (const s of await api().json(`events/${rid}/sponsorships`)) hasFields(s, SPONSOR_FIELDS, 'sponsorship');
      for (const p of await api().json(`events/${rid}/passes`)) {
        hasFields(p, PASS_FIELDS, 'pass');
        for (const s of p.sessions) hasFields(s, SESSION_FIELDS, 'pass session');
      }
      for (const f of await api().json(`events/Open_Source_Day/custom-registration-fields`)) hasFields(f, FIELD_FIELDS, 'field');
    });

    test('a free event has an empty passes array; the minimal event empty lists everywhere', async () => {
      for (const list of ['sessions', 'tracks', 'speakers', 'sponsorships', 'passes', 'custom-registration-fields']) {
        assert.deepEqual(await api().json(`events/Minimal_Meetup/${list}`), [], list);
      }
      assert.deepEqual(await api().json('events/Open_Source_Day/passes'), []);
    });

    test('a trailing slash is accepted on every path', async () => {
      for (const p of ['events/published/', 'events/Open_Source_Day/', 'events/Open_Source_Day/sessions/', 'events/Open_Source_Day/tracks/', 'events/Open_Source_Day/registrations/count/']) {
        assert.equal((await api().get(p)).status, 200, p);
      }
    });

    test('registrations/count and sessions/{id}/registrations/count are bare numbers', async () => {
      const count = await api().get('events/Last_Seats_Seminar/registrations/count');
      assert.equal(count.text, '4');
      const [session] = (await api().json('events/Open_Source_Day/sessions')).filter((s) => s.name.startsWith('Hands-on'));
      const sc = await api().get(`sessions/${session.id}/registrations/count`);
      assert.equal(sc.status, 200);
      assert.equal(sc.json, session.registrationCount);
      assert.equal(sc.json, 20);
      assert.equal((await api().get('sessions/00000000-0000-4000-8000-000000000000/registrations/count')).status, 404);
    });

    test('captcha is PascalCase {FlowId, HipUrl, ObjectName, FunctionName}', async () => {
      const c = await api().json('events/Captcha_Launch/captcha');
      assert.deepEqual(Object.keys(c).sort(), ['FlowId', 'FunctionName', 'HipUrl', 'ObjectName']);
      for (const v of Object.values(c)) assert.equal(typeof v, 'string');
      const script = await fetch(c.HipUrl);
      assert.equal(script.status, 200);
      assert.match(await script.text(), /WLSPHIP0/);
    });

    test('every event-scoped endpoint answers 404 with a Message for an unknown event', async () => {
      for (const p of ['', '/sessions', '/tracks', '/speakers', '/sponsorships', '/passes', '/custom-registration-fields', '/captcha', '/registrations/count']) {
        const res = await api().get(`events/Unknown_Event${p}`);
        assert.equal(res.status, 404, p);
        assert.match(res.json.Message, /Unknown_Event/);
      }
      const post = await api().post('events/Unknown_Event/registrations', { attendees: [] });
      assert.equal(post.status, 404);
    });

    test('HEAD is answered like GET, without a body', async () => {
      const res = await api().request('HEAD', 'events/Minimal_Meetup');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(res.text, '');
    });

    test('a known route with the wrong method is 405 with Allow', async () => {
      const res = await api().get('events/Open_Source_Day/registrations');
      assert.equal(res.status, 405);
      assert.equal(res.headers.get('allow'), 'POST');
    });
  });
}

describe('flavour differences', () => {
  test('OM speaker imageUrl is relative to the v2.0 base; RTM is absolute; both load', async () => {
    const om = (await ctx.om.json('events/Harbour_Data_Summit/speakers')).find((s) => s.name === 'Ingrid Vos');
    const rtm = (await ctx.rtm.json('events/Harbour_Data_Summit/speakers')).find((s) => s.name === 'Ingrid Vos');
    assert.equal(om.imageUrl, `speakers/${om.id}/image`);
    assert.equal(rtm.imageUrl, `${ctx.emu.url}${RTM_PREFIX}speakers/${rtm.id}/image`);
    assert.equal((await ctx.om.get(om.imageUrl, { origin: null })).status, 200);
    const abs = await fetch(`${rtm.imageUrl}?emApplicationtoken=demo-token`);
    assert.equal(abs.status, 200);
    // Nested speakers in sessions follow the same rule.
    const omSession = (await ctx.om.json('events/Harbour_Data_Summit/sessions'))[0];
    assert.equal(omSession.speakers[0].imageUrl, `speakers/${omSession.speakers[0].id}/image`);
    const rtmSession = (await ctx.rtm.json('events/Harbour_Data_Summit/sessions'))[0];
    assert.ok(rtmSession.speakers[0].imageUrl.startsWith(`${ctx.emu.url}${RTM_PREFIX}`));
  });

  test('OM-only routes are 404 in RTM, with a Message naming the flavour', async () => {
    const osd = await ctx.om.json('events/Open_Source_Day/sessions');
    const track = (await ctx.om.json('events/Open_Source_Day/tracks'))[0];
    const paths = [
      ['GET', `tracks/${track.id}/sessions`],
      ['POST', `events/Open_Source_Day/sessions/${osd[0].id}/registrations`],
      ['GET', 'users/authenticated/registrations'],
      ['GET', 'users/authenticated/waitlist-items'],
      ['POST', 'users/authenticated/registrations/x/cancel'],
      ['GET', 'calendar/personal/ics'],
    ];
    for (const [method, p] of paths) {
      const res = await ctx.rtm.request(method, p, method === 'POST' ? { body: {} } : {});
      assert.equal(res.status, 404, p);
      assert.match(res.json.Message, /outbound marketing/, p);
    }
  });

  test('RTM-only routes are 404 in OM', async () => {
    const s = (await ctx.rtm.json('events/Open_Source_Day/sessions'))[0];
    for (const [method, p] of [['GET', `sessions/${s.id}`], ['GET', 'events/Open_Source_Day/qrcode'], ['POST', 'checkins']]) {
      const res = await ctx.om.request(method, p, method === 'POST' ? { body: {} } : {});
      assert.equal(res.status, 404, p);
      assert.match(res.json.Message, /real-time journeys/, p);
    }
  });

  test('RTM sessions/{id} returns the Session; unknown is 404', async () => {
    const list = await ctx.rtm.json('events/Open_Source_Day/sessions');
    assert.deepEqual(await ctx.rtm.json(`sessions/${list[2].id}`), list[2]);
    assert.equal((await ctx.rtm.get('sessions/nope')).status, 404);
  });

  test('OM tracks/{id}/sessions returns the track\'s sessions', async () => {
    const tracks = await ctx.om.json('events/Open_Source_Day/tracks');
    const community = tracks.find((t) => t.name === 'Community');
    const sessions = await ctx.om.json(`tracks/${community.id}/sessions`);
    assert.deepEqual(sessions.map((s) => s.name).sort(), ['Hands-on: your first pull request', 'Maintainer burnout: a panel', 'Welcome and the state of open source']);
    assert.equal((await ctx.om.get('tracks/nope/sessions')).status, 404);
  });

  test('RTM events/published filters by webappId and businessUnitId; OM ignores them', async () => {
    const all = await ctx.rtm.json('events/published');
    const dev = await ctx.rtm.json('events/published', { query: { webappId: DEV_WEBAPP_ID } });
    assert.equal(dev.length, all.length);
    const members = await ctx.rtm.json('events/published', { query: { webappId: MEMBERS_WEBAPP.id } });
    assert.deepEqual(members.map((e) => e.readableEventId), ['Executive_Briefing_Members']);
    const none = await ctx.rtm.json('events/published', { query: { webappId: '99999999-9999-4999-8999-999999999999' } });
    assert.deepEqual(none, []);
    const apac = await ctx.rtm.json('events/published', { query: { businessUnitId: APAC_BUSINESS_UNIT } });
    assert.deepEqual(apac.map((e) => e.readableEventId).sort(), ['Mumbai_Product_Meetup', 'Sydney_Spring_Series', 'Tokyo_Design_Week']);
    const root = await ctx.rtm.json('events/published', { query: { businessUnitId: ROOT_BUSINESS_UNIT.toUpperCase(), webappId: MEMBERS_WEBAPP.id } });
    assert.deepEqual(root.map((e) => e.readableEventId), ['Executive_Briefing_Members']);
    const om = await ctx.om.json('events/published', { query: { webappId: MEMBERS_WEBAPP.id } });
    assert.equal(om.length, all.length);
  });

  test('both flavours serve one org: the same events', async () => {
    const om = await ctx.om.json('events/published');
    const rtm = await ctx.rtm.json('events/published');
    assert.deepEqual(om.map((e) => e.eventId), rtm.map((e) => e.eventId));
  });

  test('the emulator root describes what runs where', async () => {
    const info = await (await fetch(`${ctx.emu.url}/`, { headers: { Origin: ORIGIN } })).json();
    assert.equal(info.omBase, ctx.emu.omBase);
    assert.equal(info.rtmBase, ctx.emu.rtmBase);
  });
});
