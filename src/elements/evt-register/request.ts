/**
 * What `<evt-register>` decides without a DOM: who of this registration goes on a waitlist
 * (contract §8, with the capacity from src/rules/), what the form checks before sending, and the
 * exact request body of each API flavour (contract §4). Pure functions over the API's own types,
 * so every rule is testable on its own and the element only renders and sends. Whether the form is
 * shown at all is src/rules/availability.ts's answer.
 */
import type { Flavour } from '../../api/endpoint.js';
import {
  CustomFieldType,
  type EvtCustomField,
  type EvtEvent,
  type EvtPass,
  type EvtSession,
  type HipObject,
  type OmAttendee,
  type OmRegistrationRequest,
  type RegistrationRequest,
  type RtmAttendee,
  type RtmRegistrationRequest,
} from '../../api/schemas.js';
import { capacity, isPaid, MAX_ATTENDEES, passesLeft, sessionPlacesLeft, type Capacity } from '../../rules/capacity.js';
import { contactProblem } from '../../rules/contact.js';
import { ANSWER_MAX_LENGTH, MAX_LENGTH } from './limits.js';

/** The length limits of the contact fields (contract §4), for messages: see ./limits.ts. */
export { MAX_ATTENDEES, MAX_LENGTH };

export type ContactField = keyof typeof MAX_LENGTH;
export const CONTACT_FIELDS: readonly ContactField[] = ['firstName', 'lastName', 'email'];

/** A custom field's answer as the form keeps it: text, "Yes"/"No", one choice, or several. */
export type Answer = string | string[];

/** One attendee as typed. `key` is stable while the list changes (ids, focus, drafts). */
export interface AttendeeDraft {
  key: number;
  firstName: string;
  lastName: string;
  email: string;
  /** The chosen pass of a paid event, `''` when none. */
  passId: string;
  /** Answers by `customRegistrationFieldId`. */
  answers: Record<string, Answer>;
}

/** Everything a person has typed or chosen: what the draft keeps and the request is built from. */
export interface RegistrationDraft {
  attendees: AttendeeDraft[];
  /** The sessions chosen (custom agenda); every attendee of the registration attends them. */
  sessionIds: string[];
  /** "Register me automatically when a place frees up" (offered only under §8's conditions). */
  autoRegister: boolean;
}

/** What the API says about the event, as the form needs it. */
export interface RegistrationData {
  event: EvtEvent;
  /** `registrations/count`; null when the service had none (the service then has the last word on capacity). */
  registrationCount: number | null;
  passes: EvtPass[];
  customFields: EvtCustomField[];
  /** The event's sessions; only used when a custom agenda is offered (see `agendaOffered`). */
  sessions: EvtSession[];
  /**
   * The API flavour (default `om`). Real-time journeys' documented body sends sessions as
   * `{ sessionId }` only, with no way to ask for a session's waitlist: there, a full session
   * cannot be chosen.
   */
  flavour?: Flavour;
}

// ── the event's rules, as the form needs them (decided in src/rules/) ─────────

/** The event's capacity with this registration's data. */
export const formCapacity = (data: RegistrationData): Capacity => capacity(data.event, data.registrationCount, data.passes);

/** Places left as a number to compare with: unknown counts as unlimited (the service decides). */
const placesOrUnlimited = (cap: Capacity) => cap.placesLeft ?? Number.POSITIVE_INFINITY;

/** A session's waitlist can be asked for: the event keeps waitlists and the flavour can say so. */
export const sessionWaitlist = (data: RegistrationData) => formCapacity(data).waitlist && (data.flavour ?? 'om') === 'om';

/** Sessions can be chosen ⇔ `allowCustomAgenda`, a free event, and sessions to choose from (§8). */
export const agendaOffered = (data: RegistrationData) =>
  data.event.allowCustomAgenda === true && !isPaid(data.passes) && data.sessions.length > 0;

// ── who goes where ─────────────────────────────────────────────────────────────

export interface AttendeePlan {
  /** On the event's waitlist: beyond the places left (§8 step 4). */
  waitlisted: boolean;
  /** The chosen sessions, each with the attendee's place on its waitlist (§8 step 5). */
  sessions: { sessionId: string; waitlisted: boolean }[];
}

/** The chosen sessions that still exist, in the event's order. */
export function chosenSessions(data: RegistrationData, draft: Pick<RegistrationDraft, 'sessionIds'>): EvtSession[] {
  if (!agendaOffered(data)) return [];
  const ids = new Set(draft.sessionIds);
  return data.sessions.filter((s) => ids.has(s.id));
}

/** Per attendee, in order: waitlisted for the event, and for each chosen session. */
export function plan(data: RegistrationData, draft: RegistrationDraft): AttendeePlan[] {
  const cap = formCapacity(data);
  const left = placesOrUnlimited(cap);
  const sessions = chosenSessions(data, draft);
  const sessionWait = sessionWaitlist(data);
  return draft.attendees.map((_, i) => ({
    waitlisted: cap.waitlist && i >= left,
    sessions: sessions.map((s) => ({ sessionId: s.id, waitlisted: sessionWait && i >= sessionPlacesLeft(s) })),
  }));
}

/** §8 step 6: free event, the checkbox enabled, not automatic anyway, and someone is waitlisted. */
export function autoRegisterOffered(data: RegistrationData, draft: RegistrationDraft): boolean {
  const e = data.event;
  if (e.showAutomaticRegistrationCheckbox !== true || e.autoregisterWaitlistItems === true || isPaid(data.passes)) return false;
  return plan(data, draft).some((a) => a.waitlisted || a.sessions.some((s) => s.waitlisted));
}

/**
 * The portal's extra values for a submission of the event's own marketing form (`use-event-form`,
 * ./event-form.ts; contract §8): one attendee, every session of a custom agenda, from our rules.
 */
export function formExtraValues(data: RegistrationData): Record<string, string | boolean> {
  // The form registers one person; with a custom agenda and no cart, the portal registers every
  // session ("with an empty cart, Register adds every session").
  const sessionIds = agendaOffered(data) ? data.sessions.map((s) => s.id) : [];
  const [p] = plan(data, { attendees: [{ key: 0, firstName: '', lastName: '', email: '', passId: '', answers: {} }], sessionIds, autoRegister: false });
  return {
    d365mktEvent_waitlisted: p!.waitlisted,
    // The portal sends its own checkbox's state; the marketing form replaces that UI, so the
    // visitor never asked for it.
    d365mktEvent_autoRegister: false,
    d365mktEvent_attendeeSessions: JSON.stringify(p!.sessions),
  };
}

/** The sum of the chosen passes of the attendees who get a place, and its currency symbol. */
export function total(data: RegistrationData, draft: RegistrationDraft): { amount: number; currencySymbol: string } {
  const plans = plan(data, draft);
  let amount = 0;
  let currencySymbol = data.passes.find((p) => p.currencySymbol)?.currencySymbol ?? '';
  draft.attendees.forEach((a, i) => {
    const pass = !plans[i]!.waitlisted && data.passes.find((p) => p.passId === a.passId);
    if (pass) {
      amount += pass.price ?? 0;
      currencySymbol = pass.currencySymbol || currencySymbol;
    }
  });
  return { amount, currencySymbol };
}

// ── custom registration fields ────────────────────────────────────────────────

export type FieldKind = 'text' | 'boolean' | 'single' | 'multiple';

/** The choices of a choice field: `choices` split on line breaks, trimmed, without blanks or repeats. */
export function choicesOf(field: EvtCustomField): string[] {
  return [...new Set((field.choices ?? '').split(/\r\n|\r|\n/).map((c) => c.trim()).filter(Boolean))];
}

/** How a field is asked; an unknown type, or a choice field without choices, is simple text. */
export function fieldKind(field: EvtCustomField): FieldKind {
  switch (field.type) {
    case CustomFieldType.Boolean:
      return 'boolean';
    case CustomFieldType.SingleChoice:
      return choicesOf(field).length ? 'single' : 'text';
    case CustomFieldType.MultipleChoice:
      return choicesOf(field).length ? 'multiple' : 'text';
    default:
      return 'text';
  }
}

/**
 * The attendee's answer to a field, by the field's own id, whatever it is: a GUID (outbound), an
 * attribute key such as `jobtitle` or `customUnmappedField1` (real-time journeys), or a key that
 * is also an `Object.prototype` member (`constructor`), which must not read as an answer.
 */
export const answerFor = (a: Pick<AttendeeDraft, 'answers'>, field: EvtCustomField): Answer | undefined =>
  Object.prototype.hasOwnProperty.call(a.answers, field.customRegistrationFieldId) ? a.answers[field.customRegistrationFieldId] : undefined;

/** The answer as it will be sent, or null when there is none (the response is then omitted). */
function answerOf(field: EvtCustomField, raw: Answer | undefined): { value: string; values: string[] | null } | null {
  const kind = fieldKind(field);
  if (kind === 'multiple') {
    const picked = new Set(Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? [raw] : []);
    // In the field's own order, whatever order they were ticked in; stale choices are dropped.
    const values = choicesOf(field).filter((c) => picked.has(c));
    return values.length ? { value: values.join(', '), values } : null;
  }
  const v = (Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')).trim();
  if (!v) return null;
  if (kind === 'boolean') return v === 'Yes' || v === 'No' ? { value: v, values: null } : null;
  if (kind === 'single') return choicesOf(field).includes(v) ? { value: v, values: null } : null;
  return { value: v, values: null };
}

// ── validation ───────────────────────────────────────────────────────────────

/**
 * `character`: a name holds a refused character (`codePoint`); `letter`: a name without a letter;
 * `emailTwice`: the same email for two attendees of this registration.
 */
export type FormErrorCode = 'required' | 'tooLong' | 'character' | 'letter' | 'email' | 'emailTwice' | 'choose' | 'pass' | 'passLimit' | 'sessionFull';

/**
 * A problem the form shows next to a field. `field` is `firstName`, `lastName`, `email`, `pass`,
 * `custom:<index in customFields>` (per attendee) or `session:<sessionId>` (attendee null).
 */
export interface FormError {
  attendee: number | null;
  field: string;
  code: FormErrorCode;
  /** `tooLong`: the limit. `passLimit` / `sessionFull`: the places left. */
  limit?: number;
  /** `character`: the first refused character. */
  codePoint?: number;
}

/**
 * The first problem of a contact field, by the rule the emulator applies too (src/rules/contact.js).
 * The request builder's schema checks the same rule.
 */
export function contactError(field: ContactField, value: string): Pick<FormError, 'code' | 'limit' | 'codePoint'> | null {
  return contactProblem(field, value);
}

/** Every problem, in the order of the form (attendees, then sessions). Empty: ready to send. */
export function validate(data: RegistrationData, draft: RegistrationDraft): FormError[] {
  const errors: FormError[] = [];
  const plans = plan(data, draft);
  const sold = new Map<string, number>();
  const emails = new Set<string>();
  draft.attendees.forEach((a, i) => {
    for (const field of CONTACT_FIELDS) {
      const problem = contactError(field, a[field]);
      if (problem) errors.push({ attendee: a.key, field, ...problem });
    }
    // The service refuses a request with an email twice (AlreadyRegistered): say so before sending,
    // and keep that answer meaning "already registered" (see send.ts).
    const email = a.email.trim().toLowerCase();
    if (email && !contactError('email', a.email)) {
      if (emails.has(email)) errors.push({ attendee: a.key, field: 'email', code: 'emailTwice' });
      emails.add(email);
    }
    if (isPaid(data.passes) && !plans[i]!.waitlisted) {
      const pass = data.passes.find((p) => p.passId === a.passId);
      if (!pass) errors.push({ attendee: a.key, field: 'pass', code: 'pass' });
      else {
        const n = (sold.get(pass.passId) ?? 0) + 1;
        sold.set(pass.passId, n);
        if (n > passesLeft(pass)) errors.push({ attendee: a.key, field: 'pass', code: 'passLimit', limit: passesLeft(pass) });
      }
    }
    data.customFields.forEach((f, fi) => {
      const raw = answerFor(a, f);
      if (f.isRequired && !answerOf(f, raw)) {
        errors.push({ attendee: a.key, field: `custom:${fi}`, code: fieldKind(f) === 'text' ? 'required' : 'choose' });
      } else if (fieldKind(f) === 'text' && typeof raw === 'string' && raw.trim().length > ANSWER_MAX_LENGTH) {
        errors.push({ attendee: a.key, field: `custom:${fi}`, code: 'tooLong', limit: ANSWER_MAX_LENGTH });
      }
    });
  });
  // Without a session waitlist a session cannot take more attendees than its places left.
  if (!sessionWaitlist(data)) {
    for (const s of chosenSessions(data, draft)) {
      const left = sessionPlacesLeft(s);
      if (draft.attendees.length > left) errors.push({ attendee: null, field: `session:${s.id}`, code: 'sessionFull', limit: left });
    }
  }
  return errors;
}

// ── the request ──────────────────────────────────────────────────────────────

// Trimmed, as the request schema trims them (src/api/writes.ts), which the store applies before
// sending; `validate` has checked the contact rule already.
const contact = (a: AttendeeDraft) => ({ firstName: a.firstName.trim(), lastName: a.lastName.trim(), email: a.email.trim() });

/**
 * The body of `POST events/{id}/registrations` in the endpoint's flavour (contract §4), for a
 * draft that `validate` accepts. Waitlisted attendees follow the others, as the portal sends them.
 *
 * Outbound marketing (Microsoft's portal, field for field): every attendee has `passId` (`''`
 * when free or waitlisted), `waitlisted`, `autoRegister`, `responses` as `{ id, value, values }`
 * and, with chosen sessions, `attendeeSessions` as `{ sessionId, waitlisted }`.
 *
 * Real-time journeys (the documented body): `waitlisted: true` only when waitlisted, `responses`
 * as `{ id, value }`, `attendeeSessions` as `{ sessionId }`; `passId` only for a paid event and
 * `autoRegister` only when asked for, as the documented examples have neither.
 *
 * `hipObject` is added when given (events with `enableCaptcha`), and omitted otherwise.
 */
export function buildRequest(
  data: RegistrationData,
  draft: RegistrationDraft,
  flavour: Flavour,
  hipObject?: HipObject,
): RegistrationRequest {
  const plans = plan(data, draft);
  const auto = draft.autoRegister && autoRegisterOffered(data, draft);
  const paid = isPaid(data.passes);
  const order = draft.attendees.map((a, i) => ({ a, p: plans[i]! }));
  // Stable: keeps the typed order within each group.
  order.sort((x, y) => Number(x.p.waitlisted) - Number(y.p.waitlisted));

  if (flavour === 'om') {
    const attendees: OmAttendee[] = order.map(({ a, p }) => {
      const responses = data.customFields.flatMap((f) => {
        const ans = answerOf(f, answerFor(a, f));
        return ans ? [{ id: f.customRegistrationFieldId, value: ans.value, values: ans.values }] : [];
      });
      return {
        ...contact(a),
        passId: paid && !p.waitlisted ? a.passId : '',
        waitlisted: p.waitlisted,
        autoRegister: auto,
        responses,
        ...(p.sessions.length ? { attendeeSessions: p.sessions.map((s) => ({ sessionId: s.sessionId, waitlisted: s.waitlisted })) } : {}),
      };
    });
    const body: OmRegistrationRequest = { attendees };
    if (hipObject) body.hipObject = hipObject;
    return body;
  }

  const attendees: RtmAttendee[] = order.map(({ a, p }) => {
    const responses = data.customFields.flatMap((f) => {
      const ans = answerOf(f, answerFor(a, f));
      return ans ? [{ id: f.customRegistrationFieldId, value: ans.value }] : [];
    });
    return {
      ...contact(a),
      ...(p.waitlisted ? { waitlisted: true } : {}),
      ...(paid && !p.waitlisted ? { passId: a.passId } : {}),
      ...(auto ? { autoRegister: true } : {}),
      responses,
      ...(p.sessions.length ? { attendeeSessions: p.sessions.map((s) => ({ sessionId: s.sessionId })) } : {}),
    };
  });
  const body: RtmRegistrationRequest & { hipObject?: HipObject } = { attendees };
  if (hipObject) body.hipObject = hipObject;
  return body;
}

/**
 * Who a request registers, independent of order and case: a retry whose answer is
 * `AlreadyRegistered` for the same people as an attempt with an unknown outcome confirms that
 * attempt. Kept in memory only.
 */
export function attendeeSignature(request: RegistrationRequest): string {
  return request.attendees
    .map((a) => [a.firstName, a.lastName, a.email].map((s) => String(s ?? '').trim().toLowerCase()).join('\u0000'))
    .sort()
    .join('\u0001');
}

// ── drafts ───────────────────────────────────────────────────────────────────

export const newAttendee = (key: number, passId = ''): AttendeeDraft => ({
  key,
  firstName: '',
  lastName: '',
  email: '',
  passId,
  answers: {},
});

export const emptyDraft = (): RegistrationDraft => ({ attendees: [newAttendee(1)], sessionIds: [], autoRegister: false });

/** Nothing typed or chosen: not worth keeping. */
export function isEmptyDraft(draft: RegistrationDraft): boolean {
  return (
    !draft.sessionIds.length &&
    !draft.autoRegister &&
    draft.attendees.every(
      (a) =>
        !a.firstName.trim() &&
        !a.lastName.trim() &&
        !a.email.trim() &&
        !a.passId &&
        Object.values(a.answers).every((v) => (Array.isArray(v) ? !v.length : !v)),
    )
  );
}
