/**
 * `<evt-list>`: the element's properties, lifecycle and template. (Past 400 lines: about 100 of
 * them are the JSDoc block the custom-elements manifest and the README tables are built from.) What a card says is decided in
 * src/rules/ (availability, place, times); order, the past cut-off and search are
 * ./evt-list.data.ts; the counts are ./counts.ts; the templates are ./views.ts.
 */
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { CheckedEvents, EvtEvent } from '../../api/schemas.js';
import { EvtApiError } from '../../api/errors.js';
import { EvtElement, type EvtState, type ReloadOptions } from '../../internal/base-element.js';
import { fillTemplate } from '../../internal/config.js';
import { focusIsLost, holdFocus } from '../../internal/focus.js';
import { EvtSelectEvent } from '../../internal/events.js';
import { eventIdFromUrl, onLocationChange, showEventInPage } from '../../internal/location.js';
import { plainText, safeHttpUrl, truncate } from '../../internal/sanitize.js';
import { CountsController } from './counts.js';
import { SearchIndexController } from './search-index.js';
import { WarmUp } from './warm.js';
import { cardAvailability, filterNames, filterOptions, prepare, ShownMemo, type ListEntry, type Shown } from './evt-list.data.js';
import { listStyles } from './evt-list.styles.js';
import { renderCard, renderControls, renderEmpty, renderError, renderFooter, renderLoading, type ListViewContext } from './views.js';
import { addEnglish } from '../../i18n/index.js';
import { enList } from '../../i18n/en-list.js';

// This element's own English (texts no other element shows) comes with its code (src/i18n/en.ts).
addEnglish(enList);

const SUMMARY_LENGTH = 180;
const DEFAULT_PAGE_SIZE = 12;
/** Search results are announced once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY = 600;
/**
 * `s` as URLSearchParams writes a value (application/x-www-form-urlencoded): encodeURIComponent
 * but for the space (`+`) and `!'()~`, which it leaves and the form encoding does not. A quarter of
 * the cost of a URLSearchParams per card; a lone surrogate (which encodeURIComponent refuses) takes
 * the URLSearchParams way.
 */
function formEncode(s: string): string {
  try {
    return encodeURIComponent(s).replace(/%20|[!'()~]/g, (c) => (c === '%20' ? '+' : `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  } catch {
    return new URLSearchParams([['', s]]).toString().slice(1);
  }
}
/** Stands for the event id in the page URL parsed once (`#inPageHref`): no id contains it. */
const HREF_MARK = '\u0000evt\u0000';


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
 * @cssstate loaded - The events have loaded (with `empty` when none is shown).
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
        return await store.publishedEventList({ webappId }, { signal, fresh });
      } catch (err) {
        this.#loadFailed(err);
        throw err;
      }
    },
  });
  #counts = new CountsController(this);
  #searchIndex = new SearchIndexController(this);
  #warm = new WarmUp();
  #onIntent = (e: Event) => this.#warm.intent(this.store, e);
  #onIntentEnd = (e: Event) => this.#warm.leave(e);

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
  #prepared: { source: CheckedEvents; entries: ListEntry[]; lang: string } | null = null;
  #summaries = new WeakMap<EvtEvent, string>();
  /** The cards the last render showed, for the count requests that follow it. */
  #visible: ListEntry[] = [];
  #byId = new Map<string, ListEntry>();
  #brokenImages = new Set<string>();
  #announceTimer?: ReturnType<typeof setTimeout>;
  #retryTimer?: ReturnType<typeof setTimeout>;
  #focus: { index: number } | { retry: true } | { rid: string } | null = null;
  /** The event shown in the page (`?event=`) at the last location change, to come back to. */
  #shownEvent: string | null = null;
  #stopLocation?: () => void;
  #warnedTemplate = false;
  #shownMemo = new ShownMemo();
  /** The page URL and the in-page link around the event id (`#inPageHref`). */
  #hrefParts: [string, string, string] | null = null;

  // ── lifecycle ──────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    // The current event (`?event=`) is marked on its card; back/forward changes it.
    this.#shownEvent = eventIdFromUrl();
    this.#stopLocation = onLocationChange(() => this.#onLocationChange());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopLocation?.();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#retryTimer);
    // A route change: no warm-up for a list that is gone.
    this.#warm.forget();
  }

  protected override storeChanged(key: string): void {
    // New data (a revalidation, counts after a registration): ask again for what is on screen; the
    // store answers from its cache and revalidates only what is stale.
    this.#counts.forget();
    super.storeChanged(key);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('pageSize') || changed.has('showPast') || changed.has('filters')) this._pages = 1;
    const entries = this.#entries();
    this.#visible = entries ? this.#shown(entries, Date.now()).visible : [];
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#counts.ask(this.store, this.#visible);
    const entries = this.noSearch ? undefined : this.#entries();
    if (entries) this.#searchIndex.schedule(entries, this.msg);
    this.#applyFocus();
  }

  protected override currentStates(): EvtState[] {
    const entries = this.#entries();
    if (entries) return this.#shown(entries, Date.now()).results.length ? ['loaded'] : ['loaded', 'empty'];
    return !this.store || this.#events.status === TaskStatus.ERROR ? ['error'] : ['loading'];
  }

  // ── public methods ─────────────────────────────────────────────────────────

  /** Loads the events again; `{ fresh: true }` (what "Try again" does) bypasses the page's cache. */
  reload({ fresh = false }: ReloadOptions = {}): Promise<void> {
    clearTimeout(this.#retryTimer);
    this.#fresh = fresh;
    this.#counts.forget();
    return this.#events.run().then(() => this.loadComplete, () => this.loadComplete);
  }

  /** Resolves when the events have loaded (or failed) and rendered. */
  get loadComplete(): Promise<void> {
    return (async () => {
      for (let i = 0; i < 20; i++) {
        await this.updateComplete;
        if (this.#events.status !== TaskStatus.PENDING && !this.isUpdatePending) return;
        await this.#events.taskComplete.catch(() => undefined);
      }
    })();
  }

  // ── private handlers ───────────────────────────────────────────────────────

  #loadFailed(err: unknown) {
    if (err instanceof EvtApiError && err.kind === 'aborted') return;
    this.reportError(err);
    if (err instanceof EvtApiError && err.kind === 'rate-limited') {
      clearTimeout(this.#retryTimer);
      // The message promises "trying again in N seconds": keep that promise.
      this.#retryTimer = setTimeout(() => void this.reload(), Math.max(1, err.retryAfter ?? 5) * 1000);
    }
  }

  #onSearch = (e: InputEvent) => {
    this._query = (e.target as HTMLInputElement).value;
    this._pages = 1;
    this.#announceResults();
  };

  #onFilter = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    const value = select.value ? Number(select.value) : null;
    if (select.name === 'type') this._type = value;
    else this._format = value;
    this._pages = 1;
    this.#announceResults(0);
  };

  #announceResults(delay = ANNOUNCE_DELAY) {
    clearTimeout(this.#announceTimer);
    this._announcement = '';
    this.#announceTimer = setTimeout(() => {
      const entries = this.#entries();
      if (entries) this._announcement = this.msg.listFound(this.#shown(entries, Date.now()).results.length);
    }, delay);
  }

  #onShowMore = () => {
    const before = this._pages * this.#pageSize;
    this._pages++;
    const entries = this.#entries();
    const total = entries ? this.#shown(entries, Date.now()).results.length : 0;
    // Focus the first new card, so keyboard and screen-reader users continue where the new ones begin.
    this.#focus = { index: before };
    clearTimeout(this.#announceTimer);
    this._announcement = this.msg.listShowing(Math.min(total, this._pages * this.#pageSize), total);
  };

  #onClear = () => {
    this._query = '';
    this._type = null;
    this._format = null;
    this._pages = 1;
    this.#announceResults(0);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus());
  };

  #onLocationChange() {
    const was = this.#shownEvent;
    this.#shownEvent = eventIdFromUrl();
    // Back from an event to the list (`?event=` gone): the detail's content leaves with the focus in
    // it, so focus goes to the card the visitor came from, as a page load of the list would not.
    if (was && !this.#shownEvent && !this.#detailHref(null)) this.#focus = { rid: was };
    this.requestUpdate();
  }

  #onRetry = () => {
    // The button goes away with the error: focus follows to what replaces it. Until the answer a
    // skeleton stands there, so focus waits on the list's root, never on <body> (WCAG 2.4.3).
    this.#focus = { retry: true };
    holdFocus(this.renderRoot);
    void this.reload({ fresh: true });
  };

  #onLinkClick = (e: MouseEvent) => {
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
  };

  #onImageError = (e: Event) => {
    this.#brokenImages.add((e.target as HTMLImageElement).getAttribute('src') ?? '');
    this.requestUpdate();
  };

  /** Focus that a change took away lands on what replaced it: a new card, or the list after "Try again". */
  #applyFocus() {
    const f = this.#focus;
    if (!f) return;
    if ('rid' in f) {
      this.#focus = null;
      // After the other elements have followed the URL too (their updates are queued beside ours),
      // and only if focus was lost (on <body>, or left in an element that emptied): never steal it.
      setTimeout(() => {
        if (!focusIsLost(['evt-detail', 'evt-register'])) return;
        this.renderRoot.querySelector<HTMLAnchorElement>(`a.link[data-rid="${CSS.escape(f.rid)}"]`)?.focus();
      });
      return;
    }
    if ('index' in f) {
      this.#focus = null;
      this.renderRoot.querySelectorAll<HTMLAnchorElement>('a.link')[f.index]?.focus();
      return;
    }
    if (this.#events.status === TaskStatus.PENDING) return; // still loading: wait for the answer
    this.#focus = null;
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part~="retry"], input[type=search], a.link') ??
      this.renderRoot.querySelector<HTMLElement>('[part~="error"], [part~="empty"]');
    if (target && !target.matches('button, input, a')) target.tabIndex = -1;
    target?.focus();
  }

  // ── what the template shows ────────────────────────────────────────────────

  get #pageSize(): number {
    const n = Math.floor(Number(this.pageSize));
    return n > 0 ? n : DEFAULT_PAGE_SIZE;
  }

  /** The newest events the store has (a revalidation shows at once), else the task's last answer. */
  #data(): CheckedEvents | undefined {
    const cached = this.store?.peek('publishedEventList', { webappId: this.webappId?.trim() || undefined });
    return cached ?? this.#events.value ?? undefined;
  }

  #entries(): ListEntry[] | undefined {
    const data = this.#data();
    if (!data) return undefined;
    const lang = this.locale;
    if (this.#prepared?.source !== data) {
      this.#prepared = { source: data, entries: prepare(data), lang };
      this.#byId = new Map(this.#prepared.entries.map((e) => [e.readableEventId, e]));
      this.#counts.forget();
    } else if (this.#prepared.lang !== lang) {
      // The search text holds the localized "Online".
      for (const e of this.#prepared.entries) e.haystack = undefined;
      this.#prepared.lang = lang;
    }
    return this.#prepared.entries;
  }

  /** The events to show now: past cut-off, filters, search, pages (./evt-list.data.ts). */
  #shown(entries: ListEntry[], now: number): Shown {
    return this.#shownMemo.get(
      entries,
      {
        now,
        showPast: this.showPast,
        filters: filterNames(this.filters),
        type: this._type,
        format: this._format,
        search: this.noSearch ? '' : this._query,
        limit: this._pages * this.#pageSize,
      },
      this.msg,
    );
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
    // Parsing the page URL once per card was a tenth of rendering ten thousand: the URL with a
    // marker for the id is parsed once per page URL, each card fills in its id, encoded as
    // URLSearchParams encodes it (the same href as setting `event` on the parsed URL).
    const here = location.href;
    if (this.#hrefParts?.[0] !== here) {
      const url = new URL(here);
      url.searchParams.set('event', HREF_MARK);
      url.hash = '';
      this.#hrefParts = [here, ...(url.href.split(new URLSearchParams([['', HREF_MARK]]).toString().slice(1)) as [string, string])];
    }
    const [, before, after] = this.#hrefParts;
    return before + formEncode(rid) + after;
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

  get #view(): ListViewContext {
    return { msg: this.msg, locale: this.locale, timeZone: this.timeZone, heading: (c, o) => this.heading(c, o) };
  }

  override render() {
    const m = this.msg;
    const ctx = this.#view;
    const store = this.store;
    const entries = this.#entries();
    let body: unknown;
    let status = this._announcement;

    if (!entries) {
      if (!store || this.#events.status === TaskStatus.ERROR) {
        const error = store ? this.#events.error : this.configError;
        status = this.errorMessage(error);
        body = renderError(ctx, error, status, this.#onRetry);
      } else {
        body = renderLoading(Math.min(this.#pageSize, 3));
        status = m.listLoading;
      }
    } else {
      const now = Date.now();
      const { pool, results, narrowed, visible } = this.#shown(entries, now);
      // Opening in the page, the card of the event shown (`?event=`) is marked as current.
      const current = this.#detailHref(null) ? null : eventIdFromUrl();
      const names = filterNames(this.filters);
      const selects = (['type', 'format'] as const)
        .filter((n) => names.has(n))
        .map((name) => ({ name, value: name === 'type' ? this._type : this._format, options: filterOptions(pool, name, m, this.locale) }))
        // One option is no choice.
        .filter((f) => f.options.length > 1);
      body = html`${renderControls(ctx, { search: this.noSearch ? null : { query: this._query, onInput: this.#onSearch }, selects, onFilter: this.#onFilter })}
        ${results.length
          ? html`<ul part="list" class="plain list" aria-label=${m.listLabel}>
                ${repeat(
                  visible,
                  (e) => e.readableEventId,
                  (entry) =>
                    renderCard(ctx, {
                      entry,
                      href: this.#detailHref(entry) ?? this.#inPageHref(entry.readableEventId),
                      image: this.#imageUrl(entry.event),
                      summary: this.#summary(entry.event),
                      availability: cardAvailability(entry, this.#counts.count(store, entry, now), now),
                      countPending: this.#counts.pending(store, entry, now),
                      current: current === entry.readableEventId,
                      lang: this.contentLang(entry.event),
                      onLinkClick: this.#onLinkClick,
                      onIntent: this.#onIntent,
                      onIntentEnd: this.#onIntentEnd,
                      onImageError: this.#onImageError,
                    }),
                )}
              </ul>
              ${renderFooter(ctx, { shown: visible.length, total: results.length, narrowed, onShowMore: this.#onShowMore })}`
          : renderEmpty(ctx, { narrowed: pool.length > 0, query: this.noSearch ? '' : this._query.trim(), showPast: this.showPast, onClear: this.#onClear })}`;
    }
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
