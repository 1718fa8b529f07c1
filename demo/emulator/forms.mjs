// A stand-in for the marketing form an RTM event embeds (`registrationForm`) and for Microsoft's
// FormLoader, so the form path can be tested offline. The embed has Microsoft's shape (contract
// §4 Event.registrationForm; realtime-marketing-form-client-side-extensibility.md):
//   <div data-form-id="…" data-form-api-url="…/landingpageforms/forms/{id}" data-cached-form-url="…/digitalassets/forms/{id}"></div>
//   <script src="…/FormLoader.bundle.js"></script>
// with every URL under /dev/forms/ on the emulator:
//   GET  /dev/forms/FormLoader.bundle.js                  the loader (assets/form-loader.js)
//   GET  /dev/forms/digitalassets/forms/{formId}          the form's HTML (data-cached-form-url)
//   POST /dev/forms/landingpageforms/forms/{formId}       a submission (data-form-api-url): the
//        form's fields as JSON, contact attributes `firstname`, `lastname`, `emailaddress1`, the
//        portal's extra values `d365mktEvent_waitlisted`, `d365mktEvent_autoRegister`,
//        `d365mktEvent_attendeeSessions` (a JSON string [{sessionId, waitlisted}]); every other
//        field is a response `{id: <field name>, value}`. It becomes a registration of the form's
//        event through the same Registrar as POST events/{rid}/registrations.
// A form is the event's: its id is derived from the readableEventId, its questions are the
// event's custom registration fields (ids as the form's field names).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FIELD_TYPES } from './constants.mjs';
import { HttpError, errorReply, isObject, json } from './http.mjs';
import { escapeXml as esc } from './images.mjs';

export const FORMS_PREFIX = '/dev/forms/';
const LOADER = readFileSync(new URL('./assets/form-loader.js', import.meta.url), 'utf8');

/** The form id of an event: a GUID derived from it, so a seed's embed never changes. */
export function formIdOf(rid) {
  const h = createHash('sha1').update(`evt-widgets-form:${rid}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The `registrationForm` embed of an event, with paths on the emulator (render.mjs makes them
 * absolute, as the real ones are).
 * @param {string} rid
 */
export function formEmbed(rid) {
  const id = formIdOf(rid);
  return `<div data-form-id="${id}" data-form-api-url="${FORMS_PREFIX}landingpageforms/forms/${id}" data-cached-form-url="${FORMS_PREFIX}digitalassets/forms/${id}"></div>` +
    `<script src="${FORMS_PREFIX}FormLoader.bundle.js"></script>`;
}

/** @param {import('./store.mjs').Store} store @param {string} formId */
function eventOfForm(store, formId) {
  for (const entry of store.events.values()) {
    if (typeof entry.event.registrationForm === 'string' && entry.event.registrationForm.includes(`data-form-id="${formId}"`)) return entry;
  }
  throw new HttpError(404, `Marketing form '${formId}' was not found (no event embeds it).`);
}

const input = (name, label, type, required, extra = '') =>
  `<div class="marketingFormField"><label for="f-${esc(name)}">${esc(label)}${required ? ' *' : ''}</label>` +
  `<input id="f-${esc(name)}" name="${esc(name)}" type="${type}"${required ? ' required' : ''}${extra}></div>`;

/** The form's HTML: no script, no inline handler or style (it must work under a strict CSP). */
export function formHtml(entry) {
  const parts = [
    input('firstname', 'First name', 'text', true, ' maxlength="50" autocomplete="given-name"'),
    input('lastname', 'Last name', 'text', true, ' maxlength="50" autocomplete="family-name"'),
    input('emailaddress1', 'Email', 'email', true, ' maxlength="100" autocomplete="email"'),
  ];
  for (const f of entry.fields) {
    const name = f.customRegistrationFieldId;
    const label = f.text ?? name;
    const choices = typeof f.choices === 'string' ? f.choices.split('\n').map((c) => c.trim()).filter(Boolean) : [];
    if (f.type === FIELD_TYPES.Boolean) {
      parts.push(`<fieldset class="marketingFormField"><legend>${esc(label)}${f.isRequired ? ' *' : ''}</legend>` +
        ['Yes', 'No'].map((v) => `<label><input type="radio" name="${esc(name)}" value="${v}"${f.isRequired ? ' required' : ''}> ${v}</label>`).join('') + '</fieldset>');
    } else if (f.type === FIELD_TYPES.SingleChoice && choices.length) {
      parts.push(`<div class="marketingFormField"><label for="f-${esc(name)}">${esc(label)}${f.isRequired ? ' *' : ''}</label><select id="f-${esc(name)}" name="${esc(name)}"${f.isRequired ? ' required' : ''}>` +
        `<option value=""></option>${choices.map((c) => `<option>${esc(c)}</option>`).join('')}</select></div>`);
    } else {
      parts.push(input(name, label, 'text', f.isRequired === true));
    }
  }
  parts.push('<div class="marketingFormField"><label><input type="checkbox" name="consent-email" value="true"> Send me news about events (consent)</label></div>');
  return `<form class="marketingForm" data-readable-event-id="${esc(entry.rid)}" novalidate>` +
    `<h3 class="marketingFormTitle">Register for ${esc(entry.name)}</h3>${parts.join('')}` +
    '<div class="marketingFormNotification" role="alert" hidden></div>' +
    '<button type="submit">Register</button></form>';
}

const truthy = (v) => v === true || v === 'true' || v === 'True' || v === '1' || v === 'on';

/**
 * A form submission as the registration body of the event (both flavours' attendee shape).
 * @param {unknown} payload
 */
export function submissionToRegistration(payload) {
  if (!isObject(payload)) throw new HttpError(400, 'A form submission is a JSON object of the form\'s fields, e.g. {"firstname": "Lea", "lastname": "Marsh", "emailaddress1": "lea@example.com"}.');
  let sessions = [];
  const raw = payload.d365mktEvent_attendeeSessions;
  if (raw != null && raw !== '') {
    try {
      sessions = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      throw new HttpError(400, 'd365mktEvent_attendeeSessions must be a JSON string of [{"sessionId": "...", "waitlisted": false}].');
    }
    if (!Array.isArray(sessions)) throw new HttpError(400, 'd365mktEvent_attendeeSessions must be a JSON array of [{"sessionId": "...", "waitlisted": false}].');
  }
  const skip = new Set(['firstname', 'lastname', 'emailaddress1', 'd365mktEvent_waitlisted', 'd365mktEvent_autoRegister', 'd365mktEvent_attendeeSessions']);
  const responses = Object.entries(payload)
    .filter(([k, v]) => !skip.has(k) && v != null && v !== '')
    .map(([id, v]) => (Array.isArray(v) ? { id, value: v.map(String).join(', '), values: v.map(String) } : { id, value: String(v) }));
  return {
    attendees: [{
      firstName: typeof payload.firstname === 'string' ? payload.firstname : '',
      lastName: typeof payload.lastname === 'string' ? payload.lastname : '',
      email: typeof payload.emailaddress1 === 'string' ? payload.emailaddress1 : '',
      waitlisted: truthy(payload.d365mktEvent_waitlisted),
      autoRegister: truthy(payload.d365mktEvent_autoRegister),
      responses,
      attendeeSessions: sessions,
    }],
  };
}

/**
 * Handles GET/POST under /dev/forms/; null when the path is not a forms route.
 * @param {import('./server.mjs').Emulator} emu @param {string} method @param {string} path
 * @param {() => Promise<unknown>} body
 * @returns {Promise<import('./http.mjs').Reply | null>}
 */
export async function handleForms(emu, method, path, body) {
  if (!path.startsWith(FORMS_PREFIX)) return null;
  const rest = path.slice(FORMS_PREFIX.length);
  if (rest === 'FormLoader.bundle.js') {
    if (method !== 'GET') return errorReply(405, `${path} supports GET.`, { Allow: 'GET' });
    return { status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }, body: LOADER };
  }
  const cached = /^digitalassets\/forms\/([^/]+)$/.exec(rest);
  if (cached) {
    if (method !== 'GET') return errorReply(405, `${path} supports GET.`, { Allow: 'GET' });
    const entry = eventOfForm(emu.store, decodeURIComponent(cached[1]));
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }, body: formHtml(entry) };
  }
  const api = /^landingpageforms\/forms\/([^/]+)$/.exec(rest);
  if (api) {
    if (method !== 'POST') return errorReply(405, `${path} supports POST (a form submission).`, { Allow: 'POST' });
    const entry = eventOfForm(emu.store, decodeURIComponent(api[1]));
    const result = emu.registrar.register(entry, submissionToRegistration(await body()), null);
    const ok = result.status === 'Success' || result.status === 'Initiated' || result.status === 'Redirect';
    return json({ success: ok, redirectUrl: result.redirectUrl, message: ok ? null : result.errorMessage, errorCode: result.errorCode, registration: result }, ok ? 200 : 400);
  }
  return errorReply(404, `No marketing form route ${method} ${path}: ${FORMS_PREFIX}FormLoader.bundle.js, ${FORMS_PREFIX}digitalassets/forms/{formId}, ${FORMS_PREFIX}landingpageforms/forms/{formId}.`);
}
