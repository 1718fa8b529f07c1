import { css } from 'lit';

/**
 * `<evt-detail>`'s own styles, on top of `baseStyles`. Mobile first: one column; wider containers
 * (not viewports: the widget may sit in a sidebar) get the banner beside the header and grids for
 * speakers, passes and sponsors. Everything that matters is on inner elements, not `:host`, so a
 * page rule such as `* { all: revert }` (which reaches the host) cannot undo it.
 */
export const detailStyles = css`
  :host {
    --_gap: var(--evt-detail-gap, calc(var(--_space) * 1.5));
    --_banner-ratio: var(--evt-detail-banner-aspect-ratio, 16 / 7);
    --_photo: var(--evt-detail-speaker-photo-size, 4.5em);
    --_logo-h: var(--evt-detail-sponsor-logo-height, 3.5em);
    --_qr: var(--evt-detail-qr-size, 10em);
    --_title-size: var(--evt-detail-title-size, 1.75em);
  }
  .root {
    display: block;
    container-type: inline-size;
  }
  .root > * + * {
    margin-block-start: var(--_gap);
  }
  p {
    margin: 0;
  }
  .status:empty {
    display: none;
  }
  .status:not(:empty) {
    margin-block-end: var(--_space);
  }
  .message p + * {
    margin-block-start: 0.75em;
  }

  /* ── header ─────────────────────────────────────────────── */
  header {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .banner {
    display: block;
    width: 100%;
    aspect-ratio: var(--_banner-ratio);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_bg-alt);
  }
  .title-wrap > [role='heading'] {
    font-size: var(--_title-size);
  }
  .title-wrap:focus {
    outline: none;
  }
  .intro {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .date,
  .location {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    align-self: center;
  }
  .date > .icon,
  .location > .icon {
    /* beside the first line when the text wraps */
    align-self: flex-start;
    margin-block-start: 0.25em;
  }
  .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-block-start: 0.25em;
  }
  .capacity {
    color: var(--_muted);
  }
  .closed {
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-alt);
    border-inline-start: 0.25em solid var(--_warning);
  }

  /* ── sections ───────────────────────────────────────────── */
  section > [role='heading'] {
    font-size: 1.3em;
    margin-block-end: 0.6em;
  }
  .rich :where(p, ul, ol, blockquote, table, figure, pre) {
    margin-block: 0 0.75em;
  }
  .rich :where(img) {
    max-width: 100%;
    height: auto;
  }
  .rich :where(table) {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .rich :where(td, th) {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
  }
  .rich :where(pre) {
    overflow-x: auto;
  }
  .plain-text {
    white-space: pre-line;
  }
  address {
    font-style: normal;
  }
  .venue {
    display: grid;
    gap: var(--_space);
  }
  .facilities li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .facilities .icon {
    color: var(--_success);
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sub-heading {
    font-size: 1em;
    margin-block-end: 0.25em;
  }

  /* ── agenda ─────────────────────────────────────────────── */
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: var(--_space);
  }
  .day + .day {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  .day > [role='heading'] {
    font-size: 1.05em;
    padding-block-end: 0.3em;
    border-block-end: 1px solid var(--_border);
  }
  .session {
    display: grid;
    gap: 0.25em 1em;
    padding-block: 0.9em;
    border-block-end: 1px solid var(--_border);
  }
  .session-time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .zone {
    white-space: nowrap;
  }
  .session-title {
    font-size: 1.05em;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .session details {
    margin-block-start: 0.25em;
  }
  .session summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-start: 0.4em;
  }
  button.small,
  .button.small {
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    font-size: 0.9em;
  }

  /* ── speakers, sponsors, passes ────────────────────────── */
  .grid {
    display: grid;
    gap: var(--_space);
  }
  .speaker {
    display: grid;
    grid-template-columns: var(--_photo) 1fr;
    gap: 0.4em var(--_space);
    align-items: start;
  }
  .speaker > :not(.photo) {
    grid-column: 2;
  }
  .photo {
    grid-row: 1 / span 6;
    width: var(--_photo);
    height: var(--_photo);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_bg-alt);
    display: grid;
    place-items: center;
    font-weight: 650;
    font-size: 1em;
    color: var(--_muted);
    border: 1px solid var(--_border);
  }
  .speaker-title {
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .sponsor,
  .pass {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    display: grid;
    gap: 0.3em;
    align-content: start;
  }
  .logo {
    height: var(--_logo-h);
    width: auto;
    max-width: 100%;
    object-fit: contain;
    justify-self: start;
  }
  .sponsor-name,
  .pass-name {
    font-weight: 650;
  }
  .price {
    font-size: 1.25em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .qr {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .qr img {
    width: var(--_qr);
    height: var(--_qr);
    background: #fff;
    padding: 0.5em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }

  /* ── loading ────────────────────────────────────────────── */
  .loading {
    display: grid;
    gap: 0.75em;
  }
  .loading .b {
    aspect-ratio: var(--_banner-ratio);
  }
  .loading .t {
    height: 2em;
    width: 70%;
  }
  .loading .l {
    height: 1em;
    width: 45%;
  }
  .loading .p {
    height: 5em;
  }

  /* ── wider containers ───────────────────────────────────── */
  @container (min-width: 40em) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
    .grid.speakers-list {
      grid-template-columns: repeat(auto-fill, minmax(22em, 1fr));
    }
    .session {
      grid-template-columns: minmax(8em, 11em) 1fr;
    }
    .session-time {
      grid-row: 1 / span 2;
    }
    .venue {
      grid-template-columns: 1fr 1fr;
    }
  }
  @container (min-width: 52em) {
    header.with-image {
      grid-template-columns: 1.1fr 1fr;
      align-items: start;
      column-gap: var(--_gap);
    }
  }
`;
