import { css } from 'lit';

/**
 * Design tokens and the base every element shares. Public tokens are `--evt-*`; each element copies
 * them into private `--_*` properties, so a site sets one token and every element follows. Sizes are
 * in `em`, never `rem`: a page with a 10px root font size must not shrink the widget.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--evt-color-text, light-dark(#1d1d20, #ececf0));
    --_muted: var(--evt-color-muted, light-dark(#55555e, #a9a9b4));
    --_bg: var(--evt-color-surface, light-dark(#ffffff, #1b1b1f));
    --_bg-alt: var(--evt-color-surface-alt, light-dark(#f4f4f6, #26262b));
    --_border: var(--evt-color-border, light-dark(#d5d5dc, #3b3b43));
    /* Borders of inputs and selects: at least 3:1 against the surface and the alternate surface
       (WCAG 1.4.11), in light and dark; --evt-color-border is for decoration and may be fainter. */
    --_field-border: var(--evt-color-field-border, light-dark(#74747d, #8d8d98));
    --_accent: var(--evt-color-accent, light-dark(#1f5fbf, #8ab4ff));
    --_on-accent: var(--evt-color-on-accent, light-dark(#ffffff, #0b1a33));
    --_danger: var(--evt-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--evt-color-success, light-dark(#1e6b34, #8fd9a4));
    --_warning: var(--evt-color-warning, light-dark(#7a4b00, #ffcc80));
    --_focus: var(--evt-color-focus, var(--_accent));
    --_radius: var(--evt-radius, 0.5em);
    --_space: var(--evt-space, 1em);
    --_font: var(--evt-font-family, inherit);
    --_heading-font: var(--evt-heading-font-family, var(--_font));

    display: block;
    box-sizing: border-box;
    color-scheme: var(--evt-color-scheme, light dark);
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--evt-font-size, inherit);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Every element renders one .root inside its shadow root. What :host sets is repeated here:
     a page rule such as * { all: revert } reaches the host element (outer styles beat :host),
     and so what descendants inherit from it, but never the shadow tree. */
  .root {
    box-sizing: border-box;
    color-scheme: var(--evt-color-scheme, light dark);
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [role='heading'] {
    font-family: var(--_heading-font);
    font-weight: 650;
    line-height: 1.25;
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  .button {
    font: inherit;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
    font-weight: 600;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:disabled,
  button[aria-disabled="true"] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* Text fields and selects: one look in every element (each may set its own background/border token). */
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_input-bg, var(--_bg));
    border: 1px solid var(--_input-border, var(--_field-border));
    border-radius: var(--_radius);
    min-height: 2.75em;
    padding: 0.4em 0.65em;
    margin: 0;
  }
  @media (forced-colors: active) {
    input:not([type='checkbox'], [type='radio']),
    select,
    textarea {
      border-color: FieldText;
    }
  }
  img {
    max-width: 100%;
    height: auto;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    background: var(--_bg-alt);
    color: var(--_fg);
    border: 1px solid var(--_border);
  }
  .badge.ok {
    color: var(--_success);
  }
  .badge.warn {
    color: var(--_warning);
  }
  .badge.bad {
    color: var(--_danger);
  }
  .message {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg-alt);
    border: 1px solid var(--_border);
  }
  .message.error {
    border-color: var(--_danger);
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_bg-alt) 25%, var(--_border) 50%, var(--_bg-alt) 75%);
    background-size: 200% 100%;
    animation: evt-shimmer 1.4s ease-in-out infinite;
  }
  /* While a language's texts load (src/internal/base-element.ts): one block, no text yet. */
  .skeleton.lang-pending {
    block-size: 6em;
  }
  @keyframes evt-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  /* The shimmer runs in the reading direction. */
  .skeleton:dir(rtl) {
    animation-direction: reverse;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
