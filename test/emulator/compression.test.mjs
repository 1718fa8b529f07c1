// Long answers are gzip-compressed for a client that accepts gzip, as the service's front end
// does (10,000 events are 16 MB of JSON); short ones, and clients that do not accept it, get the
// body as it is. The requests are raw (node:http), so nothing decodes on our behalf.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { startEmulator, DEFAULT_TOKEN } from '../../demo/emulator/index.mjs';
import { scaleData } from '../../bench/generate-data.mjs';
import { ORIGIN } from './helpers.mjs';

let emu;
before(async () => {
  emu = await startEmulator({ port: 0, quiet: true, data: scaleData({ n: 200, origin: ORIGIN, now: Date.parse('2026-12-02T10:00:00Z') }), origins: [ORIGIN] });
});
after(() => emu.close());

function get(path, headers = {}) {
  const { hostname, port } = new URL(emu.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, headers: { Origin: ORIGIN, ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const token = () => DEFAULT_TOKEN;
const published = () => `${new URL(emu.omBase).pathname}events/published?emApplicationtoken=${token()}`;

test('a long answer is gzip for a client that accepts gzip, with Vary: Accept-Encoding beside Origin', async () => {
  const plain = await get(published());
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['content-encoding'], undefined, 'no Accept-Encoding: sent as it is');
  const events = JSON.parse(plain.body.toString('utf8'));
  assert.equal(events.length, 200);
  assert.ok(plain.body.length > 32 * 1024, `a long answer (${plain.body.length} B)`);

  const gz = await get(published(), { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.match(gz.headers.vary ?? '', /Accept-Encoding/);
  assert.match(gz.headers.vary ?? '', /Origin/, 'the CORS Vary is kept');
  assert.ok(gz.body.length < plain.body.length / 4, `compressed: ${gz.body.length} B of ${plain.body.length}`);
  assert.deepEqual(JSON.parse(gunzipSync(gz.body).toString('utf8')), events, 'the same answer');
});

test('gzip;q=0, other codings only, and short answers: sent as they are', async () => {
  for (const ae of ['gzip;q=0', 'br', 'identity']) {
    const r = await get(published(), { 'Accept-Encoding': ae });
    assert.equal(r.headers['content-encoding'], undefined, ae);
    assert.equal(JSON.parse(r.body.toString('utf8')).length, 200, ae);
  }
  const short = await get(`${new URL(emu.omBase).pathname}events/${JSON.parse((await get(published())).body.toString('utf8'))[0].readableEventId}/tracks?emApplicationtoken=${token()}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(short.status, 200);
  assert.equal(short.headers['content-encoding'], undefined, 'a short answer is not compressed');
});
