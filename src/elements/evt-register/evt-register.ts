/**
 * `<evt-register>`: its properties, lifecycle and template. Over 400 lines only because of the
 * JSDoc block below (the @attr/@csspart/@cssstate tags feed the custom-elements manifest).
 * Behaviour lives beside it: sending in ./send.ts, the draft in ./draft-controller.ts (storage in
 * ./draft.ts), focus in ./focus.ts, texts of errors in ./errors.ts, the views in ./views.ts and
 * ./fields.ts, the form's rules in ./request.ts, the event's own marketing form (`use-event-form`)
 * in ./event-form.ts (loaded only on opt-in); whether a form is offered at all is
 * src/rules/availability.ts's answer.
 */
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import { changedByRegistration } from '../../api/resources.js';
import type { EvtCustomField } from '../../api/schemas.js';
import { EvtElement, type EvtState, type ReloadOptions } from '../../internal/base-element.js';
import { EventDataController } from '../../internal/controllers/event-data.js';
import type { EvtRegisterRequestEvent } from '../../internal/events.js';
import type { CalendarItem } from '../../internal/ics.js';
import { downloadCalendar } from '../../internal/ics-writer.js';
import { eventIdFromUrl, onLocationChange } from '../../internal/location.js';
import { registrationAvailability, type RegistrationState } from '../../rules/availability.js';
import { eventCalendarItem, sessionCalendarItem } from '../../rules/calendar.js';
import { isCapacityRestricted } from '../../rules/capacity.js';
import { canRetry } from '../../rules/errors.js';
import type { EventFormController } from './event-form.js';
import { eventFormOptions } from './event-form-options.js';
import { DraftController, type RegisterPrefill } from './draft-controller.js';
import { fieldDomId } from './errors.js';
import { FocusController } from './focus.js';
import type { Answer, AttendeeDraft } from './request.js';
import { SendController } from './send.js';
import type { CaptchaProvider, Loaded, SuccessOutcome } from './types.js';
import { renderEventForm, renderMarketingForm, renderLoadError, renderLoading, renderPayment, renderSuccess, type FormHandlers, type ViewContext } from './views.js';
import { registerStyles } from './evt-register.styles.js';
import { addEnglish } from '../../i18n/index.js';
import { enRegister } from '../../i18n/en-register.js';

// This element's own English (texts no other element shows) comes with its code (src/i18n/en.ts).
addEnglish(enRegister);

export type { CaptchaProvider } from './types.js';
export type { RegisterPrefill } from './draft-controller.js';

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
 * By default the element uses its own form, also when the event has a marketing form embed
 * (`registrationForm`): that embed needs Microsoft's FormLoader script, which a strict Content
 * Security Policy must allow and which runs with the page's full rights. With `use-event-form` it
 * renders that form instead, through the loader (./event-form.ts; the README's CSP lines), in the
 * element's light DOM (slot `event-form`); without an embed, or when the loader fails, our form.
 *
 * Captcha: for an event with `enableCaptcha` the API wants a solved `hipObject`, and Microsoft's
 * widget is a third-party script a strict CSP forbids. Set the `captcha` property to a function
 * that solves it (it receives the event's captcha description and returns the `hipObject`); without
 * one, such an event shows a message rather than a form that cannot succeed, and the console says
 * what to set.
 *
 * Sending: the submit button is `aria-disabled` (still focusable) while a request is in flight; a
 * 429 is retried after its `Retry-After` with a "waiting" message, a longer one says how long,
 * retries when it is over and offers "Try now"; a lost answer (network, timeout) is reported as
 * unknown with "Try again"; `AlreadyRegistered` for exactly the attendees sent counts as the
 * registration already received. What was typed is kept in `sessionStorage` for this tab (per
 * endpoint and event) until the service accepts the registration, then the confirmation is (a
 * reload shows it again, for 30 minutes); nothing goes into URLs, the console or other storage.
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
 * @attr use-event-form - Render the event's own marketing form (`registrationForm`) through Microsoft's FormLoader instead of ours, where the event has one (off by default).
 *
 * @fires evt-register-submit - About to send (`detail: { readableEventId, request }`, the exact body). Cancelable: cancel to send nothing (the form stays as it is); a listener may amend `detail.request`. For a captcha event, `hipObject` is added after this event.
 * @fires evt-registered - The service accepted the registration (`detail: { readableEventId, result, attendees, sessionIds, recovered }`); `attendees[].waitlisted` says who is on the waitlist; `alreadyRegistered` is true when the service answered `AlreadyRegistered` for exactly the attendees sent (it had this registration already, e.g. a POST the browser re-sent after its answer was lost; then `result` is that answer); `recovered` is true when that answer came to a retry after an unknown outcome.
 * @fires evt-payment-required - A paid registration was initiated (`Initiated`) or needs the payment gateway (`Redirect`): `detail: { readableEventId, purchaseId, total, currencySymbol, url }`. Cancelable: cancel to handle payment yourself; otherwise the element goes to `url` (`payment-url` for `Initiated`, the service's `redirectUrl` for `Redirect`).
 * @fires evt-error - Something failed that the visitor was told about (`detail: { kind, message, readableEventId?, errorCode? }`); `kind` is `registration` with the API's `errorCode` for a refused registration. Never carries personal data.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart heading - The element's heading.
 * @csspart event - The event's name and date under the heading.
 * @csspart form - The `<form>`.
 * @csspart event-form - The frame of the event's own marketing form (`use-event-form`); the form itself is light DOM in the slot `event-form`.
 * @csspart note - "Fields marked * are required."
 * @csspart places - "N places left".
 * @csspart waitlist - The notice that the event (or part of the registration) goes on the waitlist.
 * @csspart error-summary - The list of problems after a failed submit; each entry links to its field.
 * @csspart summary-title - The heading of the error summary ("There is a problem").
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
 * @csspart already - The confirmation's line saying the service already had this registration.
 * @csspart registrants - The list of who is registered or waitlisted in the confirmation.
 * @csspart calendar - The "Add to calendar" button.
 * @csspart again - The "Register someone else" button.
 * @csspart payment - The view after a paid registration was initiated.
 * @csspart loading - The loading skeleton.
 *
 * @slot event-form - Where the element puts the event's own marketing form (`use-event-form`), as light DOM: Microsoft's form styles and the site's CSS for it apply. Filled by the element; leave it empty.
 *
 * @cssprop --evt-register-max-width - The widest the form gets (default 40em).
 * @cssprop --evt-register-gap - Space between fields (default 1em).
 * @cssprop --evt-register-input-background - Background of inputs (default `--evt-color-surface`).
 * @cssprop --evt-register-input-border-color - Border of inputs (default `--evt-color-border`).
 * @cssprop --evt-register-fieldset-background - Background of each attendee's box (default `--evt-color-surface-alt`).
 *
 * @cssstate loading - The event is loading.
 * @cssstate error - Loading failed.
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
  #drafts = new DraftController(this);
  #focus = new FocusController(this, { ready: () => !!this.#loaded });
  #send = new SendController(this, {
    loaded: () => this.#loaded,
    draft: this.#drafts,
    focus: this.#focus,
    report: (err, extra) => this.reportError(err, extra),
    errorMessage: (err) => this.errorMessage(err),
    navigate: (url) => this.navigate(url),
    reloadFresh: () => void this.reload({ fresh: true }),
    formAgain: () => this.#data.revalidate(),
  });

  /** `use-event-form` (./event-form.ts): its own chunk, loaded only by an element that opts in. */
  #eventForm: EventFormController | null | 'loading' = null;

  /** Render the event's own marketing form (`registrationForm`) through Microsoft's FormLoader, where it has one. */
  @property({ type: Boolean, attribute: 'use-event-form' }) useEventForm = false;

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

  @state() private _announcement = '';
  @state() private _urlEventId: string | null = null;
  @state() private _requestedId: string | null = null;

  #loadedMemo: { key: unknown[]; loaded: Loaded } | null = null;
  #stopLocation?: () => void;
  #lastAvailability: RegistrationState | null = null;
  #captchaReported = new Set<string>();

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
  }

  /**
   * Its event's data, but not while sending or showing the confirmation: what the registration
   * changed is not fetched for a page that shows only the confirmation (issue 13); the form
   * reads it again when it comes back (`formAgain`).
   */
  protected override watches(key: string): boolean {
    return !this.#send.sending && this.#send.outcome?.kind !== 'success' && this.#data.watches(key);
  }

  protected override storeChanged(key: string): void {
    // New counts after someone registered, a revalidation: the places left and the waitlist
    // follow, without a loading state. Only this event's data counts.
    if (this.#data.storeChanged(key)) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const loaded = this.#loaded;
    if (!loaded) return;
    if (this.#drafts.follow(loaded, this.#prefill)) {
      // Another event (or the first load): its own draft, or a fresh form.
      this.#send.reset(loaded);
      this.#lastAvailability = null;
    } else if (changed.has('prefill') || changed.has('firstName') || changed.has('lastName') || changed.has('email')) {
      this.#drafts.prefill(this.#prefill);
    }
    const now = this.#availability(loaded);
    if (this.#lastAvailability === 'open' && now === 'waitlist' && !this.#send.outcome) {
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

  protected override currentStates(): EvtState[] {
    const loaded = this.#loaded;
    const a = loaded ? this.#availability(loaded) : null;
    const outcome = this.#send.outcome;
    const loadError = this.#loadError;
    const notFound = !loaded && isEvtApiError(loadError) && loadError.kind === 'not-found';
    const states: Record<EvtState, boolean> = {
      loading: !!this.#rid && !loaded && loadError === undefined,
      loaded: !!loaded,
      error: !loaded && loadError !== undefined && !notFound,
      empty: !this.#rid,
      'not-found': notFound,
      closed: !outcome && (a === 'closed' || a === 'ended'),
      full: !outcome && (a === 'waitlist' || a === 'sold-out'),
      form: !outcome && (a === 'open' || a === 'waitlist'),
      waitlist: !outcome && a === 'waitlist',
      unavailable: !outcome && !!a && a !== 'open' && a !== 'waitlist',
      sending: this.#send.sending,
      success: outcome?.kind === 'success',
    };
    return (Object.keys(states) as EvtState[]).filter((k) => states[k]);
  }

  // ── public methods ──────────────────────────────────────────────────────────

  /** Loads the event's data again; `{ fresh: true }` asks the service rather than the page's cache. */
  reload(options: ReloadOptions = {}): Promise<void> {
    return this.#data.reload(options);
  }

  /**
   * Loads the event's data again from the service: the same as `reload({ fresh: true })`.
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
    this.#focus.request({ part: 'first' }, options);
  }

  /** Leaves the page for payment. A method of its own so a test (or a subclass) can stand in for it. */
  protected navigate(url: string): void {
    location.assign(url);
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
    this.#focus.requestScroll();
  };

  #handlers: FormHandlers = {
    updateAttendee: (key: number, patch: Partial<AttendeeDraft>) => this.#drafts.updateAttendee(key, patch),
    answer: (a: AttendeeDraft, f: EvtCustomField, v: Answer) => this.#drafts.answer(a, f, v),
    addAttendee: () => {
      const count = this.#drafts.draft.attendees.length;
      const key = this.#drafts.addAttendee();
      this.#focus.request({ id: fieldDomId(key, 'firstName') });
      this._announcement = this.msg.registerAttendeeAdded(count + 1);
    },
    removeAttendee: (key: number) => {
      const removed = this.#drafts.removeAttendee(key);
      if (!removed) return;
      this.#focus.request({ id: fieldDomId(removed.focusKey, 'firstName') });
      this._announcement = this.msg.registerAttendeeRemoved(removed.index + 1);
    },
    toggleSession: (id: string, on: boolean) => this.#drafts.toggleSession(id, on),
    setAutoRegister: (on: boolean) => this.#drafts.setAutoRegister(on),
    submit: (e: Event) => {
      e.preventDefault();
      void this.#send.send();
    },
    retry: () => void this.#send.send(),
    focusField: (id: string) => {
      const el = (this.renderRoot as ShadowRoot).getElementById(id);
      el?.focus();
      el?.scrollIntoView({ block: 'center' });
    },
  };

  #again = () => {
    this.#send.again();
    this._announcement = '';
    this.#focus.request({ part: 'first' });
    void this.reload({ fresh: true });
  };

  #addToCalendar(o: SuccessOutcome) {
    const { event } = o.loaded.data;
    const m = this.msg;
    const items: CalendarItem[] = [];
    const ev = eventCalendarItem(event, m, location.href);
    if (ev) items.push(ev);
    for (const s of o.sessions) {
      // Only the sessions someone of this registration attends (not all on their waitlist).
      if (s.waitlisted.length >= o.attendees.length) continue;
      const it = sessionCalendarItem(s.session, event, m, location.href);
      if (it) items.push(it);
    }
    if (items.length) downloadCalendar(items, event.eventName);
  }

  // ── what the template reads ────────────────────────────────────────────────

  get #rid(): string | null {
    return this.eventId?.trim() || this._requestedId || this._urlEventId || null;
  }

  get #prefill(): RegisterPrefill {
    return { firstName: this.firstName, lastName: this.lastName, email: this.email, ...this.prefill };
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

  /**
   * What the event's own form needs when it is to be shown (`use-event-form`, an embed; the
   * controller decides the rest); 'loading' while its module loads; null for our own form.
   */
  #eventFormWanted() {
    const loaded = this.#loaded;
    if (!this.useEventForm || !loaded || this.#send.outcome) return null;
    const { event } = loaded.data;
    if (typeof event.registrationForm !== 'string' || !event.registrationForm.trim()) return null;
    const ctrl = this.#eventForm;
    if (ctrl === null) {
      this.#eventForm = 'loading';
      import('./event-form.js').then(
        (m) => {
          this.#eventForm = new m.EventFormController(
            this,
            eventFormOptions({
              element: this,
              wanted: () => {
                const w = this.#eventFormWanted();
                return w === 'loading' ? null : w;
              },
              navigate: (url) => this.navigate(url),
              invalidate: (rid) => this.#data.store?.invalidate(changedByRegistration(rid)),
              failed: (why) => console.warn(`<evt-register use-event-form>: ${why}; showing evt-widgets' own form instead.`),
            }),
          );
          this.requestUpdate();
        },
        (err: unknown) => {
          console.warn(`<evt-register use-event-form>: its code (event-form.js, beside the evt-widgets files) could not be loaded (${String(err)}); showing evt-widgets' own form instead.`);
          this.useEventForm = false;
          this.#eventForm = null;
        },
      );
    }
    if (ctrl === null || ctrl === 'loading') return 'loading' as const;
    return ctrl.decide(loaded, this.locale);
  }

  /** The form's availability, with a captcha the page cannot solve counted as unavailable. */
  #availability(loaded: Loaded): RegistrationState {
    const { event, registrationCount, passes } = loaded.data;
    return registrationAvailability({ event, registrationCount, passes, now: Date.now(), canSolveCaptcha: !!this.captcha }).state;
  }

  // ── template ───────────────────────────────────────────────────────────────

  #body() {
    const announcer = html`<p class="visually-hidden" role="status">${this._announcement}</p>`;
    if (!this.#rid) return announcer;
    const view: ViewContext = {
      msg: this.msg,
      locale: this.locale,
      timeZone: this.timeZone,
      heading: (c, o) => this.heading(c, o),
      lang: (event, item) => this.contentLang({ language: item?.language, eventLanguage: event.eventLanguage }),
    };
    const loaded = this.#loaded;
    if (!loaded) {
      const err = this.#loadError;
      if (err === undefined) return renderLoading(view);
      return html`${renderLoadError(view, this.errorMessage(err), canRetry(err) ? () => void this.reload({ fresh: true }) : null)}${announcer}`;
    }
    const send = this.#send;
    const o = send.outcome;
    if (o?.kind === 'success') {
      return html`${renderSuccess({ ...view, onCalendar: () => this.#addToCalendar(o), onAgain: this.#again }, o)}${announcer}`;
    }
    if (o?.kind === 'payment') return html`${renderPayment(view, o.going)}${announcer}`;
    const eventForm = this.#eventFormWanted();
    if (eventForm === 'loading') return renderLoading(view);
    if (eventForm) return html`${renderMarketingForm(view, loaded, eventForm.availability, (this.#eventForm as EventFormController).status !== 'ready')}${announcer}`;
    return html`${renderEventForm({
      ...view,
      loaded,
      availability: this.#availability(loaded),
      draft: this.#drafts.draft,
      submitted: this.#drafts.submitted,
      sending: send.sending,
      status: send.status,
      notice: send.notice,
      on: this.#handlers,
    })}
    ${announcer}`;
  }

  override render() {
    return html`<div part="base" class="root">${this.#body()}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evt-register': EvtRegister;
  }
}
