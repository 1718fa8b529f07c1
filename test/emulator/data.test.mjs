// The --data format: served as given (missing keys stay missing), validated with clear messages,
// web applications and emulator-only settings.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEV_WEBAPP_ID, DataError, startEmulator, validateData } from '../../demo/emulator/index.mjs';
import { Api, FLAVOURS, boot, person } from './helpers.mjs';

const DATA = {
  webApplications: [{ id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Partner', token: 'partner-token', origins: ['https://partner.example'] }],
  events: [
    {
      // An older payload: only some keys (no isCapacityRestricted, no UTC dates, ...).
      eventId: 'e1',
      readableEventId: 'Old_Style',
      eventName: 'Old style',
      startDate: '2099-08-10T08:00:00',
      endDate: '2099-08-11T17:00:00',
      timeZone: 4,
      maxCapacity: 2,
      image: '/dev/images/events/Old_Style/banner.svg',
      customAttribute: { Id: 'x', LogicalName: 'thing' },
      sessions: [{ id: 's1', name: 'Only a name', startTime: '2099-08-10T09:00:00', registrationCount: 7 }, { id: 's2', name: 'No count' }],
      tracks: [{ id: 't1', name: 'Track', sessionIds: ['s1'] }],
      speakers: [{ id: 'sp1', name: 'Speaker', imageUrl: 'speakers/sp1/image', sessions: ['s1'] }],
      passes: [{ passId: 'p1', passName: 'Pass', price: 10, numberOfPassesLeft: 5 }],
      emulator: { webApplicationIds: ['aaaaaaaa-0000-4000-8000-000000000001'], registrationCount: 1, registrations: [{ firstName: 'Old', lastName: 'Timer', email: 'old@example.com', passId: 'p1', sessionIds: ['s1'] }] },
    },
    { readableEventId: 'Bare', image: 'https://cdn.example.com/banner.jpg' },
  ],
};

let ctx;
before(async () => {
  ctx = await boot({ data: DATA });
});
after(() => ctx.emu.close());

for (const flavour of FLAVOURS) {
  describe(`${flavour}: served as the file says`, () => {
    const api = () => ctx.api(flavour);

    test('keys the file leaves out stay out; unknown keys are served; the seed is replaced', async () => {
      const ev = await api().json('events/Old_Style');
      assert.deepEqual(Object.keys(ev).sort(), ['customAttribute', 'endDate', 'eventId', 'eventName', 'image', 'maxCapacity', 'readableEventId', 'startDate', 'timeZone']);
      assert.deepEqual(ev.customAttribute, { Id: 'x', LogicalName: 'thing' });
      assert.deepEqual(await api().json('events/Bare'), { readableEventId: 'Bare', image: 'https://cdn.example.com/banner.jpg' });
      assert.equal((await api().get('events/Harbour_Data_Summit')).status, 404);
      assert.deepEqual((await api().json('events/published')).map((e) => e.readableEventId), ['Old_Style', 'Bare']);
    });

    test('an image path on the emulator becomes an absolute URL', async () => {
      const ev = await api().json('events/Old_Style');
      assert.equal(ev.image, `${ctx.emu.url}/dev/images/events/Old_Style/banner.svg`);
    });

    test('collections: missing keys stay out, live counts where the file has them, lists default to []', async () => {
      const sessions = await api().json('events/Old_Style/sessions');
      assert.deepEqual(sessions[1], { id: 's2', name: 'No count' });
      assert.deepEqual(Object.keys(sessions[0]).sort(), ['id', 'name', 'registrationCount', 'startTime']);
      assert.equal(sessions[0].registrationCount, 8, "the file's 7 plus the listed registration");
      assert.deepEqual(await api().json('events/Old_Style/tracks'), [{ id: 't1', name: 'Track' }]);
      const [pass] = await api().json('events/Old_Style/passes');
      assert.deepEqual(pass, { passId: 'p1', passName: 'Pass', price: 10, numberOfPassesLeft: 4 });
      assert.deepEqual(await api().json('events/Bare/sessions'), []);
      assert.deepEqual(await api().json('events/Bare/custom-registration-fields'), []);
      assert.equal(await api().json('events/Old_Style/registrations/count'), 2, 'emulator.registrationCount plus listed');
    });

    test('capacity without isCapacityRestricted: maxCapacity > 0 restricts (old payloads)', async () => {
      await ctx.dev.reset();
      const res = await api().register('Old_Style', [person({ passId: 'p1' }), person({ passId: 'p1' })]);
      assert.equal(res.errorCode, 'MaximumNoAttendeesReached');
    });
  });
}

describe('web applications of the file', () => {
  test('their tokens and origins work; the development one still does', async () => {
    assert.equal((await ctx.om.get('events/published', { token: 'partner-token', origin: 'https://partner.example' })).status, 200);
    assert.equal((await ctx.om.get('events/published', { token: 'partner-token' })).status, 403);
    assert.equal((await ctx.om.get('events/published')).status, 200);
  });

  test('emulator.webApplicationIds drives the RTM webappId filter; events without it match every web app', async () => {
    const partner = await ctx.rtm.json('events/published', { query: { webappId: 'aaaaaaaa-0000-4000-8000-000000000001' } });
    assert.deepEqual(partner.map((e) => e.readableEventId), ['Old_Style', 'Bare']);
    const dev = await ctx.rtm.json('events/published', { query: { webappId: DEV_WEBAPP_ID } });
    assert.deepEqual(dev.map((e) => e.readableEventId), ['Bare']);
  });

  test('a file web application with the development token is merged into it', async () => {
    const emu = await startEmulator({ port: 0, data: { webApplications: [{ id: 'bbbbbbbb-0000-4000-8000-000000000002', token: 'demo-token', origins: ['http://extra.example'] }], events: [] } });
    try {
      const api = new Api(emu, 'om');
      assert.equal((await api.get('events/published', { origin: 'http://extra.example' })).status, 200);
      assert.equal((await api.get('events/published')).status, 200, 'default origins kept');
    } finally {
      await emu.close();
    }
  });

  test('POST /dev/reset restores the file, not the seed', async () => {
    await ctx.om.register('Bare', [person()]);
    await ctx.dev.process();
    await ctx.dev.reset();
    assert.equal(await ctx.om.json('events/Bare/registrations/count'), 0);
    assert.equal((await ctx.om.get('events/Old_Style')).status, 200);
  });
});

describe('validation messages: path, what was found, what is expected', () => {
  const bad = (mutate) => {
    const d = structuredClone(DATA);
    mutate(d);
    return d;
  };
  const cases = [
    ['root not an object', [], /^\(root\): found an array, expected an object/],
    ['unknown top-level key', { events: [], evnts: [] }, /^evnts: is not a known key/],
    ['events missing', {}, /^events: is missing/],
    ['readableEventId missing', bad((d) => delete d.events[1].readableEventId), /^events\[1\]\.readableEventId: is missing, expected a non-empty string/],
    ['readableEventId with a slash', bad((d) => (d.events[1].readableEventId = 'a/b')), /^events\[1\]\.readableEventId: found string "a\/b", expected a slug/],
    ['duplicate readableEventId', bad((d) => (d.events[1].readableEventId = 'Old_Style')), /^events\[1\]\.readableEventId: repeats "Old_Style" of events\[0\]/],
    ['wall clock with a space', bad((d) => (d.events[0].sessions[0].startTime = '2026-12-03 09:00')), /^events\[0\]\.sessions\[0\]\.startTime: found string "2026-12-03 09:00", expected a wall-clock date-time .* e\.g\. "2026-12-03T09:00:00"/],
    ['wall clock with an offset', bad((d) => (d.events[0].startDate = '2026-12-03T09:00:00Z')), /^events\[0\]\.startDate: .*without offset/],
    ['end before start', bad((d) => (d.events[0].endDate = '2099-08-09T08:00:00')), /^events\[0\]\.endDate: "2099-08-09T08:00:00" is before startDate/],
    ['boolean as string', bad((d) => (d.events[1].showWaitlist = 'yes')), /^events\[1\]\.showWaitlist: found string "yes", expected true, false or null/],
    ['negative capacity', bad((d) => (d.events[0].maxCapacity = -1)), /^events\[0\]\.maxCapacity: found number -1, expected a whole number >= 0/],
    ['session without id', bad((d) => delete d.events[0].sessions[1].id), /^events\[0\]\.sessions\[1\]\.id: is missing/],
    ['duplicate session id across events', bad((d) => (d.events[1].sessions = [{ id: 's1' }])), /^events\[1\]\.sessions\[0\]\.id: repeats the session id "s1" of events\[0\]\.sessions\[0\]\.id/],
    ['track refers to a missing session', bad((d) => d.events[0].tracks[0].sessionIds.push('zz')), /^events\[0\]\.tracks\[0\]\.sessionIds\[1\]: "zz" is not the id of one of this event's sessions/],
    ['bad origin', bad((d) => (d.webApplications[0].origins = ['https://partner.example/'])), /^webApplications\[0\]\.origins\[0\]: found string "https:\/\/partner\.example\/", expected an origin/],
    ['web application without token', bad((d) => delete d.webApplications[0].token), /^webApplications\[0\]\.token: is missing/],
    ['seeded registration with a bad email', bad((d) => (d.events[0].emulator.registrations[0].email = 'nope')), /^events\[0\]\.emulator\.registrations\[0\]\.email: found string "nope", expected an email address/],
    ['seeded registration with an unknown pass', bad((d) => (d.events[0].emulator.registrations[0].passId = 'p9')), /^events\[0\]\.emulator\.registrations\[0\]\.passId: "p9" is not the passId/],
    ['unknown emulator setting', bad((d) => (d.events[1].emulator = { paymnt: {} })), /^events\[1\]\.emulator\.paymnt: is not a known emulator setting/],
    ['redirect without URL', bad((d) => (d.events[1].emulator = { payment: { flow: 'redirect' } })), /^events\[1\]\.emulator\.payment\.redirectUrl:/],
    ['unknown web application id', bad((d) => (d.events[1].emulator = { webApplicationIds: ['nope'] })), /^events\[1\]\.emulator\.webApplicationIds\[0\]: "nope" is not the id of a web application/],
  ];
  for (const [name, data, message] of cases) {
    test(name, () => {
      assert.throws(() => validateData(data), (err) => err instanceof DataError && message.test(err.message));
    });
  }

  test('startEmulator rejects invalid data with the same DataError, before listening', async () => {
    const data = bad((d) => (d.events[0].sessions[0].startTime = 'tomorrow'));
    let message;
    try {
      validateData(data);
    } catch (err) {
      message = err.message;
    }
    await assert.rejects(startEmulator({ port: 0, data }), (err) => err instanceof DataError && err.message === message);
  });

  test('startEmulator rejects bad options with a message naming the option', async () => {
    await assert.rejects(startEmulator({ port: 0, failRate: 2 }), /failRate must be a number from 0 to 1/);
    await assert.rejects(startEmulator({ port: 0, origins: ['localhost:5173'] }), /origins must be an array of origins/);
    await assert.rejects(startEmulator({ port: -1 }), /port must be/);
  });
});
