// Shared by the tests of the built files (rich text, the event form, filling the form) (each needs a page of its own: the first
// copy of the bundle a page imports defines the elements).
export const TOKEN = 'demo-token';
export const hasSanitizerApi = typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
export const scriptsLoaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** Types `value` into the field `id` of a built `<evt-register>` (focus, value, an input event). */
export async function fill(el: HTMLElement & { updateComplete: Promise<unknown> }, id: string, value: string): Promise<void> {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
  await el.updateComplete;
}

export async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
}

/** `<evt-detail>` for the seed's event with an HTML description; its description section. */
export async function showDescription(omBase: string): Promise<{ el: HTMLElement; part: Element }> {
  const el = document.createElement('evt-detail');
  el.setAttribute('endpoint', omBase);
  el.setAttribute('token', TOKEN);
  el.setAttribute('event-id', 'Harbour_Data_Summit');
  document.body.append(el);
  const find = () => el.shadowRoot?.querySelector('[part~="description"]') ?? null;
  if (!(await until(() => !!find()))) throw new Error(`no description: ${el.shadowRoot?.textContent?.slice(0, 200)}`);
  return { el, part: find()! };
}

/**
 * `<evt-register use-event-form>` for the seed's event with a marketing form embed
 * (Journeys_Attribute_Day, real-time journeys): the element, and what it showed first of the event's
 * form (light DOM, rendered by the emulator's stand-in FormLoader) or our own form.
 */
export async function showEventForm(rtmBase: string): Promise<{ el: HTMLElement; shown: 'event-form' | 'own-form' }> {
  const el = document.createElement('evt-register');
  el.setAttribute('endpoint', rtmBase);
  el.setAttribute('token', TOKEN);
  el.setAttribute('event-id', 'Journeys_Attribute_Day');
  el.setAttribute('use-event-form', '');
  document.body.append(el);
  const shown = () => (el.querySelector('.evt-event-form form') ? 'event-form' : el.shadowRoot?.querySelector('form[part~="form"]') ? 'own-form' : null);
  if (!(await until(() => !!shown()))) throw new Error(`no form: ${el.shadowRoot?.textContent?.slice(0, 200)}`);
  return { el, shown: shown()! };
}

/** console.warn's lines while a describe block runs. */
export function captureWarnings(): string[] {
  const lines: string[] = [];
  const original = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  });
  after(() => {
    console.warn = original;
  });
  return lines;
}
