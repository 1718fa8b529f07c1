import { css } from 'lit';

/** `<evt-list>`: a responsive grid of cards (text settings on `.root` come from baseStyles). */
export const listStyles = css`
  :host {
    display: block;
  }
  .root {
    --_min: var(--evt-list-item-min-width, 16em);
    --_cols: var(--evt-list-max-columns, 4);
    --_gap: var(--evt-list-gap, var(--_space));
    --_ratio: var(--evt-list-image-aspect-ratio, 16 / 9);
    --_card-bg: var(--evt-list-item-background, var(--_bg));

    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  p {
    margin: 0;
  }

  /* ── search and filters ─────────────────────────────────────────────── */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
  }
  .filters {
    display: contents;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    /* Two filters share a row even on a 320px phone. */
    flex: 1 1 8em;
    min-width: 0;
  }
  .field.search {
    flex: 3 1 14em;
  }
  label {
    font-size: 0.9em;
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
  }
  select {
    padding-inline-end: 0.5em;
  }

  /* ── the grid ──────────────────────────────────────────────────────────── */
  .list {
    display: grid;
    gap: var(--_gap);
    /* As many columns of at least --_min as fit, but never more than --_cols. */
    grid-template-columns: repeat(
      auto-fill,
      minmax(max(min(100%, var(--_min)), calc((100% - (var(--_cols) - 1) * var(--_gap)) / var(--_cols))), 1fr)
    );
  }
  .item {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    /* Cards off screen are not laid out or painted until they come near it (their size until
       then: the last one they had, else about a card's height): with page-size in the
       thousands, laying out every card was most of the time before the first ones showed. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 16rem;
  }
  .item:hover {
    border-color: var(--_accent);
  }
  .image {
    /* After the text in the DOM (the heading comes first for screen readers), first on screen. */
    order: -1;
    display: block;
    width: 100%;
    max-width: none;
    height: auto;
    aspect-ratio: var(--_ratio);
    object-fit: cover;
    background: var(--_bg-alt);
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: var(--_space);
  }
  .body > [part~='title'] {
    font-size: 1.15em;
  }
  .link {
    /* A block, so a right-to-left name (dir="auto") aligns to the right like its summary. */
    display: block;
    color: inherit;
    text-decoration: none;
  }
  /* The whole card is the link's target; only the title is its text. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .link:hover {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .link[aria-current] {
    color: var(--_accent);
  }
  .date,
  .location {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--evt-list-summary-lines, 3);
    overflow: hidden;
  }
  .meta {
    margin-block-start: auto;
    padding-block-start: 0.25em;
  }
  /* The line a count will fill: as tall as a badge, nothing seen or announced. */
  .badge.placeholder {
    visibility: hidden;
  }

  /* ── states ────────────────────────────────────────────────────────────── */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
  }
  .count {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .message p {
    flex: 1 1 16em;
  }
  .skeleton-card {
    pointer-events: none;
  }
  .skeleton-card .image {
    border-radius: 0;
  }
  .skeleton.line {
    height: 0.9em;
    width: 60%;
  }
  .skeleton.line.title {
    height: 1.2em;
    width: 85%;
  }
  .skeleton.line.short {
    width: 40%;
  }
  @media (forced-colors: active) {
    .item {
      border-color: CanvasText;
    }
  }
`;
