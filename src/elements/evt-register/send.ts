/**
 * Where a registration is sent: `<evt-register>`'s SendController validates the draft, announces
 * the exact body (`evt-register-submit`), solves the captcha through the page's provider, sends
 * once (a second click while sending does nothing), and turns every answer into what the visitor
 * sees: the confirmation (`evt-registered`), the payment step (`evt-payment-required`), a refusal,
 * a wait, or an unknown outcome with "Try again" whose `AlreadyRegistered` confirms the lost one.
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
import { sendErrorText } from './errors.js';
import type { FocusController } from './focus.js';
import { attendeeSignature, buildRequest, plan, total, validate, type AttendeeDraft, type RegistrationDraft } from './request.js';
import type { CaptchaProvider, Loaded, Notice, Outcome } from './types.js';

export interface SendHost extends ReactiveControllerHost, EventTarget {
  readonly msg: Messages;
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

  constructor(host: SendHost, options: SendOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#captchaCtrl?.abort();
  }

  /** Another event: nothing of the last one's attempts counts. */
  reset(): void {
    this.notice = null;
    this.outcome = null;
    this.#unknownSignature = null;
  }

  /** "Register someone else": back to the form. */
  again(): void {
    this.outcome = null;
    this.notice = null;
    this.#o.draft.submitted = false;
    this.#host.requestUpdate();
  }

  /** Validates, announces (`evt-register-submit`), sends once, and handles every answer. */
  async send(): Promise<void> {
    const loaded = this.#o.loaded();
    const store = this.#host.store;
    // A second click while the first is on its way does nothing: one request.
    if (!loaded || !store || this.sending) return;
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
    try {
      if (data.event.enableCaptcha) {
        try {
          body.hipObject = await this.#solveCaptcha(store, rid);
        } catch (err) {
          if (!(isEvtApiError(err) && err.kind === 'aborted')) this.#fail({ kind: 'error', message: m.registerCaptchaFailed }, err, rid);
          return;
        }
      }
      const result = await store.register(rid, body, {
        onWait: (seconds) => {
          this.status = m.registerWaiting(Math.max(1, Math.ceil(seconds)));
          this.#host.requestUpdate();
        },
      });
      this.#handleResult(loaded, draft, plans, body, result);
    } catch (err) {
      this.#handleError(rid, body, err);
    } finally {
      this.sending = false;
      this.status = '';
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
        return this.#succeed(loaded, draft, plans, body, result, false);
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
        if (code === 'AlreadyRegistered' && this.#unknownSignature === attendeeSignature(body)) {
          // The attempt whose answer was lost went through: this is its confirmation.
          return this.#succeed(loaded, draft, plans, body, result, true);
        }
        this.#fail({ kind: 'failure', code }, new Error(`The registration was refused: ${code}.`), rid, code);
        // Capacity may have changed (someone took the last place): the form follows.
        if (/Capacity|NoAttendees|FullyBooked|Passes|NotLive|IdNotValid/.test(code)) this.#o.reloadFresh();
      }
    }
  }

  #handleError(rid: string, body: RegistrationRequest, err: unknown) {
    if (isEvtApiError(err) && err.kind === 'aborted') return;
    if (isEvtApiError(err) && err.outcomeUnknown) {
      this.#unknownSignature = attendeeSignature(body);
      this.#fail({ kind: 'unknown' }, err, rid);
      return;
    }
    this.#fail({ kind: 'error', message: sendErrorText(this.#host.msg, err, this.#o.errorMessage) }, err, rid);
  }

  #fail(notice: Notice, err: unknown, rid: string, errorCode?: string) {
    this.notice = notice;
    this.#o.focus.request({ part: 'notice' });
    this.#o.report(err, { readableEventId: rid, ...(errorCode ? { errorCode } : {}) });
  }

  #succeed(loaded: Loaded, draft: RegistrationDraft, plans: Plans, body: RegistrationRequest, result: RegistrationResult, recovered: boolean) {
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
    this.#o.draft.clear(data);
    this.notice = null;
    this.outcome = { kind: 'success', loaded, attendees, sessions, recovered };
    this.#o.focus.request({ part: 'success' });
    this.#host.dispatchEvent(new EvtRegisteredEvent({ readableEventId: rid, result, attendees, sessionIds: sessions.map((s) => s.session.id), recovered }));
  }
}
