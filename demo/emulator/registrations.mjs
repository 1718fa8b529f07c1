// Registrations as the Events API handles them: validate, acknowledge at once, create the records
// in a background step a moment later. Business failures are HTTP 200 with a RegistrationResult
// whose status is "Failure" and whose errorCode is one of the contract's §5 keys.

import { randomUUID } from 'node:crypto';
import { FIELD_TYPES, MAX_ATTENDEES, PURCHASE_TTL_MS } from './constants.mjs';
import { HttpError, isObject } from './http.mjs';
import { userRecord } from './render.mjs';
import { ANSWER_MAX, attendeeFieldProblem } from './validate.mjs';

/** @typedef {import('./store.mjs').Store} Store @typedef {import('./store.mjs').EventEntry} EventEntry @typedef {import('./store.mjs').Attendee} Attendee */

const result = (status, extra = {}) => ({ status, errorMessage: null, errorCode: null, redirectUrl: null, purchaseId: null, ...extra });
export const success = () => result('Success');
export const failure = (errorCode, errorMessage) => result('Failure', { errorCode, errorMessage });

/**
 * Checks the body's shape (a malformed body is HTTP 400, as a model-binding failure would be) and
 * normalizes both flavours' attendee shapes: OM `{id,value,values}` responses and
 * `{sessionId,waitlisted}` sessions; RTM `{id,value}` responses and `{sessionId}` sessions.
 * @param {unknown} body @returns {{ attendees: Attendee[], hipObject: Record<string, unknown> | null }}
 */
export function parseRegistrationBody(body) {
  if (!isObject(body) || !Array.isArray(body.attendees)) {
    throw new HttpError(400, 'The request body must be a JSON object {"attendees": [...]} (optionally with "hipObject").');
  }
  const attendees = body.attendees.map((a, i) => {
    const p = `attendees[${i}]`;
    if (!isObject(a)) throw new HttpError(400, `${p} must be an object.`);
    for (const k of ['firstName', 'lastName', 'email', 'passId']) {
      if (a[k] != null && typeof a[k] !== 'string') throw new HttpError(400, `${p}.${k} must be a string.`);
    }
    for (const k of ['waitlisted', 'autoRegister']) {
      if (a[k] != null && typeof a[k] !== 'boolean') throw new HttpError(400, `${p}.${k} must be true or false.`);
    }
    if (a.responses != null && !Array.isArray(a.responses)) throw new HttpError(400, `${p}.responses must be an array.`);
    const responses = (a.responses ?? []).map((r, j) => {
      const rp = `${p}.responses[${j}]`;
      if (!isObject(r) || typeof r.id !== 'string') throw new HttpError(400, `${rp} must be an object with a string "id".`);
      if (r.value != null && typeof r.value !== 'string' && typeof r.value !== 'boolean') throw new HttpError(400, `${rp}.value must be a string.`);
      if (r.values != null && !(Array.isArray(r.values) && r.values.every((v) => typeof v === 'string'))) {
        throw new HttpError(400, `${rp}.values must be an array of strings or null.`);
      }
      return { id: r.id, value: r.value ?? null, values: r.values ?? null };
    });
    if (a.attendeeSessions != null && !Array.isArray(a.attendeeSessions)) throw new HttpError(400, `${p}.attendeeSessions must be an array.`);
    const seen = new Set();
    const sessions = [];
    (a.attendeeSessions ?? []).forEach((s, j) => {
      const sp = `${p}.attendeeSessions[${j}]`;
      if (!isObject(s) || typeof s.sessionId !== 'string') throw new HttpError(400, `${sp} must be an object with a string "sessionId".`);
      if (s.waitlisted != null && typeof s.waitlisted !== 'boolean') throw new HttpError(400, `${sp}.waitlisted must be true or false.`);
      if (!seen.has(s.sessionId)) sessions.push({ sessionId: s.sessionId, waitlisted: s.waitlisted === true });
      seen.add(s.sessionId);
    });
    return {
      firstName: a.firstName ?? '',
      lastName: a.lastName ?? '',
      email: a.email ?? '',
      passId: a.passId || null,
      waitlisted: a.waitlisted === true,
      autoRegister: a.autoRegister === true,
      responses,
      sessions,
    };
  });
  if (body.hipObject != null && !isObject(body.hipObject)) throw new HttpError(400, 'hipObject must be an object {Solution, Token, Type, FlowId}.');
  return { attendees, hipObject: body.hipObject ?? null };
}

const solved = (hip) => hip != null && typeof hip.Solution === 'string' && hip.Solution.trim() !== '';
const who = (i) => `Attendee ${i + 1}`;

/**
 * Validates a registration; the first failure wins. The order matters for clients that retry:
 * a repeated request meets AlreadyRegistered before any capacity check (its own first attempt
 * may have taken the last place).
 * @param {Store} store @param {EventEntry} entry
 * @param {{ attendees: Attendee[], hipObject: object | null }} req @param {{ id: string } | null} user
 * @returns {ReturnType<typeof failure> | null}
 */
export function validateRegistration(store, entry, { attendees, hipObject }, user) {
  const now = store.nowMs();
  if (entry.captcha && !solved(hipObject)) {
    return failure('RegistrationFailed', 'The captcha was not solved: hipObject.Solution is missing or empty.');
  }
  if (attendees.length === 0) return failure('RegistrationFailed', 'At least one attendee is required.');
  if (attendees.length > MAX_ATTENDEES) {
    return failure('TooManyAttendees', `At most ${MAX_ATTENDEES} attendees can be registered at once; this request has ${attendees.length}.`);
  }
  if (attendees.length > 1 && !entry.multiAttendee) {
    return failure('MultiAttendeeRegistrationNotEnabled', 'This event registers one attendee at a time.');
  }
  if (entry.ended(now)) return failure('EventNotLive', 'This event has ended.');
  if (entry.registrationClosed(now)) return failure('EventNotLive', 'Registration for this event is closed.');
  if (!entry.anonymousAllowed && !user) {
    return failure('AnonymousRegistrationNotAllowed', 'Sign in to register for this event.');
  }
  for (const [i, a] of attendees.entries()) {
    for (const key of /** @type {const} */ (['firstName', 'lastName', 'email'])) {
      const problem = attendeeFieldProblem(key, a[key]);
      if (problem) return failure('RegistrationFailed', `${who(i)}: ${problem}.`);
    }
    // The free-text limit the form applies too (src/rules/contact.js).
    for (const r of a.responses) {
      const long = [r.value, ...(r.values ?? [])].find((v) => typeof v === 'string' && v.trim().length > ANSWER_MAX);
      if (long !== undefined) {
        const field = entry.fields.find((f) => f.customRegistrationFieldId === r.id);
        return failure('RegistrationFailed', `${who(i)}: the answer to "${field?.text ?? r.id}" (responses id ${r.id}) is longer than ${ANSWER_MAX} characters.`);
      }
    }
  }
  const known = store.knownEmails(entry.rid);
  // Every attendee already known is named (not only the first): a client can then tell "this
  // whole registration was received already" (a re-sent POST) from "one of them registered before".
  const already = [...attendees.entries()].filter(([, a]) => known.has(a.email.trim().toLowerCase()));
  if (already.length) {
    const list = already.map(([i, a]) => `${who(i)}: ${a.email.trim()}`).join('; ');
    return failure('AlreadyRegistered', `${list} ${already.length === 1 ? 'is' : 'are'} already registered for this event.`);
  }
  const inRequest = new Set();
  for (const [i, a] of attendees.entries()) {
    const email = a.email.trim().toLowerCase();
    if (inRequest.has(email)) return failure('AlreadyRegistered', `${who(i)}: ${a.email.trim()} appears twice in this request.`);
    inRequest.add(email);
  }
  for (const [i, a] of attendees.entries()) {
    const problem = customFieldProblem(entry, a);
    if (problem) return failure(problem.code, `${who(i)}: ${problem.message}`);
  }
  for (const [i, a] of attendees.entries()) {
    if (entry.paid && !a.waitlisted && !a.passId) return failure('AttendeePassIdNotValid', `${who(i)}: this event is paid; choose a pass (passId).`);
    if (a.passId && !entry.passById.has(a.passId)) {
      return failure('AttendeePassIdNotValid', `${who(i)}: passId "${a.passId}" is not a pass of this event.`);
    }
    for (const s of a.sessions) {
      if (!entry.sessionById.has(s.sessionId)) {
        return failure('AttendeeSessionIdNotValid', `${who(i)}: sessionId "${s.sessionId}" is not a session of this event.`);
      }
    }
  }

  // Capacity of the event: places held by records and by pending registrations and purchases.
  const free = entry.restricted ? entry.maxCapacity - store.placesTaken(entry) : Infinity;
  const wanted = attendees.filter((a) => !a.waitlisted).length;
  if (wanted > free) {
    return entry.showWaitlist
      ? failure('MaximumCapacityReached', free > 0 ? `Only ${free} place(s) left; the other attendees can join the waitlist.` : 'The event is full; attendees can join the waitlist.')
      : failure('MaximumNoAttendeesReached', 'The event is sold out.');
  }
  const waitlisting = attendees.some((a) => a.waitlisted) || attendees.some((a) => !a.waitlisted && a.sessions.some((s) => s.waitlisted));
  if (waitlisting && !entry.showWaitlist) {
    return free <= 0
      ? failure('MaximumNoAttendeesReached', 'The event is sold out.')
      : failure('WaitlistRegistrationNotAllowedErrorMessage', 'This event has no waitlist.');
  }

  // Passes: the document's count of passes left, minus those sold and held since.
  for (const pass of entry.passes) {
    const want = attendees.filter((a) => !a.waitlisted && a.passId === pass.passId).length;
    if (!want || pass.numberOfPassesLeft == null) continue;
    const left = pass.numberOfPassesLeft - store.passesHeld(entry, pass.passId);
    if (want > left) {
      return failure('InsufficentNumberOfPasses', left > 0 ? `Only ${left} "${pass.passName}" pass(es) left.` : `The "${pass.passName}" pass is sold out.`);
    }
  }

  // Sessions: only attendees who are registered (not waitlisted) take session places.
  for (const session of entry.sessions) {
    if (!entry.sessionRestricted(session)) continue;
    const want = attendees.filter((a) => !a.waitlisted && a.sessions.some((s) => s.sessionId === session.id && !s.waitlisted)).length;
    if (!want) continue;
    const left = (session.maxCapacity ?? 0) - store.sessionPlacesTaken(entry, session.id);
    if (want > left) {
      return failure('MaximumSessionCapacityReached', left > 0 ? `Only ${left} place(s) left in "${session.name}".` : `The session "${session.name}" is full.`);
    }
  }
  return null;
}

/**
 * Custom registration field answers. Responses whose id is not a field of the event are kept
 * (RTM sends attribute keys such as "jobtitle").
 * @param {EventEntry} entry @param {Attendee} a
 */
function customFieldProblem(entry, a) {
  for (const field of entry.fields) {
    const r = a.responses.find((x) => x.id === field.customRegistrationFieldId);
    const label = `"${field.text ?? field.customRegistrationFieldId}"`;
    const value = typeof r?.value === 'boolean' ? (r.value ? 'Yes' : 'No') : (r?.value ?? '').trim();
    const choices = typeof field.choices === 'string' ? field.choices.split('\n').map((c) => c.trim()).filter(Boolean) : [];
    let answers = [];
    if (field.type === FIELD_TYPES.MultipleChoice) {
      answers = Array.isArray(r?.values) ? r.values.map((v) => v.trim()).filter(Boolean) : value === '' ? [] : choices.includes(value) ? [value] : value.split(/\s*,\s*|\n/).filter(Boolean);
    } else if (value !== '') {
      answers = [value];
    }
    if (answers.length === 0) {
      if (field.isRequired) return { code: 'RequiredRegistrationFieldMissing', message: `the required field ${label} has no answer.` };
      continue;
    }
    if (field.type === FIELD_TYPES.Boolean && !['Yes', 'No'].includes(answers[0])) {
      return { code: 'InvalidValueForRequiredRegistrationField', message: `${label} must be "Yes" or "No", not "${answers[0]}".` };
    }
    // A choice field without choices (`choices: null` in real data) takes any answer, as text.
    if ((field.type === FIELD_TYPES.SingleChoice || field.type === FIELD_TYPES.MultipleChoice) && choices.length) {
      const bad = answers.find((v) => !choices.includes(v));
      if (bad !== undefined) return { code: 'InvalidValueForRequiredRegistrationField', message: `"${bad}" is not one of the choices of ${label}.` };
      if (field.type === FIELD_TYPES.SingleChoice && answers.length > 1) {
        return { code: 'InvalidValueForRequiredRegistrationField', message: `${label} takes one choice.` };
      }
    }
  }
  return null;
}

export class Registrar {
  /**
   * @param {() => Store} getStore the current store (a reset replaces it)
   * @param {{ processingDelay: number }} options
   */
  constructor(getStore, options) {
    this.getStore = getStore;
    this.processingDelay = options.processingDelay;
  }

  /**
   * POST events/{rid}/registrations: a RegistrationResult.
   * @param {EventEntry} entry @param {unknown} body @param {{ id: string } | null} user
   */
  register(entry, body, user) {
    const store = this.getStore();
    const req = parseRegistrationBody(body);
    const problem = validateRegistration(store, entry, req, user);
    if (problem) return problem;
    if (entry.paid && req.attendees.some((a) => !a.waitlisted)) {
      const purchaseId = randomUUID();
      store.purchases.set(purchaseId, { purchaseId, rid: entry.rid, attendees: req.attendees, userId: user?.id ?? null, createdAt: store.nowMs(), status: 'open' });
      const payment = entry.extra.payment ?? { flow: 'initiated' };
      if (payment.flow === 'redirect') {
        return result('Redirect', { purchaseId, redirectUrl: payment.redirectUrl.replaceAll('{purchaseId}', encodeURIComponent(purchaseId)) });
      }
      return result('Initiated', { purchaseId });
    }
    this.enqueue(entry.rid, req.attendees, user?.id ?? null, null);
    return success();
  }

  /**
   * POST events/{rid}/registrations/finalize `{purchaseId, hipObject}`.
   * Finalizing an already finalized purchase answers Success again (a retried request).
   * @param {EventEntry} entry @param {unknown} body
   */
  finalize(entry, body) {
    const store = this.getStore();
    if (!isObject(body) || typeof body.purchaseId !== 'string') {
      throw new HttpError(400, 'The request body must be a JSON object {"purchaseId": "...", "hipObject": {...}}.');
    }
    const purchase = store.purchases.get(body.purchaseId);
    if (!purchase || purchase.rid !== entry.rid) {
      return failure('FinalizationNotAllowed', 'There is no pending purchase with this purchaseId for this event.');
    }
    if (purchase.status === 'finalized') return success();
    if (store.nowMs() - purchase.createdAt >= PURCHASE_TTL_MS) {
      store.purchases.delete(purchase.purchaseId);
      return failure('FinalizationAfterTimeLimit', 'The purchase timed out; register again.');
    }
    if (entry.captcha && !solved(body.hipObject)) {
      return failure('FinalizationNotAllowed', 'The captcha was not solved: hipObject.Solution is missing or empty.');
    }
    // Queue first, then mark: the attendees move from the purchase to the queue without a gap.
    this.enqueue(entry.rid, purchase.attendees, purchase.userId, purchase.purchaseId);
    purchase.status = 'finalized';
    return success();
  }

  /** Accepted attendees wait `processingDelay` ms before their records exist. */
  enqueue(rid, attendees, userId, purchaseId) {
    const store = this.getStore();
    /** @type {import('./store.mjs').QueueItem} */
    const item = { id: randomUUID(), rid, attendees, userId, purchaseId, timer: null };
    store.queue.push(item);
    item.timer = setTimeout(() => this.process(store, item), this.processingDelay);
    item.timer.unref?.();
  }

  /** The background step: one record per attendee. */
  process(store, item) {
    const i = store.queue.indexOf(item);
    if (i < 0) return;
    store.queue.splice(i, 1);
    if (item.timer) clearTimeout(item.timer);
    for (const a of item.attendees) store.addRecord(item.rid, a, { userId: item.userId, purchaseId: item.purchaseId });
  }

  /** Processes every queued item now (POST /dev/process). */
  processAll() {
    const store = this.getStore();
    const items = [...store.queue];
    for (const item of items) this.process(store, item);
    return items.reduce((n, item) => n + item.attendees.length, 0);
  }

  /** Stops the timers of a store being discarded. */
  stop(store) {
    for (const item of store.queue) if (item.timer) clearTimeout(item.timer);
  }

  /**
   * POST users/authenticated/registrations/{id}/cancel: true when the signed-in user's registration
   * was cancelled (its place, pass and sessions are freed and the waitlist moves up).
   */
  cancel(id, user) {
    const store = this.getStore();
    const rec = store.recordById.get(id);
    if (!rec || rec.status !== 'active' || rec.waitlisted || rec.email.toLowerCase() !== user.email.toLowerCase()) return false;
    rec.status = 'cancelled';
    const freed = rec.sessions.filter((s) => s.status === 'active' && !s.waitlisted).map((s) => s.sessionId);
    for (const s of rec.sessions) s.status = 'cancelled';
    const entry = store.events.get(rec.readableEventId);
    if (entry) this.moveWaitlist(store, entry, freed);
    return true;
  }

  /**
   * A freed place goes to the oldest waitlist entry: registered at once when the event
   * auto-registers waitlist items (or the attendee asked for it) and the event is free,
   * otherwise invited (the real service sends an invitation email).
   */
  moveWaitlist(store, entry, freedSessionIds) {
    const autoOk = (rec) => !entry.paid && (entry.autoregisterWaitlist || rec.autoRegister);
    let free = entry.restricted ? entry.maxCapacity - store.placesTaken(entry) : 0;
    for (const rec of store.activeRecords(entry.rid).filter((r) => r.waitlisted && !r.invited)) {
      if (free <= 0) break;
      if (autoOk(rec)) rec.waitlisted = false;
      else rec.invited = true;
      free--;
    }
    for (const sessionId of freedSessionIds) {
      const session = entry.sessionById.get(sessionId);
      if (!session || !entry.sessionRestricted(session)) continue;
      let left = (session.maxCapacity ?? 0) - store.sessionPlacesTaken(entry, sessionId);
      for (const { record, entry: s } of store.sessionEntries(entry, sessionId, true)) {
        if (left <= 0) break;
        if (s.invited) continue;
        if (autoOk(record)) s.waitlisted = false;
        else s.invited = true;
        left--;
      }
    }
  }

  /**
   * OM POST events/{rid}/sessions/{sid}/registrations: the signed-in user, already registered for
   * the event, adds a session. true when registered now.
   */
  registerSession(entry, sessionId, user) {
    const store = this.getStore();
    const rec = userRecord(store, entry.rid, user.email);
    const session = entry.sessionById.get(sessionId);
    if (!rec || !session) return false;
    if (rec.sessions.some((s) => s.sessionId === sessionId && s.status === 'active' && !s.waitlisted)) return false;
    if (entry.sessionRestricted(session) && store.sessionPlacesTaken(entry, sessionId) >= (session.maxCapacity ?? 0)) return false;
    const existing = rec.sessions.find((s) => s.sessionId === sessionId && s.status === 'active');
    const createdon = new Date(store.nowMs()).toISOString();
    if (existing) Object.assign(existing, { waitlisted: false, createdon });
    else rec.sessions.push({ id: randomUUID(), sessionId, waitlisted: false, invited: false, createdon, status: 'active' });
    return true;
  }
}
