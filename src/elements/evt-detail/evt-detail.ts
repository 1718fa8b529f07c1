import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { EventsStore, ReadOptions } from '../../api/store.js';
import type { EvtEvent, EvtPass, EvtSession, EvtSpeaker, EvtSponsorship, EvtTrack } from '../../api/schemas.js';
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import { EvtElement } from '../../internal/base-element.js';
import { fillTemplate } from '../../internal/config.js';
import { EvtRegisterRequestEvent } from '../../internal/events.js';
import { formatRange } from '../../internal/format.js';
import { buildIcs, downloadIcs, icsFileName, type CalendarItem } from '../../internal/ics.js';
import { eventIdFromUrl, onLocationChange } from '../../internal/location.js';
import { jsonScriptText, safeHttpUrl } from '../../internal/sanitize.js';
import { detailStyles } from './evt-detail.styles.js';
import { eventJsonLd, jsonLdText } from './json-ld.js';
import {
  addressLines,
  clean,
  eventCalendarItem,
  eventRange,
  facilities,
  isHybrid,
  isOnline,
  placeSummary,
  placesLeft,
  registrationState,
  sessionCalendarItem,
  type RegistrationState,
} from './model.js';
import { icon, renderAgenda, renderPasses, renderSpeakers, renderSponsors, richOrPlain, type SectionContext } from './sections.js';

/** A section's answer, tagged with the event it belongs to (a Task keeps its last value while the next runs). */
interface Loaded<T> {
  rid: string;
  value: T;
}

/** What render() knows about one section for the current event. */
interface Section<T> {
  value: T | undefined;
  /** Why it failed, when it did and nothing is cached. */
  error: unknown;
}

interface View {
  status: { kind: 'loading' | 'error' | 'empty' | 'none'; text: string };
  body: TemplateResult | typeof nothing;
  loaded: boolean;
  busy?: boolean;
}

type Reader<T> = (store: EventsStore, rid: string, o: ReadOptions) => Promise<T>;

const STATES = ['loading', 'loaded', 'error', 'not-found', 'empty', 'closed', 'full'] as const;

/** Set once the page has refused our JSON-LD script text (Trusted Types without our policy). */
let jsonLdRefused = false;

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

  // ── tasks: one per resource, all started in the same update, so one round trip ──
  #eventTask = this.#task((s, rid, o) => s.event(rid, o), true);
  #sessionsTask = this.#task((s, rid, o) => s.sessions(rid, o));
  #tracksTask = this.#task((s, rid, o) => s.tracks(rid, o));
  #speakersTask = this.#task((s, rid, o) => s.speakers(rid, o));
  #sponsorsTask = this.#task((s, rid, o) => s.sponsorships(rid, o));
  #passesTask = this.#task((s, rid, o) => s.passes(rid, o));
  #countTask = this.#task((s, rid, o) => {
    // Only capacity-restricted events need the count; when the event is already known (the list
    // loaded it, or a revisit) and is not restricted, skip it. Otherwise ask in parallel.
    const known = s.peek('event', rid);
    return known && !known.isCapacityRestricted ? Promise.resolve(null) : s.registrationCount(rid, o);
  });
  /**
   * Which sessions each track holds: `tracks/{id}/sessions` exists in outbound marketing only, so
   * it follows the tracks (in parallel with each other). Real-time journeys has no such endpoint
   * (the store answers null): the track filter is hidden there, as the API cannot say which
   * session belongs to which track.
   */
  #membersTask = new Task(this, {
    task: async ([store, tracks], { signal }) => {
      if (!store || !tracks || store.flavour !== 'om' || !tracks.value.length) return initialState;
      const results = await Promise.allSettled(tracks.value.map((t) => store.trackSessions(t.id, { signal })));
      const members = new Map<string, Set<string>>();
      results.forEach((r, i) => {
        if (r.status === 'fulfilled' && r.value) members.set(tracks.value[i]!.id, new Set(r.value.map((s) => s.id)));
      });
      return { rid: tracks.rid, value: members } as Loaded<Map<string, Set<string>>>;
    },
    args: () => [this.store, this.#tracksTask.value] as const,
  });
  #tasks: readonly Pick<Task, 'status' | 'taskComplete'>[] = [
    this.#eventTask,
    this.#sessionsTask,
    this.#tracksTask,
    this.#speakersTask,
    this.#sponsorsTask,
    this.#passesTask,
    this.#countTask,
    this.#membersTask,
  ];

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
  @state() private _reload = 0;
  @state() private _track = '';
  /** Image URLs that failed (no logo, a broken photo): shown as their text fallback instead. */
  @state() private _broken: ReadonlySet<string> = new Set();
  /** The call to action found no `<evt-register>` willing to take over. */
  @state() private _registerRefused = false;

  #offLocation?: () => void;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #focusTitle = false;
  #jsonLd: HTMLScriptElement | null = null;
  #jsonLdText: string | null = null;
  #reportedNoEvent = false;

  // ── lifecycle ──
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
    clearTimeout(this.#retryTimer);
    // The structured data describes what is on the page: it leaves with the element.
    this.#jsonLd?.remove();
    this.#jsonLd = null;
    this.#jsonLdText = null;
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
    this.#syncJsonLd();
    if (this.#focusTitle && this.#loadedEvent()) {
      this.#focusTitle = false;
      // A same-page navigation (list → detail, back/forward): move focus (and the view) to the
      // new content, as a page load would, so keyboard and screen-reader users are not left behind.
      this.renderRoot.querySelector<HTMLElement>('.title-wrap')?.focus();
    }
  }

  // ── public methods ──
  /**
   * Resolves when the event and every section have settled (loaded or failed) and rendered.
   * For tests and host pages that measure or print.
   */
  get loadComplete(): Promise<void> {
    return (async () => {
      for (let i = 0; i < 20; i++) {
        await this.updateComplete;
        if (!this.#tasks.some((t) => t.status === TaskStatus.PENDING) && !this.isUpdatePending) return;
        await Promise.allSettled(this.#tasks.map((t) => t.taskComplete));
      }
    })();
  }

  /** Loads everything again (what failed is requested anew; what is cached comes from the cache). */
  reload(): void {
    clearTimeout(this.#retryTimer);
    this._reload++;
  }

  /** The .ics text "Add to calendar" offers for the event, or for one of its sessions. */
  calendarFile(sessionId?: string): string | null {
    const event = this.#loadedEvent();
    if (!event) return null;
    const session = sessionId ? this.#sessions()?.find((s) => s.id === sessionId) : undefined;
    if (sessionId && !session) return null;
    const item = session ? sessionCalendarItem(session, event, this.msg, this.#pageUrl()) : eventCalendarItem(event, this.msg, this.#pageUrl());
    return item ? buildIcs([item]) : null;
  }

  // ── private ──
  /** The event id in use: the attribute, else the URL's parameter. */
  get #rid(): string {
    return (this.eventId ?? '').trim() || (this._urlEventId ?? '').trim();
  }

  #task<T>(read: Reader<T>, isEvent = false) {
    return new Task(this, {
      task: async ([store, rid], { signal }) => {
        if (!store || !rid) return initialState;
        return { rid, value: await read(store, rid, { signal }) } as Loaded<T>;
      },
      args: () => [this.store, this.#rid, this._reload] as const,
      onError: (err) => this.#onTaskError(err, isEvent),
    });
  }

  /** The current event's data for a section: the store's latest (after a registration, say), else the task's. */
  #section<T>(task: Task<readonly unknown[], Loaded<T>>, peeked: T | undefined | null): Section<T> {
    const rid = this.#rid;
    const own = task.value?.rid === rid ? task.value.value : undefined;
    const value = peeked ?? own;
    return { value, error: value === undefined && task.status === TaskStatus.ERROR ? task.error : undefined };
  }

  #loadedEvent(): EvtEvent | undefined {
    const store = this.store;
    const rid = this.#rid;
    return store && rid ? this.#section(this.#eventTask, store.peek('event', rid)).value : undefined;
  }

  // ── handlers ──
  #onLocationChange() {
    const id = eventIdFromUrl();
    if (id === this._urlEventId) return;
    this._urlEventId = id;
    if (!(this.eventId ?? '').trim()) {
      this._track = '';
      this._registerRefused = false;
      this.#focusTitle = !!id;
    }
  }

  #onTaskError(err: unknown, isEvent: boolean) {
    if (isEvtApiError(err) && err.kind === 'aborted') return;
    if (err instanceof Error && err.name === 'AbortError') return;
    this.reportError(err, { readableEventId: this.#rid });
    if (isEvent && isEvtApiError(err) && err.kind === 'rate-limited') {
      // The message promises another try after the service's wait.
      clearTimeout(this.#retryTimer);
      this.#retryTimer = setTimeout(() => this.reload(), Math.max(1, err.retryAfter ?? 5) * 1000);
    }
  }

  #onRetry = () => this.reload();

  #onTrack = (e: Event) => {
    this._track = (e.target as HTMLSelectElement).value;
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
    if (list.length) downloadIcs(list, icsFileName(title));
  }

  #sessions(): EvtSession[] | undefined {
    const store = this.store;
    return store ? this.#section(this.#sessionsTask, store.peek('sessions', this.#rid)).value : undefined;
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

  #registerTaker(): boolean {
    return !this._registerRefused && !!document.querySelector('evt-register');
  }

  #setStates(on: readonly (typeof STATES)[number][]) {
    this.setStates(Object.fromEntries(STATES.map((s) => [s, on.includes(s)])));
  }

  #syncJsonLd() {
    const text = this.isConnected ? this.#jsonLdText : null;
    if (!text) {
      this.#jsonLd?.remove();
      this.#jsonLd = null;
      return;
    }
    if (!this.#jsonLd) {
      this.#jsonLd = document.createElement('script');
      this.#jsonLd.type = 'application/ld+json';
      this.#jsonLd.setAttribute('data-evt-detail', '');
    }
    if (jsonLdRefused) return;
    try {
      if (this.#jsonLd.textContent !== text) this.#jsonLd.textContent = jsonScriptText(text);
    } catch {
      // The page enforces Trusted Types without allowing our policy: structured data is optional,
      // and asking again on every render would only fill the page's CSP reports.
      jsonLdRefused = true;
      this.#jsonLd = null;
      return;
    }
    if (this.#jsonLd.parentNode !== this) this.append(this.#jsonLd);
  }

  // ── render helpers ──
  /** The live region: always at the same place in the template, so changes are announced. */
  #renderStatus(view: View) {
    const { kind, text } = view.status;
    const shown = kind === 'error' || kind === 'empty';
    return html`<div class=${shown ? 'status message' : 'status'} part=${shown ? `status ${kind}` : 'status'} role="status">${kind ===
    'loading'
      ? html`<span class="visually-hidden">${text}</span>`
      : shown
        ? html`<p>${text}</p>`
        : nothing}</div>`;
  }

  #renderLoading() {
    return html`<div class="loading" part="loading" aria-hidden="true">
      <span class="skeleton b"></span><span class="skeleton t"></span><span class="skeleton l"></span
      ><span class="skeleton l"></span><span class="skeleton p"></span>
    </div>`;
  }

  #renderCta(event: EvtEvent, st: RegistrationState): TemplateResult | typeof nothing {
    const m = this.msg;
    switch (st) {
      case 'ended':
        return html`<div class="closed" part="closed">${m.detailEventEnded}</div>`;
      case 'closed': {
        const text = clean(event.websiteMessage);
        return html`<div class="closed" part="closed">${text ? richOrPlain(text, '', this.contentLang(event)) : m.registrationClosed}</div>`;
      }
      case 'sold-out':
        return html`<p part="sold-out"><span class="badge bad">${m.soldOut}</span></p>`;
      default: {
        const label = st === 'waitlist' ? m.detailJoinWaitlist : m.detailRegister;
        const href = this.#registerHref(event);
        if (href) return html`<a class="button" part="register" href=${href} @click=${this.#onRegisterLink}>${label}</a>`;
        if (this.#registerTaker()) return html`<button type="button" part="register" @click=${this.#onRegisterButton}>${label}</button>`;
        return nothing;
      }
    }
  }

  #renderCapacity(event: EvtEvent, count: number | null | undefined, st: RegistrationState) {
    if (!event.isCapacityRestricted || typeof event.maxCapacity !== 'number' || event.maxCapacity <= 0) return nothing;
    const m = this.msg;
    const left = placesLeft(event, count);
    const tail =
      st === 'waitlist' || st === 'sold-out' ? m.detailFullyBooked : st === 'open' && left !== null ? m.placesLeft(left) : '';
    return html`<p class="capacity" part="capacity">${[m.detailCapacity(event.maxCapacity), tail].filter(Boolean).join(' · ')}</p>`;
  }

  #renderHeader(event: EvtEvent, st: RegistrationState, count: number | null | undefined, imageUrl: string | null) {
    const m = this.msg;
    const range = eventRange(event, this.timeZone, this.locale);
    const place = placeSummary(event.room, event.building).join(', ');
    const where = isOnline(event) ? m.online : isHybrid(event) ? [place, m.hybrid].filter(Boolean).join(' · ') : place;
    const canCalendar = !!eventCalendarItem(event, m);
    return html`<header part="header" class=${imageUrl ? 'with-image' : ''}>
      ${imageUrl ? html`<img class="banner" part="image" src=${imageUrl} alt="" @error=${this.#onImageError} />` : nothing}
      <div class="intro">
        <div class="title-wrap" tabindex="-1">
          ${this.heading(html`<span dir="auto" lang=${this.contentLang(event) ?? nothing}>${event.eventName}</span>`, { part: 'title', id: 'title' })}
        </div>
        ${range
          ? html`<p class="date" part="date">
              ${icon('calendar')}<time datetime=${range.startUtc?.toISOString() ?? nothing}
                >${formatRange(this.locale, range, { weekday: true })}</time
              >
            </p>`
          : nothing}
        ${where ? html`<p class="location" part="location">${icon('place')}<span dir="auto">${where}</span></p>` : nothing}
        ${this.#renderCapacity(event, count, st)}
        <div class="actions" part="actions">
          ${this.#renderCta(event, st)}
          ${canCalendar
            ? html`<button
                type="button"
                class="secondary"
                part="calendar"
                @click=${() => this.#download([eventCalendarItem(event, m, this.#pageUrl())], event.eventName)}
              >
                ${icon('calendar')}${m.addToCalendar}
              </button>`
            : nothing}
        </div>
      </div>
    </header>`;
  }

  #renderVenue(event: EvtEvent) {
    if (isOnline(event)) return nothing;
    const m = this.msg;
    const b = event.building;
    const names = placeSummary(event.room, b).filter((n) => n !== clean(b?.city));
    const lines = addressLines(b);
    const list = facilities(event, m);
    const website = safeHttpUrl(b?.website);
    if (!lines.length && !list.length && !website) return nothing;
    return html`<section part="venue" aria-labelledby="venue-heading">
      ${this.heading(m.detailVenue, { offset: 1, id: 'venue-heading' })}
      <div class="venue">
        <address part="address">
          ${[...names, ...lines].map((l, i) => html`${i ? html`<br />` : nothing}${l}`)}
          ${website ? html`<br /><a href=${website} rel="noopener noreferrer" target="_blank">${website.replace(/^https?:\/\/|\/$/g, '')}</a>` : nothing}
        </address>
        ${list.length
          ? html`<div>
              ${this.heading(m.detailFacilities, { offset: 2, part: 'facilities-heading' })}
              <ul class="plain facilities" part="facilities">
                ${list.map((f) => html`<li>${icon('check')}<span>${f}</span></li>`)}
              </ul>
            </div>`
          : nothing}
      </div>
    </section>`;
  }

  #renderSectionError(what: string, err: unknown) {
    if (err === undefined) return nothing;
    const retry = !(isEvtApiError(err) && ['contract', 'config', 'unauthorized', 'not-found'].includes(err.kind));
    return html`<p class="note" part="section-error">
      ${this.msg.detailSectionFailed(what)}
      ${retry ? html`<button type="button" class="secondary small" part="retry" @click=${this.#onRetry}>${this.msg.retry}</button>` : nothing}
    </p>`;
  }

  #renderEvent(store: EventsStore, event: EvtEvent): TemplateResult {
    const m = this.msg;
    const rid = this.#rid;
    const sessions = this.#section(this.#sessionsTask, store.peek('sessions', rid));
    const tracks = this.#section(this.#tracksTask, store.peek('tracks', rid));
    const speakers = this.#section(this.#speakersTask, store.peek('speakers', rid));
    const sponsors = this.#section(this.#sponsorsTask, store.peek('sponsorships', rid));
    const passes = this.#section(this.#passesTask, store.peek('passes', rid));
    const count = this.#section(this.#countTask, store.peek('registrationCount', rid));
    const members = this.#membersTask.value?.rid === rid ? this.#membersTask.value.value : undefined;

    const st = registrationState(event, count.value, passes.value);
    this.#setStates(['loaded', ...(st === 'closed' || st === 'ended' ? (['closed'] as const) : []), ...(st === 'waitlist' || st === 'sold-out' ? (['full'] as const) : [])]);
    const imageUrl = store.eventImageUrl(event);
    const usableImage = imageUrl && !this._broken.has(imageUrl) ? imageUrl : null;

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
    // Older payloads nest speakers in sessions but not sessions in speakers, or the reverse.
    const speakersBySession = new Map<string, string[]>();
    for (const sp of speakerList) {
      for (const s of sp.sessions ?? []) {
        const name = clean(sp.name);
        if (name) speakersBySession.set(s.id, [...(speakersBySession.get(s.id) ?? []), name]);
      }
    }
    const sessionNames = new Map(sessionList.map((s) => [s.id, clean(s.name)]));
    const ids = new Set(sessionList.map((s) => s.id));
    const usableTracks = (tracks.value ?? [])
      .map((track: EvtTrack) => ({ track, sessionIds: new Set([...(members?.get(track.id) ?? [])].filter((id) => ids.has(id))) }))
      .filter((t) => t.sessionIds.size > 0);
    // A filter is worth showing when it can narrow the agenda down.
    const filterTracks = usableTracks.some((t) => t.sessionIds.size < sessionList.length) ? usableTracks : [];
    const selected = filterTracks.some((t) => t.track.id === this._track) ? this._track : '';

    const description = richOrPlain(event.description, '', this.contentLang(event));
    const qr = store.qrCodeUrl(event.readableEventId);
    const qrUsable = qr && !this._broken.has(qr) ? qr : null;

    this.#jsonLdText = jsonLdText(
      eventJsonLd({
        event,
        imageUrl,
        speakers: speakerList,
        passes: passes.value ?? null,
        state: st,
        pageUrl: this.#pageUrl(),
        registerUrl: this.#registerHref(event) ?? this.#pageUrl(),
      }),
    );

    return html`${this.#renderHeader(event, st, count.value, usableImage)}
    ${description !== nothing
      ? html`<section part="description" aria-labelledby="about-heading">
          ${this.heading(m.detailAboutEvent, { offset: 1, id: 'about-heading' })} ${description}
        </section>`
      : nothing}
    ${this.#renderVenue(event)}
    ${sessionList.length
      ? renderAgenda(ctx, {
          sessions: sessionList,
          speakersBySession,
          tracks: filterTracks,
          selectedTrack: selected,
          onTrack: this.#onTrack,
          onCalendar: (s: EvtSession) => this.#download([sessionCalendarItem(s, event, m, this.#pageUrl())], s.name || event.eventName),
        })
      : this.#renderSectionError(m.detailAgenda, sessions.error)}
    ${speakerList.length ? renderSpeakers(ctx, speakerList, sessionNames) : this.#renderSectionError(m.detailSpeakers, speakers.error)}
    ${(passes.value as EvtPass[] | undefined)?.length
      ? renderPasses(ctx, passes.value!)
      : this.#renderSectionError(m.detailPasses, passes.error)}
    ${(sponsors.value as EvtSponsorship[] | undefined)?.length
      ? renderSponsors(ctx, sponsors.value!)
      : this.#renderSectionError(m.detailSponsors, sponsors.error)}
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

  #view(): View {
    const m = this.msg;
    const rid = this.#rid;
    const store = this.store;
    this.#jsonLdText = null;

    if (!store) {
      // The base class has told the site owner (console) what to fix.
      this.#setStates(['error']);
      return { status: { kind: 'error', text: m.configError }, body: nothing, loaded: false };
    }
    if (!rid) {
      this.#setStates(['empty']);
      const withList = !!document.querySelector('evt-list');
      if (!withList && !this.#reportedNoEvent) {
        this.#reportedNoEvent = true;
        this.reportError(
          new EvtApiError(
            'config',
            'no event to show: set event-id="<readableEventId>" on <evt-detail>, link to this page with ?event=<readableEventId>, or put an <evt-list> on the same page.',
          ),
        );
      }
      return { status: { kind: 'empty', text: withList ? m.detailChooseEvent : m.detailNoEvent }, body: nothing, loaded: false };
    }

    const event = this.#section(this.#eventTask, store.peek('event', rid));
    if (event.value) return { status: { kind: 'none', text: '' }, body: this.#renderEvent(store, event.value), loaded: true };
    if (event.error !== undefined) {
      const err = event.error;
      const kind = isEvtApiError(err) ? err.kind : 'network';
      this.#setStates([kind === 'not-found' ? 'not-found' : 'error']);
      const canRetry = !['config', 'unauthorized', 'contract', 'not-found'].includes(kind);
      return {
        status: { kind: 'error', text: this.errorMessage(err) },
        body: canRetry ? html`<p><button type="button" part="retry" @click=${this.#onRetry}>${m.retry}</button></p>` : nothing,
        loaded: false,
      };
    }
    this.#setStates(['loading']);
    return { status: { kind: 'loading', text: m.loading }, body: this.#renderLoading(), loaded: false, busy: true };
  }

  protected override render() {
    const view = this.#view();
    return html`<article class="root" part="base" aria-labelledby=${view.loaded ? 'title' : nothing} aria-busy=${view.busy ? 'true' : 'false'}>
      ${this.#renderStatus(view)}${view.body}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evt-detail': EvtDetail;
  }
}
