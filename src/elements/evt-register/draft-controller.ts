/**
 * The form's draft as `<evt-register>` holds it: what was typed, per endpoint and event, kept in
 * sessionStorage through ./draft.ts (load when the event changes, save on every change, clear
 * after a registration the service accepted), the prefill of the first attendee, and whether a
 * submit was tried (errors show from then on).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { passesLeft } from '../../rules/capacity.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft.js';
import { emptyDraft, newAttendee, type Answer, type AttendeeDraft, type RegistrationData, type RegistrationDraft } from './request.js';
import type { EvtCustomField } from '../../api/schemas.js';
import type { Loaded } from './types.js';

/** Contact details a site already knows (signed-in visitors): they fill the first attendee's empty fields. */
export interface RegisterPrefill {
  firstName?: string;
  lastName?: string;
  email?: string;
}

/** A fresh form for the event: one attendee, the only pass on sale already chosen. */
export function freshDraft(data: RegistrationData): RegistrationDraft {
  const draft = emptyDraft();
  const open = data.passes.filter((p) => passesLeft(p) > 0);
  if (open.length === 1) draft.attendees[0]!.passId = open[0]!.passId;
  return draft;
}

/** The prefill in the first attendee's empty fields; what was typed always wins. */
export function withPrefill(draft: RegistrationDraft, p: RegisterPrefill): RegistrationDraft {
  const first = draft.attendees[0];
  if (!first) return draft;
  const patch: Partial<AttendeeDraft> = {};
  for (const f of ['firstName', 'lastName', 'email'] as const) {
    const v = p[f];
    if (typeof v === 'string' && v.trim() && !first[f].trim()) patch[f] = v.trim();
  }
  return Object.keys(patch).length ? { ...draft, attendees: [{ ...first, ...patch }, ...draft.attendees.slice(1)] } : draft;
}

export class DraftController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #draft: RegistrationDraft = emptyDraft();
  #key = '';
  /** Errors show after the first submit attempt, and then follow what is typed. */
  submitted = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the draft follows the loaded event (`follow`, from the host's willUpdate).
  }

  get draft(): RegistrationDraft {
    return this.#draft;
  }

  /** The storage key of the current event's draft ('' before the first load). */
  get key(): string {
    return this.#key;
  }

  /**
   * Follows the loaded event: another event (or the first load) gets its own saved draft, or a
   * fresh form with the prefill. True when the event changed (the host resets what it showed).
   */
  follow(loaded: Loaded, prefill: RegisterPrefill): boolean {
    const key = draftKey(loaded.base, loaded.rid);
    if (key === this.#key) return false;
    this.#key = key;
    this.#draft = withPrefill(loadDraft(key) ?? freshDraft(loaded.data), prefill);
    this.submitted = false;
    return true;
  }

  /** The prefill changed: it fills what is still empty (not saved: nothing was typed). */
  prefill(prefill: RegisterPrefill): void {
    this.#draft = withPrefill(this.#draft, prefill);
  }

  /** What the visitor typed or chose: kept, and saved for this tab. */
  set(draft: RegistrationDraft): void {
    this.#draft = draft;
    if (this.#key) saveDraft(this.#key, draft);
    this.#host.requestUpdate();
  }

  updateAttendee(key: number, patch: Partial<AttendeeDraft>): void {
    this.set({ ...this.#draft, attendees: this.#draft.attendees.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  }

  answer(a: AttendeeDraft, field: EvtCustomField, value: Answer): void {
    const current = this.#draft.attendees.find((x) => x.key === a.key) ?? a;
    this.updateAttendee(a.key, { answers: { ...current.answers, [field.customRegistrationFieldId]: value } });
  }

  /** Adds an attendee with the previous one's pass; returns its key. */
  addAttendee(): number {
    const list = this.#draft.attendees;
    const key = Math.max(0, ...list.map((a) => a.key)) + 1;
    const previous = list[list.length - 1];
    this.set({ ...this.#draft, attendees: [...list, newAttendee(key, previous?.passId ?? '')] });
    return key;
  }

  /** Removes an attendee (never the last one); returns its position and the key focus moves to, or null. */
  removeAttendee(key: number): { index: number; focusKey: number } | null {
    const list = this.#draft.attendees;
    const index = list.findIndex((a) => a.key === key);
    if (index < 0 || list.length < 2) return null;
    const rest = list.filter((a) => a.key !== key);
    this.set({ ...this.#draft, attendees: rest });
    // Focus stays in the same place of the form: the attendee before (or the new first one).
    return { index, focusKey: rest[Math.max(0, index - 1)]!.key };
  }

  toggleSession(id: string, on: boolean): void {
    const ids = new Set(this.#draft.sessionIds);
    if (on) ids.add(id);
    else ids.delete(id);
    this.set({ ...this.#draft, sessionIds: [...ids] });
  }

  setAutoRegister(on: boolean): void {
    this.set({ ...this.#draft, autoRegister: on });
  }

  /** After a registration the service accepted (or a purchase it holds): nothing to send again. */
  clear(data?: RegistrationData): void {
    if (this.#key) clearDraft(this.#key);
    if (data) this.#draft = freshDraft(data);
    this.submitted = false;
  }
}
