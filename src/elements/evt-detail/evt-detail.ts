/**
 * `<evt-detail>`: the element's properties, lifecycle and template. (Past 400 lines: about 90 of
 * them are the JSDoc block the custom-elements manifest and the README tables are built from.) Its data comes through
 * EventDataController (shared with `<evt-register>`); what it says about registration, places and
 * times comes from src/rules/; the views are ./header.ts and ./sections.ts; the structured data
 * is ./json-ld.ts, loaded when idle by ./json-ld-controller.ts.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EvtEvent, EvtSession, EvtSpeaker } from '../../api/schemas.js';
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import { EvtElement, type EvtState, type ReloadOptions } from '../../internal/base-element.js';
import { fillTemplate } from '../../internal/config.js';
import { EventDataController } from '../../internal/controllers/event-data.js';
import { holdFocus } from '../../internal/focus.js';
import { TrackMembersController } from './track-members.js';
import { EvtRegisterRequestEvent } from '../../internal/events.js';
import type { CalendarItem } from '../../internal/ics.js';
import { downloadCalendar, icsWriter } from '../../internal/ics-writer.js';
import { eventIdFromUrl, onLocationChange } from '../../internal/location.js';
import { safeHttpUrl } from '../../internal/sanitize.js';
import { registrationAvailability, type Availability } from '../../rules/availability.js';
import { eventCalendarItem, sessionCalendarItem } from '../../rules/calendar.js';
import { isCapacityRestricted } from '../../rules/capacity.js';
import { canRetry } from '../../rules/errors.js';
import { detailStyles } from './evt-detail.styles.js';
import { renderHeader, renderLoading, renderSectionError, renderStatus, renderVenue, type StatusKind } from './header.js';
import type { JsonLdInput } from './json-ld.js';
import { JsonLdController } from './json-ld-controller.js';
import { agendaData, renderAgenda, renderPasses, renderSpeakers, renderSponsors, richOrPlain, type SectionContext } from './sections.js';
import { addEnglish } from '../../i18n/index.js';
import { enDetail } from '../../i18n/en-detail.js';

// This element's own English (texts no other element shows) comes with its code (src/i18n/en.ts).
addEnglish(enDetail);

const RESOURCES = ['event', 'sessions', 'tracks', 'speakers', 'sponsorships', 'passes', 'registrationCount'] as const;

/**
 * The full page of one event: banner, name, dates, place and facilities, description, capacity and
 * the registration call to action, the agenda by day (filterable by track), speakers, sponsors,
 * passes, the QR code, "Add to calendar", and schema.org JSON-LD for search engines.
 *
 * The event comes from `event-id`, or else from the page URL's `?event=` parameter (which
 * `<evt-list>` sets on the same page; back and forward follow it). Everything is requested in
 * parallel as soon as the event id is known; a section that fails is left out with a short note
 * while the others show.
 *
 * @summary One event, everything the Events API knows about it.
 *
 * @attr event-id - The event's `readableEventId`. Without it, the page URL's `event` parameter.
 * @attr register-url - Where the call to action goes, a template: `/register?event={readableEventId}`.
 *   Without it, an `<evt-register>` on the same page takes over; with neither, no button is shown.
 * @attr endpoint - The Events API base URL (or page-wide, see `configure()`).
 * @attr token - The web application token (or page-wide).
 * @attr time-zone - `event` (default): the event's wall clock and zone; `local`: the visitor's zone.
 * @attr heading-level - The title's heading level (default 2); section headings are one below.
 * @attr lang - The language of texts and formats (default: the nearest ancestor's `lang`).
 *
 * @fires evt-error - Something failed that the visitor was told about (`detail.kind`, `detail.message`).
 * @fires evt-register-request - On `document`, when the call to action asks an `<evt-register>` on the
 *   page to take over (it cancels the event when it does).
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The live region with the loading, error and empty messages.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message (not found, configuration, network).
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message when no event was chosen.
 * @csspart header - Banner, title, date, place, capacity and actions.
 * @csspart image - The banner image.
 * @csspart title - The event's name.
 * @csspart date - The date and time range with its zone.
 * @csspart location - The short place line (room, building, city; or "Online").
 * @csspart capacity - Capacity and places left.
 * @csspart actions - The row with the call to action and "Add to calendar".
 * @csspart register - The registration call to action (link or button).
 * @csspart closed - The registration-closed (`websiteMessage`) or event-ended message.
 * @csspart sold-out - The "Sold out" notice.
 * @csspart calendar - Every "Add to calendar" button (event and sessions).
 * @csspart heading - The section headings (About this event, Venue, Agenda, Speakers, ...).
 * @csspart description - The description section.
 * @csspart venue - The venue section (address and facilities).
 * @csspart address - The postal address.
 * @csspart facilities-heading - The "Facilities" heading.
 * @csspart facilities - The list of the building's facilities.
 * @csspart sessions - The agenda section.
 * @csspart track-filter - The track filter.
 * @csspart day - A day heading of the agenda.
 * @csspart session - One session.
 * @csspart session-time - A session's time.
 * @csspart session-title - A session's name.
 * @csspart badge - Availability badges (sessions and passes).
 * @csspart speakers - The speakers section.
 * @csspart speaker - One speaker.
 * @csspart speaker-image - A speaker's photo (or initials).
 * @csspart speaker-name - A speaker's name.
 * @csspart speaker-about - A speaker's biography.
 * @csspart speaker-links - A speaker's links.
 * @csspart sponsors - The sponsors section.
 * @csspart sponsor - One sponsor.
 * @csspart sponsor-logo - A sponsor's logo.
 * @csspart passes - The passes section.
 * @csspart pass - One pass.
 * @csspart pass-price - A pass's price.
 * @csspart qr - The QR code section (real-time journeys).
 * @csspart section-error - The note in place of a section that could not be loaded.
 *
 * @cssprop --evt-detail-gap - Space between sections (default 1.5 × `--evt-space`).
 * @cssprop --evt-detail-title-size - Font size of the event's name (default 1.75em).
 * @cssprop --evt-detail-banner-aspect-ratio - Aspect ratio of the banner (default 16 / 7).
 * @cssprop --evt-detail-speaker-photo-size - Size of speaker photos (default 4.5em).
 * @cssprop --evt-detail-sponsor-logo-height - Height of sponsor logos (default 3.5em).
 * @cssprop --evt-detail-qr-size - Size of the QR code (default 10em).
 *
 * @cssstate loading - The event is loading.
 * @cssstate loaded - The event is shown.
 * @cssstate error - The event could not be loaded.
 * @cssstate not-found - The event does not exist (or is not published).
 * @cssstate empty - No event was chosen.
 * @cssstate closed - Registration is closed (or the event is over).
 * @cssstate full - The event is full (waitlist or sold out).
 */
export class EvtDetail extends EvtElement {
  static override styles = [...EvtElement.styles, detailStyles];

  // ── controllers and tasks ──
  /** Every resource in the same update, so one round trip. */
  #data = new EventDataController(this, {
    resources: RESOURCES,
    rid: () => this.#rid,
    // Only capacity-restricted events need the count: when the event is already known (the list
    // loaded it, or a revisit) and is not restricted, skip the request.
    known: (name, store, rid) => {
      if (name !== 'registrationCount') return undefined;
      const event = store.peek('event', rid);
      return event && !isCapacityRestricted(event) ? null : undefined;
    },
    onError: (_name, err) => this.reportError(err, { readableEventId: this.#rid }),
  });
  /**
   * Which sessions each track holds, for the agenda's track filter: asked for on the visitor's
   * intent on the filter (./track-members.ts). `tracks/{id}/sessions` exists in outbound marketing
   * only: real-time journeys cannot say which session belongs to which track, so no filter there.
   */
  #members = new TrackMembersController(this);

  // ── public properties ──
  /** The event's `readableEventId`. Empty: the page URL's `?event=` parameter is used. */
  @property({ attribute: 'event-id' }) eventId?: string;

  /**
   * URL template of the registration page (`{readableEventId}` and `{eventId}` are filled in).
   * Without it the call to action asks an `<evt-register>` on the same page to take over.
   */
  @property({ attribute: 'register-url' }) registerUrl?: string;

  // ── state ──
  @state() private _urlEventId: string | null = null;
  @state() private _track = '';
  /** Image URLs that failed (no logo, a broken photo): shown as their text fallback instead. */
  @state() private _broken: ReadonlySet<string> = new Set();
  /** The call to action found no `<evt-register>` willing to take over. */
  @state() private _registerRefused = false;

  #offLocation?: () => void;
  /** Where focus goes after the next render: the title (a same-page navigation) or the content after "Try again". */
  #focusNext: 'title' | 'retry' | null = null;
  #reportedNoEvent = false;

  // ── lifecycle ──
  constructor() {
    super();
    // The event's schema.org JSON-LD, beside the element in the light DOM where search engines read it.
    new JsonLdController(this, () => this.#jsonLdInput());
  }

  override connectedCallback() {
    super.connectedCallback();
    this._urlEventId = eventIdFromUrl();
    this.#offLocation = onLocationChange(() => this.#onLocationChange());
    // Moved or re-attached: render again, which puts the structured data back.
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#offLocation?.();
    this.#offLocation = undefined;
  }

  /** Its event's data only. */
  protected override watches(key: string): boolean {
    return this.#data.watches(key);
  }

  protected override storeChanged(key: string): void {
    if (this.#data.storeChanged(key)) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('eventId')) {
      this._track = '';
      this._registerRefused = false;
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#reportMissingEvent();
    this.#applyFocus();
  }

  protected override currentStates(): EvtState[] {
    if (!this.store) return ['error'];
    if (!this.#rid) return ['empty'];
    const event = this.#data.get('event');
    if (event.value) {
      const st = this.#availability(event.value).state;
      return ['loaded', ...(st === 'closed' || st === 'ended' ? (['closed'] as const) : []), ...(st === 'waitlist' || st === 'sold-out' ? (['full'] as const) : [])];
    }
    if (event.error !== undefined) return [isEvtApiError(event.error) && event.error.kind === 'not-found' ? 'not-found' : 'error'];
    return ['loading'];
  }

  // ── public methods ──
  /** Resolves when the event and every section have settled (loaded or failed) and rendered. */
  get loadComplete(): Promise<void> {
    return (async () => {
      for (let i = 0; i < 20; i++) {
        await this.#data.loadComplete;
        await this.#members.settled;
        if (!this.isUpdatePending && !this.#data.pending) return;
        await this.updateComplete;
      }
    })();
  }

  /** Loads everything again; `{ fresh: true }` asks the service rather than the page's cache. */
  reload(options: ReloadOptions = {}): Promise<void> {
    return this.#data.reload(options).then(() => this.loadComplete);
  }

  /** A promise of the .ics text "Add to calendar" offers for the event, or for one of its sessions (the writer loads on first use). */
  async calendarFile(sessionId?: string): Promise<string | null> {
    const event = this.#data.get('event').value;
    if (!event) return null;
    const session = sessionId ? this.#data.get('sessions').value?.find((s) => s.id === sessionId) : undefined;
    if (sessionId && !session) return null;
    const item = session ? sessionCalendarItem(session, event, this.msg, this.#pageUrl()) : eventCalendarItem(event, this.msg, this.#pageUrl());
    return item ? (await icsWriter()).buildIcs([item]) : null;
  }

  // ── private ──
  /** The event id in use: the attribute, else the URL's parameter. */
  get #rid(): string {
    return (this.eventId ?? '').trim() || (this._urlEventId ?? '').trim();
  }

  #availability(event: EvtEvent): Availability {
    return registrationAvailability({
      event,
      registrationCount: this.#data.get('registrationCount').value,
      passes: this.#data.get('passes').value,
      now: Date.now(),
    });
  }

  // ── handlers ──
  #onLocationChange() {
    const id = eventIdFromUrl();
    if (id === this._urlEventId) return;
    this._urlEventId = id;
    if (!(this.eventId ?? '').trim()) {
      this._track = '';
      this._registerRefused = false;
      if (id) this.#focusNext = 'title';
    }
  }

  #onRetry = () => {
    // The button leaves with the error: focus goes to what replaces it, and waits on the root
    // while the skeleton loads, never on <body> (WCAG 2.4.3).
    this.#focusNext = 'retry';
    holdFocus(this.renderRoot);
    void this.reload({ fresh: true });
  };

  #onTrack = (e: Event) => {
    this._track = (e.target as HTMLSelectElement).value;
    const data = this.#data;
    if (this._track && data.store) this.#members.want(data.store, data.rid, data.get('tracks').value ?? []);
  };

  #onImageError = (e: Event) => {
    const src = (e.target as HTMLImageElement).getAttribute('src');
    if (src && !this._broken.has(src)) this._broken = new Set([...this._broken, src]);
  };

  /** Asks an `<evt-register>` on the page to take over; true when one did. */
  #requestRegister(): boolean {
    const request = new EvtRegisterRequestEvent(this.#rid);
    document.dispatchEvent(request);
    return request.defaultPrevented;
  }

  #onRegisterLink = (e: MouseEvent) => {
    // A new tab or window is the visitor's choice: follow the link as it is.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (this.#requestRegister()) e.preventDefault();
  };

  #onRegisterButton = () => {
    if (this.#requestRegister()) return;
    // Nobody took it: hide the button rather than leave a dead one, and tell the site owner.
    this._registerRefused = true;
    console.warn(
      `[evt-widgets] <evt-detail>: no <evt-register> on this page took the registration for "${this.#rid}". ` +
        'Add <evt-register> to the page, or set register-url="…{readableEventId}" on <evt-detail>.',
    );
  };

  #download(items: (CalendarItem | null)[], title: string) {
    const list = items.filter((i): i is CalendarItem => !!i);
    if (list.length) downloadCalendar(list, title);
  }

  /** This page's URL (http(s) only), for calendar entries and search engines. */
  #pageUrl(): string | null {
    return safeHttpUrl(location.href);
  }

  #registerHref(event: EvtEvent): string | null {
    const template = (this.registerUrl ?? '').trim();
    if (!template) return null;
    const filled = fillTemplate(template, { readableEventId: event.readableEventId, eventId: event.eventId ?? '' });
    return safeHttpUrl(filled, location.href);
  }

  #applyFocus() {
    const next = this.#focusNext;
    if (!next) return;
    if (next === 'title') {
      if (!this.#data.get('event').value) return;
      this.#focusNext = null;
      // A same-page navigation (list → detail, back/forward): move focus (and the view) to the
      // new content, as a page load would, so keyboard and screen-reader users are not left behind.
      this.renderRoot.querySelector<HTMLElement>('.title-wrap')?.focus();
      return;
    }
    if (this.#data.pending) return;
    this.#focusNext = null;
    // In this order of preference (one selector list would give the first in the document: the
    // status region, above the title).
    const target = ['.title-wrap', '[part~="retry"]', '[part~="status"]']
      .map((sel) => this.renderRoot.querySelector<HTMLElement>(sel))
      .find((x) => x !== null);
    if (target && !target.matches('button') && target.tabIndex < 0) target.tabIndex = -1;
    target?.focus();
  }

  /** The site owner learns (once) that there is no event to show and how to give one. */
  #reportMissingEvent() {
    if (this.#rid || !this.store || this.#reportedNoEvent || document.querySelector('evt-list')) return;
    this.#reportedNoEvent = true;
    this.reportError(
      new EvtApiError(
        'config',
        'no event to show: set event-id="<readableEventId>" on <evt-detail>, link to this page with ?event=<readableEventId>, or put an <evt-list> on the same page.',
      ),
    );
  }

  /** The schema.org JSON-LD of the event shown, as a script element beside the element (light DOM). */
  #jsonLdInput(): JsonLdInput | null {
    const event = this.#data.get('event').value;
    if (!event || !this.isConnected) return null;
    const store = this.#data.store;
    return {
      event,
      imageUrl: store?.eventImageUrl(event) ?? null,
      speakers: this.#data.get('speakers').value ?? [],
      passes: this.#data.get('passes').value ?? null,
      state: this.#availability(event).state,
      pageUrl: this.#pageUrl(),
      registerUrl: this.#registerHref(event) ?? this.#pageUrl(),
    };
  }

  // ── render ──
  #renderEvent(event: EvtEvent): TemplateResult {
    const m = this.msg;
    const data = this.#data;
    const store = data.store!;
    const sessions = data.get('sessions');
    const speakers = data.get('speakers');
    const sponsors = data.get('sponsorships');
    const passes = data.get('passes');
    const availability = this.#availability(event);
    const imageUrl = store.eventImageUrl(event);

    const ctx: SectionContext = {
      msg: m,
      locale: this.locale,
      mode: this.timeZone,
      event,
      store,
      heading: (content, o) => this.heading(content, o),
      broken: this._broken,
      onImageError: this.#onImageError,
      lang: (item) => this.contentLang({ language: item?.language, eventLanguage: event.eventLanguage }),
    };

    const sessionList = sessions.value ?? [];
    const speakerList: EvtSpeaker[] = speakers.value ?? [];
    const tracks = data.get('tracks').value ?? [];
    const filterFocused = !!this.shadowRoot?.activeElement?.closest('[part~="track-filter"]');
    const agenda = agendaData(sessionList, speakerList, tracks, this.#members.of(data.rid), this._track, store.flavour === 'om', filterFocused);
    const description = richOrPlain(event.description, '', this.contentLang(event));
    const qr = store.qrCodeUrl(event.readableEventId);
    const qrUsable = qr && !this._broken.has(qr) ? qr : null;
    const onRetry = this.#onRetry;

    return html`${renderHeader(ctx, {
      availability,
      imageUrl: imageUrl && !this._broken.has(imageUrl) ? imageUrl : null,
      registerHref: this.#registerHref(event),
      registerTaker: !this._registerRefused && !!document.querySelector('evt-register'),
      canCalendar: !!eventCalendarItem(event, m),
      onRegisterLink: this.#onRegisterLink,
      onRegisterButton: this.#onRegisterButton,
      onCalendar: () => this.#download([eventCalendarItem(event, m, this.#pageUrl())], event.eventName),
    })}
    ${description !== nothing
      ? html`<section part="description" aria-labelledby="about-heading">
          ${this.heading(m.detailAboutEvent, { offset: 1, id: 'about-heading' })} ${description}
        </section>`
      : nothing}
    ${renderVenue(ctx)}
    ${sessionList.length
      ? renderAgenda(ctx, {
          sessions: sessionList,
          speakersBySession: agenda.speakersBySession,
          tracks: agenda.tracks,
          selectedTrack: agenda.selectedTrack,
          onTrack: this.#onTrack,
          onTrackIntent: () => this.#members.want(store, data.rid, tracks),
          onTrackLeave: () => this.requestUpdate(),
          onCalendar: (s: EvtSession) => this.#download([sessionCalendarItem(s, event, m, this.#pageUrl())], s.name || event.eventName),
        })
      : renderSectionError(ctx, m.detailAgenda, sessions.error, onRetry)}
    ${speakerList.length ? renderSpeakers(ctx, speakerList, agenda.sessionNames) : renderSectionError(ctx, m.detailSpeakers, speakers.error, onRetry)}
    ${passes.value?.length ? renderPasses(ctx, passes.value) : renderSectionError(ctx, m.detailPasses, passes.error, onRetry)}
    ${sponsors.value?.length ? renderSponsors(ctx, sponsors.value) : renderSectionError(ctx, m.detailSponsors, sponsors.error, onRetry)}
    ${qrUsable
      ? html`<section part="qr" aria-labelledby="qr-heading">
          ${this.heading(m.detailQrCode, { offset: 1, id: 'qr-heading' })}
          <div class="qr">
            <img src=${qrUsable} alt=${m.detailQrAlt(event.eventName)} width="160" height="160" loading="lazy" @error=${this.#onImageError} />
            <p class="note">${m.detailQrHint}</p>
          </div>
        </section>`
      : nothing}`;
  }

  /** What the element shows now: the live region's kind and text, and the body. */
  #view(): { kind: StatusKind; text: string; body: TemplateResult | typeof nothing; loaded?: boolean } {
    const m = this.msg;
    // Without a store the base class has told the site owner (console) what to fix.
    if (!this.store) return { kind: 'error', text: m.configError, body: nothing };
    if (!this.#rid) {
      const withList = !!document.querySelector('evt-list');
      return { kind: 'empty', text: withList ? m.detailChooseEvent : m.detailNoEvent, body: nothing };
    }
    const event = this.#data.get('event');
    if (event.value) return { kind: 'none', text: '', body: this.#renderEvent(event.value), loaded: true };
    if (event.error !== undefined) {
      const retry = canRetry(event.error);
      return {
        kind: 'error',
        text: this.errorMessage(event.error),
        body: retry ? html`<p><button type="button" part="retry" @click=${this.#onRetry}>${m.retry}</button></p>` : nothing,
      };
    }
    return { kind: 'loading', text: m.loading, body: renderLoading() };
  }

  protected override render() {
    const view = this.#view();
    return html`<article class="root" part="base" aria-labelledby=${view.loaded ? 'title' : nothing} aria-busy=${view.kind === 'loading' ? 'true' : 'false'}>
      ${renderStatus(view.kind, view.text)}${view.body}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evt-detail': EvtDetail;
  }
}
