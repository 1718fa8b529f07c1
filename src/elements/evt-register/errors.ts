/**
 * What `<evt-register>` says about a problem, as pure functions over the messages: a form error
 * (FormError from request.ts) as text and the DOM id its summary entry links to, and the
 * notice after an attempt (a service `errorCode`, a lost answer, a failure of the transport).
 * Reading the service's answer itself is ./answer.ts (loaded with the sending code).
 */
import { describeCharacter } from '../../rules/contact.js';
import type { Messages } from '../../internal/messages.js';
import { choicesOf, fieldKind, MAX_LENGTH, type ContactField, type FormError, type RegistrationData, type RegistrationDraft } from './request.js';
import { ANSWER_MAX_LENGTH } from './limits.js';
import type { Notice } from './types.js';

/** Up to this many choices a single-choice field is a radio group; more make a `<select>`. */
export const RADIO_LIMIT = 6;

export const contactLabel = {
  firstName: 'registerFirstName',
  lastName: 'registerLastName',
  email: 'registerEmail',
} as const;

/** The contact fields' labels in `m`'s language. */
export const contactLabels = (m: Messages): Record<ContactField, string> => ({
  firstName: m[contactLabel.firstName],
  lastName: m[contactLabel.lastName],
  email: m[contactLabel.email],
});

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
