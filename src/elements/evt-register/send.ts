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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import { RegistrationStatus, type HipObject, type RegistrationRequest, type RegistrationResult } from '../../api/schemas.js';
import type { EventsStore } from '../../api/store.js';
import { fillTemplate } from '../../internal/config.js';
import { EvtPaymentRequiredEvent, EvtRegisteredEvent, EvtRegisterSubmitEvent, type RegisteredAttendee } from '../../internal/events.js';
import type { Messages } from '../../internal/messages.js';
import { safeHttpUrl } from '../../internal/sanitize.js';
import type { DraftController } from './draft-controller.js';
import { listOfNames, readAlreadyRegistered, refusedField, sendErrorText, tooLargeText } from './errors.js';
import { loadConfirmation, loadSending, saveConfirmation, saveSending } from './draft.js';
import type { FocusController } from './focus.js';
import { attendeeSignature, buildRequest, plan, total, validate, type AttendeeDraft, type RegistrationDraft } from './request.js';
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

type Plans = ReturnType<typeof plan>;

export class SendController implements ReactiveController {
  readonly #host: SendHost;
  readonly #o: SendOptions;
  sending = false;
  /** The live status near the button: "Sending…", "Waiting…". */
  status = '';
  notice: Notice | null = null;
  outcome: Outcome | null = null;
  /** Who the last attempt with an unknown outcome registered (in memory only). */
  #unknownSignature: string | null = null;
  #captchaCtrl: AbortController | null = null;
  /** The retry after a long wait (notice `wait`). */
  #waitTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(host: SendHost, options: SendOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  // The store loads its writes (request schemas, src/api/writes.ts) with the first write: fetched
  // as soon as the visitor starts on the form, a submit never waits for more than that import.
  readonly #prepare = () => {
    this.#host.removeEventListener('focusin', this.#prepare);
    this.#host.removeEventListener('input', this.#prepare);
    import('../../api/writes.js').catch(() => {
      /* the store's own import says it, on the submit */
    });
  };

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#prepare);
    this.#host.addEventListener('input', this.#prepare);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#prepare);
    this.#host.removeEventListener('input', this.#prepare);
    this.#captchaCtrl?.abort();
    // A scheduled retry is for a visitor who is looking: one who comes back sends with "Try now".
    this.#clearWait();
  }

  /**
   * Another event (or the first load): nothing of the last one's attempts counts, but this tab's
   * own past for this event does: the confirmation of a registration just accepted shows again
   * after a reload, and a reload during sending leaves the outcome unknown.
   */
  reset(loaded: Loaded): void {
    this.#clearWait();
    this.notice = null;
    this.outcome = null;
    this.#unknownSignature = null;
    const key = this.#o.draft.key;
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
      this.#unknownSignature = sending.signature;
      this.notice = { kind: 'unknown' };
    }
  }

  /** "Register someone else": back to the form; the confirmation is not shown again. */
  again(): void {
    this.outcome = null;
    this.notice = null;
    this.#o.draft.submitted = false;
    if (this.#o.draft.key) saveConfirmation(this.#o.draft.key, null);
    this.#o.formAgain();
    this.#host.requestUpdate();
  }

  #clearWait() {
    if (this.#waitTimer !== null) clearTimeout(this.#waitTimer);
    this.#waitTimer = null;
  }

  /** Validates, announces (`evt-register-submit`), sends once, and handles every answer. */
  async send(): Promise<void> {
    const loaded = this.#o.loaded();
    const store = this.#host.store;
    // A second click while the first is on its way does nothing: one request.
    if (!loaded || !store || this.sending) return;
    this.#clearWait();
    const { rid, data, flavour } = loaded;
    const m = this.#host.msg;
    const drafts = this.#o.draft;
    drafts.submitted = true;
    this.notice = null;
    const draft = drafts.draft;
    if (validate(data, draft).length) {
      this.#o.focus.request({ part: 'error-summary' });
      return;
    }
    const plans = plan(data, draft);
    const submit = new EvtRegisterSubmitEvent({ readableEventId: rid, request: buildRequest(data, draft, flavour) });
    if (!this.#host.dispatchEvent(submit)) {
      this.#host.requestUpdate();
      return;
    }
    const body: RegistrationRequest & { hipObject?: HipObject } = submit.detail.request;

    this.sending = true;
    this.status = m.registerSending;
    this.#host.requestUpdate();
    const key = drafts.key;
    try {
      if (data.event.enableCaptcha) {
        try {
          body.hipObject = await this.#solveCaptcha(store, rid);
        } catch (err) {
          if (!(isEvtApiError(err) && err.kind === 'aborted')) this.#fail({ kind: 'error', message: m.registerCaptchaFailed }, err, rid);
          return;
        }
      }
      if (key) saveSending(key, attendeeSignature(body));
      const result = await store.register(rid, body, {
        onWait: (seconds) => {
          this.status = m.registerWaiting(Math.max(1, Math.ceil(seconds)));
          this.#host.requestUpdate();
        },
      });
      if (key) saveSending(key, null);
      this.#handleResult(loaded, draft, plans, body, result);
    } catch (err) {
      // A lost answer keeps the marker: a reload then knows the outcome is unknown.
      if (key && !(isEvtApiError(err) && err.outcomeUnknown)) saveSending(key, null);
      this.#handleError(loaded, body, err);
    } finally {
      this.sending = false;
      this.status = '';
      if (this.outcome?.kind !== 'success') this.#o.formAgain();
      this.#host.requestUpdate();
    }
  }

  async #solveCaptcha(store: EventsStore, rid: string): Promise<HipObject> {
    const provider = this.#host.captcha;
    if (!provider) throw new EvtApiError('config', 'Events API: no captcha provider.');
    this.#captchaCtrl?.abort();
    const ctrl = (this.#captchaCtrl = new AbortController());
    const captcha = await store.captcha(rid, { fresh: true, signal: ctrl.signal });
    return provider({ captcha, readableEventId: rid, signal: ctrl.signal });
  }

  #handleResult(loaded: Loaded, draft: RegistrationDraft, plans: Plans, body: RegistrationRequest, result: RegistrationResult) {
    const { rid, data } = loaded;
    const m = this.#host.msg;
    switch (result.status) {
      case RegistrationStatus.Success:
        return this.#succeed(loaded, draft, plans, body, result, { recovered: false, alreadyRegistered: false });
      case RegistrationStatus.Initiated:
      case RegistrationStatus.Redirect: {
        this.#unknownSignature = null;
        const purchaseId = result.purchaseId ?? '';
        const redirect = result.status === RegistrationStatus.Redirect;
        const paymentUrl = this.#host.paymentUrl;
        const url = redirect
          ? safeHttpUrl(result.redirectUrl)
          : paymentUrl
            ? safeHttpUrl(fillTemplate(paymentUrl, { purchaseId, readableEventId: rid }), location.href)
            : null;
        if (!purchaseId || (redirect && !url)) {
          // The service's answer cannot be followed: the form stays, the site owner learns why.
          const problem = !purchaseId ? 'without a purchaseId' : 'whose redirectUrl is not an absolute http(s) URL';
          this.#fail(
            { kind: 'error', message: redirect ? m.registerRedirectInvalid : m.registerFailed },
            new EvtApiError('contract', `Events API events/${rid}/registrations: the answer ${result.status} came ${problem}.`),
            rid,
          );
          return;
        }
        const { amount, currencySymbol } = total(data, draft);
        const go = this.#host.dispatchEvent(new EvtPaymentRequiredEvent({ readableEventId: rid, purchaseId, total: amount, currencySymbol, url }));
        // The service holds the places now: the form must not be sent again from a reload.
        this.#o.draft.clear();
        this.outcome = { kind: 'payment', going: go && !!url };
        this.#o.focus.request({ part: 'success' });
        if (go && url) this.#o.navigate(url);
        return;
      }
      default: {
        const code = result.errorCode || 'RegistrationFailed';
        const refused = new Error(`The registration was refused: ${code}.`);
        if (code === 'AlreadyRegistered') {
          // The attempt whose answer was lost went through: this is its confirmation.
          if (this.#unknownSignature === attendeeSignature(body)) {
            return this.#succeed(loaded, draft, plans, body, result, { recovered: true, alreadyRegistered: true });
          }
          const reading = readAlreadyRegistered(body, result.errorMessage);
          if (reading.kind === 'ours') return this.#succeed(loaded, draft, plans, body, result, { recovered: false, alreadyRegistered: true });
          const message =
            reading.kind === 'named'
              ? m.registerAlreadyNamed(listOfNames(this.#host.locale, reading.named), reading.named.length)
              : m.registerAlreadyUnnamed(listOfNames(this.#host.locale, body.attendees));
          this.#fail({ kind: 'error', message }, refused, rid, code);
          return;
        }
        const field = refusedField(m, body, loaded.data, result.errorMessage) ?? undefined;
        this.#fail({ kind: 'failure', code, field }, refused, rid, code);
        // Capacity may have changed (someone took the last place): the form follows.
        if (/Capacity|NoAttendees|FullyBooked|Passes|NotLive|IdNotValid/.test(code)) this.#o.reloadFresh();
      }
    }
  }

  #handleError(loaded: Loaded, body: RegistrationRequest, err: unknown) {
    const { rid } = loaded;
    const m = this.#host.msg;
    if (isEvtApiError(err) && err.kind === 'aborted') return;
    if (isEvtApiError(err) && err.outcomeUnknown) {
      this.#unknownSignature = attendeeSignature(body);
      this.#fail({ kind: 'unknown' }, err, rid);
      return;
    }
    if (isEvtApiError(err) && err.kind === 'rate-limited') {
      // Longer than the client sleeps through (or still refused after its retries): say how
      // long, keep everything, send again when the wait is over, and offer to try now.
      const seconds = Math.max(1, Math.ceil(err.retryAfter ?? 60));
      this.#fail({ kind: 'wait', seconds }, err, rid);
      this.#waitTimer = setTimeout(() => {
        this.#waitTimer = null;
        void this.send();
      }, seconds * 1000);
      return;
    }
    if (isEvtApiError(err) && err.status === 413) {
      this.#fail({ kind: 'error', message: tooLargeText(m, body, loaded.data) }, err, rid);
      return;
    }
    this.#fail({ kind: 'error', message: sendErrorText(m, err, this.#o.errorMessage) }, err, rid);
  }

  #fail(notice: Notice, err: unknown, rid: string, errorCode?: string) {
    this.notice = notice;
    this.#o.focus.request({ part: 'notice' });
    this.#o.report(err, { readableEventId: rid, ...(errorCode ? { errorCode } : {}) });
  }

  #succeed(
    loaded: Loaded,
    draft: RegistrationDraft,
    plans: Plans,
    body: RegistrationRequest,
    result: RegistrationResult,
    how: { recovered: boolean; alreadyRegistered: boolean },
  ) {
    const { rid, data } = loaded;
    this.#unknownSignature = null;
    const attendees: RegisteredAttendee[] = body.attendees.map((a) => ({
      firstName: a.firstName,
      lastName: a.lastName,
      email: a.email,
      waitlisted: a.waitlisted === true,
    }));
    const name = (a: AttendeeDraft) => `${a.firstName.trim()} ${a.lastName.trim()}`.trim();
    const sessions = data.sessions
      .filter((s) => plans[0]?.sessions.some((p) => p.sessionId === s.id))
      .map((session) => ({
        session,
        waitlisted: draft.attendees.filter((_, i) => plans[i]?.sessions.find((p) => p.sessionId === session.id)?.waitlisted).map(name),
      }));
    const key = this.#o.draft.key;
    this.#o.draft.clear(data);
    // A reload shows this confirmation again (the same names and emails the draft held, no more).
    if (key) saveConfirmation(key, { at: Date.now(), attendees, sessions: sessions.map((s) => ({ id: s.session.id, waitlisted: s.waitlisted })), ...how });
    this.notice = null;
    this.outcome = { kind: 'success', loaded, attendees, sessions, ...how };
    this.#o.focus.request({ part: 'success' });
    this.#host.dispatchEvent(
      new EvtRegisteredEvent({ readableEventId: rid, result, attendees, sessionIds: sessions.map((s) => s.session.id), ...how }),
    );
  }
}
