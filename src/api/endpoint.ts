import { endpointError } from './errors.js';

/** Which Events API: outbound marketing (v2.0) or real-time journeys (v1.0, per organisation). */
export type Flavour = 'om' | 'rtm';

export interface Endpoint {
  flavour: Flavour;
  /** Absolute http(s) URL ending with `/`; every API path is appended to it. */
  base: string;
  /** Real-time journeys only: the organisation id from the path. */
  orgId?: string;
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The API paths, matched case-insensitively (the service is IIS/ASP.NET) and after any path prefix
// (a site may put the API behind its own reverse proxy).
const OM = /^(.*\/evtmgmt\/api\/v2\.0)(\/.*)?$/i;
const RTM = /^(.*\/api\/v1\.0\/orgs\/([^/]*)\/eventmanagement)(\/.*)?$/i;

/**
 * Reads the endpoint as a customer copies it from Dynamics 365: surrounding whitespace and a
 * missing or doubled trailing slash are fine, either flavour, any host (the emulator is one).
 * Anything else is an `EvtApiError` of kind `config` saying what is wrong and what a valid
 * endpoint looks like.
 */
export function parseEndpoint(input: string): Endpoint {
  const raw = String(input ?? '').trim();
  if (!raw) throw endpointError(raw, 'is empty');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw endpointError(raw, 'is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw endpointError(raw, `uses ${url.protocol} where http(s) is needed`);
  if (url.username || url.password) throw endpointError(raw, 'contains a user name or password');
  // A pasted request URL carries the token or a filter: the endpoint is the base only, and the
  // token has its own setting. Saying so beats silently dropping it.
  if (url.search || url.hash) throw endpointError(raw, 'has a query or fragment (?… or #…): give the base URL only, and the token separately');
  const path = url.pathname.replace(/\/+$/, '');
  const rtm = RTM.exec(path);
  const om = rtm ? null : OM.exec(path);
  const match = rtm ?? om;
  if (!match) {
    throw endpointError(
      raw,
      /\/evtmgmt\/api\//i.test(path)
        ? 'has the wrong API version (outbound marketing is v2.0)'
        : /\/orgs?\//i.test(path) || /eventmanagement/i.test(path)
          ? 'has the wrong path for real-time journeys (expected /api/v1.0/orgs/<organization id>/eventmanagement/)'
          : 'has the wrong path (expected /EvtMgmt/api/v2.0/ or /api/v1.0/orgs/<organization id>/eventmanagement/)',
    );
  }
  const rest = rtm ? rtm[3] : om![2];
  if (rest) throw endpointError(raw, `goes beyond the base: remove ${JSON.stringify(rest.slice(1))}`);
  if (rtm && !GUID.test(rtm[2]!)) throw endpointError(raw, `has an organization id ${JSON.stringify(rtm[2])} that is not a GUID`);
  const base = `${url.origin}${match[1]}/`;
  return rtm ? { flavour: 'rtm', base, orgId: rtm[2]!.toLowerCase() } : { flavour: 'om', base };
}
