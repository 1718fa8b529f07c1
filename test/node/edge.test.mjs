// The edge cache (demo/edge: nginx in front of the Events API) on a real nginx: what it caches,
// what it never caches, per origin and per token. The chain is
//   test → nginx (startEdge) → counting pass-through (what reaches the origin) → emulator.
// Each test uses its own resources or query, so the cache of one test never answers another.
// Two control tests start nginx with a rule removed and check that the same checks then fail.
// Without nginx the file is skipped with a note; in CI (CI set) that is a failure.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findNginx, startEdge } from '../../demo/edge/edge.mjs';
import { startCountingProxy } from '../../demo/edge/counting-proxy.mjs';
import { DEFAULT_TOKEN, OM_PREFIX, RTM_PREFIX } from '../../demo/emulator/index.mjs';
import { Dev, ORIGIN, boot, person, sleep } from '../emulator/helpers.mjs';

const NGINX = findNginx();
const OTHER_ORIGIN = 'http://127.0.0.1:5173'; // the emulator's second default origin for demo-token
const skip = !NGINX && !process.env.CI ? 'nginx is not installed (apt-get install nginx, or set NGINX_PATH)' : false;

/** @type {{ emu: any, dev: Dev, counter: Awaited<ReturnType<typeof startCountingProxy>>, edge: Awaited<ReturnType<typeof startEdge>> }} */
const ctx = /** @type {any} */ ({});

/**
 * A GET/POST through the edge. `path` is below the flavour's base; the token goes in the query.
 * @param {string} base edge.url @param {string} path
 * @param {{ flavour?: 'om' | 'rtm', method?: string, origin?: string | null, token?: string, query?: Record<string, string>, headers?: Record<string, string>, body?: unknown }} [o]
 */
async function call(base, path, { flavour = 'rtm', method = 'GET', origin = ORIGIN, token = DEFAULT_TOKEN, query = {}, headers = {}, body } = {}) {
  const u = new URL(path, base + (flavour === 'om' ? OM_PREFIX : RTM_PREFIX));
  u.searchParams.set('emApplicationtoken', token);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  const h = { ...headers };
  if (origin) h.Origin = origin;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  const res = await fetch(u, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, cache: res.headers.get('x-edge-cache') };
}

/** Origin requests seen for a path ending (and method). */
const reads = (counter, tail, method = 'GET') => counter.count((s) => s.method === method && s.path.endsWith(tail));

// ── the checks, shared by the tests and the control tests ──────────────────────

/**
 * Two origins and a foreign one ask the same URL: each gets the API's own CORS answer. The
 * emulator sends `Vary: Origin`, which nginx honours on its own; whether the real service sends it
 * is not known, so `withoutVary` strips it on the way back and leaves the cache key alone to keep
 * the origins apart.
 */
async function checkOrigins(edge, counter, path, { withoutVary = false } = {}) {
  const problems = [];
  if (withoutVary) {
    counter.editHeaders = (s, h) => {
      delete h.vary;
    };
  }
  try {
    return await checkOriginsNow(edge, counter, path, problems);
  } finally {
    counter.editHeaders = null;
  }
}

async function checkOriginsNow(edge, counter, path, problems) {
  const a1 = await call(edge.url, path, { origin: ORIGIN });
  const a2 = await call(edge.url, path, { origin: ORIGIN });
  const b1 = await call(edge.url, path, { origin: OTHER_ORIGIN });
  const b2 = await call(edge.url, path, { origin: OTHER_ORIGIN });
  const evil = await call(edge.url, path, { origin: 'http://evil.example' });
  if (a1.headers.get('access-control-allow-origin') !== ORIGIN || a2.headers.get('access-control-allow-origin') !== ORIGIN) problems.push(`first origin got ${a2.headers.get('access-control-allow-origin')}`);
  if (b1.headers.get('access-control-allow-origin') !== OTHER_ORIGIN || b2.headers.get('access-control-allow-origin') !== OTHER_ORIGIN) problems.push(`second origin got ${b1.headers.get('access-control-allow-origin')}`);
  if (evil.status !== 403 || evil.headers.get('access-control-allow-origin')) problems.push(`a foreign origin got ${evil.status} with ${evil.headers.get('access-control-allow-origin')}`);
  // Each origin was read once: the second request of each came from the cache.
  const n = reads(counter, path);
  if (n !== 3) problems.push(`origin reads: ${n}, expected 3 (one per origin, the foreign one included)`);
  return problems;
}

/** A signed-in request (Authorization) is neither answered from the cache nor stored. */
async function checkAuthorization(edge, counter, bearer) {
  const path = 'events/published';
  const query = { case: 'authorization' };
  const problems = [];
  await call(edge.url, path, { flavour: 'om', query });
  const pub = await call(edge.url, path, { flavour: 'om', query });
  if (pub.cache !== 'HIT') problems.push(`public repeat was ${pub.cache}`);
  const s1 = await call(edge.url, path, { flavour: 'om', query, headers: { Authorization: `Bearer ${bearer}` } });
  const s2 = await call(edge.url, path, { flavour: 'om', query, headers: { Authorization: `Bearer ${bearer}` } });
  if (s1.status !== 200 || s2.status !== 200) problems.push(`signed-in requests answered ${s1.status}, ${s2.status}`);
  const signed = counter.count((s) => s.authorization && s.path.endsWith(path));
  if (signed !== 2) problems.push(`signed-in requests that reached the origin: ${signed}, expected 2`);
  // The signed-in answers did not replace the public entry, and a signed-in first request is
  // not stored for the public either.
  const q2 = { case: 'authorization-first' };
  await call(edge.url, path, { flavour: 'om', query: q2, headers: { Authorization: `Bearer ${bearer}` } });
  const after = await call(edge.url, path, { flavour: 'om', query: q2 });
  if (after.cache === 'HIT') problems.push('a public request was answered with the signed-in response');
  return problems;
}

describe('edge cache (nginx)', { skip }, () => {
  before(async () => {
    if (!NGINX) throw new Error('nginx is required in CI: apt-get install nginx (test/browsers.mjs installs it as root).');
    const b = await boot();
    ctx.emu = b.emu;
    ctx.dev = b.dev;
    ctx.counter = await startCountingProxy(b.emu.url);
    ctx.edge = await startEdge({ upstream: ctx.counter.url, ttl: 60, quiet: true });
  });
  after(async () => {
    await ctx.edge?.close();
    await ctx.counter?.close();
    await ctx.emu?.close();
  });

  it('serves a repeated GET from the cache: the origin sees one read', async () => {
    const { edge, counter } = ctx;
    const first = await call(edge.url, 'events/Open_Source_Day/speakers');
    const again = [];
    for (let i = 0; i < 4; i++) again.push(await call(edge.url, 'events/Open_Source_Day/speakers'));
    assert.equal(first.status, 200);
    assert.equal(first.cache, 'MISS');
    for (const r of again) {
      assert.equal(r.cache, 'HIT');
      assert.equal(r.text, first.text);
      assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
    }
    // The store's refreshes say `Cache-Control: max-age=0` (fetch's 'no-cache'); a visitor cannot
    // make the crowd's cache skip the TTL with it.
    const refresh = await call(edge.url, 'events/Open_Source_Day/speakers', { headers: { 'Cache-Control': 'no-cache', Pragma: 'no-cache' } });
    assert.equal(refresh.cache, 'HIT');
    assert.equal(reads(counter, 'events/Open_Source_Day/speakers'), 1);
  });

  it('makes one origin read for a crowd asking at once (cache lock)', async () => {
    const { edge, counter } = ctx;
    counter.delayMs = 300; // the first answer takes a while: the crowd's requests overlap it
    try {
      const crowd = await Promise.all(Array.from({ length: 25 }, () => call(edge.url, 'events/Open_Source_Day/sponsorships')));
      assert.ok(crowd.every((r) => r.status === 200));
      assert.equal(new Set(crowd.map((r) => r.text)).size, 1);
    } finally {
      counter.delayMs = 0;
    }
    assert.equal(reads(counter, 'events/Open_Source_Day/sponsorships'), 1);
  });

  it('keeps the API\'s CORS answer per origin, with or without Vary: Origin from the API (Origin is in the key)', async () => {
    assert.deepEqual(await checkOrigins(ctx.edge, ctx.counter, 'events/Mumbai_Product_Meetup'), []);
    assert.deepEqual(await checkOrigins(ctx.edge, ctx.counter, 'events/Tokyo_Design_Week', { withoutVary: true }), []);
  });

  it('never answers or stores a request with Authorization', async () => {
    const bearer = await ctx.dev.token('signed.in@example.com');
    assert.deepEqual(await checkAuthorization(ctx.edge, ctx.counter, bearer), []);
  });

  it('separates cache entries by the token in the query', async () => {
    const { edge, counter } = ctx;
    const path = 'events/Minimal_Meetup';
    const good = await call(edge.url, path);
    assert.equal((await call(edge.url, path)).cache, 'HIT');
    // Another token is another question: the origin answers it (here: an unknown token, 401).
    const wrong = await call(edge.url, path, { token: 'not-a-token' });
    assert.equal(good.status, 200);
    assert.equal(wrong.status, 401, wrong.text);
    assert.equal(reads(counter, path), 2);
    // Query parameters other than the token separate entries too (the filters of events/published).
    await call(edge.url, 'events/published', { query: { webappId: '00000000-0000-4000-8000-000000000000' } });
    await call(edge.url, 'events/published', { query: { webappId: '00000000-0000-4000-8000-000000000001' } });
    await call(edge.url, 'events/published', { query: { webappId: '00000000-0000-4000-8000-000000000001' } });
    assert.equal(counter.count((s) => s.path.endsWith('events/published') && s.query.includes('webappId=')), 2);
  });

  it('never caches a POST: each registration reaches the origin and is recorded once', async () => {
    const { edge, counter, dev } = ctx;
    const rid = 'Mumbai_Product_Meetup';
    const people = [person(), person(), person()];
    const results = [];
    for (const p of people) {
      results.push(await call(edge.url, `events/${rid}/registrations`, { method: 'POST', body: { attendees: [p] } }));
    }
    // The same body again: sent again, not answered from anywhere but the origin.
    const repeat = await call(edge.url, `events/${rid}/registrations`, { method: 'POST', body: { attendees: [people[0]] } });
    for (const r of results) {
      assert.equal(r.status, 200, r.text);
      assert.equal(JSON.parse(r.text).status, 'Success', r.text);
      assert.notEqual(r.cache, 'HIT');
    }
    assert.equal(repeat.status, 200);
    assert.equal(reads(counter, `events/${rid}/registrations`, 'POST'), 4);
    await dev.process();
    const records = await dev.get('registrations', { readableEventId: rid });
    for (const p of people) assert.equal(records.filter((r) => r.email === p.email).length, 1, `${p.email} recorded once`);
  });

  it('passes CORS preflights through to the origin', async () => {
    const { edge, counter } = ctx;
    const url = `${edge.url}${RTM_PREFIX}events/Minimal_Meetup/registrations?emApplicationtoken=${DEFAULT_TOKEN}`;
    const pre = { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } };
    const a = await fetch(url, pre);
    const b = await fetch(url, pre);
    assert.equal(a.status, 204);
    assert.equal(b.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(reads(counter, 'events/Minimal_Meetup/registrations', 'OPTIONS'), 2);
  });

  it('never caches an error: a 429 passes with its Retry-After and the next request reaches the origin', async () => {
    const { edge, counter, dev } = ctx;
    const path = 'events/Open_Source_Day/passes';
    await dev.post('faults', { failNext: 1, status: 429, retryAfter: 7, paths: path, method: 'GET' });
    const limited = await call(edge.url, path);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.equal(limited.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(limited.headers.get('access-control-expose-headers') ?? '', /Retry-After/i);
    const next = await call(edge.url, path);
    assert.equal(next.status, 200);
    assert.equal(reads(counter, path), 2);

    await dev.post('faults', { failNext: 1, status: 503, paths: 'events/Open_Source_Day/tracks', method: 'GET' });
    assert.equal((await call(edge.url, 'events/Open_Source_Day/tracks')).status, 503);
    assert.equal((await call(edge.url, 'events/Open_Source_Day/tracks')).status, 200);
    // A 404 twice: both reach the origin.
    assert.equal((await call(edge.url, 'events/No_Such_Event')).status, 404);
    assert.equal((await call(edge.url, 'events/No_Such_Event')).status, 404);
    assert.equal(reads(counter, 'events/No_Such_Event'), 2);
  });

  it('never stores an error even when the origin says it may be cached', async () => {
    const { edge, counter } = ctx;
    counter.editHeaders = (s, h) => {
      if (s.status >= 400) h['cache-control'] = 'public, max-age=600';
    };
    try {
      assert.equal((await call(edge.url, 'events/Another_Missing_Event')).status, 404);
      assert.equal((await call(edge.url, 'events/Another_Missing_Event')).status, 404);
    } finally {
      counter.editHeaders = null;
    }
    assert.equal(reads(counter, 'events/Another_Missing_Event'), 2);
  });

  it('respects the origin: no-store, private and Set-Cookie answers are not stored', async () => {
    const { edge, counter } = ctx;
    const cases = [
      ['events/Sold_Out_Masterclass', (h) => (h['cache-control'] = 'no-store')],
      ['events/Waitlist_Workshop', (h) => (h['cache-control'] = 'private, max-age=60')],
      ['events/Captcha_Launch', (h) => (h['set-cookie'] = 'ARRAffinity=abc; Path=/')],
    ];
    for (const [path, edit] of cases) {
      counter.editHeaders = (s, h) => s.path.endsWith(path) && edit(h);
      try {
        await call(edge.url, path);
        const again = await call(edge.url, path);
        assert.notEqual(again.cache, 'HIT', path);
      } finally {
        counter.editHeaders = null;
      }
      assert.equal(reads(counter, path), 2, path);
    }
  });

  it('after the TTL: keeps answering from the last good copy while the origin refuses (429); an origin max-age does not stretch the TTL', async () => {
    const { counter, dev } = ctx;
    const short = await startEdge({ upstream: counter.url, ttl: 1, quiet: true });
    const refused = 'events/Dubai_Digital_Forum';
    const longLived = 'events/Long_Name_Conference';
    try {
      counter.editHeaders = (s, h) => {
        if (s.path.endsWith(longLived)) h['cache-control'] = 'public, max-age=600';
      };
      const fresh = await call(short.url, refused);
      assert.equal(fresh.status, 200);
      await call(short.url, longLived);
      // Past the 1 s TTL: nginx counts whole seconds and a copy is fresh through its last second.
      await sleep(2500);
      await dev.post('faults', { failNext: 2, status: 429, retryAfter: 5, paths: refused, method: 'GET' });
      const stale = await call(short.url, refused);
      assert.equal(stale.status, 200);
      assert.equal(stale.text, fresh.text);
      assert.match(stale.cache ?? '', /^(STALE|UPDATING)$/);
      const again = await call(short.url, refused);
      assert.equal(again.status, 200, 'the refused refresh stored nothing');
      assert.notEqual((await call(short.url, longLived)).cache, 'HIT', 'max-age=600 from the origin kept the copy past the TTL');
      // Each expired request started one refresh in the background (the 429s went there).
      for (let i = 0; i < 50 && counter.count((s) => s.path.endsWith(longLived)) < 2; i++) await sleep(20);
      assert.equal(counter.count((s) => s.path.endsWith(longLived)), 2);
      assert.ok(counter.count((s) => s.path.endsWith(refused) && s.status === 429) >= 1);
    } finally {
      counter.editHeaders = null;
      await dev.post('faults', { clear: true });
      await short.close();
    }
  });

  describe('control: the checks fail when the rule is removed from the configuration', () => {
    it('without Origin in the key (and no Vary from the API), a second origin gets the first one\'s CORS answer', async () => {
      const counter = await startCountingProxy(ctx.emu.url);
      const bad = await startEdge({
        upstream: counter.url,
        quiet: true,
        transform: (c) => {
          assert.match(c, /\|origin=\$http_origin/);
          return c.replace('|origin=$http_origin', '');
        },
      });
      try {
        assert.notDeepEqual(await checkOrigins(bad, counter, 'events/Mumbai_Product_Meetup', { withoutVary: true }), []);
      } finally {
        await bad.close();
        await counter.close();
      }
    });

    it('without the Authorization rules, signed-in requests are answered from the cache', async () => {
      const counter = await startCountingProxy(ctx.emu.url);
      const bad = await startEdge({
        upstream: counter.url,
        quiet: true,
        transform: (c) => {
          assert.match(c, /proxy_cache_bypass \$evt_signed_in;/);
          return c.replace('proxy_cache_bypass $evt_signed_in;', '').replace('proxy_no_cache $evt_signed_in ', 'proxy_no_cache ');
        },
      });
      try {
        const bearer = await ctx.dev.token('control@example.com');
        assert.notDeepEqual(await checkAuthorization(bad, counter, bearer), []);
      } finally {
        await bad.close();
        await counter.close();
      }
    });
  });
});

describe('edge launcher', { skip }, () => {
  it('refuses bad options with a message saying what to give', async () => {
    await assert.rejects(startEdge({ upstream: 'not a url' }), /upstream must be an absolute http\(s\) URL/);
    await assert.rejects(startEdge({ upstream: 'ftp://x' }), /http or https/);
    await assert.rejects(startEdge({ upstream: 'http://127.0.0.1:4100/?emApplicationtoken=x' }), /query/);
    await assert.rejects(startEdge({ upstream: 'http://127.0.0.1:4100', ttl: 0 }), /ttl must be a whole number of seconds/);
    await assert.rejects(startEdge({ upstream: 'http://127.0.0.1:4100', port: 70000 }), /port must be/);
  });

  it('says what nginx said when it cannot start, and leaves nothing running', async () => {
    const first = await startEdge({ upstream: 'http://127.0.0.1:9', quiet: true });
    try {
      const port = Number(new URL(first.url).port);
      await assert.rejects(startEdge({ upstream: 'http://127.0.0.1:9', port, quiet: true }), /nginx could not start on 127\.0\.0\.1:\d+: the port is already in use/);
    } finally {
      await first.close();
    }
    assert.equal(first.process.exitCode !== null || first.process.signalCode !== null, true);
  });
});
