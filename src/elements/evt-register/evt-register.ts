import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Flavour } from '../../api/endpoint.js';
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import { RegistrationStatus, type Captcha, type EvtCustomField, type EvtSession, type HipObject, type RegistrationRequest, type RegistrationResult } from '../../api/schemas.js';
import type { EventsStore } from '../../api/store.js';
import { EvtElement, type EvtState, type ReloadOptions } from '../../internal/base-element.js';
import { EventDataController } from '../../internal/controllers/event-data.js';
import { fillTemplate } from '../../internal/config.js';
import {
  EvtPaymentRequiredEvent,
  EvtRegisteredEvent,
  EvtRegisterSubmitEvent,
  type EvtRegisterRequestEvent,
  type RegisteredAttendee,
} from '../../internal/events.js';
import { formatPrice, formatRange, formatTimeRange } from '../../internal/format.js';
import { downloadIcs, icsFileName, type CalendarItem } from '../../internal/ics.js';
import { eventIdFromUrl, onLocationChange } from '../../internal/location.js';
import { safeHttpUrl } from '../../internal/sanitize.js';
import { registrationAvailability, type RegistrationState } from '../../rules/availability.js';
import { eventCalendarItem, sessionCalendarItem } from '../../rules/calendar.js';
import { isCapacityRestricted, isPaid, passesLeft, sessionPlacesLeft } from '../../rules/capacity.js';
import { canRetry } from '../../rules/errors.js';
import { eventRange, overlaps, sessionDays } from '../../rules/times.js';
import { describeCharacter } from '../../rules/contact.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft.js';
import {
  agendaOffered,
  attendeeSignature,
  autoRegisterOffered,
  buildRequest,
  choicesOf,
  emptyDraft,
  fieldKind,
  formCapacity,
  newAttendee,
  plan,
  sessionWaitlist,
  total,
  validate,
  MAX_LENGTH,
  type Answer,
  type AttendeeDraft,
  type ContactField,
  type FormError,
  type RegistrationData,
  type RegistrationDraft,
} from './request.js';
import { registerStyles } from './evt-register.styles.js';

/** What a page gives `<evt-register>` to solve the event's captcha (see `captcha`). */
export type CaptchaProvider = (challenge: {
  /** `GET events/{id}/captcha`: `{ FlowId, HipUrl, ObjectName, FunctionName }`. */
  captcha: Captcha;
  readableEventId: string;
  signal: AbortSignal;
}) => Promise<HipObject>;

/** Contact details a site already knows (signed-in visitors): they fill the first attendee's empty fields. */
export interface RegisterPrefill {
  firstName?: string;
  lastName?: string;
  email?: string;
}

/** Up to this many choices a single-choice field is a radio group; more make a `<select>`. */
const RADIO_LIMIT = 6;

interface Loaded {
  rid: string;
  flavour: Flavour;
  base: string;
  data: RegistrationData;
}

/** A message above the form after an attempt; the form and everything typed stay. */
type Notice =
  | { kind: 'failure'; code: string }
  | { kind: 'unknown' }
  | { kind: 'error'; message: string };

interface SuccessOutcome {
  kind: 'success';
  loaded: Loaded;
  attendees: RegisteredAttendee[];
  /** The chosen sessions with who is on their waitlist. */
  sessions: { session: EvtSession; waitlisted: string[] }[];
  recovered: boolean;
}
type Outcome = SuccessOutcome | { kind: 'payment'; going: boolean };

/** Where focus goes after the next render. */
type FocusTarget = { id: string } | { part: 'error-summary' | 'notice' | 'success' | 'first' };

const contactLabel = {
  firstName: 'registerFirstName',
  lastName: 'registerLastName',
  email: 'registerEmail',
} as const;

const autocompleteOf = { firstName: 'given-name', lastName: 'family-name', email: 'email' } as const;

const fieldDomId = (attendee: number | null, field: string) =>
  attendee === null ? field.replace(':', '-') : `a${attendee}-${field.replace(':', '-')}`;

/**
 * @summary Registration for an event: one or several attendees, custom questions, sessions, passes
 * and waitlists, sent so that nothing typed is lost and nobody is registered twice.
 *
 * The form follows the event's own rules (contract §8, as Microsoft's portal applies them): several
 * attendees when `enableMultiAttendeeRegistration` (at most 50, and never more than the places left
 * unless the event keeps a waitlist, which the extra attendees then join); the custom registration
 * fields by type; sessions to choose when the event allows a custom agenda and is free; a pass per
 * attendee for a paid event. A full event with a waitlist says so and registers everyone on the
 * waitlist; a full one without says "Sold out"; a closed one shows its `websiteMessage`; an event
 * that does not allow anonymous registration explains that signing in is needed.
 *
 * Passes are chosen per attendee (a group may mix passes; the total is their sum). Sessions are
 * chosen once for the whole registration, as the portal's session cart does; with none chosen, the
 * registration is for the event only.
 *
 * The element always uses its own form, also when the event has a marketing form embed
 * (`registrationForm`): that embed needs third-party scripts injected into the page, which a strict
 * Content Security Policy forbids and which would run with the page's full rights.
 *
 * Captcha: for an event with `enableCaptcha` the API wants a solved `hipObject`, and Microsoft's
 * widget is a third-party script a strict CSP forbids. Set the `captcha` property to a function
 * that solves it (it receives the event's captcha description and returns the `hipObject`); without
 * one, such an event shows a message rather than a form that cannot succeed, and the console says
 * what to set.
 *
 * Sending: the submit button is disabled while a request is in flight; a 429 is retried after its
 * `Retry-After` with a "waiting" message; a lost answer (network, timeout) is reported as unknown
 * with "Try again", and a retry that meets `AlreadyRegistered` for the same attendees counts as the
 * success it was. What was typed is kept in `sessionStorage` for this tab (per endpoint and event)
 * until the service accepts the registration; it never goes into URLs, the console or other storage.
 *
 * Without `event-id` the element follows the page URL's `event` parameter. An `<evt-detail>`
 * "Register" button on the same page scrolls to this element and focuses its first field.
 *
 * @attr endpoint - The Events API base URL (or page-wide, see `configure()`).
 * @attr token - The web application token (or page-wide).
 * @attr event-id - The event's `readableEventId`. Without it, the page URL's `?event=` is followed.
 * @attr lang - Language of texts, dates and prices; falls back to the nearest ancestor's `lang`.
 * @attr time-zone - `event` (default): session times in the event's zone with its label; `local`: the visitor's.
 * @attr heading-level - Level of the element's heading (1–6, default 2); day headings are one below.
 * @attr payment-url - Where to go after a paid registration was initiated: a URL template with `{purchaseId}` and `{readableEventId}`.
 * @attr first-name - Prefills the first attendee's first name.
 * @attr last-name - Prefills the first attendee's last name.
 * @attr email - Prefills the first attendee's email.
 *
 * @fires evt-register-submit - About to send (`detail: { readableEventId, request }`, the exact body). Cancelable: cancel to send nothing (the form stays as it is); a listener may amend `detail.request`. For a captcha event, `hipObject` is added after this event.
 * @fires evt-registered - The service accepted the registration (`detail: { readableEventId, result, attendees, sessionIds, recovered }`); `attendees[].waitlisted` says who is on the waitlist; `recovered` is true when a retry after an unknown outcome met `AlreadyRegistered` (then `result` is that answer).
 * @fires evt-payment-required - A paid registration was initiated (`Initiated`) or needs the payment gateway (`Redirect`): `detail: { readableEventId, purchaseId, total, currencySymbol, url }`. Cancelable: cancel to handle payment yourself; otherwise the element goes to `url` (`payment-url` for `Initiated`, the service's `redirectUrl` for `Redirect`).
 * @fires evt-error - Something failed that the visitor was told about (`detail: { kind, message, readableEventId?, errorCode? }`); `kind` is `registration` with the API's `errorCode` for a refused registration. Never carries personal data.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart heading - The element's heading.
 * @csspart event - The event's name and date under the heading.
 * @csspart form - The `<form>`.
 * @csspart note - "Fields marked * are required."
 * @csspart places - "N places left".
 * @csspart waitlist - The notice that the event (or part of the registration) goes on the waitlist.
 * @csspart error-summary - The list of problems after a failed submit; each entry links to its field.
 * @csspart notice - The message after a refused or failed attempt (the form stays below it).
 * @csspart retry - The "Try again" button after an unknown outcome or a failed load.
 * @csspart attendee - Each attendee's `<fieldset>`.
 * @csspart legend - Each attendee's legend ("Attendee 1").
 * @csspart field - The wrapper of one field (label, input, hint, error), or of a group of choices.
 * @csspart label - A field's label, or a group's legend.
 * @csspart input - Every text input, select, checkbox and radio.
 * @csspart option - The label of one choice in a group (radio or checkbox).
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart required - The * of a required field.
 * @csspart remove-attendee - The "Remove attendee N" button.
 * @csspart add-attendee - The "Add another attendee" button.
 * @csspart passes - An attendee's pass choice (`<fieldset>`).
 * @csspart pass - One pass (its label, with price and passes left).
 * @csspart price - A pass's price.
 * @csspart badge - Availability badges (places left, full, waitlist, sold out).
 * @csspart sessions - The session choice (`<fieldset>`).
 * @csspart day - A day's heading in the session choice.
 * @csspart session - One session (`<li>`).
 * @csspart overlap - The warning that a chosen session overlaps another.
 * @csspart total - The total price of a paid registration.
 * @csspart submit - The submit button.
 * @csspart status - The live region near the button: "Sending…", "Waiting…".
 * @csspart message - The message instead of a form (closed, sold out, sign-in needed, captcha, load error).
 * @csspart success - The confirmation.
 * @csspart registrants - The list of who is registered or waitlisted in the confirmation.
 * @csspart calendar - The "Add to calendar" button.
 * @csspart again - The "Register someone else" button.
 * @csspart payment - The view after a paid registration was initiated.
 * @csspart loading - The loading skeleton.
 *
 * @cssprop --evt-register-max-width - The widest the form gets (default 40em).
 * @cssprop --evt-register-gap - Space between fields (default 1em).
 * @cssprop --evt-register-input-background - Background of inputs (default `--evt-color-surface`).
 * @cssprop --evt-register-input-border-color - Border of inputs (default `--evt-color-border`).
 * @cssprop --evt-register-fieldset-background - Background of each attendee's box (default `--evt-color-surface-alt`).
 *
 * @cssstate loading - The event is loading.
 * @cssstate loaded - The event's data has loaded.
 * @cssstate error - Loading failed.
 * @cssstate not-found - The event does not exist (or is not published).
 * @cssstate empty - No event was chosen.
 * @cssstate closed - Registration is closed (or the event is over).
 * @cssstate full - The event is full (waitlist or sold out).
 * @cssstate form - The form is shown (`waitlist` too when everyone joins the waitlist).
 * @cssstate waitlist - The event is full and the form registers for the waitlist.
 * @cssstate unavailable - No form: closed, ended, sold out, sign-in needed or captcha not available.
 * @cssstate sending - A registration is being sent.
 * @cssstate success - The confirmation is shown.
 */
export class EvtRegister extends EvtElement {
  static override styles = [...EvtElement.styles, registerStyles];

  /** The event, count, passes, fields and sessions, all in the same update: one round trip. */
  #data = new EventDataController(this, {
    resources: ['event', 'registrationCount', 'passes', 'customFields', 'sessions'],
    rid: () => this.#rid ?? '',
    // An event whose capacity is unrestricted needs no count: no request for it.
    known: (name, store, rid) => {
      if (name !== 'registrationCount') return undefined;
      const event = store.peek('event', rid);
      return event && !isCapacityRestricted(event) ? null : undefined;
    },
    // Sessions matter only with a custom agenda (see #loaded): their failure is reported there.
    onError: (name, err) => {
      if (name !== 'sessions') this.reportError(err, { readableEventId: this.#rid ?? undefined });
    },
  });

  /** The event's `readableEventId`. Without it, the page URL's `event` parameter is followed. */
  @property({ attribute: 'event-id' }) eventId?: string;

  /** After an `Initiated` paid registration, go here: a URL template with `{purchaseId}` and `{readableEventId}`. */
  @property({ attribute: 'payment-url' }) paymentUrl?: string;

  /** Contact details that fill the first attendee's empty fields (wins over the attributes). */
  @property({ attribute: false }) prefill?: RegisterPrefill;

  /** Prefills the first attendee's first name. */
  @property({ attribute: 'first-name' }) firstName?: string;

  /** Prefills the first attendee's last name. */
  @property({ attribute: 'last-name' }) lastName?: string;

  /** Prefills the first attendee's email. */
  @property() email?: string;

  /**
   * Solves the captcha of events with `enableCaptcha`: called at submit with the event's captcha
   * (`{ FlowId, HipUrl, ObjectName, FunctionName }`), it resolves to the `hipObject`
   * `{ Solution, Token, Type, FlowId }` (or rejects when the visitor gives up).
   */
  @property({ attribute: false }) captcha?: CaptchaProvider;

  @state() private _draft: RegistrationDraft = emptyDraft();
  /** Errors show after the first submit attempt, and then follow what is typed. */
  @state() private _submitted = false;
  @state() private _sending = false;
  @state() private _status = '';
  @state() private _announcement = '';
  @state() private _notice: Notice | null = null;
  @state() private _outcome: Outcome | null = null;
  @state() private _urlEventId: string | null = null;
  @state() private _requestedId: string | null = null;

  #loadedMemo: { key: unknown[]; loaded: Loaded } | null = null;
  #draftKey = '';
  #focus: FocusTarget | null = null;
  #focusRequested = false;
  #focusOptions?: FocusOptions;
  #stopLocation?: () => void;
  /** Who the last attempt with an unknown outcome registered (in memory only). */
  #unknownSignature: string | null = null;
  #lastAvailability: RegistrationState | null = null;
  #captchaReported = new Set<string>();
  #captchaCtrl: AbortController | null = null;

  // ── lifecycle ──────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    this._urlEventId = eventIdFromUrl();
    this.#stopLocation = onLocationChange(this.#onLocation);
    document.addEventListener('evt-register-request', this.#onRegisterRequest);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopLocation?.();
    document.removeEventListener('evt-register-request', this.#onRegisterRequest);
    this.#captchaCtrl?.abort();
  }

  protected override storeChanged(key: string): void {
    // New counts after someone registered, a revalidation: the places left and the waitlist
    // follow, without a loading state. Only this event's data counts.
    if (this.#data.storeChanged(key)) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const loaded = this.#loaded;
    if (loaded) {
      const key = draftKey(loaded.base, loaded.rid);
      if (key !== this.#draftKey) {
        // Another event (or the first load): its own draft, or a fresh form.
        this.#draftKey = key;
        this._draft = loadDraft(key) ?? this.#freshDraft(loaded.data);
        this._draft = this.#withPrefill(this._draft);
        this._submitted = false;
        this._notice = null;
        this._outcome = null;
        this.#unknownSignature = null;
        this.#lastAvailability = null;
      }
      const now = this.#availability(loaded);
      if (this.#lastAvailability === 'open' && now === 'waitlist' && !this._outcome) {
        this._announcement = this.msg.registerNowWaitlist;
      }
      this.#lastAvailability = now;
      if (loaded.data.event.enableCaptcha && !this.captcha && !this.#captchaReported.has(loaded.rid)) {
        this.#captchaReported.add(loaded.rid);
        this.reportError(
          new EvtApiError(
            'config',
            `Event ${loaded.rid} asks for a captcha (enableCaptcha): set the captcha property of <evt-register> to a function that returns the solved hipObject. Without it, the event shows a message instead of the form.`,
          ),
          { readableEventId: loaded.rid },
        );
      }
    }
    if ((changed.has('prefill') || changed.has('firstName') || changed.has('lastName') || changed.has('email')) && loaded) {
      this._draft = this.#withPrefill(this._draft);
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#applyFocus();
  }

  // ── public methods ──────────────────────────────────────────────────────────

  /** Loads the event's data again; `{ fresh: true }` asks the service rather than the page's cache. */
  reload(options: ReloadOptions = {}): Promise<void> {
    return this.#data.reload(options);
  }

  /**
   * Reads the event's data again from the service: the same as `reload({ fresh: true })`, which
   * every element has. Kept for pages written against 0.1.
   * @deprecated Use `reload({ fresh: true })`.
   */
  refresh(): Promise<void> {
    return this.reload({ fresh: true });
  }

  /** Resolves when the event's data has settled (loaded or failed) and rendered. */
  get loadComplete(): Promise<void> {
    return this.#data.loadComplete;
  }

  /** Moves focus to the form's first field (or to what is shown instead of the form). */
  override focus(options?: FocusOptions): void {
    this.#focus = { part: 'first' };
    this.#focusOptions = options;
    this.requestUpdate();
  }

  // ── private handlers ───────────────────────────────────────────────────────

  #onLocation = () => {
    this._urlEventId = eventIdFromUrl();
    this._requestedId = null;
  };

  /** `<evt-detail>`'s "Register": take over when it is about this element's event. */
  #onRegisterRequest = (e: EvtRegisterRequestEvent) => {
    const rid = e.detail?.readableEventId;
    if (!rid || e.defaultPrevented) return;
    const own = this.eventId?.trim();
    if (own && own !== rid) return;
    e.preventDefault();
    if (!own && rid !== this.#rid) this._requestedId = rid;
    this.#focusRequested = true;
    this.requestUpdate();
  };

  #update(draft: RegistrationDraft) {
    this._draft = draft;
    if (this.#draftKey) saveDraft(this.#draftKey, draft);
  }

  #updateAttendee(key: number, patch: Partial<AttendeeDraft>) {
    this.#update({ ...this._draft, attendees: this._draft.attendees.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  }

  #answer(a: AttendeeDraft, field: EvtCustomField, value: Answer) {
    this.#updateAttendee(a.key, { answers: { ...a.answers, [field.customRegistrationFieldId]: value } });
  }

  #addAttendee() {
    const list = this._draft.attendees;
    const key = Math.max(0, ...list.map((a) => a.key)) + 1;
    const previous = list[list.length - 1];
    this.#update({ ...this._draft, attendees: [...list, newAttendee(key, previous?.passId ?? '')] });
    this.#focus = { id: fieldDomId(key, 'firstName') };
    this._announcement = this.msg.registerAttendeeAdded(list.length + 1);
  }

  #removeAttendee(key: number) {
    const list = this._draft.attendees;
    const index = list.findIndex((a) => a.key === key);
    if (index < 0 || list.length < 2) return;
    const rest = list.filter((a) => a.key !== key);
    this.#update({ ...this._draft, attendees: rest });
    // Focus stays in the same place of the form: the attendee before (or the new first one).
    this.#focus = { id: fieldDomId(rest[Math.max(0, index - 1)]!.key, 'firstName') };
    this._announcement = this.msg.registerAttendeeRemoved(index + 1);
  }

  #toggleSession(id: string, on: boolean) {
    const ids = new Set(this._draft.sessionIds);
    if (on) ids.add(id);
    else ids.delete(id);
    this.#update({ ...this._draft, sessionIds: [...ids] });
  }

  #onSubmit = (e: Event) => {
    e.preventDefault();
    void this.#send();
  };

  /** Validates, announces (`evt-register-submit`), sends once, and handles every answer. */
  async #send(): Promise<void> {
    const loaded = this.#loaded;
    const store = this.store;
    // A second click while the first is on its way does nothing: one request.
    if (!loaded || !store || this._sending) return;
    const { rid, data, flavour } = loaded;
    const m = this.msg;
    this._submitted = true;
    this._notice = null;
    const errors = validate(data, this._draft);
    if (errors.length) {
      this.#focus = { part: 'error-summary' };
      this.requestUpdate();
      return;
    }
    const draft = this._draft;
    const plans = plan(data, draft);
    const submit = new EvtRegisterSubmitEvent({ readableEventId: rid, request: buildRequest(data, draft, flavour) });
    if (!this.dispatchEvent(submit)) return;
    const body: RegistrationRequest & { hipObject?: HipObject } = submit.detail.request;

    this._sending = true;
    this._status = m.registerSending;
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
          this._status = m.registerWaiting(Math.max(1, Math.ceil(seconds)));
        },
      });
      this.#handleResult(loaded, draft, plans, body, result);
    } catch (err) {
      this.#handleError(rid, body, err);
    } finally {
      this._sending = false;
      this._status = '';
    }
  }

  async #solveCaptcha(store: EventsStore, rid: string): Promise<HipObject> {
    if (!this.captcha) throw new EvtApiError('config', 'Events API: no captcha provider.');
    this.#captchaCtrl?.abort();
    const ctrl = (this.#captchaCtrl = new AbortController());
    const captcha = await store.captcha(rid, { fresh: true, signal: ctrl.signal });
    return this.captcha({ captcha, readableEventId: rid, signal: ctrl.signal });
  }

  #handleResult(
    loaded: Loaded,
    draft: RegistrationDraft,
    plans: ReturnType<typeof plan>,
    body: RegistrationRequest,
    result: RegistrationResult,
  ) {
    const { rid, data } = loaded;
    const m = this.msg;
    const signature = attendeeSignature(body);
    switch (result.status) {
      case RegistrationStatus.Success:
        return this.#succeed(loaded, draft, plans, body, result, false);
      case RegistrationStatus.Initiated:
      case RegistrationStatus.Redirect: {
        this.#unknownSignature = null;
        const purchaseId = result.purchaseId ?? '';
        const redirect = result.status === RegistrationStatus.Redirect;
        const url = redirect
          ? safeHttpUrl(result.redirectUrl)
          : this.paymentUrl
            ? safeHttpUrl(fillTemplate(this.paymentUrl, { purchaseId, readableEventId: rid }), location.href)
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
        const go = this.dispatchEvent(
          new EvtPaymentRequiredEvent({ readableEventId: rid, purchaseId, total: amount, currencySymbol, url }),
        );
        // The service holds the places now: the form must not be sent again from a reload.
        clearDraft(this.#draftKey);
        this._outcome = { kind: 'payment', going: go && !!url };
        this.#focus = { part: 'success' };
        if (go && url) this.navigate(url);
        return;
      }
      default: {
        const code = result.errorCode || 'RegistrationFailed';
        if (code === 'AlreadyRegistered' && this.#unknownSignature === signature) {
          // The attempt whose answer was lost went through: this is its confirmation.
          return this.#succeed(loaded, draft, plans, body, result, true);
        }
        this.#fail({ kind: 'failure', code }, new Error(`The registration was refused: ${code}.`), rid, code);
        // Capacity may have changed (someone took the last place): the form follows.
        if (/Capacity|NoAttendees|FullyBooked|Passes|NotLive|IdNotValid/.test(code)) void this.reload({ fresh: true });
      }
    }
  }

  #handleError(rid: string, body: RegistrationRequest, err: unknown) {
    const m = this.msg;
    if (isEvtApiError(err) && err.kind === 'aborted') return;
    if (isEvtApiError(err) && err.outcomeUnknown) {
      this.#unknownSignature = attendeeSignature(body);
      this.#fail({ kind: 'unknown' }, err, rid);
      return;
    }
    const message = isEvtApiError(err) && err.kind === 'rate-limited' ? m.registerBusy : isEvtApiError(err) && err.kind === 'contract' ? m.registerFailed : this.errorMessage(err);
    this.#fail({ kind: 'error', message }, err, rid);
  }

  #fail(notice: Notice, err: unknown, rid: string, errorCode?: string) {
    this._notice = notice;
    this.#focus = { part: 'notice' };
    this.reportError(err, { readableEventId: rid, ...(errorCode ? { errorCode } : {}) });
  }

  #succeed(
    loaded: Loaded,
    draft: RegistrationDraft,
    plans: ReturnType<typeof plan>,
    body: RegistrationRequest,
    result: RegistrationResult,
    recovered: boolean,
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
    clearDraft(this.#draftKey);
    this._draft = this.#freshDraft(data);
    this._submitted = false;
    this._notice = null;
    this._outcome = { kind: 'success', loaded, attendees, sessions, recovered };
    this.#focus = { part: 'success' };
    this.dispatchEvent(
      new EvtRegisteredEvent({ readableEventId: rid, result, attendees, sessionIds: sessions.map((s) => s.session.id), recovered }),
    );
  }

  #again() {
    this._outcome = null;
    this._submitted = false;
    this._notice = null;
    this._announcement = '';
    this.#focus = { part: 'first' };
    void this.reload({ fresh: true });
  }

  #addToCalendar(o: SuccessOutcome) {
    const { event } = o.loaded.data;
    const m = this.msg;
    const items: CalendarItem[] = [];
    const ev = eventCalendarItem(event, m, location.href);
    if (ev) items.push(ev);
    const someoneIn = o.attendees.length;
    for (const s of o.sessions) {
      if (s.waitlisted.length >= someoneIn) continue;
      const it = sessionCalendarItem(s.session, event, m, location.href);
      if (it) items.push(it);
    }
    if (items.length) downloadIcs(items, icsFileName(event.eventName));
  }

  /** Leaves the page for payment. A method of its own so a test (or a subclass) can stand in for it. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  get #rid(): string | null {
    return this.eventId?.trim() || this._requestedId || this._urlEventId || null;
  }

  /** The loaded data for the current event, or null (loading, failed, or none). */
  get #loaded(): Loaded | null {
    const d = this.#data;
    const store = d.store;
    const event = d.get('event').value;
    const passes = d.get('passes').value;
    const customFields = d.get('customFields').value;
    const count = d.get('registrationCount');
    const sessions = d.get('sessions').value;
    if (!store || !event || !passes || !customFields || d.rid !== this.#rid) return null;
    // A count that failed or never came leaves the places unknown: the form stays, the service decides.
    if (count.value === undefined && count.pending) return null;
    if (event.allowCustomAgenda && !sessions) return null;
    const registrationCount = typeof count.value === 'number' ? count.value : null;
    const key = [event, passes, customFields, registrationCount, event.allowCustomAgenda ? sessions : null];
    if (this.#loadedMemo && this.#loadedMemo.key.every((v, i) => v === key[i])) return this.#loadedMemo.loaded;
    const flavour = store.flavour;
    const loaded: Loaded = {
      rid: d.rid,
      flavour,
      base: store.endpoint.base,
      data: { event, registrationCount, passes, customFields, sessions: event.allowCustomAgenda ? sessions! : [], flavour },
    };
    this.#loadedMemo = { key, loaded };
    return loaded;
  }

  /** Why the data could not be loaded (the first failure of what the form needs), else undefined. */
  get #loadError(): unknown {
    const d = this.#data;
    const event = d.get('event');
    const needed = [event, d.get('passes'), d.get('customFields'), ...(event.value?.allowCustomAgenda ? [d.get('sessions')] : [])];
    return needed.find((slot) => slot.value === undefined && slot.error !== undefined)?.error;
  }

  #freshDraft(data: RegistrationData): RegistrationDraft {
    const draft = emptyDraft();
    // One pass to choose from: chosen already.
    const open = data.passes.filter((p) => passesLeft(p) > 0);
    if (open.length === 1) draft.attendees[0]!.passId = open[0]!.passId;
    return draft;
  }

  #withPrefill(draft: RegistrationDraft): RegistrationDraft {
    const p = { firstName: this.firstName, lastName: this.lastName, email: this.email, ...this.prefill };
    const first = draft.attendees[0];
    if (!first) return draft;
    const patch: Partial<AttendeeDraft> = {};
    for (const f of ['firstName', 'lastName', 'email'] as const) {
      const v = p[f];
      if (typeof v === 'string' && v.trim() && !first[f].trim()) patch[f] = v.trim();
    }
    return Object.keys(patch).length ? { ...draft, attendees: [{ ...first, ...patch }, ...draft.attendees.slice(1)] } : draft;
  }

  #applyFocus() {
    const root = this.renderRoot as ShadowRoot;
    let options = this.#focusOptions;
    if (this.#focusRequested && this.#loaded) {
      this.#focusRequested = false;
      this.#focus ??= { part: 'first' };
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      options = { preventScroll: true };
    }
    const target = this.#focus;
    if (!target || !this.#loaded) return;
    this.#focus = null;
    this.#focusOptions = undefined;
    let el: HTMLElement | null = null;
    if ('id' in target) el = root.getElementById(target.id);
    else if (target.part === 'first') {
      el =
        root.querySelector<HTMLElement>('[part~="success"], [part~="payment"]') ??
        root.querySelector<HTMLElement>('form input:not([disabled]), form select') ??
        root.querySelector<HTMLElement>('[part~="message"]');
    } else if (target.part === 'success') el = root.querySelector('[part~="success"], [part~="payment"]');
    else el = root.querySelector(`[part~="${target.part}"]`);
    el?.focus(options);
  }

  protected override currentStates(): EvtState[] {
    const loaded = this.#loaded;
    const a = loaded ? this.#availability(loaded) : null;
    const states: Record<EvtState, boolean> = {
      loading: !!this.#rid && !loaded && this.#loadError === undefined,
      loaded: !!loaded,
      error: !loaded && this.#loadError !== undefined,
      empty: !this.#rid,
      'not-found': false,
      closed: !this._outcome && (a === 'closed' || a === 'ended'),
      full: !this._outcome && (a === 'waitlist' || a === 'sold-out'),
      form: !this._outcome && (a === 'open' || a === 'waitlist'),
      waitlist: !this._outcome && a === 'waitlist',
      unavailable: !this._outcome && !!a && a !== 'open' && a !== 'waitlist',
      sending: this._sending,
      success: this._outcome?.kind === 'success',
    };
    if (!loaded && isEvtApiError(this.#loadError) && this.#loadError.kind === 'not-found') {
      states.error = false;
      states['not-found'] = true;
    }
    return (Object.keys(states) as EvtState[]).filter((k) => states[k]);
  }

  /** The form's availability, with a captcha the page cannot solve counted as unavailable. */
  #availability(loaded: Loaded): RegistrationState {
    const { event, registrationCount, passes } = loaded.data;
    return registrationAvailability({ event, registrationCount, passes, now: Date.now(), canSolveCaptcha: !!this.captcha }).state;
  }

  #errorText(e: FormError, data: RegistrationData): string {
    const m = this.msg;
    if (e.field === 'pass') {
      const a = this._draft.attendees.find((x) => x.key === e.attendee);
      const pass = data.passes.find((p) => p.passId === a?.passId);
      return e.code === 'passLimit' && pass ? m.registerErrPassLimit(pass.passName ?? '', e.limit ?? 0) : m.registerErrPass;
    }
    if (e.field.startsWith('session:')) {
      const s = data.sessions.find((x) => `session:${x.id}` === e.field);
      return m.registerErrSessionFull(s?.name ?? '', e.limit ?? 0);
    }
    if (e.field.startsWith('custom:')) {
      const f = data.customFields[Number(e.field.slice(7))];
      const label = f?.text ?? '';
      if (e.code === 'tooLong') return m.registerErrTooLong(label, e.limit ?? 0);
      return e.code === 'choose' ? m.registerErrChoose(label) : m.registerErrAnswer(label);
    }
    const label = m[contactLabel[e.field as ContactField]];
    if (e.code === 'tooLong') return m.registerErrTooLong(label, e.limit ?? MAX_LENGTH[e.field as ContactField]);
    if (e.code === 'character') return m.registerErrCharacter(label, describeCharacter(e.codePoint ?? 0));
    if (e.code === 'letter') return m.registerErrLetter(label);
    if (e.code === 'email') return m.registerErrEmail;
    return m.registerErrRequired(label);
  }

  /** The DOM id a summary entry links to: the field, or the first choice of a group. */
  #errorTarget(e: FormError, data: RegistrationData): string {
    if (e.field.startsWith('session:')) {
      const i = data.sessions.findIndex((s) => `session:${s.id}` === e.field);
      return `s${i}`;
    }
    if (e.field === 'pass' || e.field.startsWith('custom:')) {
      const f = e.field.startsWith('custom:') ? data.customFields[Number(e.field.slice(7))] : null;
      const kind = f ? fieldKind(f) : 'group';
      const id = fieldDomId(e.attendee, e.field);
      return kind === 'text' || (kind === 'single' && f && choicesOf(f).length > RADIO_LIMIT) ? id : `${id}-0`;
    }
    return fieldDomId(e.attendee, e.field);
  }

  // ── render helpers ─────────────────────────────────────────────────────────

  #renderErrorSummary(errors: FormError[], data: RegistrationData): TemplateResult | typeof nothing {
    if (!errors.length) return nothing;
    const m = this.msg;
    const multi = this._draft.attendees.length > 1;
    const position = (key: number | null) => this._draft.attendees.findIndex((a) => a.key === key) + 1;
    return html`<div part="error-summary" class="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
      <p id="summary-title" class="summary-title">${m.registerErrorSummary}</p>
      <ul>
        ${errors.map((e) => {
          const text = this.#errorText(e, data);
          const target = this.#errorTarget(e, data);
          const where = e.attendee !== null && multi ? m.registerAttendee(position(e.attendee)) : '';
          return html`<li>
            <a
              href="#${target}"
              @click=${(ev: Event) => {
                ev.preventDefault();
                const el = (this.renderRoot as ShadowRoot).getElementById(target);
                el?.focus();
                el?.scrollIntoView({ block: 'center' });
              }}
              >${where ? m.registerErrorIn(where, text) : text}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const n = this._notice;
    if (!n) return nothing;
    const m = this.msg;
    if (n.kind === 'unknown') {
      return html`<div part="notice" class="message error" tabindex="-1">
        <p>${m.registerOutcomeUnknown}</p>
        <button type="button" part="retry" ?disabled=${this._sending} @click=${() => void this.#send()}>${m.retry}</button>
      </div>`;
    }
    const text = n.kind === 'failure' ? (m.registerErrors[n.code] ?? m.registerErrors.RegistrationFailed!) : n.message;
    return html`<div part="notice" class="message error" tabindex="-1"><p>${text}</p></div>`;
  }

  /** A text input with its label, hint and error. */
  #renderInput(o: {
    id: string;
    name: string;
    label: string;
    value: string;
    required: boolean;
    error: string | null;
    hint?: string;
    type?: string;
    autocomplete?: string;
    onInput: (value: string) => void;
  }): TemplateResult {
    const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label part="label" for=${o.id}>${o.label}${this.#renderRequired(o.required)}</label>
      ${o.hint ? html`<p part="hint" class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
      <input
        part="input"
        id=${o.id}
        name=${o.name}
        type=${o.type ?? 'text'}
        autocomplete=${o.autocomplete ?? 'off'}
        spellcheck="false"
        ?required=${o.required}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(o.value)}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      />
      ${this.#renderError(o.id, o.error)}
    </div>`;
  }

  #renderRequired(required: boolean) {
    return required ? html`<span part="required" class="required" aria-hidden="true"> *</span>` : nothing;
  }

  #renderError(id: string, error: string | null) {
    return error ? html`<p part="error" class="error" id="${id}-error">${error}</p>` : nothing;
  }

  /** A group of radios or checkboxes in a fieldset; the error describes every choice. */
  #renderChoices(o: {
    id: string;
    name: string;
    label: string;
    required: boolean;
    error: string | null;
    type: 'radio' | 'checkbox';
    options: { value: string; label: string; checked: boolean }[];
    onChange: (value: string, checked: boolean) => void;
  }): TemplateResult {
    return html`<fieldset part="field" class="field group" aria-describedby=${o.error ? `${o.id}-error` : nothing}>
      <legend part="label">${o.label}${this.#renderRequired(o.required)}</legend>
      <div class="options">
        ${o.options.map(
          (opt, i) => html`<label part="option" class="option">
            <input
              part="input"
              type=${o.type}
              id="${o.id}-${i}"
              name=${o.name}
              .value=${opt.value}
              .checked=${live(opt.checked)}
              ?required=${o.required && o.type === 'radio'}
              aria-invalid=${o.error ? 'true' : 'false'}
              @change=${(e: Event) => o.onChange(opt.value, (e.target as HTMLInputElement).checked)}
            />
            <span>${opt.label}</span>
          </label>`,
        )}
      </div>
      ${this.#renderError(o.id, o.error)}
    </fieldset>`;
  }

  #renderCustomField(a: AttendeeDraft, f: EvtCustomField, index: number, error: string | null): TemplateResult {
    const m = this.msg;
    const id = fieldDomId(a.key, `custom:${index}`);
    const name = `a${a.key}-c${index}`;
    const label = f.text?.trim() || f.customRegistrationFieldId;
    const required = f.isRequired === true;
    const raw = a.answers[f.customRegistrationFieldId];
    const value = typeof raw === 'string' ? raw : Array.isArray(raw) ? (raw[0] ?? '') : '';
    const kind = fieldKind(f);
    if (kind === 'boolean') {
      return this.#renderChoices({
        id,
        name,
        label,
        required,
        error,
        type: 'radio',
        options: [
          { value: 'Yes', label: m.registerYes, checked: value === 'Yes' },
          { value: 'No', label: m.registerNo, checked: value === 'No' },
        ],
        onChange: (v) => this.#answer(a, f, v),
      });
    }
    if (kind === 'multiple') {
      const picked = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
      return this.#renderChoices({
        id,
        name,
        label,
        required,
        error,
        type: 'checkbox',
        options: choicesOf(f).map((c) => ({ value: c, label: c, checked: picked.has(c) })),
        onChange: (v, on) => {
          const next = new Set(picked);
          if (on) next.add(v);
          else next.delete(v);
          this.#answer(a, f, choicesOf(f).filter((c) => next.has(c)));
        },
      });
    }
    if (kind === 'single') {
      const choices = choicesOf(f);
      if (choices.length <= RADIO_LIMIT) {
        return this.#renderChoices({
          id,
          name,
          label,
          required,
          error,
          type: 'radio',
          options: choices.map((c) => ({ value: c, label: c, checked: value === c })),
          onChange: (v) => this.#answer(a, f, v),
        });
      }
      return html`<div part="field" class="field">
        <label part="label" for=${id}>${label}${this.#renderRequired(required)}</label>
        <select
          part="input"
          id=${id}
          name=${name}
          ?required=${required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @change=${(e: Event) => this.#answer(a, f, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${m.registerSelectPrompt}</option>
          ${choices.map((c) => html`<option .value=${c} ?selected=${value === c}>${c}</option>`)}
        </select>
        ${this.#renderError(id, error)}
      </div>`;
    }
    return this.#renderInput({
      id,
      name,
      label,
      value,
      required,
      error,
      onInput: (v) => this.#answer(a, f, v),
    });
  }

  #renderPasses(a: AttendeeDraft, data: RegistrationData, error: string | null): TemplateResult {
    const m = this.msg;
    const id = fieldDomId(a.key, 'pass');
    return html`<fieldset part="passes field" class="field group" aria-describedby=${error ? `${id}-error` : nothing}>
      <legend part="label">${m.registerPass}${this.#renderRequired(true)}</legend>
      <div class="options">
        ${data.passes.map((p, i) => {
          const left = passesLeft(p);
          const soldOut = left <= 0;
          return html`<label part="pass option" class="option pass">
            <input
              part="input"
              type="radio"
              id="${id}-${i}"
              name="a${a.key}-pass"
              .value=${p.passId}
              .checked=${live(a.passId === p.passId)}
              ?disabled=${soldOut}
              required
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => this.#updateAttendee(a.key, { passId: p.passId })}
            />
            <span class="pass-name" dir="auto" lang=${this.contentLang(data.event) ?? nothing}>${p.passName ?? ''}</span>
            <span part="price" class="price">${formatPrice(this.locale, p.price ?? 0, p.currencySymbol)}</span>
            ${soldOut
              ? html`<span part="badge" class="badge bad">${m.soldOut}</span>`
              : Number.isFinite(left)
                ? html`<span part="badge" class="badge">${m.registerPassesLeft(left)}</span>`
                : nothing}
          </label>`;
        })}
      </div>
      ${this.#renderError(id, error)}
    </fieldset>`;
  }

  #renderAttendee(
    a: AttendeeDraft,
    index: number,
    loaded: Loaded,
    waitlisted: boolean,
    errorOf: (attendee: number | null, field: string) => string | null,
  ): TemplateResult {
    const m = this.msg;
    const { data } = loaded;
    const count = this._draft.attendees.length;
    const single = formCapacity(data).maxAttendees <= 1 && count === 1;
    const legend = single ? m.registerYourDetails : waitlisted ? m.registerAttendeeWaitlisted(index + 1) : m.registerAttendee(index + 1);
    return html`<fieldset part="attendee" class="attendee">
      <legend part="legend">${legend}</legend>
      ${(['firstName', 'lastName', 'email'] as const).map((f) =>
        this.#renderInput({
          id: fieldDomId(a.key, f),
          name: f,
          label: m[contactLabel[f]],
          value: a[f],
          required: true,
          error: errorOf(a.key, f),
          type: f === 'email' ? 'email' : 'text',
          hint: f === 'email' && index === 0 ? m.registerEmailHint : undefined,
          // Only the first attendee is the visitor; the browser's autofill would repeat them.
          autocomplete: index === 0 ? autocompleteOf[f] : 'off',
          onInput: (v) => this.#updateAttendee(a.key, { [f]: v }),
        }),
      )}
      ${isPaid(data.passes) && !waitlisted ? this.#renderPasses(a, data, errorOf(a.key, 'pass')) : nothing}
      ${data.customFields.map((f, i) => this.#renderCustomField(a, f, i, errorOf(a.key, `custom:${i}`)))}
      ${count > 1
        ? html`<button type="button" part="remove-attendee" class="secondary remove" @click=${() => this.#removeAttendee(a.key)}>
            ${m.registerRemoveAttendee(index + 1)}
          </button>`
        : nothing}
    </fieldset>`;
  }

  #renderSessions(loaded: Loaded, errorOf: (attendee: number | null, field: string) => string | null): TemplateResult {
    const m = this.msg;
    const { data } = loaded;
    const chosen = new Set(this._draft.sessionIds);
    const waitlist = sessionWaitlist(data);
    const attendees = this._draft.attendees.length;
    const clash = overlaps(data.sessions.filter((s) => chosen.has(s.id)));
    const days = sessionDays(data.sessions, data.event, this.timeZone, this.locale);
    const indexOf = new Map(data.sessions.map((s, i) => [s.id, i]));
    return html`<fieldset part="sessions" class="sessions" aria-describedby="sessions-hint">
      <legend part="label">${m.registerSessions}</legend>
      <p part="hint" class="hint" id="sessions-hint">${m.registerSessionsHint}</p>
      ${days.map(
        (day) => html`<div class="day">
          ${day.label ? this.heading(day.label, { offset: 1, part: 'day' }) : this.heading(m.registerSessionsUndated, { offset: 1, part: 'day' })}
          <ul class="plain">
            ${day.items.map(({ session: s, range }) => {
              const i = indexOf.get(s.id)!;
              const id = `s${i}`;
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
                  @change=${(e: Event) => this.#toggleSession(s.id, (e.target as HTMLInputElement).checked)}
                />
                <label part="option" for=${id} class="session-name" dir="auto" lang=${this.contentLang({ language: s.language, eventLanguage: data.event.eventLanguage }) ?? nothing}>${s.name ?? ''}</label>
                <p class="session-meta" id="${id}-meta">
                  ${range ? html`<span>${formatTimeRange(this.locale, range)} ${range.label}</span>` : nothing}
                  ${full
                    ? html`<span part="badge" class="badge ${waitlist ? 'warn' : 'bad'}"
                        >${waitlist ? m.registerSessionWaitlistOnly : m.registerSessionFull}</span
                      >`
                    : Number.isFinite(left)
                      ? html`<span part="badge" class="badge">${m.placesLeft(left)}</span>
                          ${waitlist && on && attendees > left
                            ? html`<span part="badge" class="badge warn">${m.registerSessionWaitlistFor(left + 1)}</span>`
                            : nothing}`
                      : nothing}
                </p>
                ${others
                  ? html`<p part="overlap" class="overlap" id="${id}-overlap">
                      ${m.registerSessionOverlaps(new Intl.ListFormat(this.locale).format(others.map((o) => o.name ?? '')))}
                    </p>`
                  : nothing}
                ${this.#renderError(id, error)}
              </li>`;
            })}
          </ul>
        </div>`,
      )}
    </fieldset>`;
  }

  #renderForm(loaded: Loaded, a: RegistrationState): TemplateResult {
    const m = this.msg;
    const { data } = loaded;
    const draft = this._draft;
    const cap = formCapacity(data);
    const plans = plan(data, draft);
    const errors = this._submitted ? validate(data, draft) : [];
    const byField = new Map(errors.map((e) => [`${e.attendee}|${e.field}`, e]));
    const errorOf = (attendee: number | null, field: string) => {
      const e = byField.get(`${attendee}|${field}`);
      return e ? this.#errorText(e, data) : null;
    };
    const allWaitlisted = plans.every((p) => p.waitlisted);
    const someWaitlisted = plans.some((p) => p.waitlisted);
    const paid = isPaid(data.passes);
    const sum = paid ? total(data, draft) : null;
    const canAdd = draft.attendees.length < cap.maxAttendees;
    const showAuto = autoRegisterOffered(data, draft);
    const submitLabel = allWaitlisted ? m.registerSubmitWaitlist : paid ? m.registerSubmitPay : m.registerSubmit;
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
      ${this.#renderErrorSummary(errors, data)} ${this.#renderNotice()}
      ${a === 'waitlist'
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
        (x, i) => this.#renderAttendee(x, i, loaded, plans[i]?.waitlisted ?? false, errorOf),
      )}
      ${cap.maxAttendees > 1
        ? html`<div class="add">
            ${canAdd
              ? html`<button type="button" part="add-attendee" class="secondary" @click=${() => this.#addAttendee()}>
                  ${m.registerAddAttendee}
                </button>`
              : html`<p part="hint" class="hint">${m.registerMaxAttendees(cap.maxAttendees)}</p>`}
          </div>`
        : nothing}
      ${agendaOffered(data) ? this.#renderSessions(loaded, errorOf) : nothing}
      ${showAuto
        ? html`<div part="field" class="field check">
            <input
              part="input"
              type="checkbox"
              id="auto-register"
              name="autoRegister"
              .checked=${live(draft.autoRegister)}
              aria-describedby="auto-register-hint"
              @change=${(e: Event) => this.#update({ ...this._draft, autoRegister: (e.target as HTMLInputElement).checked })}
            />
            <label part="label" for="auto-register">${m.registerAutoRegister}</label>
            <p part="hint" class="hint" id="auto-register-hint">${m.registerAutoRegisterHint}</p>
          </div>`
        : nothing}
      ${sum && !allWaitlisted && draft.attendees.some((x) => x.passId)
        ? html`<p part="total" class="total">
            ${m.registerTotal(formatPrice(this.locale, sum.amount, sum.currencySymbol))}
            <span class="hint">${m.registerTotalHint}</span>
          </p>`
        : nothing}
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${this._sending}>${submitLabel}</button>
        <p part="status" class="status" role="status">${this._status}</p>
      </div>
    </form>`;
  }

  #renderSuccess(o: SuccessOutcome): TemplateResult {
    const m = this.msg;
    const { event } = o.loaded.data;
    const waitlisted = o.attendees.filter((a) => a.waitlisted).length;
    const title =
      waitlisted === 0 ? m.registerSuccessHeading : waitlisted === o.attendees.length ? m.registerSuccessWaitlistHeading : m.registerSuccessMixedHeading;
    const range = eventRange(event, this.timeZone, this.locale);
    const when = range ? formatRange(this.locale, range, { withTime: true }) : '';
    const canCalendar = waitlisted < o.attendees.length;
    return html`<section part="success" class="success" tabindex="-1" aria-labelledby="success-title">
      ${this.heading(title, { id: 'success-title', part: 'heading' })}
      <p part="event">${m.registerSuccessFor(event.eventName, when)}</p>
      <ul part="registrants" class="plain registrants">
        ${o.attendees.map(
          (a) => html`<li>
            <span class="who">${a.firstName} ${a.lastName}</span>
            <span class="email">${a.email}</span>
            <span part="badge" class="badge ${a.waitlisted ? 'warn' : 'ok'}">
              ${a.waitlisted ? m.registerStatusWaitlisted : m.registerStatusRegistered}
            </span>
          </li>`,
        )}
      </ul>
      ${o.sessions.length
        ? html`${this.heading(m.registerSessions, { offset: 1, part: 'day' })}
            <ul class="plain chosen">
              ${o.sessions.map(({ session, waitlisted: names }) => {
                const r = sessionDays([session], event, this.timeZone, this.locale)[0]?.items[0]?.range ?? null;
                return html`<li>
                  <span class="session-name">${session.name ?? ''}</span>
                  ${r ? html`<span class="session-meta">${formatRange(this.locale, r)}</span>` : nothing}
                  ${names.length
                    ? html`<span part="badge" class="badge warn"
                        >${names.length >= o.attendees.length ? m.registerStatusWaitlisted : m.registerSessionWaitlistedFor(new Intl.ListFormat(this.locale).format(names))}</span
                      >`
                    : nothing}
                </li>`;
              })}
            </ul>`
        : nothing}
      <p>${m.registerSuccessNote}</p>
      <div class="actions">
        ${canCalendar
          ? html`<button type="button" part="calendar" @click=${() => this.#addToCalendar(o)}>${m.addToCalendar}</button>`
          : nothing}
        <button type="button" part="again" class="secondary" @click=${() => this.#again()}>${m.registerAnother}</button>
      </div>
    </section>`;
  }

  #renderUnavailable(loaded: Loaded, a: RegistrationState): TemplateResult {
    const m = this.msg;
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

  #renderBody(): TemplateResult {
    const m = this.msg;
    const rid = this.#rid;
    const announcer = html`<p class="visually-hidden" role="status">${this._announcement}</p>`;
    if (!rid) return announcer;
    const loaded = this.#loaded;
    if (!loaded) {
      if (this.#loadError !== undefined) {
        return html`${this.heading(m.registerHeading, { id: 'title' })}
          <div part="message" class="message error" tabindex="-1">
            <p>${this.errorMessage(this.#loadError)}</p>
            ${canRetry(this.#loadError) ? html`<button type="button" part="retry" @click=${() => void this.reload({ fresh: true })}>${m.retry}</button>` : nothing}
          </div>
          ${announcer}`;
      }
      return html`${this.heading(m.registerHeading, { id: 'title' })}
        <div part="loading" class="loading" aria-busy="true">
          <span class="skeleton line"></span><span class="skeleton field"></span><span class="skeleton field"></span>
        </div>
        <p class="visually-hidden" role="status">${m.loading}</p>`;
    }
    const { event } = loaded.data;
    const o = this._outcome;
    if (o?.kind === 'success') return html`${this.#renderSuccess(o)}${announcer}`;
    if (o?.kind === 'payment') {
      return html`<section part="payment" class="success" tabindex="-1" aria-labelledby="title">
          ${this.heading(m.registerPaymentHeading, { id: 'title' })}
          <p>${o.going ? m.registerPaymentGoing : m.registerPaymentPending}</p>
        </section>
        ${announcer}`;
    }
    const a = this.#availability(loaded);
    const range = eventRange(event, this.timeZone, this.locale);
    return html`${this.heading(a === 'waitlist' ? m.registerWaitlistHeading : m.registerHeading, { id: 'title' })}
      <p part="event" class="event">
        <span class="event-name" dir="auto" lang=${this.contentLang(event) ?? nothing}>${event.eventName}</span>
        ${range ? html`<span class="event-date">${formatRange(this.locale, range, { withTime: true })}</span>` : nothing}
      </p>
      ${a === 'open' || a === 'waitlist' ? this.#renderForm(loaded, a) : this.#renderUnavailable(loaded, a)} ${announcer}`;
  }

  override render() {
    return html`<div part="base" class="root">${this.#renderBody()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evt-register': EvtRegister;
  }
}
