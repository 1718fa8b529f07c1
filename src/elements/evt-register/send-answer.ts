/**
 * A registration on its way and its answer: `<evt-register>`'s sending code, loaded when the
 * visitor starts on the form (./send.ts `#prepare`) or with the first send. `deliver` solves the
 * captcha through the page's provider, sends once, and turns every answer into what the visitor
 * sees (the confirmation and `evt-registered`, the payment step and `evt-payment-required`, a
 * refusal, a wait, an unknown outcome); ./send.ts explains the readings where the contract is
 * silent. It works on the SendController's state, which the form renders.
 */
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import { RegistrationStatus, type HipObject, type RegistrationRequest, type RegistrationResult } from '../../api/schemas.js';
import type { EventsStore } from '../../api/store.js';
import { fillTemplate } from '../../internal/config.js';
import { EvtPaymentRequiredEvent, EvtRegisteredEvent, type RegisteredAttendee } from '../../internal/events.js';
import { safeHttpUrl } from '../../internal/sanitize.js';
import { listOfNames, readAlreadyRegistered, refusedField, sendErrorText, tooLargeText } from './answer.js';
import type { AttendeeDraft, plan, RegistrationDraft } from './request.js';
import type { SendController } from './send.js';
import type { Loaded, Notice } from './types.js';
import { addEnglish } from '../../i18n/index.js';
import { enRegisterAnswers } from '../../i18n/en-register-answers.js';

// The English of the answers comes with this code (../../i18n/en-register-answers.ts); an element's
// texts are chosen again when a part of English arrives.
addEnglish(enRegisterAnswers);

type Plans = ReturnType<typeof plan>;
// Only types are imported from the form's modules; their functions come with the controller (`c.form`).

export interface Attempt {
  loaded: Loaded;
  store: EventsStore;
  draft: RegistrationDraft;
  plans: Plans;
  /** The request as `evt-register-submit` left it. */
  body: RegistrationRequest & { hipObject?: HipObject };
}

/** Sends `attempt.body` once and shows its outcome; `c.sending` is true until it is over. */
export async function deliver(c: SendController, { loaded, store, draft, plans, body }: Attempt): Promise<void> {
  const { rid, data } = loaded;
  const m = c.host.msg;
  const key = c.o.draft.key;
  try {
    if (data.event.enableCaptcha) {
      try {
        body.hipObject = await solveCaptcha(c, store, rid);
      } catch (err) {
        if (!(isEvtApiError(err) && err.kind === 'aborted')) fail(c, { kind: 'error', message: m.registerCaptchaFailed }, err, rid);
        return;
      }
    }
    if (key) c.form.saveSending(key, c.form.attendeeSignature(body));
    const result = await store.register(rid, body, {
      onWait: (seconds) => {
        c.status = m.registerWaiting(Math.max(1, Math.ceil(seconds)));
        c.host.requestUpdate();
      },
    });
    if (key) c.form.saveSending(key, null);
    handleResult(c, loaded, draft, plans, body, result);
  } catch (err) {
    // A lost answer keeps the marker: a reload then knows the outcome is unknown.
    if (key && !(isEvtApiError(err) && err.outcomeUnknown)) c.form.saveSending(key, null);
    handleError(c, loaded, body, err);
  } finally {
    c.sending = false;
    c.status = '';
    if (c.outcome?.kind !== 'success') c.o.formAgain();
    c.host.requestUpdate();
  }
}

async function solveCaptcha(c: SendController, store: EventsStore, rid: string): Promise<HipObject> {
  const provider = c.host.captcha;
  if (!provider) throw new EvtApiError('config', 'Events API: no captcha provider.');
  c.captchaCtrl?.abort();
  const ctrl = (c.captchaCtrl = new AbortController());
  const captcha = await store.captcha(rid, { fresh: true, signal: ctrl.signal });
  return provider({ captcha, readableEventId: rid, signal: ctrl.signal });
}

function handleResult(c: SendController, loaded: Loaded, draft: RegistrationDraft, plans: Plans, body: RegistrationRequest, result: RegistrationResult) {
  const { rid, data } = loaded;
  const m = c.host.msg;
  switch (result.status) {
    case RegistrationStatus.Success:
      return succeed(c, loaded, draft, plans, body, result, { recovered: false, alreadyRegistered: false });
    case RegistrationStatus.Initiated:
    case RegistrationStatus.Redirect: {
      c.unknownSignature = null;
      const purchaseId = result.purchaseId ?? '';
      const redirect = result.status === RegistrationStatus.Redirect;
      const paymentUrl = c.host.paymentUrl;
      const url = redirect
        ? safeHttpUrl(result.redirectUrl)
        : paymentUrl
          ? safeHttpUrl(fillTemplate(paymentUrl, { purchaseId, readableEventId: rid }), location.href)
          : null;
      if (!purchaseId || (redirect && !url)) {
        // The service's answer cannot be followed: the form stays, the site owner learns why.
        const problem = !purchaseId ? 'without a purchaseId' : 'whose redirectUrl is not an absolute http(s) URL';
        fail(c, 
          { kind: 'error', message: redirect ? m.registerRedirectInvalid : m.registerFailed },
          new EvtApiError('contract', `Events API events/${rid}/registrations: the answer ${result.status} came ${problem}.`),
          rid,
        );
        return;
      }
      const { amount, currencySymbol } = c.form.total(data, draft);
      const go = c.host.dispatchEvent(new EvtPaymentRequiredEvent({ readableEventId: rid, purchaseId, total: amount, currencySymbol, url }));
      // The service holds the places now: the form must not be sent again from a reload.
      c.o.draft.clear();
      c.outcome = { kind: 'payment', going: go && !!url };
      c.o.focus.request({ part: 'success' });
      if (go && url) c.o.navigate(url);
      return;
    }
    default: {
      const code = result.errorCode || 'RegistrationFailed';
      const refused = new Error(`The registration was refused: ${code}.`);
      if (code === 'AlreadyRegistered') {
        // The attempt whose answer was lost went through: this is its confirmation.
        if (c.unknownSignature === c.form.attendeeSignature(body)) {
          return succeed(c, loaded, draft, plans, body, result, { recovered: true, alreadyRegistered: true });
        }
        const reading = readAlreadyRegistered(body, result.errorMessage);
        if (reading.kind === 'ours') return succeed(c, loaded, draft, plans, body, result, { recovered: false, alreadyRegistered: true });
        const message =
          reading.kind === 'named'
            ? m.registerAlreadyNamed(listOfNames(c.host.locale, reading.named), reading.named.length)
            : m.registerAlreadyUnnamed(listOfNames(c.host.locale, body.attendees));
        fail(c, { kind: 'error', message }, refused, rid, code);
        return;
      }
      const field = refusedField(m, body, loaded.data, result.errorMessage, c.form.contactLabels(m)) ?? undefined;
      fail(c, { kind: 'failure', code, field }, refused, rid, code);
      // Capacity may have changed (someone took the last place): the form follows.
      if (/Capacity|NoAttendees|FullyBooked|Passes|NotLive|IdNotValid/.test(code)) c.o.reloadFresh();
    }
  }
}

function handleError(c: SendController, loaded: Loaded, body: RegistrationRequest, err: unknown) {
  const { rid } = loaded;
  const m = c.host.msg;
  if (isEvtApiError(err) && err.kind === 'aborted') return;
  if (isEvtApiError(err) && err.outcomeUnknown) {
    c.unknownSignature = c.form.attendeeSignature(body);
    fail(c, { kind: 'unknown' }, err, rid);
    return;
  }
  if (isEvtApiError(err) && err.kind === 'rate-limited') {
    // Longer than the client sleeps through (or still refused after its retries): say how
    // long, keep everything, send again when the wait is over, and offer to try now.
    const seconds = Math.max(1, Math.ceil(err.retryAfter ?? 60));
    fail(c, { kind: 'wait', seconds }, err, rid);
    c.waitTimer = setTimeout(() => {
      c.waitTimer = null;
      void c.send();
    }, seconds * 1000);
    return;
  }
  if (isEvtApiError(err) && err.status === 413) {
    fail(c, { kind: 'error', message: tooLargeText(m, body, loaded.data, c.form.contactLabels(m)) }, err, rid);
    return;
  }
  fail(c, { kind: 'error', message: sendErrorText(m, err, c.o.errorMessage) }, err, rid);
}

function fail(c: SendController, notice: Notice, err: unknown, rid: string, errorCode?: string) {
  c.notice = notice;
  c.o.focus.request({ part: 'notice' });
  c.o.report(err, { readableEventId: rid, ...(errorCode ? { errorCode } : {}) });
}

function succeed(
  c: SendController,
  loaded: Loaded,
  draft: RegistrationDraft,
  plans: Plans,
  body: RegistrationRequest,
  result: RegistrationResult,
  how: { recovered: boolean; alreadyRegistered: boolean },
) {
  const { rid, data } = loaded;
  c.unknownSignature = null;
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
  const key = c.o.draft.key;
  c.o.draft.clear(data);
  // A reload shows this confirmation again (the same names and emails the draft held, no more).
  if (key) c.form.saveConfirmation(key, { at: Date.now(), attendees, sessions: sessions.map((s) => ({ id: s.session.id, waitlisted: s.waitlisted })), ...how });
  c.notice = null;
  c.outcome = { kind: 'success', loaded, attendees, sessions, ...how };
  c.o.focus.request({ part: 'success' });
  c.host.dispatchEvent(
    new EvtRegisteredEvent({ readableEventId: rid, result, attendees, sessionIds: sessions.map((s) => s.session.id), ...how }),
  );
}
