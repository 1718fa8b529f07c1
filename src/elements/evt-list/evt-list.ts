import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { EventFormat, EventType, type EvtEvent } from '../../api/schemas.js';
import { EvtApiError, isEvtApiError } from '../../api/errors.js';
import type { EventsStore } from '../../api/store.js';
import { EvtElement } from '../../internal/base-element.js';
import type { Messages } from '../../internal/messages.js';
import { fillTemplate } from '../../internal/config.js';
import { EvtSelectEvent } from '../../internal/events.js';
import { formatRange, zonedRange } from '../../internal/format.js';
import { eventIdFromUrl, onLocationChange, showEventInPage } from '../../internal/location.js';
import { plainText, safeHttpUrl, truncate } from '../../internal/sanitize.js';
import {
  availability,
  index,
  isPast,
  locationText,
  matches,
  needsCount,
  prepare,
  terms,
  type Availability,
  type ListEntry,
} from './evt-list.data.js';
import { listStyles } from './evt-list.styles.js';

const SUMMARY_LENGTH = 180;
const DEFAULT_PAGE_SIZE = 12;
/** Search results are announced once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY = 600;

type FilterName = 'type' | 'format';
interface ItemContext {
  now: number;
  /** The event shown in this page (`?event=`), marked on its card. */
  current: string | null;
  store: EventsStore | null;
  locale: string;
  m: Messages;
}
const TYPE_VALUES: readonly number[] = Object.values(EventType);
const FORMAT_VALUES: readonly number[] = Object.values(EventFormat);

/**
 * @summary The organisation's published events as a searchable grid of cards, soonest first.
 *
 * Each card shows the image (when there is one), name, date range with the zone label, location
 * ("Online" for webinars), a short summary and an availability badge (places left, "Waitlist",
 * "Sold out", "Registration closed"). The places left come from `registrations/count`, asked only
 * for the capacity-restricted events on screen, in parallel and after the list has rendered.
 *
 * Without `detail-url`, choosing an event puts `?event=<readableEventId>` in the page URL (a new
 * history entry, so the back button works) and an `<evt-detail>` without `event-id` on the same page
 * shows it. With `detail-url`, each card is an ordinary link to that page.
 *
 * @attr endpoint - The Events API base URL (or page-wide, see `configure()`).
 * @attr token - The web application token (or page-wide).
 * @attr lang - Language of texts, dates and numbers; falls back to the nearest ancestor's `lang`.
 * @attr time-zone - `event` (default): the event's own clock and zone label; `local`: the visitor's zone.
 * @attr heading-level - Level of each event name's heading (1–6, default 2).
 * @attr webapp-id - Real-time journeys only: the web application record's id (`events/published?webappId=`).
 * @attr detail-url - Link template of each event, e.g. `/events/{readableEventId}` or `?event={readableEventId}`; `{eventId}` also works.
 * @attr page-size - How many events show at first and per "Show more" (default 12).
 * @attr show-past - Also list events that have ended (after the upcoming ones, most recent first).
 * @attr filters - Which filters to offer: `type`, `format` or `type format`. Only options present in the data are offered.
 * @attr no-search - Hides the search field.
 *
 * @fires evt-select - A visitor chose an event (`detail: { event, readableEventId, url }`). Cancelable: cancel it to route in your own app; nothing else then happens.
 * @fires evt-error - Loading the events failed (`detail: { kind, message }`); the visitor sees a message.
 *
 * @csspart base - The wrapper of everything inside.
 * @csspart status - The visually hidden live region that announces loading, results and errors.
 * @csspart controls - The row holding the search field and the filters.
 * @csspart search - The search `<input>`.
 * @csspart search-label - The search field's label.
 * @csspart filters - The group of filter fields.
 * @csspart filter - Each filter `<select>`.
 * @csspart filter-label - Each filter's label.
 * @csspart list - The `<ul>` of events.
 * @csspart item - An event's card (`<li>`).
 * @csspart image - The event's image.
 * @csspart title - The event name's heading.
 * @csspart link - The link inside the title; its target covers the whole card.
 * @csspart date - The date range.
 * @csspart location - The location line.
 * @csspart summary - The plain-text summary of the description.
 * @csspart badge - The availability badge.
 * @csspart footer - The row below the list with the count and the "Show more" button.
 * @csspart count - "Showing 12 of 40 events".
 * @csspart more - The "Show more" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The message when there are no events, or none match.
 * @csspart clear - The "Clear search and filters" button in the empty state.
 * @csspart error - The error message.
 * @csspart retry - The "Try again" button.
 *
 * @cssprop --evt-list-item-min-width - The narrowest a card may get before the grid drops a column (default 16em).
 * @cssprop --evt-list-max-columns - The most columns the grid uses (default 4; 1 gives a single column).
 * @cssprop --evt-list-gap - Space between cards (default `--evt-space`, 1em).
 * @cssprop --evt-list-image-aspect-ratio - Aspect ratio of card images (default 16 / 9); images are cropped to fill it.
 * @cssprop --evt-list-item-background - Card background (default `--evt-color-surface`).
 * @cssprop --evt-list-summary-lines - Lines of summary shown before it is cut (default 3).
 *
 * @cssstate loading - The events are loading (nothing to show yet).
 * @cssstate error - Loading failed.
 * @cssstate empty - Loaded, and no event to show (none at all, or none matching).
 */
export class EvtList extends EvtElement {
  static override styles = [...EvtElement.styles, listStyles];

  #events = new Task(this, {
    args: () => [this.store, this.webappId?.trim() || undefined] as const,
    task: async ([store, webappId], { signal }) => {
      if (!store) throw this.configError ?? new EvtApiError('config', 'Events API: no endpoint or token.');
      const fresh = this.#fresh;
      this.#fresh = false;
      try {
        return await store.publishedEvents({ webappId }, { signal, fresh });
      } catch (err) {
        this.#loadFailed(err);
        throw err;
      }
    },
  });

  /** Real-time journeys only: the web application record's id, to list only the events published for it. */
  @property({ attribute: 'webapp-id' }) webappId?: string;

  /** Link template of each event (`{readableEventId}`, `{eventId}`). Without it, events open in the same page via `?event=`. */
  @property({ attribute: 'detail-url' }) detailUrl?: string;

  /** How many events show at first and per "Show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /** Also list events that have ended. */
  @property({ attribute: 'show-past', type: Boolean }) showPast = false;

  /** The filters offered: `type`, `format`, or both (space or comma separated). */
  @property() filters = '';

  /** Hides the search field. */
  @property({ attribute: 'no-search', type: Boolean }) noSearch = false;

  @state() private _query = '';
  @state() private _type: number | null = null;
  @state() private _format: number | null = null;
  @state() private _pages = 1;
  @state() private _announcement = '';

  #fresh = false;
  #prepared: { source: readonly EvtEvent[]; entries: ListEntry[]; lang: string } | null = null;
  #summaries = new WeakMap<EvtEvent, string>();
  /** What the last render showed, for the count requests that follow it. */
  #visible: ListEntry[] = [];
  #byId = new Map<string, ListEntry>();
  #countsAsked = new Set<string>();
  #countsCtrl = new AbortController();
  #countsStore: EventsStore | null = null;
  #brokenImages = new Set<string>();
  #announceTimer?: ReturnType<typeof setTimeout>;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #focusIndex: number | null = null;
  #stopLocation?: () => void;
  #warnedTemplate = false;

  // ── lifecycle ──────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    if (this.#countsCtrl.signal.aborted) this.#countsCtrl = new AbortController();
    // The current event (`?event=`) is marked on its card; back/forward changes it.
    this.#stopLocation = onLocationChange(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#countsCtrl.abort();
    this.#countsAsked.clear();
    this.#stopLocation?.();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#retryTimer);
  }

  protected override storeChanged(key: string): void {
    // New data (a revalidation, counts after a registration): ask again for what is on screen; the
    // store answers from its cache and revalidates only what is stale.
    this.#countsAsked.clear();
    super.storeChanged(key);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('pageSize') || changed.has('showPast') || changed.has('filters')) this._pages = 1;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#askCounts();
    if (this.#focusIndex !== null) {
      const i = this.#focusIndex;
      this.#focusIndex = null;
      this.renderRoot.querySelectorAll<HTMLAnchorElement>('a.link')[i]?.focus();
    }
  }

  // ── public methods ─────────────────────────────────────────────────────────

  /** Loads the events again, bypassing the cache (what the "Try again" button does). */
  reload(): Promise<void> {
    clearTimeout(this.#retryTimer);
    this.#fresh = true;
    this.#countsAsked.clear();
    return this.#events.run();
  }

  // ── private handlers ───────────────────────────────────────────────────────

  #loadFailed(err: unknown) {
    if (isEvtApiError(err) && err.kind === 'aborted') return;
    this.reportError(err);
    if (isEvtApiError(err) && err.kind === 'rate-limited') {
      clearTimeout(this.#retryTimer);
      // The message promises "trying again in N seconds": keep that promise.
      this.#retryTimer = setTimeout(() => void this.reload(), (err.retryAfter ?? 5) * 1000);
    }
  }

  /** `registrations/count` for the capacity-restricted events on screen: parallel, never blocking. */
  #askCounts() {
    const store = this.store;
    if (!store) return;
    if (store !== this.#countsStore) {
      this.#countsStore = store;
      this.#countsAsked.clear();
    }
    const now = Date.now();
    for (const entry of this.#visible) {
      const rid = entry.readableEventId;
      if (this.#countsAsked.has(rid) || !needsCount(entry, now)) continue;
      this.#countsAsked.add(rid);
      const known = store.peek('registrationCount', rid);
      store.registrationCount(rid, { signal: this.#countsCtrl.signal }).then(
        (count) => {
          // The store tells subscribers about new data; this covers an unchanged cached value too.
          if (count !== known) this.requestUpdate();
        },
        () => {
          // No count, no badge: the card is still right without it, and the detail page has more.
        },
      );
    }
  }

  #onSearch(e: InputEvent) {
    this._query = (e.target as HTMLInputElement).value;
    this._pages = 1;
    this.#announceResults();
  }

  #onFilter(e: Event) {
    const select = e.target as HTMLSelectElement;
    const value = select.value ? Number(select.value) : null;
    if (select.name === 'type') this._type = value;
    else this._format = value;
    this._pages = 1;
    this.#announceResults(0);
  }

  #announceResults(delay = ANNOUNCE_DELAY) {
    clearTimeout(this.#announceTimer);
    this._announcement = '';
    this.#announceTimer = setTimeout(() => {
      const entries = this.#entries();
      if (entries) this._announcement = this.msg.listFound(this.#results(entries, Date.now()).results.length);
    }, delay);
  }

  #onShowMore() {
    const before = this._pages * this.#pageSize;
    this._pages++;
    const entries = this.#entries();
    const total = entries ? this.#results(entries, Date.now()).results.length : 0;
    // Focus the first new card, so keyboard and screen-reader users continue where the new ones begin.
    this.#focusIndex = before;
    clearTimeout(this.#announceTimer);
    this._announcement = this.msg.listShowing(Math.min(total, this._pages * this.#pageSize), total);
  }

  #onClear() {
    this._query = '';
    this._type = null;
    this._format = null;
    this._pages = 1;
    this.#announceResults(0);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus());
  }

  #onRetry() {
    void this.reload();
  }

  #onLinkClick(e: MouseEvent) {
    // Middle click, Ctrl/Cmd/Shift/Alt click: the browser opens a tab or window, as with any link.
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.currentTarget as HTMLAnchorElement;
    const entry = this.#byId.get(a.dataset.rid ?? '');
    if (!entry) return;
    const detail = { event: entry.event, readableEventId: entry.readableEventId, url: this.#detailHref(entry) };
    if (!this.dispatchEvent(new EvtSelectEvent(detail))) {
      e.preventDefault();
      return;
    }
    if (detail.url) return; // an ordinary link: the browser follows it
    e.preventDefault();
    showEventInPage(entry.readableEventId);
  }

  #onImageError(e: Event) {
    this.#brokenImages.add((e.target as HTMLImageElement).getAttribute('src') ?? '');
    this.requestUpdate();
  }

  // ── render helpers ─────────────────────────────────────────────────────────

  get #pageSize(): number {
    const n = Math.floor(Number(this.pageSize));
    return n > 0 ? n : DEFAULT_PAGE_SIZE;
  }

  get #filterNames(): Set<FilterName> {
    const names = new Set<FilterName>();
    for (const word of (this.filters ?? '').toLowerCase().split(/[\s,]+/)) {
      if (word === 'type' || word === 'eventtype' || word === 'event-type') names.add('type');
      if (word === 'format' || word === 'eventformat' || word === 'event-format') names.add('format');
    }
    return names;
  }

  /** The newest events the store has (a revalidation shows at once), else the task's last answer. */
  #data(): readonly EvtEvent[] | undefined {
    const store = this.store;
    const cached = store?.peek('publishedEvents', { webappId: this.webappId?.trim() || undefined });
    return cached ?? this.#events.value ?? undefined;
  }

  #entries(): ListEntry[] | undefined {
    const data = this.#data();
    if (!data) return undefined;
    const lang = this.locale;
    if (this.#prepared?.source !== data) {
      this.#prepared = { source: data, entries: prepare(data), lang };
      this.#byId = new Map(this.#prepared.entries.map((e) => [e.readableEventId, e]));
      this.#countsAsked.clear();
    } else if (this.#prepared.lang !== lang) {
      // The search text holds the localized "Online".
      for (const e of this.#prepared.entries) e.haystack = undefined;
      this.#prepared.lang = lang;
    }
    return this.#prepared.entries;
  }

  /** Events that pass the past cut-off: upcoming soonest first, then (with show-past) the latest past first. */
  #pool(entries: ListEntry[], now: number): ListEntry[] {
    const upcoming = entries.filter((e) => !isPast(e, now));
    if (!this.showPast) return upcoming;
    const past = entries.filter((e) => isPast(e, now)).reverse();
    return [...upcoming, ...past];
  }

  /** The options of a filter that the data has, with their labels, in label order. */
  #options(pool: ListEntry[], name: FilterName): [number, string][] {
    const labels = name === 'type' ? this.msg.eventTypes : this.msg.eventFormats;
    const known = name === 'type' ? TYPE_VALUES : FORMAT_VALUES;
    const present = new Set<number>();
    for (const e of pool) {
      const v = name === 'type' ? e.event.eventType : e.event.eventFormat;
      if (typeof v === 'number' && (labels[v] || known.includes(v))) present.add(v);
    }
    return [...present]
      .map((v): [number, string] => [v, labels[v] ?? String(v)])
      .sort((a, b) => a[1].localeCompare(b[1], this.locale));
  }

  /** The events to show: past cut-off, filters, search. `pool` is before filters and search. */
  #results(entries: ListEntry[], now: number): { pool: ListEntry[]; results: ListEntry[]; narrowed: boolean } {
    const pool = this.#pool(entries, now);
    const names = this.#filterNames;
    const type = names.has('type') ? this._type : null;
    const format = names.has('format') ? this._format : null;
    let results = pool;
    if (type !== null) results = results.filter((e) => e.event.eventType === type);
    if (format !== null) results = results.filter((e) => e.event.eventFormat === format);
    const words = this.noSearch ? [] : terms(this._query);
    if (words.length) {
      index(results, this.msg);
      results = results.filter((e) => matches(e, words));
    }
    return { pool, results, narrowed: type !== null || format !== null || words.length > 0 };
  }

  /**
   * The filled `detail-url` of an entry (of a sample id for `null`), or null without one, or when
   * the template gives no http(s) URL: then events open in the page, and the console says why.
   */
  #detailHref(entry: ListEntry | null): string | null {
    if (!this.detailUrl) return null;
    const rid = entry?.readableEventId ?? 'x';
    const url = safeHttpUrl(fillTemplate(this.detailUrl, { readableEventId: rid, eventId: entry?.event.eventId ?? rid }), location.href);
    if (!url && !this.#warnedTemplate) {
      this.#warnedTemplate = true;
      console.warn(`[evt-widgets] <evt-list>: detail-url ${JSON.stringify(this.detailUrl)} does not give an http(s) link; events open in this page instead.`);
    }
    return url;
  }


  /** Without `detail-url`: this page with `?event=<readableEventId>` (a real link, so new tabs work). */
  #inPageHref(rid: string): string {
    const url = new URL(location.href);
    url.searchParams.set('event', rid);
    url.hash = '';
    return url.href;
  }

  #summary(e: EvtEvent): string {
    let s = this.#summaries.get(e);
    if (s === undefined) {
      s = truncate(plainText(e.description), SUMMARY_LENGTH);
      this.#summaries.set(e, s);
    }
    return s;
  }

  #imageUrl(e: EvtEvent): string | null {
    const url = this.store?.eventImageUrl(e) ?? (typeof e.image === 'string' ? safeHttpUrl(e.image) : null);
    return url && !this.#brokenImages.has(url) ? url : null;
  }

  #renderBadge(a: Availability): TemplateResult | typeof nothing {
    if (!a || a.kind === 'pending') return nothing;
    const m = this.msg;
    const [text, tone] =
      a.kind === 'left'
        ? [m.placesLeft(a.left), 'ok']
        : a.kind === 'waitlist'
          ? [m.waitlist, 'warn']
          : a.kind === 'sold-out'
            ? [m.soldOut, 'bad']
            : a.kind === 'closed'
              ? [m.registrationClosed, 'bad']
              : [m.listPast, ''];
    return html`<p class="meta"><span part="badge" class="badge ${tone}" data-kind=${a.kind}>${text}</span></p>`;
  }

  #renderItem(entry: ListEntry, { now, current, store, locale, m }: ItemContext): TemplateResult {
    const e = entry.event;
    const rid = entry.readableEventId;
    const range = zonedRange(
      { wallStart: e.startDate, wallEnd: e.endDate, utcStart: e.startDateUTC, utcEnd: e.endDateUTC, timeZoneName: e.timeZoneName },
      this.timeZone === 'local' ? 'local' : 'event',
      locale,
    );
    const href = this.#detailHref(entry) ?? this.#inPageHref(rid);
    const image = this.#imageUrl(e);
    const where = locationText(e, m);
    const summary = this.#summary(e);
    const count = needsCount(entry, now) ? store?.peek('registrationCount', rid) : undefined;
    const isCurrent = current === rid;
    return html`<li part="item" class="item" data-rid=${rid}>
      <div class="body">
        ${this.heading(
          html`<a
            part="link"
            class="link"
            href=${href ?? nothing}
            data-rid=${rid}
            dir="auto"
            lang=${this.contentLang(e) ?? nothing}
            aria-current=${isCurrent ? 'true' : nothing}
            @click=${this.#onLinkClick}
            >${e.eventName}</a
          >`,
          { part: 'title' },
        )}
        ${range
          ? html`<p part="date" class="date">
              <time datetime=${range.startUtc?.toISOString() ?? nothing}>${formatRange(locale, range)}</time>
            </p>`
          : nothing}
        ${where ? html`<p part="location" class="location" dir="auto">${where}</p>` : nothing}
        ${summary ? html`<p part="summary" class="summary" dir="auto" lang=${this.contentLang(e) ?? nothing}>${summary}</p>` : nothing}
        ${this.#renderBadge(availability(entry, count, now))}
      </div>
      ${image
        ? html`<img part="image" class="image" src=${image} alt="" loading="lazy" decoding="async" @error=${this.#onImageError} />`
        : nothing}
    </li>`;
  }

  #renderControls(pool: ListEntry[]): TemplateResult | typeof nothing {
    const m = this.msg;
    const names = this.#filterNames;
    const selects = (['type', 'format'] as const)
      .filter((n) => names.has(n))
      .map((name) => ({ name, options: this.#options(pool, name) }))
      // One option is no choice.
      .filter((f) => f.options.length > 1);
    if (this.noSearch && !selects.length) return nothing;
    return html`<div part="controls" class="controls" role="search" aria-label=${m.listSearchLabel}>
      ${this.noSearch
        ? nothing
        : html`<div class="field search">
            <label part="search-label" for="search">${m.listSearchLabel}</label>
            <input
              part="search"
              id="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              enterkeyhint="search"
              placeholder=${m.listSearchPlaceholder}
              .value=${live(this._query)}
              @input=${this.#onSearch}
            />
          </div>`}
      ${selects.length
        ? html`<div part="filters" class="filters">
            ${selects.map(({ name, options }) => {
              const value = name === 'type' ? this._type : this._format;
              const id = `filter-${name}`;
              return html`<div class="field">
                <label part="filter-label" for=${id}>${name === 'type' ? m.listTypeLabel : m.listFormatLabel}</label>
                <select part="filter" id=${id} name=${name} @change=${this.#onFilter}>
                  <option value="" ?selected=${value === null}>${name === 'type' ? m.listAllTypes : m.listAllFormats}</option>
                  ${options.map(([v, label]) => html`<option value=${v} ?selected=${value === v}>${label}</option>`)}
                </select>
              </div>`;
            })}
          </div>`
        : nothing}
    </div>`;
  }

  #renderLoading(): TemplateResult {
    const cards = Math.min(this.#pageSize, 3);
    return html`<div part="loading" class="loading" aria-hidden="true">
      <ul class="plain list">
        ${Array.from(
          { length: cards },
          () => html`<li class="item skeleton-card">
            <div class="body">
              <span class="skeleton line title"></span>
              <span class="skeleton line"></span>
              <span class="skeleton line short"></span>
            </div>
            <span class="skeleton image"></span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderError(error: unknown): TemplateResult {
    const kind = isEvtApiError(error) ? error.kind : 'network';
    // Only the site owner can fix these, and the console says how: a button would only fail again.
    const retry = !['config', 'unauthorized', 'contract', 'rate-limited'].includes(kind);
    return html`<div part="error" class="message error">
      <p>${this.errorMessage(error)}</p>
      ${retry ? html`<button part="retry" type="button" @click=${this.#onRetry}>${this.msg.retry}</button>` : nothing}
    </div>`;
  }

  #renderEmpty(all: number): TemplateResult {
    const m = this.msg;
    const narrowed = all > 0;
    const query = this.noSearch ? '' : this._query.trim();
    return html`<div part="empty" class="message empty">
      <p>${narrowed ? m.listNoMatch(query) : this.showPast ? m.listEmptyWithPast : m.listEmpty}</p>
      ${narrowed
        ? html`<button part="clear" type="button" class="secondary" @click=${this.#onClear}>${m.listClearFilters}</button>`
        : nothing}
    </div>`;
  }

  override render() {
    const m = this.msg;
    const store = this.store;
    const entries = this.#entries();
    let body: unknown;
    let status = this._announcement;
    let states = { loading: false, error: false, empty: false };
    this.#visible = [];

    if (!entries) {
      const failed = !store || this.#events.status === TaskStatus.ERROR;
      if (failed) {
        const error = store ? this.#events.error : this.configError;
        body = this.#renderError(error);
        status = this.errorMessage(error);
        states = { ...states, error: true };
      } else {
        body = this.#renderLoading();
        status = m.listLoading;
        states = { ...states, loading: true };
      }
    } else {
      const now = Date.now();
      const { pool, results, narrowed } = this.#results(entries, now);
      const shown = Math.min(results.length, this._pages * this.#pageSize);
      this.#visible = results.slice(0, shown);
      // Opening in the page, the card of the event shown (`?event=`) is marked as current.
      const current = this.#detailHref(null) ? null : eventIdFromUrl();
      const context: ItemContext = { now, current, store, locale: this.locale, m };
      states = { ...states, empty: !results.length };
      body = html`${this.#renderControls(pool)}
        ${results.length
          ? html`<ul part="list" class="plain list" aria-label=${m.listLabel}>
                ${repeat(
                  this.#visible,
                  (e) => e.readableEventId,
                  (e) => this.#renderItem(e, context),
                )}
              </ul>
              ${shown < results.length || narrowed
                ? html`<div part="footer" class="footer">
                    <p part="count" class="count">${m.listShowing(shown, results.length)}</p>
                    ${shown < results.length
                      ? html`<button part="more" type="button" class="secondary" @click=${this.#onShowMore}>
                          ${m.listShowMore}
                        </button>`
                      : nothing}
                  </div>`
                : nothing}`
          : this.#renderEmpty(pool.length)}`;
    }
    this.setStates(states);
    return html`<div part="base" class="root">
      <div part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${status}</div>
      ${body}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evt-list': EvtList;
  }
}
