/**
 * What a person typed survives a reload or a failed attempt: the draft is kept in
 * `sessionStorage` (this tab only, gone when it closes), one entry per endpoint and event, and
 * removed after a registration the service accepted. Personal data goes nowhere else: not in the
 * URL, not in localStorage, not in the console.
 *
 * Beside it, for the same key and with no more personal data than the draft held: the
 * confirmation of the registration just accepted (a reload shows it again; gone with "Register
 * someone else" or after CONFIRMATION_TTL_MS), and a marker while a registration is on its way (a
 * reload during sending knows the outcome is unknown).
 */
import * as z from 'zod/mini';
import type { Answer, RegistrationDraft } from './request.js';
import { isEmptyDraft } from './request.js';
import { DRAFT_TEXT_MAX } from './limits.js';

const PREFIX = 'evt-widgets.register.v1';

/** The storage key of an event's draft: one per API base (with its org) and event. */
export const draftKey = (endpointBase: string, readableEventId: string) =>
  `${PREFIX}|${endpointBase}|${readableEventId}`;

// A stored draft is input like any other: a stale or tampered entry is ignored, never trusted.
// What was typed is kept whole (the fields' own limits are far below DRAFT_TEXT_MAX); only a
// string no input could produce is cut.
const cut = (s: string) => (s.length > DRAFT_TEXT_MAX ? s.slice(0, DRAFT_TEXT_MAX) : s);
const kept = z.pipe(z.string(), z.transform(cut));
/**
 * `schema`'s value, or `fallback` when the stored value does not fit (or is missing): zod's
 * `catch`, built from the pieces the API schemas use anyway. (Every zod schema kind a module uses
 * is in the chunk every element loads first: `z.catch` and `z.int` here cost the list page 0.8 KB.)
 */
const orElse = <T>(schema: z.ZodMiniType<T>, fallback: T) =>
  // A bare transform: its input may be missing (a pipe from z.unknown() would make the key required).
  z.transform((v: unknown): T => {
    const r = schema.safeParse(v);
    return r.success ? r.data : fallback;
  });
const text = orElse(kept, '');
/**
 * The stored answers, keyed by field: each a text or a list of texts (cut as above); anything
 * else and there are none. In code, not `z.record`: that kind alone is 0.4 KB on every page.
 */
const answers = z.transform((v: unknown): Record<string, Answer> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  const out: [string, Answer][] = [];
  for (const [k, a] of Object.entries(v)) {
    if (typeof a === 'string') out.push([k, cut(a)]);
    else if (Array.isArray(a) && a.every((x) => typeof x === 'string')) out.push([k, a.map(cut)]);
    else return {};
  }
  // fromEntries defines each key: a stored "__proto__" is a field name, never the prototype.
  return Object.fromEntries(out);
});
/** At most this many attendees in a stored draft or confirmation (the form's own limit is lower). */
const MAX_STORED_ATTENDEES = 50;
const draftSchema = z.object({
  attendees: z
    .array(
      z.object({
        // A positive whole number, unique in the draft (checked in `loadDraft`).
        key: z.number(),
        firstName: text,
        lastName: text,
        email: text,
        passId: text,
        answers,
      }),
    )
    .check(z.minLength(1)),
  sessionIds: orElse(z.array(z.string()), []),
  autoRegister: orElse(z.boolean(), false),
});

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Blocked storage (sandboxed iframes, some privacy settings) throws on access.
    return null;
  }
}

/** The draft saved for this key, or null. */
export function loadDraft(key: string): RegistrationDraft | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { attendees } = parsed.data;
    const keys = new Set(attendees.map((a) => a.key));
    const keysFit = attendees.every((a) => Number.isInteger(a.key) && a.key > 0) && keys.size === attendees.length;
    return keysFit && attendees.length <= MAX_STORED_ATTENDEES ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the draft, or removes the entry when nothing was typed. Failures (quota, blocked) are ignored. */
export function saveDraft(key: string, draft: RegistrationDraft): void {
  try {
    const s = storage();
    if (!s) return;
    if (isEmptyDraft(draft)) s.removeItem(key);
    else s.setItem(key, JSON.stringify(draft));
  } catch {
    /* a draft is a convenience: never an error */
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* ignored */
  }
}

// ── the confirmation after a success, and the marker while sending ────────────

/** How long a reload shows the confirmation again: long enough for a reload, short for a shared computer. */
export const CONFIRMATION_TTL_MS = 30 * 60 * 1000;
/** A marker older than this is from an attempt long settled. */
export const SENDING_TTL_MS = 10 * 60 * 1000;

const person = z.object({ firstName: text, lastName: text, email: text, waitlisted: orElse(z.boolean(), false) });
const confirmationSchema = z.object({
  at: z.number(),
  attendees: z.pipe(
    z.array(person).check(z.minLength(1)),
    z.transform((list, ctx) => {
      if (list.length > MAX_STORED_ATTENDEES) ctx.issues.push({ code: 'custom', message: 'too many attendees', input: list });
      return list;
    }),
  ),
  sessions: orElse(z.array(z.object({ id: z.string(), waitlisted: z.array(text) })), []),
  recovered: orElse(z.boolean(), false),
  alreadyRegistered: orElse(z.boolean(), false),
});
export type StoredConfirmation = z.infer<typeof confirmationSchema>;

const sendingSchema = z.object({ at: z.number(), signature: z.string() });

function read<T>(key: string, schema: z.ZodMiniType<T>, ttl: number): T | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    const at = parsed.success ? (parsed.data as { at: number }).at : NaN;
    if (!parsed.success || !(Date.now() - at < ttl)) {
      storage()?.removeItem(key);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown | null): void {
  try {
    const s = storage();
    if (!s) return;
    if (value === null) s.removeItem(key);
    else s.setItem(key, JSON.stringify(value));
  } catch {
    /* a convenience: never an error */
  }
}

export const loadConfirmation = (key: string) => read(`${key}|confirmed`, confirmationSchema, CONFIRMATION_TTL_MS);
export const saveConfirmation = (key: string, c: StoredConfirmation | null) => write(`${key}|confirmed`, c);

/** `signature` (see request.ts `attendeeSignature`) identifies who was being registered. */
export const loadSending = (key: string) => read(`${key}|sending`, sendingSchema, SENDING_TTL_MS);
export const saveSending = (key: string, signature: string | null) => write(`${key}|sending`, signature === null ? null : { at: Date.now(), signature });
