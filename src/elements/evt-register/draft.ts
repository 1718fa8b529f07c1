/**
 * What a person typed survives a reload or a failed attempt: the draft is kept in
 * `sessionStorage` (this tab only, gone when it closes), one entry per endpoint and event, and
 * removed after a registration the service accepted. Personal data goes nowhere else: not in the
 * URL, not in localStorage, not in the console.
 */
import * as z from 'zod/mini';
import type { RegistrationDraft } from './request.js';
import { isEmptyDraft } from './request.js';

const PREFIX = 'evt-widgets.register.v1';

/** The storage key of an event's draft: one per API base (with its org) and event. */
export const draftKey = (endpointBase: string, readableEventId: string) =>
  `${PREFIX}|${endpointBase}|${readableEventId}`;

// A stored draft is input like any other: a stale or tampered entry is ignored, never trusted.
const text = z.catch(z.string().check(z.maxLength(2000)), '');
const draftSchema = z.object({
  attendees: z
    .array(
      z.object({
        key: z.int().check(z.positive()),
        firstName: text,
        lastName: text,
        email: text,
        passId: text,
        answers: z.catch(z.record(z.string(), z.union([z.string(), z.array(z.string())])), {}),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
  sessionIds: z.catch(z.array(z.string()), []),
  autoRegister: z.catch(z.boolean(), false),
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
    const keys = new Set(parsed.data.attendees.map((a) => a.key));
    return keys.size === parsed.data.attendees.length ? parsed.data : null;
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
