// Bad input never breaks the emulator: malformed percent-encoding in any path segment of any
// route (API and /dev/), malformed queries, bodies and headers all answer 4xx with a Message,
// never 500, and the server keeps answering. The requests are written raw (node:http), so the
// bytes reach the server as given (fetch would normalise or refuse some).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { DEFAULT_TOKEN } from '../../demo/emulator/index.mjs';
import { OM_PREFIX, RTM_PREFIX } from '../../demo/emulator/constants.mjs';
import { ROUTES } from '../../demo/emulator/routes.mjs';
import { ORIGIN, boot, person } from './helpers.mjs';

let ctx;
let host;
let port;
let bearer;
before(async () => {
  ctx = await boot({ quiet: true });
  ({ hostname: host, port } = new URL(ctx.emu.url));
  bearer = await ctx.dev.token('fuzz@example.com');
});
after(() => ctx.emu.close());

/** One raw request; resolves with the status and the body text. */
function send(method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, method, path, headers: { Origin: ORIGIN, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`${method} ${path}: no answer in 5 s`)));
    req.end(body);
  });
}

/** A request line written byte for byte (bytes node:http refuses to send). */
function sendRaw(bytes) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let text = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer in 5 s')));
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.on('error', reject);
    socket.end(Buffer.concat([bytes, Buffer.from(`\r\nHost: ${host}\r\nOrigin: ${ORIGIN}\r\nConnection: close\r\n\r\n`)]));
  });
}

const BAD_SEGMENTS = ['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%ED%A0%80', '%FF', 'a%2', '%%'];
const prefixOf = { om: OM_PREFIX, rtm: RTM_PREFIX };
const withToken = (path) => `${path}${path.includes('?') ? '&' : '?'}emApplicationtoken=${DEFAULT_TOKEN}`;
const headersFor = (route) => (route.user ? { Authorization: `Bearer ${bearer}` } : {});

/** Every route of every flavour with each `:param` (or an extra segment) replaced by `bad`. */
function* badPaths(bad) {
  for (const route of ROUTES) {
    for (const flavour of route.flavours) {
      const parts = route.path.split('/');
      const slots = parts.flatMap((p, i) => (p.startsWith(':') ? [i] : []));
      const variants = slots.length ? slots.map((i) => parts.map((p, j) => (j === i ? bad : p.startsWith(':') ? 'Minimal_Meetup' : p))) : [[...parts, bad]];
      for (const v of variants) yield { route, path: withToken(`${prefixOf[flavour]}${v.join('/')}`) };
    }
  }
  yield { route: { method: 'GET' }, path: `/dev/images/events/${bad}/banner.svg` };
  yield { route: { method: 'GET' }, path: `/dev/${bad}` };
  yield { route: { method: 'GET' }, path: `/${bad}` };
  yield { route: { method: 'GET' }, path: `${OM_PREFIX}${bad}` };
}

const expect4xx = (res, label) => {
  assert.ok(res.status >= 400 && res.status < 500, `${label}: HTTP ${res.status} ${res.text?.slice(0, 200) ?? ''}`);
};

test('a malformed percent-encoding in any path segment of any route is 400 (or 404 where no route decodes it)', async () => {
  let n = 0;
  for (const bad of BAD_SEGMENTS) {
    for (const { route, path } of badPaths(bad)) {
      const res = await send(route.method, path, { headers: { ...headersFor(route), 'Content-Type': 'application/json' }, body: route.method === 'POST' ? '{}' : undefined });
      expect4xx(res, `${route.method} ${path}`);
      if (res.status === 400) assert.match(JSON.parse(res.text).Message, /percent-encoded/, path);
      n++;
    }
  }
  assert.ok(n > 300, `${n} requests`);
  // The case of the issue: a decoding segment answers exactly 400.
  assert.equal((await send('GET', '/dev/images/events/%E0%A4%A/banner.svg')).status, 400);
  assert.equal((await send('GET', withToken(`${OM_PREFIX}events/%ZZ`))).status, 400);
});

test('malformed queries on every GET route are 4xx', async () => {
  const queries = ['emApplicationtoken=%ZZ', 'emApplicationtoken=%', `emApplicationtoken=${DEFAULT_TOKEN}&data=%5B`, `emApplicationtoken=${DEFAULT_TOKEN}&data=${'%5B'.repeat(5000)}`, `emApplicationtoken=${DEFAULT_TOKEN}&data=%7B%22a%22:1%7D`, `emApplicationtoken=${DEFAULT_TOKEN}&data=%5B1%5D`, `emApplicationtoken=${DEFAULT_TOKEN}&data=%ZZ`];
  for (const route of ROUTES.filter((r) => r.method === 'GET' && r.path === 'calendar/personal/ics')) {
    for (const q of queries) expect4xx(await send('GET', `${OM_PREFIX}${route.path}?${q}`, { headers: headersFor(route) }), `calendar ?${q}`);
  }
  for (const route of ROUTES.filter((r) => r.method === 'GET')) {
    for (const flavour of route.flavours) {
      const path = `${prefixOf[flavour]}${route.path.replace(/:[a-z]+/g, 'Minimal_Meetup')}`;
      for (const q of queries.slice(0, 2)) expect4xx(await send('GET', `${path}?${q}`, { headers: headersFor(route) }), `${path}?${q}`);
    }
  }
  for (const q of ['email=%ZZ', 'email=%', 'readableEventId=%ZZ']) {
    expect4xx(await send('GET', `/dev/${q.startsWith('email') ? 'token' : 'registrations'}?${q}`), `/dev ?${q}`);
  }
});

const BAD_BODIES = [
  '{', '{"attendees": [', 'null', '[]', '"text"', '1', 'true', '1e999', '{"attendees": null}', '{"attendees": [null]}',
  '{"attendees": [{"firstName": {}}]}', '{"attendees": [{"email": ["a"]}]}', '{"attendees": {"length": 1}}', '{"purchaseId": 5}',
  '{"__proto__": {"attendees": [1]}}', '{"attendees": [{"responses": [{"id": {}}]}]}', '{"attendees": [{"attendeeSessions": "x"}]}',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '['.repeat(100_000), '\u0000', Buffer.from([0xff, 0xfe, 0x7b]),
];

test('malformed or wrongly shaped bodies: 4xx on every POST route that reads a body, never 5xx on any', async () => {
  // A route reads its body through ctx.body(); one that does not (cancel, a session registration) may
  // answer 200 to any body.
  const readsBody = (route) => String(route.handler).includes('ctx.body()');
  const posts = ROUTES.filter((r) => r.method === 'POST').flatMap((route) => route.flavours.map((f) => ({ route, reads: readsBody(route), path: withToken(`${prefixOf[f]}${route.path.replace(/:[a-z]+/g, 'Minimal_Meetup')}`) })));
  assert.deepEqual([...new Set(posts.filter((p) => p.reads).map((p) => p.route.path))].sort(), ['checkins', 'events/:rid/registrations', 'events/:rid/registrations/finalize']);
  posts.push({ route: { method: 'POST' }, reads: true, path: '/dev/token' }, { route: { method: 'POST' }, reads: true, path: '/dev/faults' });
  for (const { route, reads, path } of posts) {
    for (const body of BAD_BODIES) {
      for (const type of ['application/json', 'text/plain']) {
        const res = await send('POST', path, { headers: { ...headersFor(route), 'Content-Type': type }, body });
        const label = `POST ${path} ${type} ${String(body).slice(0, 40)}`;
        if (reads) expect4xx(res, label);
        else assert.ok(res.status < 500, `${label}: HTTP ${res.status}`);
      }
    }
  }
});

test('well-formed JSON with a bad value is a business Failure (HTTP 200, as the contract has it) that names the field', async () => {
  for (const [body, field] of [['{"attendees": [{"firstName": "\\ud800", "lastName": "A", "email": "a@example.com"}]}', 'firstName'], [Buffer.from('{"attendees": [{"firstName": "A", "lastName": "\xff", "email": "b@example.com"}]}', 'latin1'), 'lastName']]) {
    const res = await send('POST', withToken(`${OM_PREFIX}events/Minimal_Meetup/registrations`), { headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(res.status, 200, res.text);
    assert.match(JSON.parse(res.text).errorMessage, new RegExp(`^Attendee 1: ${field} `));
  }
});

test('malformed headers and request lines are 4xx', async () => {
  const path = withToken(`${OM_PREFIX}events/published`);
  for (const headers of [{ Authorization: 'Bearer' }, { Authorization: 'Bearer %ZZ' }, { Authorization: 'Basic x' }, { Origin: '%ZZ' }, { Origin: 'null' }]) {
    expect4xx(await send('GET', path, { headers }), JSON.stringify(headers));
  }
  // Bytes that are not valid UTF-8 in the path, and a path that is not a path.
  for (const line of [Buffer.from('GET /dev/images/events/\xff\xfe/banner.svg HTTP/1.1', 'latin1'), Buffer.from(`GET ${OM_PREFIX}events/\xc3 HTTP/1.1`, 'latin1'), Buffer.from('GET //x HTTP/1.1'), Buffer.from('GET http://[ HTTP/1.1')]) {
    const status = await sendRaw(line);
    assert.ok(status >= 400 && status < 500, `${line.toString('latin1')}: HTTP ${status}`);
  }
});

test('the server still answers after all of it', async () => {
  const res = await ctx.om.get('events/published');
  assert.equal(res.status, 200);
  assert.equal((await ctx.om.register('Minimal_Meetup', [person()])).status, 'Success');
});
