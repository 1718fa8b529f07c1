// Turns stored entities into API responses: live counts, per-user session flags, image URLs per
// flavour, nested speakers/sessions. A key the data document left out stays out; a key it gave is
// served (with live values where the API's value is live).

import { RTM_PREFIX } from './constants.mjs';

/**
 * @typedef {{ flavour: 'om' | 'rtm', url: string, store: import('./store.mjs').Store,
 *   user: { id: string, email: string } | null }} RenderContext
 */

const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

/** An event `image` that is a path on the emulator becomes an absolute URL. */
function absolute(url, value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? url + value : value;
}

/** @param {import('./store.mjs').EventEntry} entry @param {RenderContext} ctx */
export function renderEvent(entry, ctx) {
  // A shallow copy: only top-level keys are replaced, and the reply is serialized at once. (A
  // deep clone of each of 10,000 events cost more than serializing them.)
  const ev = { ...entry.event };
  if (has(ev, 'image')) ev.image = absolute(ctx.url, ev.image);
  // The seed's form embeds name /dev/forms/ paths; real embeds hold absolute URLs.
  if (typeof ev.registrationForm === 'string') ev.registrationForm = ev.registrationForm.replaceAll('="/dev/', `="${ctx.url}/dev/`);
  return ev;
}

/**
 * @param {import('./store.mjs').EventEntry} entry @param {Record<string, any>} session
 * @param {RenderContext} ctx
 * @param {boolean | 'given'} nested true: referenced by id inside a speaker or a pass, so its
 *   `speakers` is null as the API nests them; 'given': an object the data document nested
 *   itself, whose nested lists are served as written
 */
export function renderSession(entry, session, ctx, nested = false) {
  const s = structuredClone(session);
  const known = entry.sessionById.get(s.id);
  if (known && has(s, 'registrationCount')) s.registrationCount = ctx.store.sessionCount(entry, s.id);
  if (known && (has(s, 'alreadyRegistered') || has(s, 'userEligibleToRegister'))) {
    const flags = sessionUserFlags(entry, s.id, ctx);
    if (has(s, 'alreadyRegistered')) s.alreadyRegistered = flags.alreadyRegistered;
    if (has(s, 'userEligibleToRegister')) s.userEligibleToRegister = flags.userEligibleToRegister;
  }
  if (has(s, 'speakers') && Array.isArray(s.speakers) && nested !== 'given') {
    s.speakers = nested ? null : s.speakers.map((ref) => renderSpeaker(entry, resolve(ref, entry.speakerById), ctx, typeof ref === 'string' || 'given'));
  }
  return s;
}

/**
 * Signed-in users (OM only): `alreadyRegistered` when their registration for the event includes
 * the session; `userEligibleToRegister` when they are registered for the event, not yet for the
 * session, and the session has room.
 */
export function sessionUserFlags(entry, sessionId, ctx) {
  const flags = { alreadyRegistered: false, userEligibleToRegister: false };
  if (ctx.flavour !== 'om' || !ctx.user) return flags;
  const mine = userRecord(ctx.store, entry.rid, ctx.user.email);
  if (!mine) return flags;
  flags.alreadyRegistered = mine.sessions.some((x) => x.sessionId === sessionId && x.status === 'active' && !x.waitlisted);
  const session = entry.sessionById.get(sessionId);
  const full = entry.sessionRestricted(session) && ctx.store.sessionPlacesTaken(entry, sessionId) >= (session.maxCapacity ?? 0);
  flags.userEligibleToRegister = !flags.alreadyRegistered && !full;
  return flags;
}

/** The signed-in user's active, non-waitlisted registration for an event. */
export function userRecord(store, rid, email) {
  const e = email.toLowerCase();
  return store.activeRecords(rid).find((r) => !r.waitlisted && r.email.toLowerCase() === e) ?? null;
}

/**
 * @param {import('./store.mjs').EventEntry} entry @param {Record<string, any>} speaker @param {RenderContext} ctx
 * @param {boolean | 'given'} nested as for renderSession
 */
export function renderSpeaker(entry, speaker, ctx, nested = false) {
  const s = structuredClone(speaker);
  if (has(s, 'imageUrl')) s.imageUrl = speakerImageUrl(s, ctx);
  if (has(s, 'sessions') && Array.isArray(s.sessions) && nested !== 'given') {
    s.sessions = nested ? null : s.sessions.map((ref) => renderSession(entry, resolve(ref, entry.sessionById), ctx, typeof ref === 'string' || 'given'));
  }
  return s;
}

/** OM: relative to the v2.0 base; RTM: absolute. Absolute URLs from a data document are served as given. */
function speakerImageUrl(s, ctx) {
  const own = `speakers/${s.id}/image`;
  if (s.imageUrl !== own) return s.imageUrl;
  return ctx.flavour === 'om' ? own : `${ctx.url}${RTM_PREFIX}${own}`;
}

/** @param {import('./store.mjs').EventEntry} entry @param {Record<string, any>} pass @param {RenderContext} ctx */
export function renderPass(entry, pass, ctx) {
  const p = structuredClone(pass);
  const sold = ctx.store.passesSold(entry, p.passId);
  if (has(p, 'numberOfPassesSold')) p.numberOfPassesSold = (pass.numberOfPassesSold ?? 0) + sold;
  if (has(p, 'numberOfPassesLeft')) p.numberOfPassesLeft = Math.max(0, (pass.numberOfPassesLeft ?? 0) - sold);
  if (has(p, 'sessions') && Array.isArray(p.sessions)) {
    p.sessions = p.sessions.map((ref) => renderSession(entry, resolve(ref, entry.sessionById), ctx, typeof ref === 'string' || 'given'));
  }
  return p;
}

/** Tracks are served without the emulator's `sessionIds`. */
export function renderTrack(track) {
  const { sessionIds, ...t } = track;
  return structuredClone(t);
}

/** A reference is an id in the event's list, or an object served as given. */
function resolve(ref, byId) {
  return typeof ref === 'string' ? byId.get(ref) : ref;
}

/** `MyRegistration` (contract §4). */
export function renderMyRegistration(store, rec) {
  const entry = store.events.get(rec.readableEventId);
  return {
    id: rec.id,
    contact: `${rec.firstName} ${rec.lastName}`,
    email: rec.email,
    event: entry?.name ?? rec.readableEventId,
    pass: (rec.passId && entry?.passById.get(rec.passId)?.passName) || '',
    createdon: rec.createdon,
    sessionRegistrations: rec.sessions
      .filter((s) => s.status === 'active' && !s.waitlisted)
      .map((s) => ({ id: s.id, sessionName: entry?.sessionById.get(s.sessionId)?.name ?? null, createdon: s.createdon })),
  };
}

/** `WaitlistItem`s of a record: the attendee on the event's waitlist, or on sessions' waitlists. */
export function renderWaitlistItems(store, rec) {
  const entry = store.events.get(rec.readableEventId);
  const base = { contact: `${rec.firstName} ${rec.lastName}`, email: rec.email, event: entry?.name ?? rec.readableEventId };
  if (rec.waitlisted) {
    return [{ id: rec.id, ...base, session: null, invited: rec.invited, autoRegister: rec.autoRegister, createdon: rec.createdon }];
  }
  return rec.sessions
    .filter((s) => s.status === 'active' && s.waitlisted)
    .map((s) => ({ id: s.id, ...base, session: entry?.sessionById.get(s.sessionId)?.name ?? null, invited: s.invited, autoRegister: rec.autoRegister, createdon: s.createdon }));
}
