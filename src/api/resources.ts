/**
 * The store's table of resources: which reads exist, their path per flavour (null where the
 * flavour, or a signed-out visitor, has none), the zod schema each answer is validated with; and
 * what a registration changes, i.e. which cached reads it invalidates (the writes, with their
 * request schemas, are ./writes.ts, loaded with the first write). No requests and no cache here (that is `cache.ts`).
 */
import * as z from 'zod/mini';
import type { Flavour } from './endpoint.js';
import { EvtApiError } from './errors.js';
import {
  captchaSchema,
  countSchema,
  checkedEventListSchema,
  customFieldListSchema,
  eventSchema,
  myRegistrationListSchema,
  passListSchema,
  sessionListSchema,
  sessionSchema,
  speakerListSchema,
  sponsorshipListSchema,
  trackListSchema,
  userSchema,
  waitlistItemListSchema,
  RegistrationStatus,
  ErrorCode,
  type EvtEvent,
  type RegistrationResult,
} from './schemas.js';

/** One read: its cache key (path and query), and how to fetch and validate it. */
export interface Resource<T> {
  key: string;
  path: string;
  query?: Record<string, string | undefined>;
  schema: z.ZodMiniType<T>;
}

/** `events/published` filters (real-time journeys only; ignored for outbound marketing). */
export interface PublishedFilter {
  webappId?: string;
  businessUnitId?: string;
}

const enc = encodeURIComponent;

/** An id as a path segment; a clear `config` error when the page gave none. */
export const need = (v: unknown, name: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw new EvtApiError('config', `Events API: ${name} is missing or empty.`);
  return enc(v.trim());
};
export const ev = (rid: string) => `events/${need(rid, 'readableEventId')}`;


function def<T>(path: string, schema: z.ZodMiniType<T>, query?: Record<string, string | undefined>): Resource<T> {
  const q = query && new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();
  return { key: q ? `${path}?${q}` : path, path, query, schema };
}

/** How each read is fetched; null: the flavour (or a signed-out visitor) has no such resource. */
export function makeReads(flavour: Flavour, signedIn: boolean) {
  const om = flavour === 'om';
  const sub = <T>(rest: string, schema: z.ZodMiniType<T>) => (rid: string) => def(`${ev(rid)}/${rest}`, schema);
  return {
    // One entry for both reads of the list: its answer is kept as a `CheckedList` (each event
    // checked in full when first read); `publishedEvents` gives its `all()`.
    publishedEvents: (filter: PublishedFilter = {}) =>
      def('events/published', checkedEventListSchema, om ? undefined : { webappId: filter.webappId, businessUnitId: filter.businessUnitId }),
    publishedEventList: (filter: PublishedFilter = {}) =>
      def('events/published', checkedEventListSchema, om ? undefined : { webappId: filter.webappId, businessUnitId: filter.businessUnitId }),
    event: (rid: string) => def(ev(rid), eventSchema),
    sessions: sub('sessions', sessionListSchema),
    tracks: sub('tracks', trackListSchema),
    speakers: sub('speakers', speakerListSchema),
    sponsorships: sub('sponsorships', sponsorshipListSchema),
    passes: sub('passes', passListSchema),
    customFields: sub('custom-registration-fields', customFieldListSchema),
    registrationCount: sub('registrations/count', countSchema),
    captcha: sub('captcha', captchaSchema),
    /** Outbound marketing only. */
    trackSessions: (trackId: string) => (om ? def(`tracks/${need(trackId, 'trackId')}/sessions`, sessionListSchema) : null),
    /** Real-time journeys only. */
    session: (sessionId: string) => (om ? null : def(`sessions/${need(sessionId, 'sessionId')}`, sessionSchema)),
    sessionRegistrationCount: (sessionId: string) => def(`sessions/${need(sessionId, 'sessionId')}/registrations/count`, countSchema),
    user: () => (signedIn ? def('users/authenticated', userSchema) : null),
    myRegistrations: () => (signedIn && om ? def('users/authenticated/registrations', myRegistrationListSchema) : null),
    waitlistItems: () => (signedIn && om ? def('users/authenticated/waitlist-items', waitlistItemListSchema) : null),
  };
}

export type Reads = ReturnType<typeof makeReads>;
/** The names `peek` and `keyOf` accept. */
export type ReadName = keyof Reads;
/** What a read resolves to (null where the flavour or a signed-out visitor has no such resource). */
export type ReadResult<K extends ReadName> = K extends 'publishedEvents'
  ? EvtEvent[]
  : ReturnType<Reads[K]> extends infer D
    ? D extends Resource<infer T>
      ? T
      : null
    : never;

/**
 * The cached reads a registration for the event changes: the event (capacity), its count, sessions
 * and passes, and every list or user read that may show them.
 */
export function changedByRegistration(readableEventId: string): (key: string) => boolean {
  const e = `events/${enc(readableEventId)}`;
  const mine = [e, `${e}/registrations/count`, `${e}/sessions`, `${e}/passes`];
  return (k) => mine.includes(k) || /^(events\/published|sessions\/|tracks\/|users\/)/.test(k);
}

/** What a cancellation changes, for certain: the visitor's own lists (the event is not known). */
export const changedByCancellation = (key: string) => key.startsWith('users/');

/**
 * Whether the service may create records after this answer (null: the answer was lost). An
 * `AlreadyRegistered` failure counts: it is what an earlier attempt whose answer was lost (or that
 * the browser itself re-sent after a dropped connection) looks like, and its records may still be
 * on their way.
 */
export const mayCreate = (r: RegistrationResult | null) =>
  !r || r.status === RegistrationStatus.Success || r.status === RegistrationStatus.Initiated || r.errorCode === ErrorCode.AlreadyRegistered;
