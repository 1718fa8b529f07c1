// The API's route table: one table for both flavours, each route saying which flavours have it
// (contract §2) and how it is authenticated:
//   full   - emApplicationtoken, and Origin in OM (the browser's fetch/XHR calls; RTM serves a
//            request without Origin, from a server, without CORS headers)
//   public - emApplicationtoken optional: images and the .ics link, loaded by <img> or a link
//            (real clients send neither token nor Origin)
//   none   - no web-application security (RTM `checkins`, per the SDK)

import { randomUUID } from 'node:crypto';
import { DEFAULT_ORIGINS, RTM_PREFIX } from './constants.mjs';
import { buildCalendar, parseCalendarRequest } from './calendar.mjs';
import { HttpError, decodeComponent, errorReply, isObject, json, queryParam, svg } from './http.mjs';
import { avatarSvg, logoSvg, qrSvg } from './images.mjs';
import { renderEvent, renderMyRegistration, renderPass, renderSession, renderSpeaker, renderTrack, renderWaitlistItems } from './render.mjs';

/**
 * Every route also says how the OpenAPI documents (openapi.mjs) describe it: `doc.id` (the
 * operation: RTM `publicApi<id>` as in Microsoft's SDK, OM `<id>` in camelCase), query parameters
 * (`'om' | 'rtm' | 'both'`, `*` = required), path parameter names, request body and response model
 * (components in openapi-schemas.mjs).
 * @typedef {{ id: string, summary: string, query?: Record<string, string>, params?: Record<string, string>, body?: string,
 *   response: string, status?: number, redirect?: boolean }} RouteDoc
 * @typedef {{ flavour: 'om' | 'rtm', params: Record<string, string>, url: URL, base: string,
 *   store: import('./store.mjs').Store, registrar: import('./registrations.mjs').Registrar,
 *   user: import('./users.mjs').User | null, body: () => Promise<unknown> }} RouteContext
 * @typedef {{ method: 'GET' | 'POST', path: string, flavours: readonly ('om' | 'rtm')[], auth?: 'full' | 'public' | 'none',
 *   user?: boolean, doc: RouteDoc, handler: (ctx: RouteContext) => import('./http.mjs').Reply | Promise<import('./http.mjs').Reply> }} Route
 */

const BOTH = /** @type {const} */ (['om', 'rtm']);
const OM = /** @type {const} */ (['om']);
const RTM = /** @type {const} */ (['rtm']);
export const FLAVOUR_NAMES = { om: 'outbound marketing (/EvtMgmt/api/v2.0/)', rtm: `real-time journeys (${RTM_PREFIX})` };

/** @param {RouteContext} ctx */
function eventOf(ctx) {
  const entry = ctx.store.events.get(ctx.params.rid);
  if (!entry) throw new HttpError(404, `Event '${ctx.params.rid}' was not found.`);
  return entry;
}
const renderCtx = (ctx) => ({ flavour: ctx.flavour, url: ctx.base, store: ctx.store, user: ctx.user });
const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The User of real-time journeys, which has no signed-in users. */
export const ANONYMOUS_USER = Object.freeze({ id: '', firstName: '', lastName: '', email: '', isAnonymous: true });

/** @type {Route[]} */
export const ROUTES = [
  {
    method: 'GET', path: 'events/published', flavours: BOTH, doc: { id: 'GetEvents', summary: 'The published (OM) or live (RTM) events', query: { webappId: 'rtm', businessUnitId: 'rtm' }, response: 'Event[]' },
    handler(ctx) {
      let list = [...ctx.store.events.values()];
      if (ctx.flavour === 'rtm') {
        // An event without the setting is published to every web application / business unit.
        const webappId = queryParam(ctx.url, 'webappId');
        const bu = queryParam(ctx.url, 'businessUnitId');
        if (webappId) list = list.filter((e) => !Array.isArray(e.extra.webApplicationIds) || e.extra.webApplicationIds.some((id) => sameId(id, webappId)));
        if (bu) list = list.filter((e) => typeof e.extra.businessUnitId !== 'string' || sameId(e.extra.businessUnitId, bu));
      }
      const rc = renderCtx(ctx);
      return json(list.map((e) => renderEvent(e, rc)));
    },
  },
  { method: 'GET', path: 'events/:rid', flavours: BOTH, doc: { id: 'GetEvent', summary: 'One event', response: 'Event' }, handler: (ctx) => json(renderEvent(eventOf(ctx), renderCtx(ctx))) },
  {
    method: 'GET', path: 'events/:rid/sessions', flavours: BOTH, doc: { id: 'GetEventSessions', summary: "The event's sessions", response: 'Session[]' },
    handler(ctx) {
      const entry = eventOf(ctx);
      return json(entry.sessions.map((s) => renderSession(entry, s, renderCtx(ctx))));
    },
  },
  { method: 'GET', path: 'events/:rid/tracks', flavours: BOTH, doc: { id: 'GetEventTracks', summary: "The event's session tracks", response: 'SessionTrack[]' }, handler: (ctx) => json(eventOf(ctx).tracks.map(renderTrack)) },
  {
    method: 'GET', path: 'events/:rid/speakers', flavours: BOTH, doc: { id: 'GetEventSpeakers', summary: "The event's speakers", response: 'Speaker[]' },
    handler(ctx) {
      const entry = eventOf(ctx);
      return json(entry.speakers.map((s) => renderSpeaker(entry, s, renderCtx(ctx))));
    },
  },
  { method: 'GET', path: 'events/:rid/sponsorships', flavours: BOTH, doc: { id: 'GetEventSponsorships', summary: "The event's sponsorships", response: 'Sponsorship[]' }, handler: (ctx) => json(structuredClone(eventOf(ctx).sponsorships)) },
  {
    method: 'GET', path: 'events/:rid/passes', flavours: BOTH, doc: { id: 'GetEventPasses', summary: "The event's passes (none: a free event)", response: 'Pass[]' },
    handler(ctx) {
      const entry = eventOf(ctx);
      return json(entry.passes.map((p) => renderPass(entry, p, renderCtx(ctx))));
    },
  },
  { method: 'GET', path: 'events/:rid/custom-registration-fields', flavours: BOTH, doc: { id: 'GetCustomRegistrationFields', summary: "The event's own registration questions", response: 'CustomRegistrationField[]' }, handler: (ctx) => json(structuredClone(eventOf(ctx).fields)) },
  {
    method: 'GET', path: 'events/:rid/captcha', flavours: BOTH, doc: { id: 'GetCaptcha', summary: 'The captcha (HIP) script to load', response: 'Captcha' },
    handler(ctx) {
      eventOf(ctx);
      const flowId = randomUUID();
      return json({ FlowId: flowId, HipUrl: `${ctx.base}/dev/captcha/hip.js?flowId=${flowId}`, ObjectName: 'WLSPHIP0', FunctionName: 'verify' });
    },
  },
  { method: 'GET', path: 'events/:rid/registrations/count', flavours: BOTH, doc: { id: 'GetRegistrationsCount', summary: 'How many are registered for the event', response: 'Count' }, handler: (ctx) => json(ctx.store.registrationCount(eventOf(ctx))) },
  {
    method: 'POST', path: 'events/:rid/registrations', flavours: BOTH, doc: { id: 'Register', summary: 'Register attendees (business failures are 200 with status Failure)', body: 'RegistrationRequest', response: 'RegistrationResult' },
    async handler(ctx) {
      const entry = eventOf(ctx);
      return json(ctx.registrar.register(entry, await ctx.body(), ctx.user));
    },
  },
  {
    method: 'POST', path: 'events/:rid/registrations/finalize', flavours: BOTH, doc: { id: 'FinalizeRegistration', summary: 'Complete a paid purchase', body: 'FinalizeRegistrationRequest', response: 'RegistrationResult' },
    async handler(ctx) {
      const entry = eventOf(ctx);
      return json(ctx.registrar.finalize(entry, await ctx.body()));
    },
  },
  {
    method: 'POST', path: 'events/:rid/sessions/:sid/registrations', flavours: OM, doc: { id: 'RegisterForSession', summary: 'The signed-in user, registered for the event, adds a session', body: 'Empty', response: 'Boolean' }, user: true,
    handler(ctx) {
      const entry = eventOf(ctx);
      if (!entry.sessionById.has(ctx.params.sid)) throw new HttpError(404, `Session '${ctx.params.sid}' is not a session of event '${entry.rid}'.`);
      return json(ctx.registrar.registerSession(entry, ctx.params.sid, ctx.user));
    },
  },
  {
    method: 'GET', path: 'sessions/:sid/registrations/count', flavours: BOTH, doc: { id: 'GetSessionRegistrationCount', summary: 'How many are registered for the session', response: 'Count' },
    handler(ctx) {
      const entry = sessionEvent(ctx);
      return json(ctx.store.sessionCount(entry, ctx.params.sid));
    },
  },
  {
    method: 'GET', path: 'sessions/:sid', flavours: RTM, doc: { id: 'GetSessionById', summary: 'One session', response: 'Session' },
    handler(ctx) {
      const entry = sessionEvent(ctx);
      return json(renderSession(entry, entry.sessionById.get(ctx.params.sid), renderCtx(ctx)));
    },
  },
  {
    method: 'GET', path: 'tracks/:tid/sessions', flavours: OM, doc: { id: 'GetTrackSessions', summary: "A track's sessions", response: 'Session[]' },
    handler(ctx) {
      const entry = ctx.store.trackIndex.get(ctx.params.tid);
      if (!entry) throw new HttpError(404, `Track '${ctx.params.tid}' was not found.`);
      const track = entry.tracks.find((t) => t.id === ctx.params.tid);
      const ids = Array.isArray(track.sessionIds) ? track.sessionIds : [];
      return json(entry.sessions.filter((s) => ids.includes(s.id)).map((s) => renderSession(entry, s, renderCtx(ctx))));
    },
  },
  {
    method: 'GET', path: 'sponsorships/:id/logo', flavours: BOTH, doc: { id: 'GetSponsorshipsLogo', summary: "The sponsor's logo", params: { id: 'sponsorshipId' }, response: 'image' }, auth: 'public',
    handler(ctx) {
      const entry = ctx.store.sponsorshipIndex.get(ctx.params.id);
      const sp = entry?.sponsorships.find((s) => s.id === ctx.params.id);
      if (!sp) throw new HttpError(404, `Sponsorship '${ctx.params.id}' was not found.`);
      return svg(logoSvg(sp.sponsorName, sp.sponsorId ?? sp.id));
    },
  },
  {
    method: 'GET', path: 'speakers/:id/image', flavours: BOTH, doc: { id: 'GetSpeakerImage', summary: "The speaker's photo", params: { id: 'speakerId' }, response: 'image' }, auth: 'public',
    handler(ctx) {
      const entry = ctx.store.speakerIndex.get(ctx.params.id);
      const sp = entry?.speakerById.get(ctx.params.id);
      if (!sp) throw new HttpError(404, `Speaker '${ctx.params.id}' was not found.`);
      if (sp.imageUrl !== `speakers/${sp.id}/image`) throw new HttpError(404, `Speaker '${ctx.params.id}' has no image.`);
      return svg(avatarSvg(sp.name, sp.id));
    },
  },
  {
    method: 'GET', path: 'events/:rid/qrcode', flavours: RTM, doc: { id: 'GetEventQrCode', summary: "The QR code of the event's URL", response: 'image' }, auth: 'public',
    handler(ctx) {
      const entry = eventOf(ctx);
      const target = entry.event.publicEventUrl || `${DEFAULT_ORIGINS[0]}/?event=${encodeURIComponent(entry.rid)}`;
      return svg(qrSvg(target).svg);
    },
  },
  {
    // RTM check-in: `{"registrationId": "..."}` (schema unknown in the contract; this is the
    // emulator's). Redirects to `redirectUri` when it is an http(s) URL, else answers 201.
    method: 'POST', path: 'checkins', flavours: RTM, doc: { id: 'CreateCheckInAndRedirect', summary: 'Check a registration in; redirects to redirectUri', query: { redirectUri: 'rtm', registrationId: 'rtm' }, body: 'CheckinRequest', response: 'CheckinResult', status: 201, redirect: true }, auth: 'none',
    async handler(ctx) {
      const body = await ctx.body();
      const id = isObject(body) && typeof body.registrationId === 'string' ? body.registrationId : queryParam(ctx.url, 'registrationId');
      if (!id) throw new HttpError(400, 'The request body must be a JSON object {"registrationId": "..."}.');
      const rec = ctx.store.recordById.get(id);
      if (!rec || rec.status !== 'active' || rec.waitlisted) throw new HttpError(404, `Registration '${id}' was not found.`);
      rec.checkedIn ??= new Date(ctx.store.nowMs()).toISOString();
      const redirect = queryParam(ctx.url, 'redirectUri');
      if (redirect && /^https?:\/\//i.test(redirect)) return { status: 302, headers: { Location: redirect }, body: null };
      return json({ registrationId: rec.id, readableEventId: rec.readableEventId, checkedIn: rec.checkedIn }, 201);
    },
  },
  { method: 'GET', path: 'users/authenticated', flavours: OM, doc: { id: 'GetUser', summary: 'The signed-in user (OM, Bearer); RTM: the anonymous user', response: 'User' }, user: true, handler: (ctx) => json(ctx.user) },
  // RTM has no user authentication, yet Microsoft's SDK has `publicApiGetUser`: the most tolerant
  // reading (contract §4 User, §6) is the anonymous user the Angular portal falls back to, as 200.
  { method: 'GET', path: 'users/authenticated', flavours: RTM, doc: { id: 'GetUser', summary: 'The signed-in user (OM, Bearer); RTM: the anonymous user', response: 'User' }, handler: () => json(ANONYMOUS_USER) },
  {
    method: 'GET', path: 'users/authenticated/registrations', flavours: OM, doc: { id: 'GetUserRegistrations', summary: "The signed-in user's registrations", response: 'MyRegistration[]' }, user: true,
    handler(ctx) {
      const email = ctx.user.email.toLowerCase();
      const mine = [...ctx.store.recordById.values()].filter((r) => r.status === 'active' && !r.waitlisted && r.email.toLowerCase() === email);
      return json(mine.map((r) => renderMyRegistration(ctx.store, r)));
    },
  },
  {
    method: 'GET', path: 'users/authenticated/waitlist-items', flavours: OM, doc: { id: 'GetUserWaitlistItems', summary: "The signed-in user's waitlist entries", response: 'WaitlistItem[]' }, user: true,
    handler(ctx) {
      const email = ctx.user.email.toLowerCase();
      const mine = [...ctx.store.recordById.values()].filter((r) => r.status === 'active' && r.email.toLowerCase() === email);
      return json(mine.flatMap((r) => renderWaitlistItems(ctx.store, r)));
    },
  },
  {
    method: 'POST', path: 'users/authenticated/registrations/:id/cancel', flavours: OM, doc: { id: 'CancelRegistration', summary: "Cancel one of the signed-in user's registrations", params: { id: 'registrationId' }, body: 'Empty', response: 'Boolean' }, user: true,
    handler: (ctx) => json(ctx.registrar.cancel(ctx.params.id, ctx.user)),
  },
  {
    method: 'GET', path: 'calendar/personal/ics', flavours: OM, doc: { id: 'GetPersonalCalendar', summary: 'A personalised .ics for events and sessions (the e-mail link)', query: { 'api-version': 'om', data: 'om*' }, response: 'calendar' }, auth: 'public',
    handler(ctx) {
      const items = parseCalendarRequest(queryParam(ctx.url, 'data')).map((it, i) => {
        const entry = ctx.store.events.get(it.readableEventId);
        if (!entry) throw new HttpError(404, `data[${i}]: event '${it.readableEventId}' was not found.`);
        const session = it.sessionId ? entry.sessionById.get(it.sessionId) : null;
        if (it.sessionId && !session) throw new HttpError(404, `data[${i}]: session '${it.sessionId}' is not a session of event '${entry.rid}'.`);
        return { entry, session, data: it.data };
      });
      const name = items.length === 1 ? (items[0].session ? 'session' : items[0].entry.rid) : 'events';
      return {
        status: 200,
        headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.ics"` },
        body: buildCalendar(items, ctx.store.nowMs()),
      };
    },
  },
];

/** @param {RouteContext} ctx */
function sessionEvent(ctx) {
  const entry = ctx.store.sessionIndex.get(ctx.params.sid);
  if (!entry) throw new HttpError(404, `Session '${ctx.params.sid}' was not found.`);
  return entry;
}

const compiled = ROUTES.map((r) => ({ route: r, parts: r.path.split('/') }));

/** Splits a path below the API base into decoded segments; a trailing slash is ignored. */
export function segments(rest) {
  const parts = rest.split('/');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((p) => decodeComponent(p));
}

function matchParts(parts, segs) {
  if (parts.length !== segs.length) return null;
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith(':')) {
      if (segs[i] === '') return null;
      params[parts[i].slice(1)] = segs[i];
    } else if (parts[i].toLowerCase() !== segs[i].toLowerCase()) return null;
  }
  return params;
}

/**
 * Finds the route for a request. Literal routes come before parameterised ones in the table
 * (`events/published` before `events/:rid`).
 * @param {'om' | 'rtm'} flavour @param {string} method @param {string[]} segs
 * @returns {{ route: Route, params: Record<string, string> } | { reply: import('./http.mjs').Reply, auth: 'full' | 'public' | 'none' }}
 */
export function matchRoute(flavour, method, segs) {
  const hits = compiled.map((c) => ({ route: c.route, params: matchParts(c.parts, segs) })).filter((h) => h.params);
  const here = hits.filter((h) => h.route.flavours.includes(flavour));
  const exact = here.find((h) => h.route.method === method);
  if (exact) return exact;
  if (here.length) {
    const allow = [...new Set(here.map((h) => h.route.method))].join(', ');
    return { reply: errorReply(405, `The requested resource does not support http method '${method}'.`, { Allow: allow }), auth: here[0].route.auth ?? 'full' };
  }
  if (hits.length) {
    const other = hits[0].route.flavours[0];
    return { reply: errorReply(404, `This endpoint exists only in the ${FLAVOUR_NAMES[other]} flavour of the Events API.`), auth: 'full' };
  }
  return { reply: errorReply(404, `No HTTP resource was found that matches the request URI '${segs.join('/')}'.`), auth: 'full' };
}
