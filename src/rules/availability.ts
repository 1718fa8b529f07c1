/**
 * Event rules: what a visitor may do with an event. `registrationAvailability` is the one answer
 * to "can a visitor register for this event, and how" that `<evt-list>`, `<evt-detail>` and
 * `<evt-register>` all ask; none of them decides on its own. Pure: no DOM, no Lit.
 *
 * The checks, in the order they apply:
 * 1. `ended`: the event is over (see `hasEnded`);
 * 2. `closed`: `now >= stopRegistrationDate`, unless `setRegistrationEndDate` is false. A missing
 *    flag with a date set counts (the contract: "registration is closed when now >=
 *    stopRegistrationDate"; older payloads leave the flag out). `websiteMessage` is the text.
 * 3. `sign-in`: `allowAnonymousRegistrations === false` and the visitor is not signed in (missing:
 *    anonymous registration allowed);
 * 4. `waitlist` / `sold-out`: no places left (capacity reached, or every pass sold), with or
 *    without a waitlist;
 * 5. `captcha`: `enableCaptcha` and the page cannot solve a captcha;
 * 6. `open`.
 * What is not known yet (a count still loading, passes not asked for) never closes anything.
 */
import type { EvtEvent, EvtPass } from '../api/schemas.js';
import { parseUtc } from '../internal/format.js';
import { capacity, isCapacityRestricted } from './capacity.js';
import { hasEnded, type Instants } from './times.js';

export type RegistrationState = 'open' | 'waitlist' | 'closed' | 'ended' | 'sold-out' | 'sign-in' | 'captcha';

export interface AvailabilityInput {
  event: EvtEvent;
  /** `registrations/count`; undefined while unknown (not asked for, loading), null when the service had none. */
  registrationCount?: number | null;
  /** The event's passes; undefined when not asked for (the list does not load them). */
  passes?: readonly EvtPass[] | null;
  now: number;
  /** The event's instants, when the caller has them already (the list computes them once). */
  instants?: Instants;
  /** The visitor is signed in (only the registration form knows). Default false. */
  signedIn?: boolean;
  /**
   * Whether the page can solve the event's captcha (`<evt-register>`'s `captcha` provider).
   * Undefined: not the caller's concern (list and detail), so a captcha never closes the event there.
   */
  canSolveCaptcha?: boolean;
}

export interface Availability {
  state: RegistrationState;
  /** Registering is possible now (open, or on the waitlist). */
  canRegister: boolean;
  /** Places left without the waitlist: Infinity unrestricted, null unknown. */
  placesLeft: number | null;
  /** The event keeps a waitlist. */
  waitlist: boolean;
  /** Capacity is restricted and the count is not known yet: a badge may say "…". */
  countPending: boolean;
  /** `closed`: the organiser's `websiteMessage` (trimmed), or '' for the standard text. */
  message: string;
}

/** Registration has closed: the stop date has come, and the event does not say the date is off. */
export function registrationClosed(event: EvtEvent, now: number): boolean {
  if (event.setRegistrationEndDate === false) return false;
  const stop = parseUtc(event.stopRegistrationDate);
  return !!stop && now >= stop.getTime();
}

/** The state is one in which the registration form is shown. */
export const formShown = (state: RegistrationState) => state === 'open' || state === 'waitlist';

export function registrationAvailability(input: AvailabilityInput): Availability {
  const { event, now } = input;
  const cap = capacity(event, input.registrationCount, input.passes);
  const base = {
    placesLeft: cap.placesLeft,
    waitlist: cap.waitlist,
    countPending: isCapacityRestricted(event) && typeof input.registrationCount !== 'number',
    message: '',
  };
  const answer = (state: RegistrationState, extra: Partial<Availability> = {}): Availability => ({
    ...base,
    state,
    canRegister: formShown(state),
    ...extra,
  });
  if (hasEnded(input.instants ?? event, now)) return answer('ended');
  if (registrationClosed(event, now)) {
    const message = typeof event.websiteMessage === 'string' ? event.websiteMessage.trim() : '';
    return answer('closed', { message });
  }
  if (event.allowAnonymousRegistrations === false && !input.signedIn) return answer('sign-in');
  if (cap.placesLeft !== null && cap.placesLeft <= 0) return answer(cap.waitlist ? 'waitlist' : 'sold-out');
  if (event.enableCaptcha === true && input.canSolveCaptcha === false) return answer('captcha');
  return answer('open');
}

/** Whether the list's badge for this event depends on `registrations/count` (so it asks for it). */
export const needsCount = (event: EvtEvent, now: number, instants?: Instants) =>
  isCapacityRestricted(event) && !hasEnded(instants ?? event, now) && !registrationClosed(event, now);
