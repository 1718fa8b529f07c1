/**
 * Where a registration is sent: `<evt-register>`'s SendController validates the draft, announces
 * the exact body (`evt-register-submit`), solves the captcha through the page's provider, sends
 * once (a second click while sending does nothing), and turns every answer into what the visitor
 * sees: the confirmation (`evt-registered`), the payment step (`evt-payment-required`), a refusal,
 * a wait, or an unknown outcome with "Try again" whose `AlreadyRegistered` confirms the lost one.
 *
 * Readings where the contract is silent (README, emulator section):
 * - `AlreadyRegistered` for exactly the attendees sent is this registration, already received
 *   (a POST the browser re-sent after its answer was lost; a retry after an unknown outcome; a
 *   reload during sending): the confirmation, `evt-registered` with `alreadyRegistered`, no draft.
 *   For some of them it is a refusal naming them; for several, unnamed, it lists who was sent.
 * - A wait the client does not sleep through (a `Retry-After` over its limit) is told with its
 *   length and retried when it is over; "Try now" brings it forward. Nothing waits in silence.
 * - The service may or may not refuse a second POST while the first is processed: this
 *   controller never sends a registration twice on its own, only when the visitor asks
 *   ("Try again", "Try now", Register) or after a 429, which the service refused unprocessed.
 *
 * This module is what the form needs (the state it renders, the checks before sending); what
 * happens once a registration is on its way (the captcha, the request, reading the answer) is
 * ./send-answer.ts, loaded when the visitor starts on the form (or with the first send), so a
 * page that shows the form does not download it before anyone types.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HipObject, RegistrationRequest } from '../../api/schemas.js';
import type { EventsStore } from '../../api/store.js';
import { EvtRegisterSubmitEvent } from '../../internal/events.js';
import type { Messages } from '../../internal/messages.js';
import type { DraftController } from './draft-controller.js';
import { contactLabels } from './errors.js';
import { loadConfirmation, loadSending, saveConfirmation, saveSending } from './draft.js';
import type { FocusController } from './focus.js';
import { attendeeSignature, buildRequest, plan, total, validate } from './request.js';
import type { CaptchaProvider, Loaded, Notice, Outcome } from './types.js';

export interface SendHost extends ReactiveControllerHost, EventTarget {
  readonly msg: Messages;
  readonly locale: string;
  readonly store: EventsStore | null;
  readonly captcha?: CaptchaProvider;
  readonly paymentUrl?: string;
}

export interface SendOptions {
  loaded(): Loaded | null;
  draft: DraftController;
  focus: FocusController;
  /** `evt-error` and, for the site owner, the console (the base element's `reportError`). */
  report(err: unknown, extra: { readableEventId?: string; errorCode?: string }): void;
  /** The base element's visitor sentence for an error. */
  errorMessage(err: unknown): string;
  navigate(url: string): void;
  /** Capacity may have changed: read the event's data again from the service. */
  reloadFresh(): void;
  /**
   * The form shows again (a send that did not succeed, "Register someone else"): what changed
   * meanwhile is read again (while sending and on the confirmation the element watches nothing).
   */
  formAgain(): void;
}

/** The sending code, loaded once (./send-answer.ts). */
let answerModule: Promise<typeof import('./send-answer.js')> | undefined;
const loadAnswer = () => (answerModule ??= import('./send-answer.js').catch((err: unknown) => ((answerModule = undefined), Promise.reject(err))));

export class SendController implements ReactiveController {
  /** @internal (./send-answer.ts) */
  readonly host: SendHost;
  /** @internal (./send-answer.ts) */
  readonly o: SendOptions;
  sending = false;
  /** The live status near the button: "Sending…", "Waiting…". */
  status = '';
  notice: Notice | null = null;
  outcome: Outcome | null = null;
  /** Who the last attempt with an unknown outcome registered (in memory only). @internal */
  unknownSignature: string | null = null;
  /** @internal */
  captchaCtrl: AbortController | null = null;
  /** The retry after a long wait (notice `wait`). @internal */
  waitTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * What ./send-answer.ts uses of the form's own modules, handed over rather than imported: a
   * module both import would leave `evt-register.js` for a chunk of its own. @internal
   */
  readonly form = { attendeeSignature, total, saveConfirmation, saveSending, contactLabels } as const;

  constructor(host: SendHost, options: SendOptions) {
    this.host = host;
    this.o = options;
    host.addController(this);
  }

  // The sending code and the store's writes (request schemas, src/api/writes.ts) load as soon as
  // the visitor starts on the form: a submit never waits for more than those imports.
  readonly #prepare = () => {
    this.host.removeEventListener('focusin', this.#prepare);
    this.host.removeEventListener('input', this.#prepare);
    const quiet = () => {
      /* said on the submit, which imports them again */
    };
    loadAnswer().catch(quiet);
    import('../../api/writes.js').catch(quiet);
  };

  hostConnected(): void {
    this.host.addEventListener('focusin', this.#prepare);
    this.host.addEventListener('input', this.#prepare);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.#prepare);
    this.host.removeEventListener('input', this.#prepare);
    this.captchaCtrl?.abort();
    // A scheduled retry is for a visitor who is looking: one who comes back sends with "Try now".
    this.clearWait();
  }

  /**
   * Another event (or the first load): nothing of the last one's attempts counts, but this tab's
   * own past for this event does: the confirmation of a registration just accepted shows again
   * after a reload, and a reload during sending leaves the outcome unknown.
   */
  reset(loaded: Loaded): void {
    this.clearWait();
    this.notice = null;
    this.outcome = null;
    this.unknownSignature = null;
    const key = this.o.draft.key;
    const confirmed = key ? loadConfirmation(key) : null;
    if (confirmed) {
      const byId = new Map(loaded.data.sessions.map((s) => [s.id, s]));
      this.outcome = {
        kind: 'success',
        loaded,
        attendees: confirmed.attendees,
        sessions: confirmed.sessions.flatMap((s) => (byId.has(s.id) ? [{ session: byId.get(s.id)!, waitlisted: s.waitlisted }] : [])),
        recovered: confirmed.recovered,
        alreadyRegistered: confirmed.alreadyRegistered,
      };
      return;
    }
    const sending = key ? loadSending(key) : null;
    if (sending) {
      // The page went away while a registration was on its way: it may have gone through.
      this.unknownSignature = sending.signature;
      this.notice = { kind: 'unknown' };
    }
  }

  /** "Register someone else": back to the form; the confirmation is not shown again. */
  again(): void {
    this.outcome = null;
    this.notice = null;
    this.o.draft.submitted = false;
    if (this.o.draft.key) saveConfirmation(this.o.draft.key, null);
    this.o.formAgain();
    this.host.requestUpdate();
  }

  /** Validates, announces (`evt-register-submit`), sends once, and handles every answer. */
  async send(): Promise<void> {
    const loaded = this.o.loaded();
    const store = this.host.store;
    // A second click while the first is on its way does nothing: one request.
    if (!loaded || !store || this.sending) return;
    this.clearWait();
    const { rid, data, flavour } = loaded;
    const m = this.host.msg;
    const drafts = this.o.draft;
    drafts.submitted = true;
    this.notice = null;
    const draft = drafts.draft;
    if (validate(data, draft).length) {
      this.o.focus.request({ part: 'error-summary' });
      return;
    }
    const plans = plan(data, draft);
    const submit = new EvtRegisterSubmitEvent({ readableEventId: rid, request: buildRequest(data, draft, flavour) });
    if (!this.host.dispatchEvent(submit)) {
      this.host.requestUpdate();
      return;
    }
    const body: RegistrationRequest & { hipObject?: HipObject } = submit.detail.request;

    this.sending = true;
    this.status = m.registerSending;
    this.host.requestUpdate();
    let answer: typeof import('./send-answer.js');
    try {
      answer = await loadAnswer();
    } catch (err) {
      // The sending code could not be loaded (the network went away): nothing was sent; the
      // next submit asks for it again.
      this.sending = false;
      this.status = '';
      this.notice = { kind: 'error', message: m.registerFailed };
      this.o.focus.request({ part: 'notice' });
      this.o.report(err, { readableEventId: rid });
      this.o.formAgain();
      this.host.requestUpdate();
      return;
    }
    await answer.deliver(this, { loaded, store, draft, plans, body });
  }

  /** @internal (./send-answer.ts) */
  clearWait() {
    if (this.waitTimer !== null) clearTimeout(this.waitTimer);
    this.waitTimer = null;
  }
}
