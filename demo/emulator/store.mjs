// The org's state: events as loaded from the data document, the registration records created since,
// and the counts derived from them. Both API flavours read and write this one store.

import { randomUUID } from 'node:crypto';
import { COLLECTION_KEYS } from './data.mjs';
import { PURCHASE_TTL_MS } from './constants.mjs';
import { CRM_TIME_ZONES, parseInstant } from './time.mjs';

/**
 * @typedef {{ sessionId: string, id: string, waitlisted: boolean, invited: boolean, createdon: string, status: 'active' | 'cancelled' }} SessionEntry
 * @typedef {{ id: string, readableEventId: string, firstName: string, lastName: string, email: string,
 *   passId: string | null, waitlisted: boolean, autoRegister: boolean, invited: boolean,
 *   responses: object[], sessions: SessionEntry[], createdon: string, status: 'active' | 'cancelled',
 *   source: 'data' | 'api', purchaseId: string | null, userId: string | null, checkedIn: string | null }} RegistrationRecord
 * @typedef {{ firstName: string, lastName: string, email: string, passId: string | null, waitlisted: boolean,
 *   autoRegister: boolean, responses: object[], sessions: { sessionId: string, waitlisted: boolean }[] }} Attendee
 * @typedef {{ id: string, rid: string, attendees: Attendee[], userId: string | null, purchaseId: string | null, timer: NodeJS.Timeout | null }} QueueItem
 * @typedef {{ purchaseId: string, rid: string, attendees: Attendee[], userId: string | null, createdAt: number, status: 'open' | 'finalized' }} Purchase
 */

/** One event with its collections and emulator-only settings split out. */
export class EventEntry {
  /** @param {Record<string, any>} raw an event of the data document (already validated) */
  constructor(raw) {
    const all = structuredClone(raw);
    this.rid = all.readableEventId;
    /** @type {Record<string, any>} */
    this.extra = all.emulator ?? {};
    /** Which collections the document gave (a missing list is served as []). */
    this.sessions = all.sessions ?? [];
    this.tracks = all.tracks ?? [];
    this.speakers = all.speakers ?? [];
    this.sponsorships = all.sponsorships ?? [];
    this.passes = all.passes ?? [];
    this.fields = all.customRegistrationFields ?? [];
    /**
     * The Event object as served (minus live parts): keys the document left out stay out. Built
     * anew rather than with `delete`, which turns an object into a slow dictionary (serving
     * 10,000 such events took three times as long).
     */
    const ev = Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'emulator' && !COLLECTION_KEYS.includes(k)));
    this.event = ev;

    const iana = CRM_TIME_ZONES[ev.timeZone]?.iana;
    this.iana = iana;
    this.startMs = instant(ev.startDateUTC, ev.startDate, iana);
    this.endMs = instant(ev.endDateUTC, ev.endDate, iana);
    this.stopMs = typeof ev.stopRegistrationDate === 'string' ? parseInstant(ev.stopRegistrationDate, iana) : NaN;
    this.sessionById = new Map(this.sessions.map((s) => [s.id, s]));
    this.speakerById = new Map(this.speakers.map((s) => [s.id, s]));
    this.passById = new Map(this.passes.map((p) => [p.passId, p]));
  }

  get name() {
    return this.event.eventName ?? this.rid;
  }
  /** Old payloads have no isCapacityRestricted: then a maxCapacity above 0 restricts. */
  get restricted() {
    const r = this.event.isCapacityRestricted;
    return r === true || (r == null && (this.event.maxCapacity ?? 0) > 0);
  }
  get maxCapacity() {
    return this.event.maxCapacity ?? 0;
  }
  get showWaitlist() {
    return this.event.showWaitlist === true;
  }
  get multiAttendee() {
    return this.event.enableMultiAttendeeRegistration !== false;
  }
  get anonymousAllowed() {
    return this.event.allowAnonymousRegistrations !== false;
  }
  get captcha() {
    return this.event.enableCaptcha === true;
  }
  get paid() {
    return this.passes.length > 0;
  }
  get autoregisterWaitlist() {
    return this.event.autoregisterWaitlistItems === true;
  }
  /** @param {number} nowMs */
  registrationClosed(nowMs) {
    return this.event.setRegistrationEndDate === true && !Number.isNaN(this.stopMs) && nowMs >= this.stopMs;
  }
  /** @param {number} nowMs */
  ended(nowMs) {
    return !Number.isNaN(this.endMs) && nowMs > this.endMs;
  }
  /** @param {Record<string, any>} session */
  sessionRestricted(session) {
    const r = session.isCapacityRestricted;
    return r === true || (r == null && (session.maxCapacity ?? 0) > 0);
  }
  /** @param {Record<string, any>} session @returns {[number, number]} */
  sessionTimes(session) {
    const iana = CRM_TIME_ZONES[session.timeZone]?.iana ?? this.iana;
    return [instant(session.startTimeUTC, session.startTime, iana), instant(session.endTimeUTC, session.endTime, iana)];
  }
}

function instant(utc, wall, iana) {
  if (typeof utc === 'string') return parseInstant(utc, undefined);
  if (typeof wall === 'string') return parseInstant(wall, iana);
  return NaN;
}

export class Store {
  /**
   * @param {{ webApplications: object[], events: object[] }} data validated data document
   * @param {{ now: () => Date }} clock
   */
  constructor(data, clock) {
    this.clock = clock;
    /** @type {Map<string, EventEntry>} */
    this.events = new Map();
    /** Global lookups for the routes that are not under `events/{rid}`. */
    this.sessionIndex = new Map();
    this.speakerIndex = new Map();
    this.sponsorshipIndex = new Map();
    this.trackIndex = new Map();
    /** @type {Map<string, RegistrationRecord[]>} */
    this.records = new Map();
    /** @type {Map<string, RegistrationRecord>} */
    this.recordById = new Map();
    /** @type {QueueItem[]} */
    this.queue = [];
    /** @type {Map<string, Purchase>} */
    this.purchases = new Map();

    for (const raw of data.events) {
      const entry = new EventEntry(raw);
      this.events.set(entry.rid, entry);
      this.records.set(entry.rid, []);
      for (const s of entry.sessions) this.sessionIndex.set(s.id, entry);
      for (const s of entry.speakers) this.speakerIndex.set(s.id, entry);
      for (const s of entry.sponsorships) this.sponsorshipIndex.set(s.id, entry);
      for (const t of entry.tracks) this.trackIndex.set(t.id, entry);
      for (const r of entry.extra.registrations ?? []) {
        this.addRecord(entry.rid, {
          firstName: r.firstName,
          lastName: r.lastName,
          email: r.email,
          passId: r.passId || null,
          waitlisted: r.waitlisted === true,
          autoRegister: r.autoRegister === true,
          responses: [],
          sessions: (r.sessionIds ?? []).map((sessionId) => ({ sessionId, waitlisted: false })),
        }, { source: 'data', createdon: r.createdon ?? new Date(this.nowMs()).toISOString() });
      }
    }
  }

  nowMs() {
    return this.clock.now().getTime();
  }

  /**
   * Creates the registration record of one attendee (the background step).
   * @param {string} rid @param {Attendee} a
   * @param {{ source?: 'data' | 'api', createdon?: string, userId?: string | null, purchaseId?: string | null }} [o]
   */
  addRecord(rid, a, o = {}) {
    const createdon = o.createdon ?? new Date(this.nowMs()).toISOString();
    /** @type {RegistrationRecord} */
    const rec = {
      id: randomUUID(),
      readableEventId: rid,
      firstName: a.firstName.trim(),
      lastName: a.lastName.trim(),
      email: a.email.trim(),
      passId: a.waitlisted ? null : a.passId,
      waitlisted: a.waitlisted,
      autoRegister: a.autoRegister,
      invited: false,
      responses: a.responses,
      sessions: a.sessions.map((s) => ({ id: randomUUID(), sessionId: s.sessionId, waitlisted: s.waitlisted, invited: false, createdon, status: 'active' })),
      createdon,
      status: 'active',
      source: o.source ?? 'api',
      purchaseId: o.purchaseId ?? null,
      userId: o.userId ?? null,
      checkedIn: null,
    };
    this.records.get(rid)?.push(rec);
    this.recordById.set(rec.id, rec);
    return rec;
  }

  /** @param {string} rid */
  activeRecords(rid) {
    return (this.records.get(rid) ?? []).filter((r) => r.status === 'active');
  }

  /** Open (not finalized, not expired) purchases of an event. */
  openPurchases(rid) {
    const now = this.nowMs();
    return [...this.purchases.values()].filter((p) => p.rid === rid && p.status === 'open' && now - p.createdAt < PURCHASE_TTL_MS);
  }

  /** Attendees accepted but not yet recorded: the processing queue and open purchases. */
  pendingAttendees(rid) {
    return [...this.queue.filter((q) => q.rid === rid).flatMap((q) => q.attendees), ...this.openPurchases(rid).flatMap((p) => p.attendees)];
  }

  /** `registrations/count`: the base count of the document plus active, non-waitlisted records. */
  registrationCount(entry) {
    return (entry.extra.registrationCount ?? 0) + this.activeRecords(entry.rid).filter((r) => !r.waitlisted).length;
  }

  /** Places held: recorded plus pending non-waitlisted attendees. */
  placesTaken(entry) {
    return this.registrationCount(entry) + this.pendingAttendees(entry.rid).filter((a) => !a.waitlisted).length;
  }

  /** Active session entries (registrations, or waitlist entries with `waitlisted`) of a session. */
  sessionEntries(entry, sessionId, waitlisted = false) {
    return this.activeRecords(entry.rid)
      .filter((r) => !r.waitlisted)
      .flatMap((r) => r.sessions.map((s) => ({ record: r, entry: s })))
      .filter((x) => x.entry.sessionId === sessionId && x.entry.status === 'active' && x.entry.waitlisted === waitlisted);
  }

  /** `sessions/{id}/registrations/count` and a session's `registrationCount`. */
  sessionCount(entry, sessionId) {
    const base = entry.sessionById.get(sessionId)?.registrationCount ?? 0;
    return base + this.sessionEntries(entry, sessionId).length;
  }

  sessionPlacesTaken(entry, sessionId) {
    const pending = this.pendingAttendees(entry.rid)
      .filter((a) => !a.waitlisted)
      .filter((a) => a.sessions.some((s) => s.sessionId === sessionId && !s.waitlisted)).length;
    return this.sessionCount(entry, sessionId) + pending;
  }

  /** Passes sold through records (the document's own numbers are the base). */
  passesSold(entry, passId) {
    return this.activeRecords(entry.rid).filter((r) => !r.waitlisted && r.passId === passId).length;
  }

  passesHeld(entry, passId) {
    return this.passesSold(entry, passId) + this.pendingAttendees(entry.rid).filter((a) => !a.waitlisted && a.passId === passId).length;
  }

  /** Emails with a record (registration or waitlist), a queued registration or an open purchase. */
  knownEmails(rid) {
    const set = new Set(this.activeRecords(rid).map((r) => r.email.toLowerCase()));
    for (const a of this.pendingAttendees(rid)) set.add(a.email.trim().toLowerCase());
    return set;
  }
}
