/**
 * One error type for everything the Events API layer can fail with. `kind` is what an element
 * branches on to tell a person what happened; `message` is for the developer console and says what
 * to fix. Messages never carry personal data (attendee names or emails) nor the token.
 */

export type EvtApiErrorKind =
  | 'config' // endpoint/token wrong, or HTTP 400 (token or Origin missing)
  | 'unauthorized' // HTTP 401/403: the token is unknown, or the signed-in user's token was refused
  | 'not-found' // HTTP 404
  | 'rate-limited' // HTTP 429, after the retries the client allows (see `retryAfter`)
  | 'server' // HTTP 5xx, or another status the API does not document
  | 'network' // fetch failed: offline, host unreachable, or a CORS refusal (the browser hides which)
  | 'timeout' // no answer within the client's timeout
  | 'contract' // the response (or a request body) does not match the Events API contract
  | 'aborted'; // the caller's AbortSignal fired

export interface EvtApiErrorInit {
  status?: number;
  retryAfter?: number;
  resource?: string;
  field?: string;
  outcomeUnknown?: boolean;
  cause?: unknown;
}

// Several copies of the script (even two versions) share one store per page, so an error may come
// from another copy's class: `instanceof` would fail there. The brand is shared through the
// global symbol registry; use `isEvtApiError()`.
const BRAND = Symbol.for('evt-widgets.error.v1');

export class EvtApiError extends Error {
  readonly kind: EvtApiErrorKind;
  /** The HTTP status, when the service answered. */
  readonly status?: number;
  /** Seconds to wait before trying again (429), from `Retry-After` when the service sent it. */
  readonly retryAfter?: number;
  /** The API resource, e.g. `events/Summit/sessions` (no token, no query). */
  readonly resource?: string;
  /** Path of the first field that broke the contract, e.g. `[3].startTime`. */
  readonly field?: string;
  /** A POST whose answer never arrived: the service may or may not have processed it. */
  readonly outcomeUnknown?: boolean;

  constructor(kind: EvtApiErrorKind, message: string, init: EvtApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    // An aborted read is named like the platform's abort, so generic `err.name === 'AbortError'`
    // checks (and Lit's Task) treat it as a cancellation, not a failure.
    this.name = kind === 'aborted' ? 'AbortError' : 'EvtApiError';
    this.kind = kind;
    const { status, retryAfter, resource, field, outcomeUnknown } = init;
    Object.assign(this, { status, retryAfter, resource, field, outcomeUnknown: outcomeUnknown || undefined });
    (this as unknown as Record<symbol, boolean>)[BRAND] = true;
  }
}

/** True for an `EvtApiError` from any copy of the script on the page. */
export const isEvtApiError = (e: unknown): e is EvtApiError =>
  !!e && typeof e === 'object' && (e as Record<symbol, unknown>)[BRAND] === true;

/** This page's origin, for messages that ask the developer to register it. */
const pageOrigin = () =>
  (globalThis as { location?: { origin?: string } }).location?.origin ?? 'of this page';

const ENDPOINT_HELP =
  'https://<org>.svc.dynamics.com/EvtMgmt/api/v2.0/ (outbound marketing) or ' +
  'https://public-<geo>.mkt.dynamics.com/api/v1.0/orgs/<organization id>/eventmanagement/ (real-time journeys)';

/** A configuration error about the endpoint, saying what a valid one looks like. */
export const endpointError = (input: string, problem: string) =>
  new EvtApiError(
    'config',
    // The query is never echoed: a pasted request URL carries the token.
    `Events API endpoint ${JSON.stringify(input.replace(/[?#][^]*/, '?…').slice(0, 200))} ${problem}. ` +
      `Use the base URL from the web application record in Dynamics 365, e.g. ${ENDPOINT_HELP}.`,
  );

/** The service's own words, if any, cut short and with anything that looks like an email removed. */
const serverSaid = (text: string) =>
  text ? ` The service said: ${JSON.stringify(text.slice(0, 300).replace(/\S+@\S+/g, '<email>'))}.` : '';

/** The error for an HTTP status other than 2xx. */
export function httpError(
  status: number,
  resource: string,
  serverMessage: string,
  init: { retryAfter?: number; outcomeUnknown?: boolean } = {},
): EvtApiError {
  const at = `Events API ${resource}: HTTP ${status}.`;
  const said = serverSaid(serverMessage);
  const o = { ...init, status, resource };
  if (status === 400)
    return new EvtApiError(
      'config',
      `${at} The application token or the Origin header is missing: check the token, and that this page's origin ${pageOrigin()} is registered for the web application in Dynamics 365.${said}`,
      o,
    );
  if (status === 401 || status === 403)
    return new EvtApiError(
      'unauthorized',
      `${at} The service does not know this application token (or refused the signed-in user's token): copy the token of the web application record again, and check that the record is active and allows this origin ${pageOrigin()}.${said}`,
      o,
    );
  if (status === 404)
    // The published-events list exists on every valid endpoint: a 404 there is a wrong endpoint
    // (region or organisation id), not a missing event, and the elements must say "config".
    return resource === 'events/published'
      ? new EvtApiError('config', `${at} The endpoint was not found: check the region and the organisation id in the endpoint URL.${said}`, o)
      : new EvtApiError('not-found', `${at} Not found: the event or item does not exist, or is not published for the API.${said}`, o);
  if (status === 429)
    return new EvtApiError(
      'rate-limited',
      `${at} Too many requests (service protection limits)${init.retryAfter !== undefined ? `; try again in ${init.retryAfter} s` : ''}.${said}`,
      o,
    );
  return new EvtApiError(
    'server',
    `${at} ${status >= 500 ? 'The service failed' : 'Unexpected status'}${init.outcomeUnknown ? '; the request may or may not have been processed' : ''}.${said}`,
    o,
  );
}

/** The error for a fetch that never got an answer. */
export function transportError(
  kind: 'network' | 'timeout' | 'aborted',
  resource: string,
  outcomeUnknown: boolean,
  cause?: unknown,
): EvtApiError {
  const maybe = outcomeUnknown ? ' The request may or may not have been processed: check before sending it again.' : '';
  const what =
    kind === 'aborted'
      ? 'The request was cancelled.'
      : kind === 'timeout'
        ? 'No answer in time.'
        : // The browser reports a CORS refusal exactly like an unreachable host.
          `The request failed: either the network or the host is unreachable, or the service refused this page's origin ${pageOrigin()} (a CORS refusal: register the origin for the web application in Dynamics 365).`;
  return new EvtApiError(kind, `Events API ${resource}: ${what}${maybe}`, {
    resource,
    outcomeUnknown,
    cause,
  });
}
