/**
 * `<evt-register>`'s field renderers: a text input, a group of choices, a custom registration
 * field by type, an attendee's pass choice, and one attendee's fieldset. View functions over a
 * context object (texts, locale, the draft's handlers); they hold no state and write none.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EvtCustomField } from '../../api/schemas.js';
import { formatPrice } from '../../internal/format.js';
import type { Messages } from '../../internal/messages.js';
import { isPaid, passesLeft } from '../../rules/capacity.js';
import { contactLabel, fieldDomId, RADIO_LIMIT } from './errors.js';
import { ANSWER_MAX_LENGTH, MAX_LENGTH } from './limits.js';
import { choicesOf, fieldKind, formCapacity, type Answer, type AttendeeDraft, type RegistrationData } from './request.js';

/** What the draft does when the visitor types or chooses (DraftController, through the element). */
export interface FieldHandlers {
  updateAttendee(key: number, patch: Partial<AttendeeDraft>): void;
  answer(a: AttendeeDraft, field: EvtCustomField, value: Answer): void;
  removeAttendee(key: number): void;
}

export interface FieldContext {
  msg: Messages;
  locale: string;
  data: RegistrationData;
  /** How many attendees the draft has. */
  attendees: number;
  on: FieldHandlers;
  /** The error text of a field after a submit, else null. */
  errorOf(attendee: number | null, field: string): string | null;
  /** The `lang` of the event's own texts (pass names), when known. */
  lang: string | undefined;
}

const autocompleteOf = { firstName: 'given-name', lastName: 'family-name', email: 'email' } as const;

export const renderRequired = (required: boolean) =>
  required ? html`<span part="required" class="required" aria-hidden="true"> *</span>` : nothing;

/** An inline error, after a visually hidden "Error:" so a screen reader hears what kind of text it is. */
export const renderError = (m: Messages, id: string, error: string | null) =>
  error
    ? html`<p part="error" class="error" id="${id}-error"><span class="visually-hidden">${m.registerErrorPrefix} </span>${error}</p>`
    : nothing;

export interface InputOptions {
  msg: Messages;
  id: string;
  name: string;
  label: string;
  value: string;
  required: boolean;
  error: string | null;
  hint?: string;
  type?: string;
  autocomplete?: string;
  /** The longest text the field takes (./limits.ts); validation says so when more is pasted in. */
  maxLength: number;
  onInput: (value: string) => void;
}

/** A text input with its label, hint and error. */
export function renderInput(o: InputOptions): TemplateResult {
  const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label part="label" for=${o.id}>${o.label}${renderRequired(o.required)}</label>
    ${o.hint ? html`<p part="hint" class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    <input
      part="input"
      id=${o.id}
      name=${o.name}
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? 'off'}
      spellcheck="false"
      maxlength=${o.maxLength}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${renderError(o.msg, o.id, o.error)}
  </div>`;
}

export interface ChoicesOptions {
  msg: Messages;
  id: string;
  name: string;
  label: string;
  required: boolean;
  error: string | null;
  type: 'radio' | 'checkbox';
  options: { value: string; label: string; checked: boolean }[];
  onChange: (value: string, checked: boolean) => void;
}

/** A group of radios or checkboxes in a fieldset; the error describes every choice. */
export function renderChoices(o: ChoicesOptions): TemplateResult {
  const radio = o.type === 'radio';
  // The asterisk is aria-hidden: a radio group says "required" as a radiogroup with aria-required
  // (named by its legend); checkboxes have no such state, so their legend says it in hidden text.
  return html`<fieldset
    part="field"
    class="field group"
    role=${radio ? 'radiogroup' : nothing}
    aria-required=${radio && o.required ? 'true' : nothing}
    aria-labelledby=${radio ? `${o.id}-label` : nothing}
    aria-describedby=${o.error ? `${o.id}-error` : nothing}
  >
    <legend part="label" id="${o.id}-label"
      >${o.label}${renderRequired(o.required)}${!radio && o.required
        ? html`<span class="visually-hidden"> (${o.msg.registerRequiredGroup})</span>`
        : nothing}</legend
    >
    <div class="options">
      ${o.options.map(
        (opt, i) => html`<label part="option" class="option">
          <input
            part="input"
            type=${o.type}
            id="${o.id}-${i}"
            name=${o.name}
            .value=${opt.value}
            .checked=${live(opt.checked)}
            ?required=${o.required && o.type === 'radio'}
            aria-invalid=${o.error ? 'true' : 'false'}
            @change=${(e: Event) => o.onChange(opt.value, (e.target as HTMLInputElement).checked)}
          />
          <span>${opt.label}</span>
        </label>`,
      )}
    </div>
    ${renderError(o.msg, o.id, o.error)}
  </fieldset>`;
}

/** A custom registration field, asked by its type. */
export function renderCustomField(ctx: FieldContext, a: AttendeeDraft, f: EvtCustomField, index: number): TemplateResult {
  const m = ctx.msg;
  const error = ctx.errorOf(a.key, `custom:${index}`);
  const id = fieldDomId(a.key, `custom:${index}`);
  const name = `a${a.key}-c${index}`;
  const label = f.text?.trim() || f.customRegistrationFieldId;
  const required = f.isRequired === true;
  const raw = a.answers[f.customRegistrationFieldId];
  const value = typeof raw === 'string' ? raw : Array.isArray(raw) ? (raw[0] ?? '') : '';
  const answer = (v: Answer) => ctx.on.answer(a, f, v);
  const base = { msg: m, id, name, label, required, error };
  switch (fieldKind(f)) {
    case 'boolean':
      return renderChoices({
        ...base,
        type: 'radio',
        options: [
          { value: 'Yes', label: m.registerYes, checked: value === 'Yes' },
          { value: 'No', label: m.registerNo, checked: value === 'No' },
        ],
        onChange: (v) => answer(v),
      });
    case 'multiple': {
      const picked = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
      return renderChoices({
        ...base,
        type: 'checkbox',
        options: choicesOf(f).map((c) => ({ value: c, label: c, checked: picked.has(c) })),
        onChange: (v, on) => {
          const next = new Set(picked);
          if (on) next.add(v);
          else next.delete(v);
          answer(choicesOf(f).filter((c) => next.has(c)));
        },
      });
    }
    case 'single': {
      const choices = choicesOf(f);
      if (choices.length <= RADIO_LIMIT) {
        return renderChoices({
          ...base,
          type: 'radio',
          options: choices.map((c) => ({ value: c, label: c, checked: value === c })),
          onChange: (v) => answer(v),
        });
      }
      return html`<div part="field" class="field">
        <label part="label" for=${id}>${label}${renderRequired(required)}</label>
        <select
          part="input"
          id=${id}
          name=${name}
          ?required=${required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @change=${(e: Event) => answer((e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!value}>${m.registerSelectPrompt}</option>
          ${choices.map((c) => html`<option .value=${c} ?selected=${value === c}>${c}</option>`)}
        </select>
        ${renderError(m, id, error)}
      </div>`;
    }
    default:
      return renderInput({ ...base, value, maxLength: ANSWER_MAX_LENGTH, onInput: (v) => answer(v) });
  }
}

/** An attendee's pass (paid events): price, passes left, sold-out passes not choosable. */
export function renderPasses(ctx: FieldContext, a: AttendeeDraft): TemplateResult {
  const m = ctx.msg;
  const error = ctx.errorOf(a.key, 'pass');
  const id = fieldDomId(a.key, 'pass');
  return html`<fieldset
    part="passes field"
    class="field group"
    role="radiogroup"
    aria-required="true"
    aria-labelledby="${id}-label"
    aria-describedby=${error ? `${id}-error` : nothing}
  >
    <legend part="label" id="${id}-label">${m.registerPass}${renderRequired(true)}</legend>
    <div class="options">
      ${ctx.data.passes.map((p, i) => {
        const left = passesLeft(p);
        const soldOut = left <= 0;
        return html`<label part="pass option" class="option pass">
          <input
            part="input"
            type="radio"
            id="${id}-${i}"
            name="a${a.key}-pass"
            .value=${p.passId}
            .checked=${live(a.passId === p.passId)}
            ?disabled=${soldOut}
            required
            aria-invalid=${error ? 'true' : 'false'}
            @change=${() => ctx.on.updateAttendee(a.key, { passId: p.passId })}
          />
          <span class="pass-name" dir="auto" lang=${ctx.lang ?? nothing}>${p.passName ?? ''}</span>
          <span part="price" class="price">${formatPrice(ctx.locale, p.price ?? 0, p.currencySymbol)}</span>
          ${soldOut
            ? html`<span part="badge" class="badge bad">${m.soldOut}</span>`
            : Number.isFinite(left)
              ? html`<span part="badge" class="badge">${m.registerPassesLeft(left)}</span>`
              : nothing}
        </label>`;
      })}
    </div>
    ${renderError(m, id, error)}
  </fieldset>`;
}

/** One attendee: names and email, the pass of a paid event, the custom fields, "Remove". */
export function renderAttendee(ctx: FieldContext, a: AttendeeDraft, index: number, waitlisted: boolean): TemplateResult {
  const m = ctx.msg;
  const { data, attendees: count } = ctx;
  const single = formCapacity(data).maxAttendees <= 1 && count === 1;
  const legend = single ? m.registerYourDetails : waitlisted ? m.registerAttendeeWaitlisted(index + 1) : m.registerAttendee(index + 1);
  return html`<fieldset part="attendee" class="attendee">
    <legend part="legend">${legend}</legend>
    ${(['firstName', 'lastName', 'email'] as const).map((f) =>
      renderInput({
        msg: m,
        id: fieldDomId(a.key, f),
        name: f,
        label: m[contactLabel[f]],
        value: a[f],
        required: true,
        error: ctx.errorOf(a.key, f),
        type: f === 'email' ? 'email' : 'text',
        maxLength: MAX_LENGTH[f],
        hint: f === 'email' && index === 0 ? m.registerEmailHint : undefined,
        // Only the first attendee is the visitor; the browser's autofill would repeat them.
        autocomplete: index === 0 ? autocompleteOf[f] : 'off',
        onInput: (v) => ctx.on.updateAttendee(a.key, { [f]: v }),
      }),
    )}
    ${isPaid(data.passes) && !waitlisted ? renderPasses(ctx, a) : nothing}
    ${data.customFields.map((f, i) => renderCustomField(ctx, a, f, i))}
    ${count > 1
      ? html`<button type="button" part="remove-attendee" class="secondary remove" @click=${() => ctx.on.removeAttendee(a.key)}>
          ${m.registerRemoveAttendee(index + 1)}
        </button>`
      : nothing}
  </fieldset>`;
}
