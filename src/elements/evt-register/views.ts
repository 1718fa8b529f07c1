/**
 * (Just past 400 lines: the form's sections, the confirmation and the unavailable states; fields.ts
 * holds the per-field templates.)
 * `<evt-register>`'s views: the form (error summary, notice, attendees, sessions, total, submit
 * with its live status), the confirmation, the payment step, the message instead of a form, the
 * loading skeleton and the load error; the frame of the event's own marketing form. View functions over a context object, as
 * evt-detail/sections.ts: no state of their own, no events dispatched, nothing written.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EvtEvent } from '../../api/schemas.js';
import type { HeadingOptions } from '../../internal/base-element.js';
import { formatPrice, formatRange, formatTimeRange, type TimeMode } from '../../internal/format.js';
import type { Messages } from '../../internal/messages.js';
import type { RegistrationState } from '../../rules/availability.js';
import { isPaid, sessionPlacesLeft } from '../../rules/capacity.js';
import { eventRange, overlaps, sessionDays } from '../../rules/times.js';
import { formErrorTarget, formErrorText, noticeText } from './errors.js';
import { renderAttendee, renderError, type FieldContext, type FieldHandlers } from './fields.js';
import { agendaOffered, autoRegisterOffered, formCapacity, plan, sessionWaitlist, total, validate, type FormError, type RegistrationDraft } from './request.js';
import type { Loaded, Notice, SuccessOutcome } from './types.js';

export interface FormHandlers extends FieldHandlers {
  addAttendee(): void;
  toggleSession(id: string, on: boolean): void;
  setAutoRegister(on: boolean): void;
  submit(e: Event): void;
  /** "Try again" after an unknown outcome. */
  retry(): void;
  /** A summary entry was followed: focus and show its field. */
  focusField(id: string): void;
}

export interface ViewContext {
  msg: Messages;
  locale: string;
  timeZone: TimeMode;
  heading(content: unknown, o?: HeadingOptions): TemplateResult;
  /** The `lang` of event content: an item's own language (a session's), else the event's (src/i18n/content-lang.ts). */
  lang(event: EvtEvent, item?: { language?: number | null } | null): string | undefined;
}

export interface FormContext extends ViewContext {
  loaded: Loaded;
  availability: RegistrationState;
  draft: RegistrationDraft;
  submitted: boolean;
  sending: boolean;
  status: string;
  notice: Notice | null;
  on: FormHandlers;
}

function renderErrorSummary(ctx: FormContext, errors: FormError[]): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const { msg: m, draft } = ctx;
  const { data } = ctx.loaded;
  const multi = draft.attendees.length > 1;
  const position = (key: number | null) => draft.attendees.findIndex((a) => a.key === key) + 1;
  // GOV.UK's pattern: an alert (read out as it appears; focus.ts also moves focus here) headed "There is a problem".
  return html`<div part="error-summary" class="summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
    ${ctx.heading(m.registerErrorSummary, { id: 'summary-title', offset: 1, part: 'summary-title' })}
    <ul>
      ${errors.map((e) => {
        const text = formErrorText(m, e, data, draft);
        const target = formErrorTarget(e, data);
        const where = e.attendee !== null && multi ? m.registerAttendee(position(e.attendee)) : '';
        return html`<li>
          <a
            href="#${target}"
            @click=${(ev: Event) => {
              ev.preventDefault();
              ctx.on.focusField(target);
            }}
            >${where ? m.registerErrorIn(where, text) : text}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

function renderNotice(ctx: FormContext): TemplateResult | typeof nothing {
  const n = ctx.notice;
  if (!n) return nothing;
  const m = ctx.msg;
  if (n.kind === 'unknown') {
    return html`<div part="notice" class="message error" tabindex="-1">
      <p>${m.registerOutcomeUnknown}</p>
      <button type="button" part="retry" aria-disabled=${ctx.sending ? 'true' : 'false'} @click=${ctx.on.retry}>${m.retry}</button>
    </div>`;
  }
  if (n.kind === 'wait') {
    return html`<div part="notice" class="message notice" tabindex="-1">
      <p>${noticeText(m, n)}</p>
      <button type="button" part="retry" aria-disabled=${ctx.sending ? 'true' : 'false'} @click=${ctx.on.retry}>${m.registerTryNow}</button>
    </div>`;
  }
  return html`<div part="notice" class="message error" tabindex="-1"><p>${noticeText(m, n)}</p></div>`;
}

/**
 * Parts shown side by side (a flex row: the gap is all that separates them on screen), with the
 * language's list separator between them in visually hidden text, so the accessible name reads as
 * the screen shows it ("9:00 – 9:45 AM GMT-5, 80 places left", not "GMT-5 80 places left").
 */
function spoken(sep: string, items: (TemplateResult | null)[]): TemplateResult[] {
  const shown = items.filter((x): x is TemplateResult => x !== null);
  return shown.map((x, i) => (i ? html`<span class="visually-hidden">${sep}</span>${x}` : x));
}

function renderSessions(ctx: FormContext, errorOf: FieldContext['errorOf']): TemplateResult {
  const { msg: m, locale, draft } = ctx;
  const { data } = ctx.loaded;
  const chosen = new Set(draft.sessionIds);
  const waitlist = sessionWaitlist(data);
  const attendees = draft.attendees.length;
  const clash = overlaps(data.sessions.filter((s) => chosen.has(s.id)));
  const days = sessionDays(data.sessions, data.event, ctx.timeZone, locale);
  const indexOf = new Map(data.sessions.map((s, i) => [s.id, i]));
  return html`<fieldset part="sessions" class="sessions" aria-describedby="sessions-hint">
    <legend part="label">${m.registerSessions}</legend>
    <p part="hint" class="hint" id="sessions-hint">${m.registerSessionsHint}</p>
    ${days.map(
      (day) => html`<div class="day">
        ${ctx.heading(day.label || m.registerSessionsUndated, { offset: 1, part: 'day' })}
        <ul class="plain">
          ${day.items.map(({ session: s, range }) => {
            const id = `s${indexOf.get(s.id)!}`;
            const left = sessionPlacesLeft(s);
            const full = left <= 0;
            const on = chosen.has(s.id);
            const error = errorOf(null, `session:${s.id}`);
            const others = clash.get(s.id);
            const describedBy = [`${id}-meta`, others ? `${id}-overlap` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
            return html`<li part="session" class="session">
              <input
                part="input"
                type="checkbox"
                id=${id}
                name="sessionIds"
                .value=${s.id}
                .checked=${live(on)}
                ?disabled=${full && !waitlist && !on}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${describedBy}
                @change=${(e: Event) => ctx.on.toggleSession(s.id, (e.target as HTMLInputElement).checked)}
              />
              <label part="option" for=${id} class="session-name" dir="auto" lang=${ctx.lang(data.event, s) ?? nothing}>${s.name ?? ''}</label>
              <p class="session-meta" id="${id}-meta">
                ${spoken(m.registerPartSeparator, [
                  range ? html`<span>${`${formatTimeRange(locale, range)} ${range.label}`}</span>` : null,
                  full
                    ? html`<span part="badge" class="badge ${waitlist ? 'warn' : 'bad'}"
                        >${waitlist ? m.registerSessionWaitlistOnly : m.registerSessionFull}</span
                      >`
                    : Number.isFinite(left)
                      ? html`<span part="badge" class="badge">${m.placesLeft(left)}</span>`
                      : null,
                  !full && Number.isFinite(left) && waitlist && on && attendees > left
                    ? html`<span part="badge" class="badge warn">${m.registerSessionWaitlistFor(left + 1)}</span>`
                    : null,
                ])}
              </p>
              ${others
                ? html`<p part="overlap" class="overlap" id="${id}-overlap">
                    ${m.registerSessionOverlaps(new Intl.ListFormat(locale).format(others.map((o) => o.name ?? '')))}
                  </p>`
                : nothing}
              ${renderError(m, id, error)}
            </li>`;
          })}
        </ul>
      </div>`,
    )}
  </fieldset>`;
}

/**
 * The session choice, re-rendered only when what it shows changes: a keystroke in a name field
 * changes none of it, and with a thousand sessions re-rendering them all (day grouping, overlaps,
 * Intl formatting) took five frames a keystroke. Its inputs: the data, the chosen sessions, the
 * number of attendees, the session errors, the language and time zone, the heading level and the
 * content language (through what `heading` and `lang` return; handlers call the element, so stay
 * current).
 */
function guardedSessions(ctx: FormContext, errors: FormError[], errorOf: FieldContext['errorOf']): TemplateResult {
  const sessionErrors = errors.filter((e) => e.field.startsWith('session:')).map((e) => `${e.field}=${errorOf(null, e.field)}`);
  const deps = [
    ctx.loaded.data,
    ctx.draft.sessionIds.join('\n'),
    ctx.draft.attendees.length,
    sessionErrors.join('\n'),
    ctx.msg,
    ctx.locale,
    ctx.timeZone,
    ctx.heading('', { offset: 1, part: 'day' }).values.map(String).join('|'),
    ctx.lang(ctx.loaded.data.event) ?? '',
  ];
  return html`${guard(deps, () => renderSessions(ctx, errorOf))}`;
}

/** The form: everything the visitor types and chooses, and the button that sends it. */
export function renderForm(ctx: FormContext): TemplateResult {
  const { msg: m, draft } = ctx;
  const { data } = ctx.loaded;
  const cap = formCapacity(data);
  const plans = plan(data, draft);
  const errors = ctx.submitted ? validate(data, draft) : [];
  const byField = new Map(errors.map((e) => [`${e.attendee}|${e.field}`, e]));
  const errorOf = (attendee: number | null, field: string) => {
    const e = byField.get(`${attendee}|${field}`);
    return e ? formErrorText(m, e, data, draft) : null;
  };
  const fields: FieldContext = { msg: m, locale: ctx.locale, data, attendees: draft.attendees.length, on: ctx.on, errorOf, lang: ctx.lang(data.event) };
  const allWaitlisted = plans.every((p) => p.waitlisted);
  const someWaitlisted = plans.some((p) => p.waitlisted);
  const paid = isPaid(data.passes);
  const sum = paid ? total(data, draft) : null;
  const canAdd = draft.attendees.length < cap.maxAttendees;
  const submitLabel = allWaitlisted ? m.registerSubmitWaitlist : paid ? m.registerSubmitPay : m.registerSubmit;
  return html`<form part="form" novalidate aria-labelledby="title" @submit=${ctx.on.submit}>
    ${renderErrorSummary(ctx, errors)} ${renderNotice(ctx)}
    ${ctx.availability === 'waitlist'
      ? html`<p part="waitlist" class="message notice">${m.registerWaitlistNotice}</p>`
      : someWaitlisted
        ? html`<p part="waitlist" class="message notice">${m.registerPartialWaitlist(cap.placesLeft ?? 0)}</p>`
        : cap.placesLeft !== null && Number.isFinite(cap.placesLeft)
          ? html`<p part="places" class="places">${m.placesLeft(cap.placesLeft)}</p>`
          : nothing}
    <p part="note" class="note">${m.registerRequiredNote}</p>
    ${repeat(
      draft.attendees,
      (x) => x.key,
      (x, i) => renderAttendee(fields, x, i, plans[i]?.waitlisted ?? false),
    )}
    ${cap.maxAttendees > 1
      ? html`<div class="add">
          ${canAdd
            ? html`<button type="button" part="add-attendee" class="secondary" @click=${ctx.on.addAttendee}>${m.registerAddAttendee}</button>`
            : html`<p part="hint" class="hint">${m.registerMaxAttendees(cap.maxAttendees)}</p>`}
        </div>`
      : nothing}
    ${agendaOffered(data) ? guardedSessions(ctx, errors, errorOf) : nothing}
    ${autoRegisterOffered(data, draft)
      ? html`<div part="field" class="field check">
          <input
            part="input"
            type="checkbox"
            id="auto-register"
            name="autoRegister"
            .checked=${live(draft.autoRegister)}
            aria-describedby="auto-register-hint"
            @change=${(e: Event) => ctx.on.setAutoRegister((e.target as HTMLInputElement).checked)}
          />
          <label part="label" for="auto-register">${m.registerAutoRegister}</label>
          <p part="hint" class="hint" id="auto-register-hint">${m.registerAutoRegisterHint}</p>
        </div>`
      : nothing}
    ${sum && !allWaitlisted && draft.attendees.some((x) => x.passId)
      ? html`<p part="total" class="total">
          ${m.registerTotal(formatPrice(ctx.locale, sum.amount, sum.currencySymbol))}
          <span class="hint">${m.registerTotalHint}</span>
        </p>`
      : nothing}
    <div class="actions">
      <!-- aria-disabled, not disabled, while sending: a disabled button drops focus to <body>. -->
      <button type="submit" part="submit" aria-disabled=${ctx.sending ? 'true' : 'false'}>${submitLabel}</button>
      <p part="status" class="status" role="status">${ctx.status}</p>
    </div>
  </form>`;
}

export interface SuccessContext extends ViewContext {
  onCalendar(): void;
  onAgain(): void;
}

/** The confirmation: who is registered or waitlisted, for which sessions; calendar; "Register someone else". */
export function renderSuccess(ctx: SuccessContext, o: SuccessOutcome): TemplateResult {
  const { msg: m, locale, timeZone } = ctx;
  const { event } = o.loaded.data;
  const waitlisted = o.attendees.filter((a) => a.waitlisted).length;
  const title = o.alreadyRegistered
    ? m.registerAlreadyReceivedHeading
    : waitlisted === 0
      ? m.registerSuccessHeading
      : waitlisted === o.attendees.length
        ? m.registerSuccessWaitlistHeading
        : m.registerSuccessMixedHeading;
  const range = eventRange(event, timeZone, locale);
  const when = range ? formatRange(locale, range, { withTime: true }) : '';
  const canCalendar = waitlisted < o.attendees.length;
  return html`<section part="success" class="success" tabindex="-1" aria-labelledby="success-title">
    ${ctx.heading(title, { id: 'success-title', part: 'heading' })}
    <p part="event">${m.registerSuccessFor(event.eventName, when)}</p>
    <ul part="registrants" class="plain registrants">
      ${o.attendees.map(
        (a) => html`<li>
          <bdi class="who">${a.firstName} ${a.lastName}</bdi>
          <bdi class="email">${a.email}</bdi>
          <span part="badge" class="badge ${a.waitlisted ? 'warn' : 'ok'}">
            ${a.waitlisted ? m.registerStatusWaitlisted : m.registerStatusRegistered}
          </span>
        </li>`,
      )}
    </ul>
    ${o.sessions.length
      ? html`${ctx.heading(m.registerSessions, { offset: 1, part: 'day' })}
          <ul class="plain chosen">
            ${o.sessions.map(({ session, waitlisted: names }) => {
              const r = sessionDays([session], event, timeZone, locale)[0]?.items[0]?.range ?? null;
              return html`<li>
                <span class="session-name" dir="auto" lang=${ctx.lang(event, session) ?? nothing}>${session.name ?? ''}</span>
                ${r ? html`<span class="session-meta">${formatRange(locale, r)}</span>` : nothing}
                ${names.length
                  ? html`<span part="badge" class="badge warn"
                      >${names.length >= o.attendees.length ? m.registerStatusWaitlisted : m.registerSessionWaitlistedFor(new Intl.ListFormat(locale).format(names))}</span
                    >`
                  : nothing}
              </li>`;
            })}
          </ul>`
      : nothing}
    ${o.alreadyRegistered ? html`<p part="already">${m.registerAlreadyReceivedNote}</p>` : nothing}
    <p>${m.registerSuccessNote}</p>
    <div class="actions">
      ${canCalendar ? html`<button type="button" part="calendar" @click=${ctx.onCalendar}>${m.addToCalendar}</button>` : nothing}
      <button type="button" part="again" class="secondary" @click=${ctx.onAgain}>${m.registerAnother}</button>
    </div>
  </section>`;
}

/** After a paid registration was initiated. */
export function renderPayment(ctx: ViewContext, going: boolean): TemplateResult {
  const m = ctx.msg;
  return html`<section part="payment" class="success" tabindex="-1" aria-labelledby="title">
    ${ctx.heading(m.registerPaymentHeading, { id: 'title' })}
    <p>${going ? m.registerPaymentGoing : m.registerPaymentPending}</p>
  </section>`;
}

/** Instead of a form: closed (with the event's `websiteMessage`), ended, sold out, sign-in or captcha needed. */
export function renderUnavailable(ctx: ViewContext, loaded: Loaded, a: RegistrationState): TemplateResult {
  const m = ctx.msg;
  const e = loaded.data.event;
  const text =
    a === 'closed'
      ? e.websiteMessage?.trim() || m.registerClosed
      : a === 'ended'
        ? m.registerEnded
        : a === 'sold-out'
          ? m.registerSoldOut
          : a === 'sign-in'
            ? m.registerSignIn
            : m.registerCaptchaMissing;
  const badge = a === 'sold-out' ? m.soldOut : a === 'closed' ? m.registrationClosed : '';
  return html`<div part="message" class="message" tabindex="-1">
    ${badge ? html`<p><span part="badge" class="badge bad">${badge}</span></p>` : nothing}
    <p>${text}</p>
  </div>`;
}

/** The heading and the event's name and date. */
function renderHeader(ctx: ViewContext, loaded: Loaded, a: RegistrationState): TemplateResult {
  const m = ctx.msg;
  const { event } = loaded.data;
  const range = eventRange(event, ctx.timeZone, ctx.locale);
  return html`${ctx.heading(a === 'waitlist' ? m.registerWaitlistHeading : m.registerHeading, { id: 'title' })}
    <p part="event" class="event">
      <span class="event-name" dir="auto" lang=${ctx.lang(event) ?? nothing}>${event.eventName}</span>
      ${range ? html`<span class="event-date">${formatRange(ctx.locale, range, { withTime: true })}</span>` : nothing}
    </p>`;
}

/** The heading, the event's name and date, then the form or why there is none. */
export function renderEventForm(ctx: FormContext): TemplateResult {
  const a = ctx.availability;
  return html`${renderHeader(ctx, ctx.loaded, a)}
    ${a === 'open' || a === 'waitlist' ? renderForm(ctx) : renderUnavailable(ctx, ctx.loaded, a)}`;
}

/**
 * The event's own marketing form (`use-event-form`, ./event-form.ts): the header, then the slot
 * its light-DOM container goes into (a polite "Loading…" until the loader has rendered it).
 */
export function renderMarketingForm(ctx: ViewContext, loaded: Loaded, a: RegistrationState, loading: boolean): TemplateResult {
  return html`${renderHeader(ctx, loaded, a)}
    ${a === 'waitlist' ? html`<p part="waitlist" class="message notice">${ctx.msg.registerWaitlistNotice}</p>` : nothing}
    <div part="event-form" class="event-form" aria-busy=${loading ? 'true' : 'false'}><slot name="event-form"></slot></div>
    ${loading ? html`<p class="visually-hidden" role="status">${ctx.msg.loading}</p>` : nothing}`;
}

export function renderLoading(ctx: ViewContext): TemplateResult {
  return html`${ctx.heading(ctx.msg.registerHeading, { id: 'title' })}
    <div part="loading" class="loading" aria-busy="true">
      <span class="skeleton line"></span><span class="skeleton field"></span><span class="skeleton field"></span>
    </div>
    <p class="visually-hidden" role="status">${ctx.msg.loading}</p>`;
}

/** The event could not be loaded: why, and "Try again" when trying again may help. */
export function renderLoadError(ctx: ViewContext, message: string, onRetry: (() => void) | null): TemplateResult {
  return html`${ctx.heading(ctx.msg.registerHeading, { id: 'title' })}
    <div part="message" class="message error" tabindex="-1">
      <p>${message}</p>
      ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${ctx.msg.retry}</button>` : nothing}
    </div>`;
}
