/**
 * Render helpers for `<evt-detail>`'s lists: agenda, speakers, sponsors, passes. They receive what
 * they need in a context object (texts, locale, time mode, the store's URL helpers, the element's
 * heading helper and handlers) and hold no state of their own.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { EventsStore } from '../../api/store.js';
import type { EvtEvent, EvtPass, EvtSession, EvtSpeaker, EvtSponsorship, EvtTrack } from '../../api/schemas.js';
import type { TrackMembers } from './track-members.js';
import { formatPrice, formatTimeRange, type TimeMode } from '../../internal/format.js';
import type { Messages } from '../../internal/messages.js';
import { plainText, safeHttpUrl } from '../../internal/sanitize.js';
import { hasSanitizerApi, loadFallbackSanitizer, sanitizeHtml, sanitizeHtmlAsync } from '../../internal/rich-text.js';
import type { HeadingOptions } from '../../internal/base-element.js';
import { sessionFull, sessionPlacesLeft } from '../../rules/capacity.js';
import { clean, placeSummary } from '../../rules/place.js';
import { sessionDays } from '../../rules/times.js';

export interface SectionContext {
  msg: Messages;
  locale: string;
  mode: TimeMode;
  event: EvtEvent;
  store: EventsStore;
  heading(content: unknown, o?: HeadingOptions): TemplateResult;
  /** Image URLs that failed to load: rendered as their text fallback. */
  broken: ReadonlySet<string>;
  onImageError(e: Event): void;
  /** The `lang` of event content: a session's own language, else the event's (src/i18n/content-lang.ts). */
  lang(item?: { language?: number | null } | null): string | undefined;
}

// ── shared bits ──────────────────────────────────────────────────────────────

const listFormats = new Map<string, Intl.ListFormat>();
/** "Ana, Ben and Chloé", as the locale writes a list. */
export function formatList(locale: string, items: string[]): string {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })));
  return f.format(items);
}

const HAS_TAG = /<[a-z!/][^>]*>/i;

// Without the Sanitizer API (Safari), DOMPurify loads while the event's data is on its way.
if (!hasSanitizerApi) void loadFallbackSanitizer();

/**
 * Rich text whose sanitizer is still on its way (Safari, first view only): its plain text now, the
 * sanitized nodes in its place when they are ready. (Lit clears everything between its markers on
 * the next render, so swapping the node is safe; no `until` directive, which weighs more.)
 */
function richLater(text: string): Node {
  const placeholder = document.createTextNode(plainText(text));
  void sanitizeHtmlAsync(text).then((frag) => frag && placeholder.parentNode && placeholder.replaceWith(frag));
  return placeholder;
}

/** Rich text (sanitized) when the value has markup, else plain text with its line breaks kept. */
export function richOrPlain(value: string | null | undefined, part = '', lang?: string): TemplateResult | typeof nothing {
  const text = clean(value);
  if (!text) return nothing;
  return HAS_TAG.test(text)
    ? html`<div class="rich" dir="auto" lang=${lang ?? nothing} part=${part || nothing}>${sanitizeHtml(text) ?? richLater(text)}</div>`
    : html`<p class="plain-text" dir="auto" lang=${lang ?? nothing} part=${part || nothing}>${text}</p>`;
}

/** Small line icons, always beside text (never the only carrier of meaning), hidden from AT. */
const ICONS = {
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  place: svg`<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`,
  check: svg`<path d="M4 12.5l5 5L20 6.5"/>`,
  download: svg`<path d="M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 20h14"/>`,
};
export const icon = (name: keyof typeof ICONS) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;

const img = (ctx: SectionContext, src: string | null, cls: string, part: string, alt = '', size = 0) =>
  src && !ctx.broken.has(src)
    ? html`<img
        class=${cls}
        part=${part}
        src=${src}
        alt=${alt}
        loading="lazy"
        decoding="async"
        width=${size || nothing}
        height=${size || nothing}
        @error=${ctx.onImageError}
      />`
    : null;

// ── agenda ───────────────────────────────────────────────────────────────────

/**
 * What the agenda needs beside the sessions: speakers by session (older payloads nest speakers in
 * sessions but not sessions in speakers, or the reverse), session names, and the track filter's
 * tracks. The filter is offered where the flavour can say what a track holds (`offerFilter`) and
 * there are two sessions or more; it lists the event's tracks until their sessions are known
 * (asked for on the visitor's intent: ./track-members.ts), then those holding any of the agenda's
 * sessions (and the one picked, whatever it holds). Once every track's answer is in and none
 * would narrow the agenda (no track holds any of its sessions, or each holds them all), the filter
 * goes, as soon as it holds neither the focus (`filterFocused`) nor a pick.
 */
export function agendaData(
  sessions: readonly EvtSession[],
  speakers: readonly EvtSpeaker[],
  tracks: readonly EvtTrack[],
  members: ReadonlyMap<string, TrackMembers>,
  selected: string,
  offerFilter: boolean,
  filterFocused = false,
) {
  const speakersBySession = new Map<string, string[]>();
  for (const sp of speakers) {
    for (const s of sp.sessions ?? []) {
      const name = clean(sp.name);
      if (name) speakersBySession.set(s.id, [...(speakersBySession.get(s.id) ?? []), name]);
    }
  }
  const sessionNames = new Map(sessions.map((s) => [s.id, clean(s.name)]));
  const ids = new Set(sessions.map((s) => s.id));
  let filter: AgendaTrack[] = !offerFilter || sessions.length < 2
    ? []
    : tracks
        .map((track): AgendaTrack => {
          const known = members.get(track.id);
          return { track, members: known instanceof Set ? new Set([...known].filter((id) => ids.has(id))) : known };
        })
        .filter((t) => !(t.members instanceof Set) || t.members.size > 0 || t.track.id === selected);
  const answered = filter.every((t) => t.members instanceof Set || t.members === 'failed');
  const narrows = filter.some((t) => t.members instanceof Set && t.members.size > 0 && t.members.size < sessions.length);
  if (filter.length && answered && !narrows && !filterFocused && !filter.some((t) => t.track.id === selected)) filter = [];
  return { speakersBySession, sessionNames, tracks: filter, selectedTrack: filter.some((t) => t.track.id === selected) ? selected : '' };
}

/** A track of the filter, and what is known of its sessions (nothing before the visitor's intent). */
export interface AgendaTrack {
  track: EvtTrack;
  members: TrackMembers | undefined;
}

export interface AgendaOptions {
  sessions: readonly EvtSession[];
  /** Speakers by session id, from the speakers list (sessions of older payloads carry none). */
  speakersBySession: ReadonlyMap<string, string[]>;
  /** The track filter's tracks; empty: no filter. */
  tracks: readonly AgendaTrack[];
  selectedTrack: string;
  onTrack(e: Event): void;
  /** The visitor shows intent on the filter (pointer over it, pointer down, focus). */
  onTrackIntent(): void;
  /** Focus left the filter (it may go now: `agendaData`). */
  onTrackLeave(): void;
  onCalendar(session: EvtSession): void;
}

function sessionBadge(ctx: SectionContext, s: EvtSession): TemplateResult | typeof nothing {
  const m = ctx.msg;
  if (sessionFull(s)) {
    return ctx.event.showWaitlist
      ? html`<span class="badge warn" part="badge">${m.waitlist}</span>`
      : html`<span class="badge bad" part="badge">${m.detailSessionFull}</span>`;
  }
  const left = sessionPlacesLeft(s);
  return !Number.isFinite(left) ? nothing : html`<span class="badge ok" part="badge">${m.placesLeft(left)}</span>`;
}

function sessionItem(ctx: SectionContext, o: AgendaOptions, s: EvtSession, range: ReturnType<typeof sessionDays>[number]['items'][number]['range']) {
  const m = ctx.msg;
  const type = s.sessionType != null ? m.sessionTypes[s.sessionType] : undefined;
  const place = placeSummary(s.room, s.building).join(', ');
  const fromSession = (s.speakers ?? []).map((sp) => clean(sp.name)).filter(Boolean);
  const speakers = fromSession.length ? fromSession : (o.speakersBySession.get(s.id) ?? []);
  const meta = [type, place].filter(Boolean).join(' · ');
  const summary = clean(s.sessionSummary);
  const more = clean(s.detailedDescription);
  const name = clean(s.name) || m.detailAgenda;
  return html`<li class="session" part="session">
    <p class="session-time" part="session-time">
      ${range
        ? html`<time datetime=${range.startUtc?.toISOString() ?? nothing}>${formatTimeRange(ctx.locale, range)}</time>
            <span class="zone">${range.label}</span>`
        : m.detailTimeToBeAnnounced}
    </p>
    <div>
      ${ctx.heading(html`<span dir="auto" lang=${ctx.lang(s) ?? nothing}>${name}</span>`, { offset: 3, part: 'session-title' })}
      ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      ${speakers.length ? html`<p class="with">${m.detailSessionWith(formatList(ctx.locale, speakers))}</p>` : nothing}
      ${summary ? richOrPlain(summary, '', ctx.lang(s)) : nothing}
      ${more
        ? html`<details>
            <summary>${m.detailSessionMore}<span class="visually-hidden">: ${name}</span></summary>
            ${richOrPlain(more, '', ctx.lang(s))}
          </details>`
        : nothing}
      <div class="row">
        ${sessionBadge(ctx, s)}
        ${range
          ? html`<button type="button" class="secondary small" part="calendar" @click=${() => o.onCalendar(s)}>
              ${icon('calendar')}${m.addToCalendar}<span class="visually-hidden">: ${name}</span>
            </button>`
          : nothing}
      </div>
    </div>
  </li>`;
}

export function renderAgenda(ctx: SectionContext, o: AgendaOptions): TemplateResult {
  const m = ctx.msg;
  const picked = o.tracks.find((t) => t.track.id === o.selectedTrack);
  const members = picked?.members instanceof Set ? picked.members : undefined;
  const shown = members ? o.sessions.filter((s) => members.has(s.id)) : o.sessions;
  // Until the picked track's sessions are known, the whole agenda stays and the status says so.
  const status = !picked
    ? ''
    : members
      ? m.detailSessionsShown(shown.length)
      : picked.members === 'failed'
        ? m.detailSectionFailed(picked.track.name || picked.track.id)
        : m.loading;
  const days = sessionDays(shown, ctx.event, ctx.mode, ctx.locale);
  return html`<section part="sessions" aria-labelledby="agenda-heading">
    ${ctx.heading(m.detailAgenda, { offset: 1, id: 'agenda-heading' })}
    ${o.tracks.length
      ? html`<div class="filter" part="track-filter" @pointerenter=${o.onTrackIntent} @pointerdown=${o.onTrackIntent} @focusin=${o.onTrackIntent} @focusout=${o.onTrackLeave}>
          <label for="track">${m.detailTrackFilter}</label>
          <select id="track" @change=${o.onTrack} .value=${o.selectedTrack}>
            <option value="" ?selected=${!picked}>${m.detailAllTracks}</option>
            ${o.tracks.map(
              (t) => html`<option value=${t.track.id} ?selected=${t.track.id === o.selectedTrack}>${t.track.name || t.track.id}</option>`,
            )}
          </select>
          <span class="note" role="status">${status}</span>
        </div>`
      : nothing}
    ${days.map(
      (day) => html`<div class="day">
        ${ctx.heading(day.label || m.detailTimeToBeAnnounced, { offset: 2, part: 'day' })}
        <ul class="plain">
          ${day.items.map((it) => sessionItem(ctx, o, it.session, it.range))}
        </ul>
      </div>`,
    )}
  </section>`;
}

// ── speakers ─────────────────────────────────────────────────────────────────

/** Twitter handles ("@dana" or "dana") become profile links; anything else must be an http(s) URL. */
function twitterUrl(v: string | null | undefined): string | null {
  const t = clean(v);
  const handle = /^@?([A-Za-z0-9_]{1,15})$/.exec(t)?.[1];
  return handle ? `https://x.com/${handle}` : safeHttpUrl(t);
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [...w][0]!)
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

function speakerItem(ctx: SectionContext, s: EvtSpeaker, sessionNames: string[]) {
  const m = ctx.msg;
  const name = clean(s.name);
  const links = (
    [
      [m.detailSpeakerWebsite, safeHttpUrl(s.website)],
      [m.detailSpeakerBlog, safeHttpUrl(s.blog)],
      [m.detailSpeakerLinkedIn, safeHttpUrl(s.linkedin)],
      [m.detailSpeakerTwitter, twitterUrl(s.twitter)],
    ] as const
  ).filter((l): l is readonly [string, string] => !!l[1]);
  // The name is written beside the photo: the photo itself is decorative (alt="").
  const photo = img(ctx, ctx.store.speakerImageUrl(s), 'photo', 'speaker-image', '', 96);
  return html`<li class="speaker" part="speaker">
    ${photo ?? html`<span class="photo" part="speaker-image" aria-hidden="true">${initials(name)}</span>`}
    ${ctx.heading(html`<span dir="auto">${name}</span>`, { offset: 2, part: 'speaker-name' })}
    ${clean(s.title) ? html`<p class="speaker-title">${clean(s.title)}</p>` : nothing}
    ${richOrPlain(s.about, 'speaker-about', ctx.lang())}
    ${sessionNames.length ? html`<p class="note">${m.detailSpeakerSessions(formatList(ctx.locale, sessionNames))}</p>` : nothing}
    ${links.length
      ? html`<ul class="plain links" part="speaker-links">
          ${links.map(
            ([label, href]) =>
              html`<li><a href=${href} rel="noopener noreferrer" target="_blank">${label}<span class="visually-hidden">: ${name}</span></a></li>`,
          )}
        </ul>`
      : nothing}
  </li>`;
}

export function renderSpeakers(ctx: SectionContext, speakers: readonly EvtSpeaker[], sessionNamesById: ReadonlyMap<string, string>) {
  const named = speakers.filter((s) => clean(s.name));
  if (!named.length) return nothing;
  return html`<section part="speakers" aria-labelledby="speakers-heading">
    ${ctx.heading(ctx.msg.detailSpeakers, { offset: 1, id: 'speakers-heading' })}
    <ul class="plain grid speakers-list">
      ${named.map((s) =>
        speakerItem(
          ctx,
          s,
          (s.sessions ?? []).map((x) => clean(x.name) || sessionNamesById.get(x.id) || '').filter(Boolean),
        ),
      )}
    </ul>
  </section>`;
}

// ── sponsors ─────────────────────────────────────────────────────────────────

export function renderSponsors(ctx: SectionContext, sponsorships: readonly EvtSponsorship[]) {
  if (!sponsorships.length) return nothing;
  const m = ctx.msg;
  return html`<section part="sponsors" aria-labelledby="sponsors-heading">
    ${ctx.heading(m.detailSponsors, { offset: 1, id: 'sponsors-heading' })}
    <ul class="plain grid">
      ${sponsorships.map((s) => {
        const name = clean(s.sponsorName);
        // The name follows as text: the logo is decorative, unless it is the only name there is.
        const logo = img(ctx, ctx.store.sponsorLogoUrl(s), 'logo', 'sponsor-logo', '');
        return html`<li class="sponsor" part="sponsor">
          ${logo ?? nothing}
          <p class="sponsor-name" dir="auto">${name || m.detailSponsorPlaceholder}</p>
          ${clean(s.sponsorshipTopic) ? html`<p class="note">${clean(s.sponsorshipTopic)}</p>` : nothing}
          ${clean(s.description) ? html`<p class="plain-text">${clean(s.description)}</p>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

// ── passes ───────────────────────────────────────────────────────────────────

export function renderPasses(ctx: SectionContext, passes: readonly EvtPass[]) {
  if (!passes.length) return nothing;
  const m = ctx.msg;
  return html`<section part="passes" aria-labelledby="passes-heading">
    ${ctx.heading(m.detailPasses, { offset: 1, id: 'passes-heading' })}
    <ul class="plain grid">
      ${passes.map((p) => {
        const left = p.numberOfPassesLeft;
        const soldOut = typeof left === 'number' && left <= 0;
        return html`<li class="pass" part="pass">
          <p class="pass-name" dir="auto" lang=${(clean(p.passName) && ctx.lang()) || nothing}>${clean(p.passName) || m.detailPasses}</p>
          ${typeof p.price === 'number'
            ? html`<p class="price" part="pass-price">${p.price === 0 ? m.free : formatPrice(ctx.locale, p.price, p.currencySymbol)}</p>`
            : nothing}
          ${soldOut
            ? html`<p><span class="badge bad" part="badge">${m.soldOut}</span></p>`
            : typeof left === 'number'
              ? html`<p><span class="badge ok" part="badge">${m.detailPassesLeft(left)}</span></p>`
              : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
