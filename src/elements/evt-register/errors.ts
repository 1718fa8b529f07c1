/**
 * What `<evt-register>` says about a problem, as pure functions over the messages: a form error
 * (FormError from request.ts) as text and the DOM id its summary entry links to, and the
 * notice after an attempt (a service `errorCode`, a lost answer, a failure of the transport).
 */
import { describeCharacter } from '../../rules/contact.js';
import { isEvtApiError } from '../../api/errors.js';
import type { Messages } from '../../internal/messages.js';
import { choicesOf, fieldKind, MAX_LENGTH, type ContactField, type FormError, type RegistrationData, type RegistrationDraft } from './request.js';
import type { RegistrationRequest } from '../../api/schemas.js';
import { ANSWER_MAX_LENGTH } from './limits.js';
import type { Notice } from './types.js';

/** Up to this many choices a single-choice field is a radio group; more make a `<select>`. */
export const RADIO_LIMIT = 6;

export const contactLabel = {
  firstName: 'registerFirstName',
  lastName: 'registerLastName',
  email: 'registerEmail',
} as const;

/** The DOM id of a field: `a{attendee}-{field}` (`custom:2` → `custom-2`), or the field alone. */
export const fieldDomId = (attendee: number | null, field: string) =>
  attendee === null ? field.replace(':', '-') : `a${attendee}-${field.replace(':', '-')}`;

/** A form error as the visitor reads it, next to its field and in the summary. */
export function formErrorText(m: Messages, e: FormError, data: RegistrationData, draft: RegistrationDraft): string {
  if (e.field === 'pass') {
    const a = draft.attendees.find((x) => x.key === e.attendee);
    const pass = data.passes.find((p) => p.passId === a?.passId);
    return e.code === 'passLimit' && pass ? m.registerErrPassLimit(pass.passName ?? '', e.limit ?? 0) : m.registerErrPass;
  }
  if (e.field.startsWith('session:')) {
    const s = data.sessions.find((x) => `session:${x.id}` === e.field);
    return m.registerErrSessionFull(s?.name ?? '', e.limit ?? 0);
  }
  if (e.field.startsWith('custom:')) {
    const f = data.customFields[Number(e.field.slice(7))];
    const label = f?.text ?? '';
    if (e.code === 'tooLong') return m.registerErrTooLong(label, e.limit ?? ANSWER_MAX_LENGTH);
    return e.code === 'choose' ? m.registerErrChoose(label) : m.registerErrAnswer(label);
  }
  const label = m[contactLabel[e.field as ContactField]];
  if (e.code === 'tooLong') return m.registerErrTooLong(label, e.limit ?? MAX_LENGTH[e.field as ContactField]);
  if (e.code === 'character') return m.registerErrCharacter(label, describeCharacter(e.codePoint ?? 0));
  if (e.code === 'letter') return m.registerErrLetter(label);
  if (e.code === 'email') return m.registerErrEmail;
  if (e.code === 'emailTwice') return m.registerErrEmailTwice;
  return m.registerErrRequired(label);
}

/** The DOM id a summary entry links to: the field, or the first choice of a group. */
export function formErrorTarget(e: FormError, data: RegistrationData): string {
  if (e.field.startsWith('session:')) {
    const i = data.sessions.findIndex((s) => `session:${s.id}` === e.field);
    return `s${i}`;
  }
  if (e.field === 'pass' || e.field.startsWith('custom:')) {
    const f = e.field.startsWith('custom:') ? data.customFields[Number(e.field.slice(7))] : null;
    const kind = f ? fieldKind(f) : 'group';
    const id = fieldDomId(e.attendee, e.field);
    return kind === 'text' || (kind === 'single' && f && choicesOf(f).length > RADIO_LIMIT) ? id : `${id}-0`;
  }
  return fieldDomId(e.attendee, e.field);
}

/** A service `errorCode` as the visitor reads it; an unknown code gets the generic sentence. */
export const refusalText = (m: Messages, code: string): string => m.registerErrors[code] ?? m.registerErrors.RegistrationFailed!;

/** The text of a notice (the unknown outcome has its own view with "Try again"). */
export function noticeText(m: Messages, n: Notice): string {
  switch (n.kind) {
    case 'failure':
      // A code with its own sentence says what to do; a general refusal names what the service named.
      return n.field && !(n.code !== 'RegistrationFailed' && m.registerErrors[n.code]) ? m.registerRefusedField(n.field) : refusalText(m, n.code);
    case 'unknown':
      return m.registerOutcomeUnknown;
    case 'wait':
      return m.registerWaitLong(n.seconds);
    default:
      return n.message;
  }
}

/**
 * A sending failure that is not a lost answer: a rate limit the client gave up on, a request the
 * contract refused, else the element's general sentence (`general`, the base element's).
 */
export function sendErrorText(m: Messages, err: unknown, general: (err: unknown) => string): string {
  if (isEvtApiError(err) && err.kind === 'rate-limited') return m.registerBusy;
  if (isEvtApiError(err) && err.kind === 'contract') return m.registerFailed;
  return general(err);
}

/**
 * A body over the service's limit (413): the longest free-text answer sent is the one to
 * shorten, named as the form labels it (with its attendee when there are several).
 */
export function tooLargeText(m: Messages, body: RegistrationRequest, data: RegistrationData): string {
  let best = { length: -1, label: '' };
  const multi = body.attendees.length > 1;
  body.attendees.forEach((a, i) => {
    const where = (label: string) => (multi ? m.registerErrorIn(m.registerAttendee(i + 1), label) : label);
    for (const f of ['firstName', 'lastName', 'email'] as const) {
      const v = String(a[f] ?? '');
      if (v.length > best.length) best = { length: v.length, label: where(m[contactLabel[f]]) };
    }
    for (const r of a.responses ?? []) {
      const v = typeof r.value === 'string' ? r.value : '';
      const field = data.customFields.find((c) => c.customRegistrationFieldId === r.id);
      if (v.length > best.length) best = { length: v.length, label: where(field?.text?.trim() || r.id) };
    }
  });
  return m.registerTooLarge(best.label);
}

const EMAIL_IN_TEXT = /[^\s,;:()<>"'\[\]]+@[^\s,;:()<>"'\[\]]+/g;

/** The emails a service message mentions, lower case, without trailing punctuation. */
export const emailsIn = (text: string | null | undefined): Set<string> =>
  new Set([...(text ?? '').matchAll(EMAIL_IN_TEXT)].map((x) => x[0].replace(/[.!?]+$/, '').toLowerCase()));

/**
 * How to read an `AlreadyRegistered` answer to `body` (issue 11): `ours` when it is about exactly
 * the attendees sent (one attendee, or a message naming every one of them: the service had this
 * registration, e.g. the browser re-sent a POST whose answer was lost), `named` when it names
 * some of them (nobody was registered: a request is all or nothing), `unnamed` when several were
 * sent and the answer says nobody in particular.
 */
export function readAlreadyRegistered(body: RegistrationRequest, errorMessage: string | null | undefined):
  | { kind: 'ours' }
  | { kind: 'named'; named: RegistrationRequest['attendees'] }
  | { kind: 'unnamed' } {
  const sent = body.attendees;
  if (sent.length === 1) return { kind: 'ours' };
  const emailOf = (a: (typeof sent)[number]) => String(a.email ?? '').trim().toLowerCase();
  const mentioned = emailsIn(errorMessage);
  const named = sent.filter((a) => mentioned.has(emailOf(a)));
  // An email twice in one request is refused with this code too: never "ours" then.
  const distinct = new Set(sent.map(emailOf)).size === sent.length;
  if (named.length === sent.length && distinct) return { kind: 'ours' };
  return named.length ? { kind: 'named', named } : { kind: 'unnamed' };
}

/** "Lea Marsh and Sam Marsh" in the reader's language. */
export const listOfNames = (locale: string, people: readonly { firstName?: string | null; lastName?: string | null; email?: string | null }[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    people.map((p) => `${String(p.firstName ?? '').trim()} ${String(p.lastName ?? '').trim()}`.trim() || String(p.email ?? '')),
  );

const CONTACT_WORDS: Record<ContactField, RegExp> = {
  firstName: /\bfirst\s*name\b|\bfirstname\b/i,
  lastName: /\blast\s*name\b|\blastname\b/i,
  email: /\be-?mail\b/i,
};

/**
 * The field a service refusal names, as the form labels it: "Attendee 2: lastName …" (the
 * emulator's shape; the real service's wording is not documented, so an attendee is also found by
 * its email, and a field by its key or its label). Null when the message names no field: the
 * visitor then reads the code's general sentence.
 */
export function refusedField(m: Messages, body: RegistrationRequest, data: RegistrationData, errorMessage: string | null | undefined): string | null {
  const text = errorMessage ?? '';
  if (!text) return null;
  const sent = body.attendees;
  const numbered = /\battendee\s+(\d+)\b/i.exec(text);
  const mentioned = emailsIn(text);
  let index = numbered ? Number(numbered[1]) - 1 : sent.findIndex((a) => mentioned.has(String(a.email ?? '').trim().toLowerCase()));
  if (!(index >= 0 && index < sent.length)) index = sent.length === 1 ? 0 : -1;
  const custom = data.customFields.find(
    (f) => (f.customRegistrationFieldId && text.includes(f.customRegistrationFieldId)) || (f.text && text.includes(`"${f.text}"`)),
  );
  const contact = (Object.keys(CONTACT_WORDS) as ContactField[]).find((k) => CONTACT_WORDS[k].test(text));
  const label = custom ? custom.text?.trim() || custom.customRegistrationFieldId : contact ? m[contactLabel[contact]] : null;
  if (!label) return null;
  return sent.length > 1 && index >= 0 ? m.registerErrorIn(m.registerAttendee(index + 1), label) : label;
}
