/**
 * `<evt-list>`'s templates: a card, its badge, the search and filter row, and the loading, empty
 * and error states. View functions over a context object (texts, locale, the element's heading
 * helper and handlers); no state of their own, no side effects.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EvtEvent } from '../../api/schemas.js';
import { formatRange, type TimeMode } from '../../internal/format.js';
import type { Messages } from '../../internal/messages.js';
import type { HeadingOptions } from '../../internal/base-element.js';
import type { Availability } from '../../rules/availability.js';
import { canRetry } from '../../rules/errors.js';
import { placeLine } from '../../rules/place.js';
import { eventRange } from '../../rules/times.js';
import type { FilterName, ListEntry } from './evt-list.data.js';

export interface ListViewContext {
  msg: Messages;
  locale: string;
  timeZone: TimeMode;
  heading(content: unknown, o?: HeadingOptions): TemplateResult;
}

export interface CardData {
  entry: ListEntry;
  href: string;
  image: string | null;
  summary: string;
  availability: Availability;
  /**
   * The card's count is asked for and not known yet: its badge line is kept (an invisible badge
   * holds its height, so the card does not grow when the count arrives) and is where the count
   * controller looks to tell whether the count would be seen.
   */
  countPending: boolean;
  /** The event shown in this page (`?event=`). */
  current: boolean;
  /** The `lang` of the event's own texts (its `eventLanguage`), when known. */
  lang: string | undefined;
  onLinkClick(e: MouseEvent): void;
  /** The visitor shows intent on the link (pointer moved over it, focus, pointer down): warm-up. */
  onIntent(e: Event): void;
  /** The pointer or focus left the link (a warm-up waiting for the dwell is dropped). */
  onIntentEnd(e: Event): void;
  onImageError(e: Event): void;
}

/** The badge's text, tone and kind (`data-kind`), or null when there is nothing to say. */
export function badgeOf(a: Availability, m: Messages): { text: string; tone: string; kind: string } | null {
  switch (a.state) {
    case 'ended':
      return { text: m.listPast, tone: '', kind: 'past' };
    case 'closed':
      return { text: m.registrationClosed, tone: 'bad', kind: 'closed' };
    case 'sold-out':
      return { text: m.soldOut, tone: 'bad', kind: 'sold-out' };
    case 'waitlist':
      return { text: m.waitlist, tone: 'warn', kind: 'waitlist' };
    default:
      // Open (sign-in and captcha are the form's to explain): places left when they are limited and known.
      return a.placesLeft !== null && Number.isFinite(a.placesLeft) ? { text: m.placesLeft(a.placesLeft), tone: 'ok', kind: 'left' } : null;
  }
}

export function renderCard(ctx: ListViewContext, card: CardData): TemplateResult {
  const { msg: m, locale } = ctx;
  const e: EvtEvent = card.entry.event;
  const rid = card.entry.readableEventId;
  const range = eventRange(e, ctx.timeZone, locale);
  const where = placeLine(e, m);
  const badge = badgeOf(card.availability, m);
  return html`<li part="item" class="item" data-rid=${rid}>
    <div class="body">
      ${ctx.heading(
        html`<a
          part="link"
          class="link"
          href=${card.href}
          data-rid=${rid}
          dir="auto"
          lang=${card.lang ?? nothing}
          aria-current=${card.current ? 'true' : nothing}
          @click=${card.onLinkClick}
          @pointermove=${card.onIntent}
          @focus=${card.onIntent}
          @pointerdown=${card.onIntent}
          @pointerleave=${card.onIntentEnd}
          @blur=${card.onIntentEnd}
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
      ${card.summary ? html`<p part="summary" class="summary" dir="auto" lang=${card.lang ?? nothing}>${card.summary}</p>` : nothing}
      ${badge
        ? html`<p class="meta" data-count-spot><span part="badge" class="badge ${badge.tone}" data-kind=${badge.kind}>${badge.text}</span></p>`
        : card.countPending
          ? html`<p class="meta" data-count-spot><span class="badge placeholder" aria-hidden="true">\u00a0</span></p>`
          : nothing}
    </div>
    ${card.image
      ? html`<img part="image" class="image" src=${card.image} alt="" loading="lazy" decoding="async" @error=${card.onImageError} />`
      : nothing}
  </li>`;
}

export interface ControlsData {
  search: { query: string; onInput(e: InputEvent): void } | null;
  selects: { name: FilterName; value: number | null; options: [number, string][] }[];
  onFilter(e: Event): void;
}

export function renderControls(ctx: ListViewContext, c: ControlsData): TemplateResult | typeof nothing {
  const m = ctx.msg;
  if (!c.search && !c.selects.length) return nothing;
  return html`<div part="controls" class="controls" role="search" aria-label=${m.listSearchLabel}>
    ${c.search
      ? html`<div class="field search">
          <label part="search-label" for="search">${m.listSearchLabel}</label>
          <input
            part="search"
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            placeholder=${m.listSearchPlaceholder}
            .value=${live(c.search.query)}
            @input=${c.search.onInput}
          />
        </div>`
      : nothing}
    ${c.selects.length
      ? html`<div part="filters" class="filters">
          ${c.selects.map(({ name, value, options }) => {
            const id = `filter-${name}`;
            return html`<div class="field">
              <label part="filter-label" for=${id}>${name === 'type' ? m.listTypeLabel : m.listFormatLabel}</label>
              <select part="filter" id=${id} name=${name} @change=${c.onFilter}>
                <option value="" ?selected=${value === null}>${name === 'type' ? m.listAllTypes : m.listAllFormats}</option>
                ${options.map(([v, label]) => html`<option value=${v} ?selected=${value === v}>${label}</option>`)}
              </select>
            </div>`;
          })}
        </div>`
      : nothing}
  </div>`;
}

export function renderLoading(cards: number): TemplateResult {
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

export function renderError(ctx: ListViewContext, error: unknown, text: string, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="message error">
    <p>${text}</p>
    ${canRetry(error) ? html`<button part="retry" type="button" @click=${onRetry}>${ctx.msg.retry}</button>` : nothing}
  </div>`;
}

export function renderEmpty(ctx: ListViewContext, o: { narrowed: boolean; query: string; showPast: boolean; onClear(): void }): TemplateResult {
  const m = ctx.msg;
  return html`<div part="empty" class="message empty">
    <p>${o.narrowed ? m.listNoMatch(o.query) : o.showPast ? m.listEmptyWithPast : m.listEmpty}</p>
    ${o.narrowed ? html`<button part="clear" type="button" class="secondary" @click=${o.onClear}>${m.listClearFilters}</button>` : nothing}
  </div>`;
}

export function renderFooter(ctx: ListViewContext, o: { shown: number; total: number; narrowed: boolean; onShowMore(): void }) {
  const m = ctx.msg;
  if (!(o.shown < o.total || o.narrowed)) return nothing;
  return html`<div part="footer" class="footer">
    <p part="count" class="count">${m.listShowing(o.shown, o.total)}</p>
    ${o.shown < o.total ? html`<button part="more" type="button" class="secondary" @click=${o.onShowMore}>${m.listShowMore}</button>` : nothing}
  </div>`;
}
