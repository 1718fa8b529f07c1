// Web-application token, Origin and CORS (contract §1 and §6), in both flavours.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MEMBERS_WEBAPP, startEmulator } from '../../demo/emulator/index.mjs';
import { Api, FLAVOURS, ORIGIN, boot } from './helpers.mjs';

let ctx;
before(async () => {
  ctx = await boot({ origins: ['http://localhost:8000'] });
});
after(() => ctx.emu.close());

const granted = (res, origin = ORIGIN) => {
  assert.equal(res.headers.get('access-control-allow-origin'), origin);
  assert.match(res.headers.get('vary') ?? '', /Origin/);
  assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After');
};

for (const flavour of FLAVOURS) {
  describe(`${flavour}: token and origin`, () => {
    const api = () => ctx.api(flavour);

    test('a good request is 200 JSON with the CORS grant', async () => {
      const res = await api().get('events/published');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
      granted(res);
    });

    test('no emApplicationtoken: 400 saying so, still granted to an allowed origin', async () => {
      const res = await api().get('events/published', { token: null });
      assert.equal(res.status, 400);
      assert.match(res.json.Message, /emApplicationtoken/);
      assert.doesNotMatch(res.json.Message, /Origin/);
      granted(res);
    });

    if (flavour === 'om') {
      test('no Origin: 400 saying so, without a grant', async () => {
        const res = await api().get('events/published', { origin: null });
        assert.equal(res.status, 400);
        assert.match(res.json.Message, /Origin header/);
        assert.doesNotMatch(res.json.Message, /emApplicationtoken/);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
      });

      test('neither: 400 naming both', async () => {
        const res = await api().get('events/published', { origin: null, token: null });
        assert.equal(res.status, 400);
        assert.match(res.json.Message, /emApplicationtoken/);
        assert.match(res.json.Message, /Origin/);
      });
    } else {
      // A third party's Node scripts call RTM without Origin and get real data.
      test('no Origin: served, without CORS headers; a POST too', async () => {
        const res = await api().get('events/published', { origin: null });
        assert.equal(res.status, 200);
        assert.ok(Array.isArray(res.json) && res.json.length > 0);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        assert.equal(res.headers.get('access-control-expose-headers'), null);
        const reg = await api().post('events/Minimal_Meetup/registrations', { attendees: [{ firstName: 'No', lastName: 'Origin', email: 'no.origin@example.com' }] }, { origin: null });
        assert.equal(reg.json.status, 'Success');
      });

      test('no Origin still needs the token; a wrong token is still 401', async () => {
        const res = await api().get('events/published', { origin: null, token: null });
        assert.equal(res.status, 400);
        assert.match(res.json.Message, /emApplicationtoken/);
        assert.equal((await api().get('events/published', { origin: null, token: 'no-such-token' })).status, 401);
      });
    }

    test('unknown token: 401 with the grant, so the page can read it', async () => {
      const res = await api().get('events/published', { token: 'no-such-token' });
      assert.equal(res.status, 401);
      assert.equal(typeof res.json.Message, 'string');
      granted(res);
    });

    test('known token from an origin not registered for it: 403 without a grant', async () => {
      // members-token is registered for http://localhost:5174 only; 5173 belongs to demo-token.
      const res = await api().get('events/published', { token: MEMBERS_WEBAPP.token });
      assert.equal(res.status, 403);
      assert.match(res.json.Message, /not registered/);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      const stranger = await api().get('events/published', { origin: 'https://evil.example' });
      assert.equal(stranger.status, 403);
      assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    });

    test('the same token from its own origin works', async () => {
      const res = await api().get('events/published', { token: MEMBERS_WEBAPP.token, origin: MEMBERS_WEBAPP.origins[0] });
      assert.equal(res.status, 200);
      granted(res, MEMBERS_WEBAPP.origins[0]);
    });

    test('an origin added with `origins` is allowed for the development token', async () => {
      const res = await api().get('events/published', { origin: 'http://localhost:8000' });
      assert.equal(res.status, 200);
      granted(res, 'http://localhost:8000');
    });

    test('the token parameter name is matched without regard to case', async () => {
      const res = await fetch(`${api().base}events/published?EmApplicationToken=demo-token`, { headers: { Origin: ORIGIN } });
      assert.equal(res.status, 200);
    });

    test('errors carry the grant too: 404, 405', async () => {
      const notFound = await api().get('events/No_Such_Event');
      assert.equal(notFound.status, 404);
      assert.match(notFound.json.Message, /No_Such_Event/);
      granted(notFound);
      const wrongMethod = await api().post('events/published', {});
      assert.equal(wrongMethod.status, 405);
      assert.equal(wrongMethod.headers.get('allow'), 'GET');
      granted(wrongMethod);
    });

    test('preflight from an allowed origin: 204 allowing Content-Type and Authorization', async () => {
      const res = await fetch(api().url('events/published'), {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,authorization' },
      });
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      assert.equal(res.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
      assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type, Authorization');
      assert.ok(Number(res.headers.get('access-control-max-age')) > 0);
    });

    test('preflight from another origin, or from one not registered for the token: 403, no grant', async () => {
      for (const [origin, token] of [['https://evil.example', 'demo-token'], [ORIGIN, MEMBERS_WEBAPP.token]]) {
        const res = await fetch(api().url('events/published', { token }), { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
        assert.equal(res.status, 403, origin);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
      }
    });

    test('images are served with and without the token, and without Origin (loaded by <img>)', async () => {
      const speakers = await api().json('events/Harbour_Data_Summit/speakers');
      const id = speakers.find((s) => s.imageUrl).id;
      const sponsors = await api().json('events/Harbour_Data_Summit/sponsorships');
      for (const path of [`speakers/${id}/image`, `sponsorships/${sponsors[0].id}/logo`]) {
        for (const o of [{ origin: null }, { origin: null, token: null }, { token: null }]) {
          const res = await api().get(path, o);
          assert.equal(res.status, 200, `${path} ${JSON.stringify(o)}`);
          assert.match(res.headers.get('content-type'), /^image\/svg\+xml/);
        }
        // A token that is given is still checked.
        assert.equal((await api().get(path, { origin: null, token: 'no-such-token' })).status, 401);
        assert.equal((await api().get(path, { token: MEMBERS_WEBAPP.token })).status, 403);
      }
    });
  });
}

test('the RTM QR code is served with and without the token', async () => {
  assert.equal((await ctx.rtm.get('events/Harbour_Data_Summit/qrcode', { origin: null })).status, 200);
  assert.equal((await ctx.rtm.get('events/Harbour_Data_Summit/qrcode', { origin: null, token: null })).status, 200);
});

test('RTM: a wrong Origin is still refused (403, no grant), with or without a token on images', async () => {
  const res = await ctx.rtm.get('events/published', { origin: 'https://evil.example' });
  assert.equal(res.status, 403);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
});

test('a path outside both API bases is a JSON 404', async () => {
  const res = await fetch(`${ctx.emu.url}/api/v2.0/events/published?emApplicationtoken=demo-token`, { headers: { Origin: ORIGIN } });
  assert.equal(res.status, 404);
  assert.match((await res.json()).Message, /EvtMgmt/);
  assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
});

test('dev routes grant CORS to any origin, preflight included', async () => {
  const origin = 'https://tests.example:9999';
  const pre = await fetch(`${ctx.emu.url}/dev/reset`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), origin);
  assert.match(pre.headers.get('access-control-allow-headers'), /Content-Type/);
  const res = await fetch(`${ctx.emu.url}/dev/registrations`, { headers: { Origin: origin } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), origin);
});

test('`token` replaces the development token', async () => {
  const emu = await startEmulator({ port: 0, token: 'my-own-token' });
  try {
    const api = new Api(emu, 'om');
    assert.equal((await api.get('events/published')).status, 401);
    assert.equal((await api.get('events/published', { token: 'my-own-token' })).status, 200);
  } finally {
    await emu.close();
  }
});
