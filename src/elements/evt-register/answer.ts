/**
 * What `<evt-register>` reads in the service's answer to a registration, as pure functions over
 * the messages: which attendees an `AlreadyRegistered` names, which field a refusal names, what
 * to shorten after a 413, and the sentence for a failed send. Loaded with the sending code
 * (./send-answer.ts), not with the form.
 */
import { isEvtApiError } from '../../api/errors.js';
import type { RegistrationRequest } from '../../api/schemas.js';
import type { Messages } from '../../internal/messages.js';
import type { ContactField, RegistrationData } from './request.js';

/**
 * The contact fields' labels in the reader's language (./errors.ts `contactLabels`), passed in:
 * importing them would put the form's modules in a chunk of their own shared with this one.
 */
export type ContactLabels = Record<ContactField, string>;

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
export function tooLargeText(m: Messages, body: RegistrationRequest, data: RegistrationData, labels: ContactLabels): string {
  let best = { length: -1, label: '' };
  const multi = body.attendees.length > 1;
  body.attendees.forEach((a, i) => {
    const where = (label: string) => (multi ? m.registerErrorIn(m.registerAttendee(i + 1), label) : label);
    for (const f of ['firstName', 'lastName', 'email'] as const) {
      const v = String(a[f] ?? '');
      if (v.length > best.length) best = { length: v.length, label: where(labels[f]) };
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
export function refusedField(
  m: Messages,
  body: RegistrationRequest,
  data: RegistrationData,
  errorMessage: string | null | undefined,
  labels: ContactLabels,
): string | null {
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
  const label = custom ? custom.text?.trim() || custom.customRegistrationFieldId : contact ? labels[contact] : null;
  if (!label) return null;
  return sent.length > 1 && index >= 0 ? m.registerErrorIn(m.registerAttendee(index + 1), label) : label;
}
