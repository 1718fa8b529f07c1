// The models of the OpenAPI documents (openapi.mjs), as JSON Schema 2020-12 (OpenAPI 3.1):
// the entities from the field tables `--data` is validated with (data.mjs ENTITY_FIELDS), so a
// field the emulator serves is a field the document describes; the request and result models
// mirror what registrations.mjs parses and answers. Entities allow unknown keys (custom
// attributes are served as given) and require only their id: keys a payload leaves out stay out.

import { ENTITY_FIELDS } from './data.mjs';

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const orNull = (s) => ({ anyOf: [s, { type: 'null' }] });

/** Nested objects and lists by entity and key: what the API nests there. */
const NESTED = {
  building: orNull(ref('Building')),
  room: orNull(ref('Room')),
  'Session.speakers': orNull({ type: 'array', items: orNull(ref('Speaker')) }),
  'Speaker.sessions': orNull({ type: 'array', items: orNull(ref('Session')) }),
  'Pass.sessions': orNull({ type: 'array', items: ref('Session') }),
};

/** @param {string} kind a data.mjs field kind */
function kindSchema(kind) {
  switch (kind) {
    case 'id': return { type: 'string', minLength: 1 };
    case 'string': return { type: ['string', 'null'] };
    case 'int': return { type: ['integer', 'null'] };
    case 'count': return { type: ['integer', 'null'], minimum: 0 };
    case 'number': return { type: ['number', 'null'], minimum: 0 };
    case 'bool': return { type: ['boolean', 'null'] };
    case 'wall': return { type: ['string', 'null'], description: 'Wall clock in the event\'s time zone, no offset, e.g. "2026-12-03T09:00:00".' };
    case 'utc': return { type: ['string', 'null'], description: 'UTC instant, e.g. "2026-12-03T08:00:00Z".' };
    case 'instant': return { type: ['string', 'null'], description: 'ISO 8601 date-time.' };
    case 'image': return { anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }], description: 'Absolute URL of the banner (older payloads: an object).' };
    case 'object': return { anyOf: [{ type: 'object' }, { type: 'null' }] };
    case 'array': return { type: ['array', 'null'] };
    default: throw new Error(`openapi-schemas: no schema for field kind "${kind}"`);
  }
}

function entity(name, { fields, id }) {
  const properties = {};
  if (id) properties[id] = kindSchema('id');
  for (const [k, kind] of Object.entries(fields)) properties[k] = NESTED[`${name}.${k}`] ?? NESTED[k] ?? kindSchema(kind);
  return { type: 'object', properties, ...(id ? { required: [id] } : {}), additionalProperties: true };
}

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const boolOrNull = { type: ['boolean', 'null'] };
const obj = (properties, required = []) => ({ type: 'object', properties, ...(required.length ? { required } : {}) });

/** Every model the documents name: `components.schemas`. */
export function componentSchemas() {
  const schemas = Object.fromEntries(Object.entries(ENTITY_FIELDS).map(([name, e]) => [name, entity(name, e)]));
  Object.assign(schemas, {
    Error: { ...obj({ Message: str }, ['Message']), description: 'Every non-2xx JSON answer (ASP.NET Web API style).' },
    Count: { type: 'integer', minimum: 0 },
    Boolean: { type: 'boolean' },
    Empty: { description: 'An empty body or {}.', anyOf: [{ type: 'object', maxProperties: 0 }, { type: 'null' }] },
    Captcha: obj({ FlowId: str, HipUrl: str, ObjectName: str, FunctionName: str }, ['FlowId', 'HipUrl', 'ObjectName', 'FunctionName']),
    HipObject: obj({ Solution: strOrNull, Token: strOrNull, Type: strOrNull, FlowId: strOrNull }),
    CustomRegistrationFieldResponse: obj({
      id: { type: 'string', description: 'The field\'s customRegistrationFieldId (OM: a GUID; RTM: an attribute key such as "jobtitle").' },
      value: { type: ['string', 'boolean', 'null'] },
      values: { anyOf: [{ type: 'array', items: str }, { type: 'null' }] },
    }, ['id']),
    Attendee: obj({
      firstName: strOrNull, lastName: strOrNull, email: strOrNull, passId: strOrNull,
      waitlisted: boolOrNull, autoRegister: boolOrNull,
      responses: orNull({ type: 'array', items: ref('CustomRegistrationFieldResponse') }),
      attendeeSessions: orNull({ type: 'array', items: obj({ sessionId: str, waitlisted: boolOrNull }, ['sessionId']) }),
    }),
    RegistrationRequest: obj({ attendees: { type: 'array', items: ref('Attendee') }, hipObject: orNull(ref('HipObject')) }, ['attendees']),
    FinalizeRegistrationRequest: obj({ purchaseId: str, hipObject: orNull(ref('HipObject')) }, ['purchaseId']),
    RegistrationResult: {
      ...obj({ status: { type: 'string', description: 'Success, Initiated, Redirect; anything else is a failure (the emulator says Failure).' }, errorMessage: strOrNull, errorCode: strOrNull, redirectUrl: strOrNull, purchaseId: strOrNull },
        ['status', 'errorMessage', 'errorCode', 'redirectUrl', 'purchaseId']),
      additionalProperties: false,
    },
    User: obj({ id: str, firstName: str, lastName: str, email: str, isAnonymous: { type: 'boolean' } }, ['id', 'firstName', 'lastName', 'email', 'isAnonymous']),
    MyRegistration: obj({
      id: str, contact: str, email: str, event: str, pass: str, createdon: str,
      sessionRegistrations: { type: 'array', items: obj({ id: str, sessionName: strOrNull, createdon: str }, ['id']) },
    }, ['id', 'contact', 'email', 'event', 'pass', 'createdon', 'sessionRegistrations']),
    WaitlistItem: obj({ id: str, contact: str, email: str, event: str, session: strOrNull, invited: { type: 'boolean' }, autoRegister: { type: 'boolean' }, createdon: str },
      ['id', 'contact', 'email', 'event', 'session', 'invited', 'autoRegister', 'createdon']),
    CheckinRequest: { ...obj({ registrationId: str }), description: 'The real schema is unknown (contract §2, 20); this is the emulator\'s.' },
    CheckinResult: obj({ registrationId: str, readableEventId: str, checkedIn: str }, ['registrationId', 'readableEventId', 'checkedIn']),
  });
  return schemas;
}
