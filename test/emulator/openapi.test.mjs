// The OpenAPI documents (GET /dev/openapi/rtm.json, om.json): valid OpenAPI 3.1 by a maintained
// validator; RTM operation ids exactly those of Microsoft's SDK; every route of the table in the
// document; and real emulator requests and responses on every operation agree with it (request
// bodies and response bodies checked against the document's schemas with ajv).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROUTES } from '../../demo/emulator/routes.mjs';
import { ORIGIN, boot } from './helpers.mjs';

const SDK_OPERATIONS = [
  'publicApiGetEvents', 'publicApiGetEvent', 'publicApiGetEventSessions', 'publicApiGetEventTracks', 'publicApiGetEventSpeakers',
  'publicApiGetEventSponsorships', 'publicApiGetEventPasses', 'publicApiGetCustomRegistrationFields', 'publicApiGetCaptcha',
  'publicApiGetRegistrationsCount', 'publicApiRegister', 'publicApiFinalizeRegistration', 'publicApiGetSessionById',
  'publicApiGetSessionRegistrationCount', 'publicApiGetSpeakerImage', 'publicApiGetSponsorshipsLogo', 'publicApiGetEventQrCode',
  'publicApiCreateCheckInAndRedirect', 'publicApiGetUser',
];

let ctx;
/** @type {Record<'om' | 'rtm', any>} */
const docs = {};
before(async () => {
  ctx = await boot();
  for (const f of ['om', 'rtm']) {
    const res = await fetch(`${ctx.emu.url}/dev/openapi/${f}.json`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    docs[f] = await res.json();
  }
});
after(() => ctx.emu.close());

const operations = (doc) => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));

describe('the documents', () => {
  for (const f of ['om', 'rtm']) {
    test(`${f}: valid OpenAPI 3.1 (@seriousme/openapi-schema-validator), served without a token`, async () => {
      const res = await new Validator().validate(structuredClone(docs[f]));
      assert.equal(res.valid, true, JSON.stringify(res.errors, null, 2));
      assert.equal(docs[f].openapi, '3.1.0');
      assert.equal(docs[f].servers[0].url, ctx.emu.url + (f === 'om' ? ctx.emu.omBase : ctx.emu.rtmBase).slice(ctx.emu.url.length, -1));
    });

    test(`${f}: exactly the routes of the table, each once, with unique operation ids`, () => {
      const documented = operations(docs[f]).map(({ path, method }) => `${method} ${path.slice(1).replace(/\{[^}]+\}/g, ':')}`).sort();
      const served = ROUTES.filter((r) => r.flavours.includes(f)).map((r) => `${r.method} ${r.path.replace(/:\w+/g, ':')}`).sort();
      assert.deepEqual(documented, served);
      const ids = operations(docs[f]).map(({ op }) => op.operationId);
      assert.equal(new Set(ids).size, ids.length);
    });
  }

  test("rtm: the operation ids are Microsoft's SDK's 19, mapped to their routes", () => {
    const byId = Object.fromEntries(operations(docs.rtm).map(({ path, method, op }) => [op.operationId, `${method} ${path}`]));
    assert.deepEqual(Object.keys(byId).sort(), [...SDK_OPERATIONS].sort());
    assert.equal(byId.publicApiGetEvents, 'GET /events/published');
    assert.equal(byId.publicApiGetSessionById, 'GET /sessions/{sessionId}');
    assert.equal(byId.publicApiGetSponsorshipsLogo, 'GET /sponsorships/{sponsorshipId}/logo');
    assert.equal(byId.publicApiCreateCheckInAndRedirect, 'POST /checkins');
    assert.equal(byId.publicApiGetUser, 'GET /users/authenticated');
    const checkin = operations(docs.rtm).find(({ op }) => op.operationId === 'publicApiCreateCheckInAndRedirect').op;
    assert.deepEqual(checkin.security, [], 'checkins: no token, as the SDK declares');
  });

  test('om: its own ids; Bearer on the user routes; Origin required', () => {
    const ops = operations(docs.om);
    assert.ok(ops.some(({ op }) => op.operationId === 'getEvents'));
    const user = ops.find(({ op }) => op.operationId === 'getUserRegistrations').op;
    assert.deepEqual(user.security, [{ emApplicationtoken: [], bearer: [] }]);
    const events = ops.find(({ op }) => op.operationId === 'getEvents').op;
    assert.equal(events.parameters.find((p) => p.name === 'Origin').required, true);
  });

  test('the models follow the --data field tables (a field added there appears here)', () => {
    const ev = docs.rtm.components.schemas.Event.properties;
    for (const k of ['readableEventId', 'eventName', 'startDateUTC', 'registrationForm', 'building']) assert.ok(k in ev, k);
    assert.ok(!('emulator' in ev) && !('sessions' in ev), 'emulator settings and collections are not Event fields');
    assert.ok('state' in docs.rtm.components.schemas.Building.properties);
  });
});

/** ajv over the whole document: `$ref`s resolve into its components. */
function checker(doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'doc');
  return (schema, value, what) => {
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')));
    assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 400)}`);
  };
}

/**
 * One real request per operation (the test fails when an operation has none): path parameters,
 * query, body, Bearer. Values come from the seed.
 */
async function cases(f) {
  const api = ctx.api(f);
  const sessions = await api.json('events/Harbour_Data_Summit/sessions');
  const speaker = (await api.json('events/Harbour_Data_Summit/speakers')).find((s) => s.imageUrl);
  const sponsor = (await api.json('events/Harbour_Data_Summit/sponsorships'))[0];
  const track = (await api.json('events/Harbour_Data_Summit/tracks'))[0];
  const rec = (await ctx.dev.records('Last_Seats_Seminar'))[0];
  const bearer = await ctx.dev.token(`openapi.${f}@example.com`);
  const rid = { readableEventId: 'Harbour_Data_Summit' };
  const attendee = (n) => ({ firstName: 'Open', lastName: 'Api', email: `openapi.${f}.${n}@example.com`, responses: [] });
  const c = {
    GetEvents: [{ query: f === 'rtm' ? { webappId: '22222222-2222-4222-8222-222222222222' } : {} }],
    GetEvent: [{ params: rid }],
    GetEventSessions: [{ params: rid }],
    GetEventTracks: [{ params: rid }],
    GetEventSpeakers: [{ params: rid }],
    GetEventSponsorships: [{ params: rid }],
    GetEventPasses: [{ params: rid }],
    GetCustomRegistrationFields: [{ params: rid }],
    GetCaptcha: [{ params: { readableEventId: 'Captcha_Launch' } }],
    GetRegistrationsCount: [{ params: rid }],
    Register: [
      { params: { readableEventId: 'Minimal_Meetup' }, body: { attendees: [attendee(1)] } },
      { params: { readableEventId: 'Sold_Out_Masterclass' }, body: { attendees: [attendee(2)] } },
      { params: { readableEventId: 'Minimal_Meetup' }, body: { nope: 1 } },
    ],
    FinalizeRegistration: [{ params: rid, body: { purchaseId: '00000000-0000-4000-8000-000000000000', hipObject: null } }],
    GetSessionById: [{ params: { sessionId: sessions[0].id } }, { params: { sessionId: 'nope' } }],
    GetSessionRegistrationCount: [{ params: { sessionId: sessions[0].id } }],
    GetTrackSessions: [{ params: { trackId: track.id } }],
    GetSpeakerImage: [{ params: { speakerId: speaker.id }, token: null, origin: null }],
    GetSponsorshipsLogo: [{ params: { sponsorshipId: sponsor.id }, token: null, origin: null }],
    GetEventQrCode: [{ params: rid, token: null, origin: null }],
    CreateCheckInAndRedirect: [
      { body: { registrationId: rec.id }, token: null, origin: null },
      { body: { registrationId: rec.id }, token: null, origin: null, query: { redirectUri: 'https://example.com/hi' } },
    ],
    GetUser: [f === 'om' ? { bearer } : {}, ...(f === 'om' ? [{}] : [])],
    GetUserRegistrations: [{ bearer }],
    GetUserWaitlistItems: [{ bearer }],
    CancelRegistration: [{ params: { registrationId: 'nope' }, body: {}, bearer }],
    RegisterForSession: [{ params: { readableEventId: 'Open_Source_Day', sessionId: (await api.json('events/Open_Source_Day/sessions'))[0].id }, body: {}, bearer }],
    GetPersonalCalendar: [{ query: { 'api-version': '2016-06-30', data: JSON.stringify([{ readableEventId: 'Harbour_Data_Summit', data: { firstname: 'Lea' } }]) }, token: null, origin: null }],
  };
  return c;
}

for (const f of ['om', 'rtm']) {
  test(`${f}: every operation's real requests and responses agree with the document`, async () => {
    const doc = docs[f];
    const check = checker(doc);
    const all = await cases(f);
    const api = ctx.api(f);
    let checked = 0;
    for (const { path, method, op } of operations(doc)) {
      const key = f === 'rtm' ? op.operationId.replace(/^publicApi/, '') : op.operationId[0].toUpperCase() + op.operationId.slice(1);
      const list = all[key];
      assert.ok(list?.length, `a test request for ${op.operationId}`);
      // Plus, where there is a path parameter, an unknown one: the documented 404 Error.
      const withNotFound = path.includes('{') && method === 'GET' ? [...list, { params: Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'no-such-id'])), notFound: true }] : list;
      for (const c of withNotFound) {
        const params = { ...c.params };
        const url = path.slice(1).replace(/\{([^}]+)\}/g, (_, name) => {
          assert.ok(name in params, `${op.operationId}: path parameter ${name}`);
          return encodeURIComponent(params[name]);
        });
        for (const p of op.parameters.filter((x) => x.required && x.in === 'query')) assert.ok(p.name in (c.query ?? {}), `${op.operationId}: required query ${p.name}`);
        for (const name of Object.keys(c.query ?? {})) assert.ok(op.parameters.some((p) => p.in === 'query' && p.name === name), `${op.operationId}: query ${name} is documented`);
        if (c.body !== undefined) {
          assert.ok(op.requestBody, `${op.operationId} documents a body`);
          if (!c.body.nope) check(op.requestBody.content['application/json'].schema, c.body, `${op.operationId} request`);
        }
        const res = await api.request(method, url, { query: c.query, body: c.body, bearer: c.bearer, ...('token' in c ? { token: c.token } : {}), ...('origin' in c ? { origin: c.origin } : {}) });
        const spec = op.responses[String(res.status)];
        assert.ok(spec, `${op.operationId}: status ${res.status} is documented (${res.text.slice(0, 200)})`);
        if (c.notFound) assert.equal(res.status, 404, `${op.operationId} with unknown ids`);
        if (!spec.content) {
          assert.equal(res.text, '', `${op.operationId} ${res.status}: no body`);
          continue;
        }
        const type = (res.headers.get('content-type') ?? '').split(';')[0];
        assert.ok(type in spec.content, `${op.operationId} ${res.status}: content type ${type} is documented`);
        if (type === 'application/json') check(spec.content[type].schema, res.json, `${op.operationId} ${res.status} response`);
        checked++;
      }
    }
    assert.ok(checked > 30, `${checked} responses checked`);
  });
}

test('a response that breaks the document is caught (the check can fail)', async () => {
  const check = checker(docs.rtm);
  const op = operations(docs.rtm).find(({ op: o }) => o.operationId === 'publicApiGetEvent').op;
  assert.throws(() => check(op.responses['200'].content['application/json'].schema, { readableEventId: 'X', maxCapacity: -1 }, 'bad'), /maxCapacity|minimum/);
  assert.throws(() => check(op.responses['200'].content['application/json'].schema, { eventName: 'no id' }, 'bad'), /readableEventId/);
});

test('the demo page and the root route point at the documents', async () => {
  const info = await (await fetch(`${ctx.emu.url}/`, { headers: { Origin: ORIGIN } })).json();
  assert.deepEqual(info.openApi, { rtm: `${ctx.emu.url}/dev/openapi/rtm.json`, om: `${ctx.emu.url}/dev/openapi/om.json` });
});
