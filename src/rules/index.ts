/**
 * The event rules: what a visitor is told about an event, decided once for all three elements.
 * Pure functions over the API's types (no DOM, no Lit), tested as tables in test/rules/.
 * - availability.ts: can a visitor register, and how (open, waitlist, closed, ended, sold out…)
 * - capacity.ts: places left for events, sessions and passes; attendees per registration
 * - times.ts: start, end, "is it over", sessions by day, overlaps
 * - place.ts: the place line, address, facilities
 * - calendar.ts: calendar entries for the event and its sessions
 * - errors.ts: which failures a visitor may try again
 */
export * from './availability.js';
export * from './capacity.js';
export * from './times.js';
export * from './place.js';
export * from './calendar.js';
export * from './errors.js';
