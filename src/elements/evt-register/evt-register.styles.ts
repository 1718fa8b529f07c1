import { css } from 'lit';

/**
 * `<evt-register>`: one column of labelled fields, an attendee per box (text settings on `.root`
 * come from baseStyles). Sizes in `em`: a page with a 10px root font size must not shrink the form.
 */
export const registerStyles = css`
  .root {
    --_max: var(--evt-register-max-width, 40em);
    --_gap: var(--evt-register-gap, var(--_space));
    --_input-bg: var(--evt-register-input-background, var(--_bg));
    --_input-border: var(--evt-register-input-border-color, var(--_field-border));
    --_box-bg: var(--evt-register-fieldset-background, var(--_bg-alt));

    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    max-width: var(--_max);
  }
  p {
    margin: 0;
  }
  [part~='heading'] {
    font-size: 1.3em;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .event {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    color: var(--_muted);
  }
  .event-name {
    font-weight: 600;
    color: var(--_fg);
  }
  .note,
  .hint,
  .session-meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .places {
    font-weight: 600;
  }
  .notice {
    border-color: var(--_warning);
  }

  /* ── fields ───────────────────────────────────────────────────────────── */
  fieldset {
    margin: 0;
    min-width: 0;
    border: 0;
    padding: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .attendee,
  .sessions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_box-bg);
  }
  .attendee > legend,
  .sessions > legend {
    /* Logical, as every property here: the layout mirrors right to left (lang="ar", dir="rtl"). */
    float: inline-start;
    inline-size: 100%;
    font-size: 1.05em;
  }
  .attendee > legend + *,
  .sessions > legend + * {
    clear: both;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  label,
  .field > legend {
    font-weight: 600;
  }
  .required {
    color: var(--_danger);
  }
  input[type='text'],
  input[type='email'],
  select {
    width: 100%;
    padding: 0.5em 0.65em;
    border-radius: calc(var(--_radius) * 0.75);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  /* WCAG 2.5.8: the box itself is at least 24 x 24 CSS px (a session's label sits in another grid
     cell, so the label cannot make up the size), however small the host's font. */
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: max(1.25em, 24px);
    block-size: max(1.25em, 24px);
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25em 0.6em;
    font-weight: 400;
    cursor: pointer;
  }
  .option:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_muted);
  }
  .pass-name {
    font-weight: 600;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.6em;
    align-items: start;
  }
  .check .hint {
    grid-column: 2;
  }
  .remove {
    align-self: flex-start;
  }

  /* ── sessions ─────────────────────────────────────────────────────────── */
  .day {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .day [role='heading'] {
    font-size: 1em;
  }
  .day ul {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .session {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.6em;
  }
  .session > :not(input) {
    grid-column: 2;
  }
  .session-name {
    font-weight: 600;
    cursor: pointer;
  }
  .session-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.6em;
    align-items: center;
  }
  .overlap {
    color: var(--_warning);
    font-size: 0.9em;
    font-weight: 600;
  }

  /* ── summary, status, results ─────────────────────────────────────────── */
  .summary {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .summary [part~="summary-title"] {
    font-weight: 650;
  }
  .summary ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
  }
  .total {
    font-weight: 650;
    display: flex;
    flex-direction: column;
  }
  .total .hint {
    font-weight: 400;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .success {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_success);
    border-radius: var(--_radius);
  }
  .registrants li,
  .chosen li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    padding: 0.2em 0;
  }
  .who {
    font-weight: 600;
  }
  .email {
    color: var(--_muted);
  }
  [tabindex='-1']:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .loading {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .skeleton.line {
    height: 1.25em;
    width: 60%;
  }
  .skeleton.field {
    height: 2.75em;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
