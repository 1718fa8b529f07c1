// The OpenAPI 3.1 documents the emulator serves at GET /dev/openapi/rtm.json and /dev/openapi/om.json
// (what "Endpoint documentation (Preview)" gives a developer to paste into Swagger Editor), built
// on each request from the route table the server dispatches with (routes.mjs ROUTES: paths,
// methods, flavours, auth, `doc`) and the models of openapi-schemas.mjs. Nothing here lists a
// route by hand, so the documents cannot drift from what is served.
// RTM operation ids are those of Microsoft's generated SDK (`publicApiGetEvents` ...); OM's are the
// same names in camelCase (`getEvents`).

import { OM_PREFIX, RTM_PREFIX } from './constants.mjs';
import { componentSchemas } from './openapi-schemas.mjs';
import { ROUTES } from './routes.mjs';

/** Path parameter names as the API documents them (routes.mjs writes them short). */
const PARAM_NAMES = { rid: 'readableEventId', sid: 'sessionId', tid: 'trackId' };
const QUERY = {
  webappId: { description: 'Only events published for this web application record (GUID).', schema: { type: 'string' } },
  businessUnitId: { description: 'Only events of this business unit (GUID).', schema: { type: 'string' } },
  redirectUri: { description: 'Where to send the attendee after the check-in (http or https).', schema: { type: 'string' } },
  registrationId: { description: 'The registration to check in, when the body does not name it.', schema: { type: 'string' } },
  'api-version': { description: 'As in the documented link: 2016-06-30.', schema: { type: 'string' } },
  data: { description: 'URL-encoded JSON array [{"readableEventId", "sessionId"?, "data"?: {placeholder: value}}].', schema: { type: 'string' } },
};
const ERRORS = {
  400: 'Token missing, Origin missing (OM), or a malformed request',
  401: 'Unknown token; OM: no valid Bearer where a signed-in user is needed',
  403: 'Origin not registered for the token (no CORS grant)',
  404: 'Unknown event, session, track, speaker, sponsorship, image or registration',
  405: 'Known path, other method (see Allow)',
  413: 'Request body over 1 MB',
  429: 'Rate limit (Retry-After)',
  500: 'Server error',
  503: 'Service unavailable',
};
const JSON_TYPE = 'application/json';

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
/** 'Event[]' -> an array of Event; 'Event' -> the model. */
const model = (name) => (name.endsWith('[]') ? { type: 'array', items: ref(name.slice(0, -2)) } : ref(name));
const camel = (id) => id[0].toLowerCase() + id.slice(1);

/** The OpenAPI operation of one route in one flavour. */
function operation(route, flavour) {
  const doc = route.doc;
  const auth = route.auth ?? 'full';
  const parameters = route.path.split('/').filter((p) => p.startsWith(':')).map((p) => {
    const name = doc.params?.[p.slice(1)] ?? PARAM_NAMES[p.slice(1)] ?? p.slice(1);
    return { name, in: 'path', required: true, schema: { type: 'string' } };
  });
  for (const [name, where] of Object.entries(doc.query ?? {})) {
    if (!where.startsWith('both') && !where.startsWith(flavour)) continue;
    parameters.push({ name, in: 'query', required: where.endsWith('*'), ...QUERY[name] });
  }
  if (auth === 'full') {
    parameters.push({
      name: 'Origin', in: 'header', required: flavour === 'om', schema: { type: 'string' },
      description: flavour === 'om' ? 'Browsers send it; must be registered for the token.' : 'Browsers send it; must be registered for the token. Without it (a server) the answer has no CORS headers.',
    });
  }
  const security = auth === 'none' ? [] : [{ emApplicationtoken: [], ...(route.user ? { bearer: [] } : {}) }, ...(auth === 'public' ? [{}] : [])];
  const ok = String(doc.status ?? 200);
  /** @type {Record<string, any>} */
  const responses = {};
  if (doc.response === 'image') responses[ok] = { description: 'The image (the emulator draws SVG)', content: { 'image/svg+xml': { schema: { type: 'string' } } } };
  else if (doc.response === 'calendar') responses[ok] = { description: 'An iCalendar file', content: { 'text/calendar': { schema: { type: 'string' } } } };
  else responses[ok] = { description: doc.summary, content: { [JSON_TYPE]: { schema: model(doc.response) } } };
  if (doc.redirect) responses['302'] = { description: 'Checked in; redirect to redirectUri', headers: { Location: { schema: { type: 'string' } } } };
  const errors = [400, 404, 405, 429, 500, 503];
  if (auth !== 'none') errors.push(401, 403);
  if (route.method === 'POST') errors.push(413);
  for (const status of errors.sort()) responses[status] = { description: ERRORS[status], content: { [JSON_TYPE]: { schema: ref('Error') } } };
  return {
    operationId: flavour === 'rtm' ? `publicApi${doc.id}` : camel(doc.id),
    summary: doc.summary,
    tags: [route.path.split('/')[0]],
    parameters,
    ...(doc.body ? { requestBody: { required: doc.body !== 'Empty', content: { [JSON_TYPE]: { schema: ref(doc.body) } } } } : {}),
    responses,
    security,
  };
}

/**
 * The document of one flavour.
 * @param {'om' | 'rtm'} flavour @param {string} origin the emulator's URL, for `servers`
 */
export function openApiDocument(flavour, origin) {
  /** @type {Record<string, Record<string, object>>} */
  const paths = {};
  for (const route of ROUTES) {
    if (!route.flavours.includes(flavour)) continue;
    const path = `/${route.path.split('/').map((p) => (p.startsWith(':') ? `{${route.doc.params?.[p.slice(1)] ?? PARAM_NAMES[p.slice(1)] ?? p.slice(1)}}` : p)).join('/')}`;
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route, flavour);
  }
  const rtm = flavour === 'rtm';
  return {
    openapi: '3.1.0',
    info: {
      title: rtm ? 'Events API (real-time journeys) - evt-widgets emulator' : 'Events API (outbound marketing) - evt-widgets emulator',
      version: rtm ? 'v1.0' : 'v2.0',
      description: 'Generated from the emulator\'s route table and models. Every request needs the web application token as ?emApplicationtoken= (images and the .ics link excepted).',
    },
    servers: [{ url: origin + (rtm ? RTM_PREFIX : OM_PREFIX).replace(/\/$/, '') }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        emApplicationtoken: { type: 'apiKey', in: 'query', name: 'emApplicationtoken' },
        ...(rtm ? {} : { bearer: { type: 'http', scheme: 'bearer', description: 'Azure AD B2C id_token (the emulator: GET /dev/token).' } }),
      },
    },
  };
}
