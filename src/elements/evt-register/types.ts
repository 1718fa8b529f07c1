/**
 * The shapes `<evt-register>`'s element, controllers and views pass between them: the loaded
 * event data, the message after an attempt, and the outcome that replaces the form.
 */
import type { Flavour } from '../../api/endpoint.js';
import type { Captcha, EvtSession, HipObject } from '../../api/schemas.js';
import type { RegisteredAttendee } from '../../internal/events.js';
import type { RegistrationData } from './request.js';

/** What the form needs of one event, all loaded. */
export interface Loaded {
  rid: string;
  flavour: Flavour;
  base: string;
  data: RegistrationData;
}

/** A message above the form after an attempt; the form and everything typed stay. */
export type Notice =
  /** `field`: the field the service's message named, as the form labels it (with its attendee when several). */
  | { kind: 'failure'; code: string; field?: string }
  | { kind: 'unknown' }
  | { kind: 'error'; message: string }
  /** The service asked for a wait too long to sleep through: a retry is scheduled, "Try now" offered. */
  | { kind: 'wait'; seconds: number };

export interface SuccessOutcome {
  kind: 'success';
  loaded: Loaded;
  attendees: RegisteredAttendee[];
  /** The chosen sessions with who is on their waitlist. */
  sessions: { session: EvtSession; waitlisted: string[] }[];
  /** A retry after an unknown outcome met `AlreadyRegistered` (see `evt-registered`). */
  recovered: boolean;
  /** The service answered `AlreadyRegistered` for exactly the attendees sent: it had this registration already. */
  alreadyRegistered: boolean;
}

export type Outcome = SuccessOutcome | { kind: 'payment'; going: boolean };

/** What a page gives `<evt-register>` to solve the event's captcha (see its `captcha` property). */
export type CaptchaProvider = (challenge: {
  /** `GET events/{id}/captcha`: `{ FlowId, HipUrl, ObjectName, FunctionName }`. */
  captcha: Captcha;
  readableEventId: string;
  signal: AbortSignal;
}) => Promise<HipObject>;
