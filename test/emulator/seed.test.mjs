// The bundled seed: what each event exercises, dates relative to now, zones computed right.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSeed, validateData } from '../../demo/emulator/index.mjs';
import { CRM_TIME_ZONES, isoUtc, offsetAt, parseInstant, wallToUtc } from '../../demo/emulator/time.mjs';
import { FLAVOURS, boot } from './helpers.mjs';

const RIDS = ['Harbour_Data_Summit', 'Open_Source_Day', 'Waitlist_Workshop', 'Sold_Out_Masterclass', 'Closed_Registration_Forum', 'Mumbai_Product_Meetup', 'Sydney_Spring_Series', 'Tokyo_Design_Week', 'Dubai_Digital_Forum', 'Executive_Briefing_Members', 'Captcha_Launch', 'Minimal_Meetup', 'Gala_Dinner_Redirect', 'Last_Seats_Seminar', 'Spring_Retrospective_Past', 'Long_Name_Conference', 'Journeys_Attribute_Day', 'Journeys_Waitlist_Lab'];

let ctx;
/** @type {Record<string, any>} */
const ev = {};
before(async () => {
  ctx = await boot();
  for (const e of await ctx.om.json('events/published')) ev[e.readableEventId] = e;
});
after(() => ctx.emu.close());

const get = (p) => ctx.om.json(p);

describe('seed data', () => {
  test('is valid in the --data format, with the agreed readableEventIds', () => {
    const seed = buildSeed(new Date());
    validateData(seed);
    assert.deepEqual(seed.events.map((e) => e.readableEventId), RIDS);
    assert.deepEqual(Object.keys(ev), RIDS);
  });

  test('ids are stable across builds; dates move with now', () => {
    const a = buildSeed(new Date('2030-05-01T12:00:00Z'));
    const b = buildSeed(new Date('2031-02-10T12:00:00Z'));
    assert.deepEqual(a.events.map((e) => e.eventId), b.events.map((e) => e.eventId));
    const harbour = a.events[0];
    assert.equal(harbour.startDate, '2030-05-31T09:00:00');
    assert.notEqual(b.events[0].startDate, harbour.startDate);
  });

  test('future events are in the future, the past one in the past, relative to now', () => {
    const now = Date.now();
    for (const [rid, e] of Object.entries(ev)) {
      const start = Date.parse(e.startDateUTC);
      if (rid === 'Spring_Retrospective_Past') assert.ok(Date.parse(e.endDateUTC) < now, rid);
      else assert.ok(start > now, `${rid} starts in the future`);
    }
  });

  test('UTC fields are computed from the wall clock in the event zone, end in Z, and the label matches the code', async () => {
    const zones = new Set();
    for (const e of Object.values(ev)) {
      const zone = CRM_TIME_ZONES[e.timeZone];
      assert.ok(zone, `${e.readableEventId} zone ${e.timeZone}`);
      zones.add(e.timeZone);
      assert.equal(e.timeZoneName, zone.label);
      assert.match(e.startDateUTC, /Z$/);
      assert.equal(e.startDateUTC, isoUtc(wallToUtc(e.startDate, zone.iana)));
      assert.equal(e.endDateUTC, isoUtc(wallToUtc(e.endDate, zone.iana)));
      assert.doesNotMatch(e.startDate, /Z|[+-]\d\d:\d\d$/);
      for (const s of await get(`events/${e.readableEventId}/sessions`)) {
        assert.equal(s.timeZone, e.timeZone);
        assert.equal(s.startTimeUTC, isoUtc(wallToUtc(s.startTime, zone.iana)));
        assert.equal(s.endTimeUTC, isoUtc(wallToUtc(s.endTime, zone.iana)));
      }
    }
    assert.ok(zones.size >= 5, `${zones.size} zones`);
    assert.equal(ev.Harbour_Data_Summit.timeZoneName, '(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna');
    assert.equal(ev.Open_Source_Day.timeZone, 35);
    assert.equal(ev.Long_Name_Conference.timeZoneName, '(GMT+00:00) Dublin, Edinburgh, Lisbon, London');
  });

  test('Mumbai is a half-hour offset zone', () => {
    const e = ev.Mumbai_Product_Meetup;
    assert.equal(e.timeZone, 190);
    assert.equal(e.startDate.slice(11, 16), '18:30');
    assert.equal(e.startDateUTC.slice(11, 16), '13:00');
  });

  test('Sydney spans a daylight-saving change: the UTC offsets differ at start and end', async () => {
    const e = ev.Sydney_Spring_Series;
    assert.equal(e.timeZone, 255);
    const offset = (wall, utc) => (parseInstant(wall, undefined) - Date.parse(utc)) / 3_600_000;
    const startOffset = offset(e.startDate, e.startDateUTC);
    const endOffset = offset(e.endDate, e.endDateUTC);
    assert.notEqual(startOffset, endOffset);
    assert.deepEqual([startOffset, endOffset].sort(), [10, 11]);
    assert.equal(offsetAt(Date.parse(e.startDateUTC), 'Australia/Sydney') / 3_600_000, startOffset);
    assert.ok(Date.parse(e.startDateUTC) > Date.now() + 11 * 86_400_000, 'the change is at least two weeks away');
    const sessions = await get('events/Sydney_Spring_Series/sessions');
    const hours = new Set(sessions.map((s) => s.startTimeUTC.slice(11, 13)));
    assert.equal(new Set(sessions.map((s) => s.startTime.slice(11, 16))).size, 1, 'every session at the same wall time');
    assert.equal(hours.size, 2, 'which is two different UTC hours');
  });

  test('Harbour_Data_Summit: paid in EUR, a sold-out pass, full building, hostile HTML, speakers and sponsors', async () => {
    const e = ev.Harbour_Data_Summit;
    assert.ok(e.isCapacityRestricted);
    const count = await get('events/Harbour_Data_Summit/registrations/count');
    assert.ok(count > 0 && count < e.maxCapacity);
    for (const tag of ['<p>', '<ul>', '<strong>', '<a href=', 'onerror=', '<script>']) assert.ok(e.description.includes(tag), tag);
    for (const k of ['addressLine1', 'city', 'postalCode', 'country', 'addressComposite']) assert.ok(e.building[k], k);
    // A third-party RTM client reads `state` / `region` rather than `stateProvince`.
    assert.deepEqual([e.building.stateProvince, e.building.state, e.building.region], ['Noord-Holland', 'Noord-Holland', 'Noord-Holland']);
    for (const k of ['accessibleToilets', 'disabledAccess', 'disabledParking', 'publicTelephoneAvailable', 'wifiAvailable']) assert.equal(e.building[k], true, k);
    assert.ok(e.room.name);
    assert.ok(e.image);
    const passes = await get('events/Harbour_Data_Summit/passes');
    assert.equal(passes.length, 3);
    assert.ok(passes.every((p) => p.currencySymbol === '€'));
    assert.equal(passes.filter((p) => p.numberOfPassesLeft === 0).length, 1);
    const speakers = await get('events/Harbour_Data_Summit/speakers');
    assert.ok(speakers.some((s) => s.imageUrl) && speakers.some((s) => s.imageUrl === null));
    assert.ok((await get('events/Harbour_Data_Summit/sponsorships')).length >= 2);
    assert.ok((await get('events/Harbour_Data_Summit/sessions')).length > 0);
  });

  test('Open_Source_Day: free custom agenda, 3 tracks over 2 days, a full session, an overlap, all 4 field types', async () => {
    const e = ev.Open_Source_Day;
    assert.equal(e.allowCustomAgenda, true);
    assert.equal(e.enableMultiAttendeeRegistration, true);
    assert.deepEqual(await get('events/Open_Source_Day/passes'), []);
    const sessions = await get('events/Open_Source_Day/sessions');
    assert.ok(new Set(sessions.map((s) => s.startTime.slice(0, 10))).size >= 2);
    const tracks = await get('events/Open_Source_Day/tracks');
    assert.ok(tracks.length >= 3);
    for (const t of tracks) assert.ok((await ctx.om.json(`tracks/${t.id}/sessions`)).length > 0, t.name);
    const full = sessions.filter((s) => s.isCapacityRestricted && s.registrationCount === s.maxCapacity);
    assert.equal(full.length, 1);
    const overlaps = sessions.some((a) => sessions.some((b) => a !== b && a.startTimeUTC < b.endTimeUTC && b.startTimeUTC < a.endTimeUTC && a.startTimeUTC <= b.startTimeUTC));
    assert.ok(overlaps, 'two sessions overlap');
    const fields = await get('events/Open_Source_Day/custom-registration-fields');
    assert.deepEqual(new Set(fields.map((f) => f.type)), new Set([100000000, 100000001, 100000002, 100000003]));
    assert.ok(fields.some((f) => f.isRequired) && fields.some((f) => !f.isRequired));
    const choice = fields.find((f) => f.type === 100000003);
    assert.ok(choice.choices.split('\n').length > 2);
  });

  test('waitlist, sold out, closed, last seats: counts from seeded registrations', async () => {
    const count = (rid) => get(`events/${rid}/registrations/count`);
    const w = ev.Waitlist_Workshop;
    assert.equal(await count('Waitlist_Workshop'), w.maxCapacity);
    assert.deepEqual([w.isCapacityRestricted, w.showWaitlist, w.showAutomaticRegistrationCheckbox, w.autoregisterWaitlistItems, w.enableMultiAttendeeRegistration], [true, true, true, false, true]);
    const s = ev.Sold_Out_Masterclass;
    assert.equal(await count('Sold_Out_Masterclass'), s.maxCapacity);
    assert.equal(s.showWaitlist, false);
    const c = ev.Closed_Registration_Forum;
    assert.equal(c.setRegistrationEndDate, true);
    assert.ok(Date.parse(c.stopRegistrationDate) < Date.now());
    assert.ok(Date.parse(c.startDateUTC) > Date.now());
    assert.ok(c.websiteMessage);
    const l = ev.Last_Seats_Seminar;
    assert.deepEqual([l.maxCapacity, await count('Last_Seats_Seminar'), l.showWaitlist, l.enableMultiAttendeeRegistration], [5, 4, true, true]);
    const records = await ctx.dev.records('Harbour_Data_Summit');
    assert.equal(records.filter((r) => !r.waitlisted).length, await count('Harbour_Data_Summit'));
  });

  test('switches, scripts and currencies of the other events', async () => {
    const m = ev.Mumbai_Product_Meetup;
    assert.deepEqual([m.enableMultiAttendeeRegistration, m.isCapacityRestricted], [false, false]);
    assert.deepEqual(await get('events/Mumbai_Product_Meetup/passes'), []);
    const t = ev.Tokyo_Design_Week;
    assert.match(t.eventName, /[\u3040-\u30ff\u4e00-\u9fff]/);
    assert.equal(t.timeZone, 235);
    const yen = await get('events/Tokyo_Design_Week/passes');
    assert.ok(yen.length && yen.every((p) => p.currencySymbol === '¥' && Number.isInteger(p.price)));
    const d = ev.Dubai_Digital_Forum;
    assert.match(d.eventName, /[\u0600-\u06ff]/);
    assert.deepEqual([d.eventFormat, d.building, d.room, d.timeZone], [100000002, null, null, 165]);
    assert.equal(ev.Executive_Briefing_Members.allowAnonymousRegistrations, false);
    assert.equal(ev.Captcha_Launch.enableCaptcha, true);
    const min = ev.Minimal_Meetup;
    assert.deepEqual([min.building, min.room, min.image, min.description], [null, null, null, null]);
    const g = ev.Gala_Dinner_Redirect;
    assert.ok((await get('events/Gala_Dinner_Redirect/passes')).every((p) => p.currencySymbol === '$'));
    assert.ok(g);
    assert.ok(ev.Long_Name_Conference.eventName.length >= 150);
    assert.equal(ev.Long_Name_Conference.timeZone, 85);
    assert.equal(ev.Spring_Retrospective_Past.timeZone, 85);
    const events = Object.values(ev);
    assert.ok(events.some((e) => !e.enableMultiAttendeeRegistration) && events.some((e) => e.enableMultiAttendeeRegistration));
    assert.ok(events.filter((e) => e.endDate.slice(0, 10) !== e.startDate.slice(0, 10)).length >= 2, 'multi-day events');
  });

  for (const flavour of FLAVOURS) {
    test(`${flavour}: the seed's session counts match its session registrations`, async () => {
      const sessions = await ctx.api(flavour).json('events/Open_Source_Day/sessions');
      const records = await ctx.dev.records('Open_Source_Day');
      for (const s of sessions) {
        const n = records.flatMap((r) => r.sessions).filter((x) => x.sessionId === s.id && x.status === 'active' && !x.waitlisted).length;
        assert.equal(s.registrationCount, n, s.name);
      }
    });
  }
});
