// Constants shared by the emulator's modules (re-exported by index.mjs, the public entry).

/** The one organisation the emulator pretends to be. */
export const ORG_ID = '11111111-1111-4111-8111-111111111111';

/** Token of the well-known development web application. */
export const DEFAULT_TOKEN = 'demo-token';

/** Origins registered for the development web application (the demo site). */
export const DEFAULT_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

/** Base path of the outbound-marketing flavour (Events API v2.0). */
export const OM_PREFIX = '/EvtMgmt/api/v2.0/';

/** Base path of the real-time journeys flavour (Events API v1.0). */
export const RTM_PREFIX = `/api/v1.0/orgs/${ORG_ID}/eventmanagement/`;

/** Id of the development web application record (RTM `events/published?webappId=`). */
export const DEV_WEBAPP_ID = '22222222-2222-4222-8222-222222222222';

/** Emulator-only routes live under this prefix, never under the API prefixes. */
export const DEV_PREFIX = '/dev/';

/** A paid purchase that is not finalized within this time expires and frees its places. */
export const PURCHASE_TTL_MS = 20 * 60 * 1000;

/** At most this many attendees per registration request (contract §4, `TooManyAttendees`). */
export const MAX_ATTENDEES = 50;

// The attendee field limits (contract §4) live with their rule in src/rules/contact.js.

/** Custom registration field types (contract §5). */
export const FIELD_TYPES = Object.freeze({
  SimpleText: 100000000,
  Boolean: 100000001,
  MultipleChoice: 100000002,
  SingleChoice: 100000003,
});

/** Request bodies larger than this are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;
