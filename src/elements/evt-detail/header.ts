/**
 * `<evt-detail>`'s top of the page: banner, title, date, place, capacity, the call to action and
 * "Add to calendar"; the venue; the status line, loading skeleton and section notes. View
 * functions over a context object; what they say about registration comes from src/rules/.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatRange } from '../../internal/format.js';
import type { Availability } from '../../rules/availability.js';
import { canRetry } from '../../rules/errors.js';
import { addressLines, clean, facilities, isOnline, placeLine, placeSummary } from '../../rules/place.js';
import { eventRange } from '../../rules/times.js';
import { safeHttpUrl } from '../../internal/sanitize.js';
import { icon, richOrPlain, type SectionContext } from './sections.js';

export interface HeaderOptions {
  availability: Availability;
  imageUrl: string | null;
  /** Where the call to action links to (register-url), else null. */
  registerHref: string | null;
  /** An `<evt-register>` on the page can take the registration over. */
  registerTaker: boolean;
  canCalendar: boolean;
  onRegisterLink(e: MouseEvent): void;
  onRegisterButton(): void;
  onCalendar(): void;
}

function renderCta(ctx: SectionContext, o: HeaderOptions): TemplateResult | typeof nothing {
  const m = ctx.msg;
  const a = o.availability;
  switch (a.state) {
    case 'ended':
      return html`<div class="closed" part="closed">${m.detailEventEnded}</div>`;
    case 'closed':
      return html`<div class="closed" part="closed">${a.message ? richOrPlain(a.message, '', ctx.lang()) : m.registrationClosed}</div>`;
    case 'sold-out':
      return html`<p part="sold-out"><span class="badge bad">${m.soldOut}</span></p>`;
    default: {
      // Open, waitlist, sign-in or captcha: the registration form says how.
      const label = a.state === 'waitlist' ? m.detailJoinWaitlist : m.detailRegister;
      if (o.registerHref) return html`<a class="button" part="register" href=${o.registerHref} @click=${o.onRegisterLink}>${label}</a>`;
      if (o.registerTaker) return html`<button type="button" part="register" @click=${o.onRegisterButton}>${label}</button>`;
      return nothing;
    }
  }
}

function renderCapacity(ctx: SectionContext, a: Availability) {
  const e = ctx.event;
  if (a.placesLeft === Number.POSITIVE_INFINITY || typeof e.maxCapacity !== 'number') return nothing;
  const m = ctx.msg;
  const tail =
    a.state === 'waitlist' || a.state === 'sold-out'
      ? m.detailFullyBooked
      : a.canRegister && a.placesLeft !== null && a.placesLeft > 0
        ? m.placesLeft(a.placesLeft)
        : '';
  return html`<p class="capacity" part="capacity">${[m.detailCapacity(e.maxCapacity), tail].filter(Boolean).join(' · ')}</p>`;
}

export function renderHeader(ctx: SectionContext, o: HeaderOptions): TemplateResult {
  const { msg: m, event } = ctx;
  const range = eventRange(event, ctx.mode, ctx.locale);
  const where = placeLine(event, m);
  return html`<header part="header" class=${o.imageUrl ? 'with-image' : ''}>
    ${o.imageUrl ? html`<img class="banner" part="image" src=${o.imageUrl} alt="" @error=${ctx.onImageError} />` : nothing}
    <div class="intro">
      <div class="title-wrap" tabindex="-1">${ctx.heading(html`<span dir="auto" lang=${ctx.lang() ?? nothing}>${event.eventName}</span>`, { part: 'title', id: 'title' })}</div>
      ${range
        ? html`<p class="date" part="date">
            ${icon('calendar')}<time datetime=${range.startUtc?.toISOString() ?? nothing}>${formatRange(ctx.locale, range, { weekday: true })}</time>
          </p>`
        : nothing}
      ${where ? html`<p class="location" part="location">${icon('place')}<span dir="auto">${where}</span></p>` : nothing}
      ${renderCapacity(ctx, o.availability)}
      <div class="actions" part="actions">
        ${renderCta(ctx, o)}
        ${o.canCalendar
          ? html`<button type="button" class="secondary" part="calendar" @click=${o.onCalendar}>${icon('calendar')}${m.addToCalendar}</button>`
          : nothing}
      </div>
    </div>
  </header>`;
}

export function renderVenue(ctx: SectionContext): TemplateResult | typeof nothing {
  const { msg: m, event } = ctx;
  if (isOnline(event)) return nothing;
  const b = event.building;
  const names = placeSummary(event.room, b).filter((n) => n !== clean(b?.city));
  const lines = addressLines(b);
  const list = facilities(event, m);
  const website = safeHttpUrl(b?.website);
  if (!lines.length && !list.length && !website) return nothing;
  return html`<section part="venue" aria-labelledby="venue-heading">
    ${ctx.heading(m.detailVenue, { offset: 1, id: 'venue-heading' })}
    <div class="venue">
      <address part="address">
        ${[...names, ...lines].map((l, i) => html`${i ? html`<br />` : nothing}${l}`)}
        ${website ? html`<br /><a href=${website} rel="noopener noreferrer" target="_blank">${website.replace(/^https?:\/\/|\/$/g, '')}</a>` : nothing}
      </address>
      ${list.length
        ? html`<div>
            ${ctx.heading(m.detailFacilities, { offset: 2, part: 'facilities-heading' })}
            <ul class="plain facilities" part="facilities">
              ${list.map((f) => html`<li>${icon('check')}<span>${f}</span></li>`)}
            </ul>
          </div>`
        : nothing}
    </div>
  </section>`;
}

export function renderSectionError(ctx: SectionContext, what: string, err: unknown, onRetry: () => void) {
  if (err === undefined) return nothing;
  return html`<p class="note" part="section-error">
    ${ctx.msg.detailSectionFailed(what)}
    ${canRetry(err) ? html`<button type="button" class="secondary small" part="retry" @click=${onRetry}>${ctx.msg.retry}</button>` : nothing}
  </p>`;
}

export type StatusKind = 'loading' | 'error' | 'empty' | 'none';

/** The live region: always at the same place in the template, so changes are announced. */
export function renderStatus(kind: StatusKind, text: string) {
  const shown = kind === 'error' || kind === 'empty';
  return html`<div class=${shown ? 'status message' : 'status'} part=${shown ? `status ${kind}` : 'status'} role="status">${kind === 'loading'
    ? html`<span class="visually-hidden">${text}</span>`
    : shown
      ? html`<p>${text}</p>`
      : nothing}</div>`;
}

export function renderLoading() {
  return html`<div class="loading" part="loading" aria-hidden="true">
    <span class="skeleton b"></span><span class="skeleton t"></span><span class="skeleton l"></span
    ><span class="skeleton l"></span><span class="skeleton p"></span>
  </div>`;
}
