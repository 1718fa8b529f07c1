// `--data` accepts what the real API can return (choices: null, javascript: URLs, UTC without
// offset, other image paths), serves it as given and warns; `/dev/override` answers one route
// with a raw body and status through the real server.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DataError, validateData } from '../../demo/emulator/index.mjs';
import { FLAVOURS, ORIGIN, boot, person } from './helpers.mjs';

const ODD = {
  events: [{
    readableEventId: 'Odd_Event',
    eventName: 'Odd',
    image: 'javascript:alert("image")',
    publicEventUrl: 'JavaScript:alert(1)',
    startDateUTC: '2099-01-01T09:00:00',
    description: '<p onclick="alert(1)">Hi</p>',
    building: { name: 'B', website: 'data:text/html,<script>alert(1)</script>' },
    sessions: [{ id: 'os1', name: 'S', sessionSummary: '<script>alert(1)</script>' }],
    speakers: [
      { id: 'osp1', name: 'A', imageUrl: 'javascript:alert(2)', website: 'vbscript:msgbox' },
      { id: 'osp2', name: 'B', imageUrl: 'speakers/someone-else/image' },
    ],
    customRegistrationFields: [
      { customRegistrationFieldId: 'pick', text: 'Pick one', type: 100000003, isRequired: true, choices: null },
      { customRegistrationFieldId: 'many', text: 'Pick some', type: 100000002, isRequired: false, choices: '' },
    ],
  }],
};

describe('--data: served as given, with warnings', () => {
  test('validateData returns one warning per odd value, naming its path', () => {
    const w = validateData(structuredClone(ODD));
    const paths = w.map((l) => l.split(':')[0]);
    assert.deepEqual(paths, [
      'events[0].image', 'events[0].publicEventUrl', 'events[0].description', 'events[0].startDateUTC', 'events[0].building.website',
      'events[0].sessions[0].sessionSummary', 'events[0].speakers[0].imageUrl', 'events[0].speakers[0].website',
      'events[0].speakers[1].imageUrl', 'events[0].customRegistrationFields[0].choices', 'events[0].customRegistrationFields[1].choices',
    ]);
    assert.match(w[0], /is a javascript: URL; served as given/);
    assert.match(w[2], /markup that runs script/);
    assert.match(w[3], /no "Z" or offset; read as UTC/);
    assert.deepEqual(validateData({ events: [{ readableEventId: 'Fine', publicEventUrl: 'https://x.example/' }] }), []);
  });

  test('shape errors stay errors', () => {
    assert.throws(() => validateData({ events: [{ readableEventId: 'X', customRegistrationFields: [{ customRegistrationFieldId: 'f', choices: 3 }] }] }), DataError);
    assert.throws(() => validateData({ events: [{ readableEventId: 'X', publicEventUrl: 5 }] }), /publicEventUrl: found number 5, expected a string or null/);
  });

  let ctx;
  before(async () => {
    ctx = await boot({ data: ODD });
  });
  after(() => ctx.emu.close());

  test('startEmulator exposes the warnings', () => {
    assert.equal(ctx.emu.warnings.length, 11);
  });

  for (const flavour of FLAVOURS) {
    test(`${flavour}: every odd value is served byte for byte`, async () => {
      const api = ctx.api(flavour);
      const ev = await api.json('events/Odd_Event');
      assert.equal(ev.image, 'javascript:alert("image")');
      assert.equal(ev.publicEventUrl, 'JavaScript:alert(1)');
      assert.equal(ev.description, '<p onclick="alert(1)">Hi</p>');
      const [sp1, sp2] = await api.json('events/Odd_Event/speakers');
      assert.equal(sp1.imageUrl, 'javascript:alert(2)');
      assert.equal(sp2.imageUrl, 'speakers/someone-else/image');
      const fields = await api.json('events/Odd_Event/custom-registration-fields');
      assert.equal(fields[0].choices, null);
    });
  }

  test('a choice field without choices takes any answer as text; a required one still needs one', async () => {
    const res = await ctx.rtm.register('Odd_Event', [person({ responses: [{ id: 'pick', value: 'anything' }, { id: 'many', value: 'a, b' }] })]);
    assert.equal(res.status, 'Success', res.errorMessage);
    assert.equal((await ctx.rtm.register('Odd_Event', [person()])).errorCode, 'RequiredRegistrationFieldMissing');
  });
});

describe('/dev/override', () => {
  let ctx;
  before(async () => {
    ctx = await boot();
  });
  after(() => ctx.emu.close());
  beforeEach(() => fetch(`${ctx.emu.url}/dev/override`, { method: 'DELETE' }));
  const override = (body) => ctx.dev.post('override', body);

  test('answers the route with the raw body and status, through the real auth and CORS', async () => {
    const set = await override({ path: 'events/Harbour_Data_Summit', status: 200, body: '{"eventName": 4' });
    assert.equal(set.status, 200);
    assert.equal(set.json.length, 1);
    for (const api of [ctx.om, ctx.rtm]) {
      const res = await api.get('events/Harbour_Data_Summit/');
      assert.equal(res.status, 200);
      assert.equal(res.text, '{"eventName": 4');
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN, 'the grant, so a page can read it');
      assert.equal((await api.get('events/Harbour_Data_Summit', { token: null })).status, 400, 'the token rule still applies');
    }
    assert.equal((await ctx.om.get('events/Open_Source_Day')).status, 200, 'other routes untouched');
    assert.equal((await ctx.om.json('events/Open_Source_Day')).readableEventId, 'Open_Source_Day');
  });

  test('status, headers, JSON bodies, method, flavour and times', async () => {
    await override({ path: 'events/published', flavour: 'rtm', status: 502, headers: { 'Content-Type': 'text/html' }, body: '<h1>Bad gateway</h1>', times: 2 });
    await override({ path: 'events/Minimal_Meetup/registrations', method: 'POST', body: { status: 'Weird', errorCode: null } });
    assert.equal((await ctx.om.get('events/published')).status, 200, 'the other flavour is untouched');
    for (let i = 0; i < 2; i++) {
      const res = await ctx.rtm.get('events/published');
      assert.equal(res.status, 502);
      assert.equal(res.headers.get('content-type'), 'text/html');
      assert.equal(res.text, '<h1>Bad gateway</h1>');
    }
    assert.equal((await ctx.rtm.get('events/published')).status, 200, 'gone after `times`');
    assert.deepEqual((await ctx.om.post('events/Minimal_Meetup/registrations', { attendees: [person()] })).json, { status: 'Weird', errorCode: null });
    assert.equal((await ctx.om.get('events/Minimal_Meetup/registrations/count')).status, 200, 'GET of another path');
    const listed = await (await fetch(`${ctx.emu.url}/dev/override`)).json();
    assert.equal(listed.length, 1, 'the POST one stays until cleared');
    await override({ clear: true });
    assert.equal((await ctx.om.post('events/Minimal_Meetup/registrations', { attendees: [person()] })).json.status, 'Success');
  });

  test('bad input is a 400 that says what to fix; /dev/reset clears overrides', async () => {
    for (const [body, re] of [
      [[], /takes \{"path"/],
      [{ body: 'x' }, /"path" must be the path below the API base/],
      [{ path: 'events/published?x=1', body: '' }, /query or fragment/],
      [{ path: 'events/published', status: 204, body: '' }, /"status" must be/],
      [{ path: 'events/published' }, /"body" is missing/],
      [{ path: 'events/published', body: '', times: 0 }, /"times" must be/],
      [{ path: 'events/published', body: '', flavour: 'xx' }, /"flavour" must be/],
    ]) {
      const res = await override(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.json.Message, re);
    }
    await override({ path: 'events/published', body: 'null' });
    assert.equal((await ctx.om.get('events/published')).text, 'null');
    await ctx.dev.reset();
    assert.ok(Array.isArray((await ctx.om.get('events/published')).json));
  });
});
