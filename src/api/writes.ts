/**
 * The store's writes (registration, finalize, session registration, cancellation): their paths,
 * the zod schemas a request body must pass before it is sent, and their answers' schemas. Only
 * <evt-register> sends, so this module (with the contact rule, src/rules/contact.js) is not in the
 * chunk every element shares: the store loads it with its first write (`import()`), and
 * <evt-register> fetches it as soon as the visitor focuses or types in its form (send.ts).
 */
import * as z from 'zod/mini';
import type { Flavour } from './endpoint.js';
import { EvtApiError } from './errors.js';
import { ev, need } from './resources.js';
import { booleanSchema, id, many, registrationResultSchema, type RegistrationResult } from './schemas.js';
import { contactProblem, type ContactField } from '../rules/contact.js';
import { MAX_ATTENDEES } from '../rules/capacity.js';

// ── registration: requests (what the form sends) ───────────────────────────────

/**
 * Validation of the attendee's own fields, shared by the registration form and the request
 * builder: the rule of src/rules/contact.js, which the emulator applies too. Values are trimmed.
 * The issue message is the rule's problem code (`required`, `tooLong`, `character`, `letter`,
 * `email`); the form reads the full problem from the rule itself.
 */
// (A transform that adds the issue, not z.trim()/z.superRefine()/z.maxLength(): zod's modules are
// in the chunk every element loads first, so each kind only this lazy module uses would be there.)
const contactField = (field: ContactField) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const value = raw.trim();
      const problem = contactProblem(field, value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem.code, input: value });
      return value;
    }),
  );
export const attendeeContactSchema = z.object({
  firstName: contactField('firstName'),
  lastName: contactField('lastName'),
  email: contactField('email'),
});
export const hipObjectSchema = z.looseObject(many(z.string(), 'Solution Token Type FlowId'));

const attendeeSessionsField = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item));

/** Outbound marketing attendee (Microsoft's portal always sends every field; `passId` is `''` when free). */
export const omAttendeeSchema = z.looseObject({
  ...attendeeContactSchema.shape,
  passId: z.optional(z.string()),
  ...many(z.optional(z.boolean()), 'waitlisted autoRegister'),
  /** `value`: text, "Yes"/"No", the choice, or multiple choices joined with ", "; `values`: the multiple choices, else null. */
  responses: z.optional(
    z.array(z.looseObject({ id, value: z.string(), values: z.optional(z.nullable(z.array(z.string()))) })),
  ),
  attendeeSessions: attendeeSessionsField(z.looseObject({ sessionId: id, waitlisted: z.optional(z.boolean()) })),
});

/** Real-time journeys attendee: `responses[].id` is an attribute key such as `jobtitle`. */
export const rtmAttendeeSchema = z.looseObject({
  ...attendeeContactSchema.shape,
  waitlisted: z.optional(z.boolean()),
  responses: z.optional(z.array(z.looseObject({ id, value: z.string() }))),
  attendeeSessions: attendeeSessionsField(z.looseObject({ sessionId: id })),
});

const attendees = <T extends z.ZodMiniType>(a: T) =>
  z.pipe(
    z.array(a).check(z.minLength(1)),
    z.transform((list: z.output<T>[], ctx) => {
      if (list.length > MAX_ATTENDEES) ctx.issues.push({ code: 'custom', message: 'TooManyAttendees', input: list });
      return list;
    }),
  );

export const omRegistrationRequestSchema = z.looseObject({
  attendees: attendees(omAttendeeSchema),
  // Omitted (not null) when the event has no captcha.
  hipObject: z.optional(hipObjectSchema),
});
export const rtmRegistrationRequestSchema = z.looseObject({ attendees: attendees(rtmAttendeeSchema) });

export const finalizeRequestSchema = z.looseObject({ purchaseId: id, hipObject: z.optional(hipObjectSchema) });

export type OmAttendee = z.input<typeof omAttendeeSchema>;
export type RtmAttendee = z.input<typeof rtmAttendeeSchema>;
/** An attendee of either flavour. */
export type Attendee = OmAttendee | RtmAttendee;
export type OmRegistrationRequest = z.input<typeof omRegistrationRequestSchema>;
export type RtmRegistrationRequest = z.input<typeof rtmRegistrationRequestSchema>;
/** The body of `POST events/{id}/registrations`, in the endpoint's flavour. */
export type RegistrationRequest = OmRegistrationRequest | RtmRegistrationRequest;
export type FinalizeRegistrationRequest = z.input<typeof finalizeRequestSchema>;
export type AttendeeContact = z.output<typeof attendeeContactSchema>;
export type HipObject = z.output<typeof hipObjectSchema>;

/** One write: its path, the schema its body must pass before it is sent (if any), its answer's schema. */
export interface Write<T> {
  path: string;
  request?: z.ZodMiniType;
  schema: z.ZodMiniType<T>;
}

/** The writes. Each throws a `config` error for a missing id or a write the flavour does not have. */
export function makeWrites(flavour: Flavour) {
  const omOnly = (what: string) => {
    if (flavour !== 'om') throw new EvtApiError('config', `Events API: ${what} exists in outbound marketing only, not in real-time journeys.`);
  };
  return {
    register: (rid: string): Write<RegistrationResult> => ({
      path: `${ev(rid)}/registrations`,
      request: flavour === 'om' ? omRegistrationRequestSchema : rtmRegistrationRequestSchema,
      schema: registrationResultSchema,
    }),
    finalize: (rid: string): Write<RegistrationResult> => ({
      path: `${ev(rid)}/registrations/finalize`,
      request: finalizeRequestSchema,
      schema: registrationResultSchema,
    }),
    registerSession: (rid: string, sessionId: string): Write<boolean> => {
      omOnly('registerSession');
      return { path: `${ev(rid)}/sessions/${need(sessionId, 'sessionId')}/registrations`, schema: booleanSchema };
    },
    cancelRegistration: (registrationId: string): Write<boolean> => {
      omOnly('cancelRegistration');
      return { path: `users/authenticated/registrations/${need(registrationId, 'registrationId')}/cancel`, schema: booleanSchema };
    },
  };
}
