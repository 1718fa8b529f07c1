// Rate limit (429 + Retry-After), latency, random failures, deterministic faults (fail before
// processing; drop after processing), in both flavours where it applies.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { Api, Dev, FLAVOURS, ORIGIN, boot, person, sleep } from './helpers.mjs';
import { startEmulator } from '../../demo/emulator/index.mjs';

describe('rate limit', () => {
  let ctx;
  before(async () => {
    ctx = await boot({ rateLimit: 3, rateWindow: 30 });
  });
  after(() => ctx.emu.close());
  beforeEach(() => ctx.emu.reset());

  for (const flavour of FLAVOURS) {
    test(`${flavour}: request N+1 in the window is 429 with Retry-After and the CORS grant`, async () => {
      const api = ctx.api(flavour);
      for (let i = 0; i < 3; i++) assert.equal((await api.get('events/Minimal_Meetup')).status, 200);
      const res = await api.get('events/Minimal_Meetup');
      assert.equal(res.status, 429);
      assert.match(res.json.Message, /Too many requests/);
      const retryAfter = res.headers.get('retry-after');
      assert.match(retryAfter, /^\d+$/);
      assert.ok(Number(retryAfter) >= 1);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After');
    });
  }

  test('a POST refused with 429 is not processed', async () => {
    for (let i = 0; i < 3; i++) await ctx.om.get('events/Minimal_Meetup');
    const res = await ctx.om.post('events/Minimal_Meetup/registrations', { attendees: [person()] });
    assert.equal(res.status, 429);
    await ctx.dev.process();
    assert.deepEqual(await ctx.dev.records('Minimal_Meetup'), []);
  });

  test('the window slides: after Retry-After seconds requests pass again', async () => {
    const quick = await boot({ rateLimit: 2, rateWindow: 1 });
    try {
      let res;
      for (let i = 0; i < 20 && res?.status !== 429; i++) res = await quick.om.get('events/Minimal_Meetup');
      assert.equal(res.status, 429);
      assert.equal(res.headers.get('retry-after'), '1');
      await sleep(1050);
      assert.equal((await quick.om.get('events/Minimal_Meetup')).status, 200);
    } finally {
      await quick.emu.close();
    }
  });

  test('dev routes and preflights do not count; tokens are counted apart', async () => {
    for (let i = 0; i < 5; i++) await ctx.dev.get('registrations');
    for (let i = 0; i < 5; i++) await fetch(ctx.om.url('events/published'), { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' } });
    for (let i = 0; i < 3; i++) assert.equal((await ctx.om.get('events/Minimal_Meetup')).status, 200);
    assert.equal((await ctx.om.get('events/Minimal_Meetup')).status, 429);
    const members = await ctx.om.get('events/Minimal_Meetup', { token: 'members-token', origin: 'http://localhost:5174' });
    assert.equal(members.status, 200);
  });
});

describe('latency', () => {
  test('every API response (and preflight) waits at least --latency ms; dev control routes do not', async () => {
    const ctx = await boot({ latency: 200 });
    try {
      for (const api of [ctx.om, ctx.rtm]) {
        let t = performance.now();
        assert.equal((await api.get('events/Minimal_Meetup')).status, 200);
        assert.ok(performance.now() - t >= 195, `${api.flavour} GET`);
        t = performance.now();
        assert.equal((await api.get('events/Minimal_Meetup', { token: null })).status, 400);
        assert.ok(performance.now() - t >= 195, `${api.flavour} error`);
        t = performance.now();
        await fetch(api.url('events/published'), { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' } });
        assert.ok(performance.now() - t >= 195, `${api.flavour} preflight`);
      }
    } finally {
      await ctx.emu.close();
    }
  });
});

describe('fail rate', () => {
  test('failRate 1: every API request is 500 or 503 with a Message and the grant; a POST creates nothing', async () => {
    const ctx = await boot({ failRate: 1 });
    try {
      const statuses = new Set();
      for (const api of [ctx.om, ctx.rtm]) {
        for (let i = 0; i < 12; i++) {
          const res = await api.get('events/Minimal_Meetup');
          assert.ok([500, 503].includes(res.status), String(res.status));
          assert.equal(typeof res.json.Message, 'string');
          assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
          statuses.add(res.status);
        }
        const post = await api.post('events/Minimal_Meetup/registrations', { attendees: [person()] });
        assert.ok([500, 503].includes(post.status));
      }
      assert.deepEqual([...statuses].sort(), [500, 503], 'both statuses occur');
      await ctx.dev.process();
      assert.deepEqual(await ctx.dev.records('Minimal_Meetup'), [], 'nothing created');
      const pre = await fetch(ctx.om.url('events/published'), { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' } });
      assert.equal(pre.status, 204, 'preflights never fail');
    } finally {
      await ctx.emu.close();
    }
  });

  test('failRate 0.5 fails some and not all', async () => {
    const ctx = await boot({ failRate: 0.5 });
    try {
      const statuses = [];
      for (let i = 0; i < 40; i++) statuses.push((await ctx.om.get('events/Minimal_Meetup')).status);
      assert.ok(statuses.includes(200) && statuses.some((s) => s >= 500));
    } finally {
      await ctx.emu.close();
    }
  });
});

describe('deterministic faults (POST /dev/faults)', () => {
  let ctx;
  before(async () => {
    ctx = await boot({ processingDelay: 60_000 });
  });
  after(() => ctx.emu.close());
  beforeEach(() => ctx.emu.reset());

  for (const flavour of FLAVOURS) {
    test(`${flavour}: failNext fails exactly the next N matching requests, before processing`, async () => {
      const api = ctx.api(flavour);
      const set = await ctx.dev.post('faults', { failNext: 2, status: 503, paths: 'registrations', method: 'POST' });
      assert.equal(set.status, 200);
      assert.equal(set.json[0].remaining, 2);
      assert.equal((await api.get('events/Minimal_Meetup/registrations/count')).status, 200, 'GET does not match');
      for (let i = 0; i < 2; i++) {
        const res = await api.post('events/Minimal_Meetup/registrations', { attendees: [person()] });
        assert.equal(res.status, 503);
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      }
      await ctx.dev.process();
      assert.deepEqual(await ctx.dev.records('Minimal_Meetup'), [], 'failed before processing');
      assert.equal((await api.register('Minimal_Meetup', [person()])).status, 'Success');
      assert.deepEqual(await ctx.dev.get('faults'), []);
    });

    test(`${flavour}: dropNext processes the registration, then drops the connection; the retry meets AlreadyRegistered`, async () => {
      const api = ctx.api(flavour);
      await ctx.dev.post('faults', { dropNext: 1, paths: 'registrations' });
      const p = person();
      await assert.rejects(api.post('events/Minimal_Meetup/registrations', { attendees: [p] }), /fetch failed/);
      await ctx.dev.process();
      const recs = await ctx.dev.records('Minimal_Meetup');
      assert.deepEqual(recs.map((r) => r.email), [p.email], 'processed although the response was lost');
      const retry = await api.register('Minimal_Meetup', [p]);
      assert.equal(retry.errorCode, 'AlreadyRegistered');
      assert.equal((await ctx.dev.records('Minimal_Meetup')).length, 1, 'none duplicated');
    });
  }

  test('a 429 fault carries Retry-After', async () => {
    await ctx.dev.post('faults', { failNext: 1, status: 429, retryAfter: 2 });
    const res = await ctx.om.get('events/published');
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '2');
    assert.equal((await ctx.om.get('events/published')).status, 200);
  });

  test('bad fault specs are 400; DELETE and {clear:true} remove faults; reset too', async () => {
    for (const body of [{}, { failNext: 0 }, { failNext: 1, status: 404 }, { dropNext: 'x' }, { failNext: 1, method: 'PUT' }]) {
      assert.equal((await ctx.dev.post('faults', body)).status, 400, JSON.stringify(body));
    }
    await ctx.dev.post('faults', { failNext: 5 });
    await ctx.dev.post('faults', { clear: true });
    assert.deepEqual(await ctx.dev.get('faults'), []);
    await ctx.dev.post('faults', { failNext: 5 });
    await fetch(`${ctx.emu.url}/dev/faults`, { method: 'DELETE' });
    assert.deepEqual(await ctx.dev.get('faults'), []);
    await ctx.dev.post('faults', { failNext: 5 });
    await ctx.dev.reset();
    assert.equal((await ctx.om.get('events/published')).status, 200);
  });
});

test('close() resolves while keep-alive connections are open', async () => {
  const emu = await startEmulator({ port: 0 });
  const api = new Api(emu, 'om');
  await api.get('events/published');
  await new Dev(emu).get('registrations');
  await emu.close();
  await assert.rejects(fetch(`${emu.url}/`));
});
