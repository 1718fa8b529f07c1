// Emulator-only routes under /dev/ (never under the API prefixes). They grant CORS to any origin:
// browser tests call them from a page on another origin.
//
//   GET  /                      and GET /dev/  : what is running where (JSON)
//   POST /dev/reset             back to the seed (or --data), all registrations, tokens and faults gone
//   POST /dev/process           create the records of every pending registration now
//   GET  /dev/registrations     registration records (?readableEventId=, ?email=)
//   GET  /dev/pending           the processing queue and the open purchases
//   GET  /dev/token?email=&firstName=&lastName=   a Bearer token for a signed-in user (OM);
//   POST /dev/token {email, firstName, lastName}  the same
//   GET|POST|DELETE /dev/faults  deterministic failures (see limits.mjs)
//   GET  /dev/openapi/rtm.json, /dev/openapi/om.json   the OpenAPI 3.1 documents (openapi.mjs)
//   GET|POST|DELETE /dev/override  answer one API route with a raw body and status (overrides.mjs)
//   GET  /dev/images/events/{readableEventId}/banner.svg   generated event banner
//   GET|POST /dev/forms/...      the stand-in marketing form and its loader (forms.mjs)
//   GET  /dev/captcha/hip.js    a stand-in for the captcha (HIP) script of `captcha`'s HipUrl

import { DEFAULT_ORIGINS, OM_PREFIX, RTM_PREFIX } from './constants.mjs';
import { HttpError, decodeComponent, errorReply, json, parseJson, queryParam, readBody, replyForError, svg } from './http.mjs';
import { FORMS_PREFIX, handleForms } from './forms.mjs';
import { bannerSvg } from './images.mjs';
import { openApiDocument } from './openapi.mjs';

const byPath = {
  'GET /': info,
  'GET /dev': info,
  'POST /dev/reset': (emu) => {
    emu.reset();
    return json({ reset: true });
  },
  'POST /dev/process': (emu) => json({ processed: emu.registrar.processAll() }),
  'GET /dev/registrations': (emu, url) => {
    const rid = queryParam(url, 'readableEventId');
    const email = queryParam(url, 'email')?.toLowerCase();
    if (rid && !emu.store.events.has(rid)) throw new HttpError(404, `Event '${rid}' was not found.`);
    const records = rid ? emu.store.records.get(rid) : [...emu.store.recordById.values()];
    return json(records.filter((r) => !email || r.email.toLowerCase() === email));
  },
  'GET /dev/pending': (emu) =>
    json({
      queue: emu.store.queue.map((q) => ({ id: q.id, readableEventId: q.rid, purchaseId: q.purchaseId, emails: q.attendees.map((a) => a.email) })),
      purchases: [...emu.store.purchases.values()].map((p) => ({ purchaseId: p.purchaseId, readableEventId: p.rid, status: p.status, emails: p.attendees.map((a) => a.email) })),
    }),
  'GET /dev/token': (emu, url) =>
    json(emu.users.issue({ email: queryParam(url, 'email'), firstName: queryParam(url, 'firstName'), lastName: queryParam(url, 'lastName') })),
  // The same with a JSON body {email, firstName, lastName}, for helpers that only POST.
  'POST /dev/token': async (emu, url, req) => {
    const body = parseJson(await readBody(req)) ?? {};
    const pick = (k) => (typeof body[k] === 'string' ? body[k] : queryParam(url, k));
    return json(emu.users.issue({ email: pick('email'), firstName: pick('firstName'), lastName: pick('lastName') }));
  },
  'GET /dev/faults': (emu) => json(emu.faults.list()),
  'POST /dev/faults': async (emu, url, req) => {
    emu.faults.add(parseJson(await readBody(req)));
    return json(emu.faults.list());
  },
  'DELETE /dev/faults': (emu) => {
    emu.faults.clear();
    return json([]);
  },
  'GET /dev/openapi/rtm.json': (emu) => json(openApiDocument('rtm', emu.url)),
  'GET /dev/openapi/om.json': (emu) => json(openApiDocument('om', emu.url)),
  'GET /dev/override': (emu) => json(emu.overrides.list()),
  'POST /dev/override': async (emu, url, req) => {
    emu.overrides.add(parseJson(await readBody(req)));
    return json(emu.overrides.list());
  },
  'DELETE /dev/override': (emu) => {
    emu.overrides.clear();
    return json([]);
  },
  'GET /dev/captcha/hip.js': (emu, url) => ({
    status: 200,
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    body: hipScript(queryParam(url, 'flowId') ?? ''),
  }),
};

/** @param {import('./server.mjs').Emulator} emu */
function info(emu) {
  return json({
    name: 'Events API emulator (evt-widgets)',
    omBase: emu.url + OM_PREFIX,
    rtmBase: emu.url + RTM_PREFIX,
    webApplications: emu.webApps.map((a) => ({ id: a.id, name: a.name, token: a.token, origins: [...a.origins] })),
    events: emu.store.events.size,
    demoOrigins: DEFAULT_ORIGINS,
    openApi: { rtm: `${emu.url}/dev/openapi/rtm.json`, om: `${emu.url}/dev/openapi/om.json` },
  });
}

/** A stand-in for the Microsoft HIP captcha script: `WLSPHIP0.verify(cb)` calls back with a solution. */
function hipScript(flowId) {
  return `// Events API emulator: captcha stand-in. Real HIP scripts render a challenge; this one solves itself.
(function () {
  var flowId = ${JSON.stringify(flowId).replace(/</g, '\\u003c')};
  window.flowid = flowId;
  window.WLSPHIP0 = {
    verify: function (callback) {
      var solution = { Solution: 'emulator-solution', Token: 'emulator-token-' + flowId, Type: 'visual', FlowId: flowId };
      if (typeof callback === 'function') callback(solution);
      return solution;
    }
  };
})();
`;
}

/**
 * Handles a /dev/ request (and `/`). CORS is granted to any origin.
 * @param {import('./server.mjs').Emulator} emu @param {import('node:http').IncomingMessage} req @param {URL} url
 */
export async function handleDev(emu, req, url) {
  const origin = req.headers.origin;
  const cors = {
    'Access-Control-Allow-Origin': origin || '*',
    Vary: 'Origin',
    'Access-Control-Expose-Headers': 'Retry-After',
  };
  if (req.method === 'OPTIONS') {
    return {
      status: 204,
      headers: { ...cors, 'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type, Authorization', 'Access-Control-Max-Age': '600' },
      body: null,
    };
  }
  const path = url.pathname.replace(/\/+$/, '') || '/';
  let reply;
  try {
    const banner = /^\/dev\/images\/events\/([^/]+)\/banner\.svg$/.exec(path);
    if (path.startsWith(FORMS_PREFIX)) {
      await emu.delay();
      reply = await handleForms(emu, req.method ?? 'GET', path, async () => parseJson(await readBody(req)));
    } else if (banner && req.method === 'GET') {
      await emu.delay();
      reply = eventBanner(emu, decodeComponent(banner[1], 'The event id in the banner path'));
    } else {
      const handler = byPath[`${req.method} ${path}`];
      if (!handler) {
        const known = Object.keys(byPath).filter((k) => k.endsWith(` ${path}`));
        reply = known.length
          ? errorReply(405, `${path} does not support ${req.method}.`, { Allow: known.map((k) => k.split(' ')[0]).join(', ') })
          : errorReply(404, `No emulator route ${req.method} ${path}. Emulator routes: ${Object.keys(byPath).join(', ')}, GET /dev/images/events/{readableEventId}/banner.svg.`);
      } else {
        if (path === '/dev/captcha/hip.js') await emu.delay();
        reply = await handler(emu, url, req);
      }
    }
  } catch (err) {
    const bad = replyForError(err);
    if (!bad) throw err;
    reply = bad;
  }
  Object.assign(reply.headers, cors);
  return reply;
}

function eventBanner(emu, rid) {
  const entry = emu.store.events.get(rid);
  if (!entry) throw new HttpError(404, `Event '${rid}' was not found.`);
  const ev = entry.event;
  const when = [ev.startDate?.slice(0, 10), ev.endDate && ev.endDate.slice(0, 10) !== ev.startDate?.slice(0, 10) ? ev.endDate.slice(0, 10) : null]
    .filter(Boolean)
    .join(' – ');
  const where = ev.building?.city ?? (ev.eventFormat === 100000002 ? 'Online' : null);
  return svg(bannerSvg(entry.name, [when, where].filter(Boolean).join(' · '), entry.rid));
}
