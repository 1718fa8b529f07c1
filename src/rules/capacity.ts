/**
 * Event rules: capacity. Whether an event or session limits its places, how many are left, passes
 * left, and how many attendees one registration may hold (contract §8's arithmetic). One rule for
 * events and sessions alike. Pure: no DOM, no Lit.
 *
 * Readings where the contract is silent:
 * - Capacity is restricted when `isCapacityRestricted` is true and `maxCapacity` is above 0, or
 *   when the flag is missing (older payloads) and `maxCapacity` is above 0. A `maxCapacity` of 0
 *   never restricts: old payloads send 0 for "unrestricted".
 * - A registration count that is unknown (not loaded, or `null`) leaves the places unknown
 *   (`null`): the event stays open and the service has the last word.
 * - A pass without `numberOfPassesLeft` is unlimited.
 * Places left are `Infinity` when unrestricted, `null` when unknown, else a whole number ≥ 0.
 */
import type { EvtEvent, EvtPass, EvtSession } from '../api/schemas.js';

/** At most this many attendees per request (contract §4, the `TooManyAttendees` error). */
export const MAX_ATTENDEES = 50;

type Limited = { isCapacityRestricted?: boolean | null; maxCapacity?: number | null };

/** The event or session limits its places. */
export function isCapacityRestricted(x: Limited): boolean {
  if (x.isCapacityRestricted === false) return false;
  return typeof x.maxCapacity === 'number' && x.maxCapacity > 0;
}

/** Places left in the event: Infinity when unrestricted, null while the count is unknown. */
export function eventPlacesLeft(event: EvtEvent, registrationCount: number | null | undefined): number | null {
  if (!isCapacityRestricted(event)) return Number.POSITIVE_INFINITY;
  if (typeof registrationCount !== 'number' || !Number.isFinite(registrationCount)) return null;
  return Math.max(0, (event.maxCapacity ?? 0) - registrationCount);
}

/** Places left in a session (its count comes with it): Infinity when unrestricted. */
export function sessionPlacesLeft(s: EvtSession): number {
  if (!isCapacityRestricted(s)) return Number.POSITIVE_INFINITY;
  return Math.max(0, (s.maxCapacity ?? 0) - (s.registrationCount ?? 0));
}

/** Contract §8: a session is full when restricted and `registrationCount >= maxCapacity`. */
export const sessionFull = (s: EvtSession) => sessionPlacesLeft(s) <= 0;

/** Paid ⇔ the event has passes (contract §8). */
export const isPaid = (passes: readonly EvtPass[] | null | undefined) => !!passes?.length;

/** Passes of this kind still for sale; unlimited when the service does not say. */
export const passesLeft = (p: EvtPass) =>
  typeof p.numberOfPassesLeft === 'number' ? Math.max(0, p.numberOfPassesLeft) : Number.POSITIVE_INFINITY;

/** Every pass of a paid event is sold. */
export const allPassesSold = (passes: readonly EvtPass[] | null | undefined) =>
  isPaid(passes) && passes!.every((p) => passesLeft(p) <= 0);

export interface Capacity {
  /**
   * Attendees who can still register without going to the waitlist: the event's places and, for a
   * paid event, the passes left. Infinity: unlimited. null: unknown (the count is missing).
   */
  placesLeft: number | null;
  /** The event keeps a waitlist (`showWaitlist`): attendees beyond `placesLeft` go on it. */
  waitlist: boolean;
  /** The most attendees one registration may have (1 without multi-attendee registration). */
  maxAttendees: number;
}

/** Contract §8, step 4: available = maxCapacity − registrationCount − attendees in the cart. */
export function capacity(event: EvtEvent, registrationCount: number | null | undefined, passes?: readonly EvtPass[] | null): Capacity {
  let placesLeft = eventPlacesLeft(event, registrationCount);
  // A paid event also fills up when its passes are sold out (§8: "numberOfPassesLeft ≤ passesUsed").
  if (isPaid(passes)) {
    const passPlaces = passes!.reduce((n, p) => n + passesLeft(p), 0);
    placesLeft = placesLeft === null ? (Number.isFinite(passPlaces) ? passPlaces : null) : Math.min(placesLeft, passPlaces);
  }
  const waitlist = event.showWaitlist === true;
  const perRequest = event.enableMultiAttendeeRegistration === false ? 1 : MAX_ATTENDEES;
  const max = waitlist || placesLeft === null ? perRequest : Math.max(0, Math.min(perRequest, placesLeft));
  return { placesLeft, waitlist, maxAttendees: max };
}
