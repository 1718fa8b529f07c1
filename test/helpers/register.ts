/** What the <evt-register> test files share: clean state between tests, queries and typing. */
import { waitUntil } from '@open-wc/testing';
import type { EvtRegister } from '../../src/elements/evt-register/evt-register.js';

/** Each test starts with an empty cache: the page's stores are kept on globalThis. */
export const clearStores = () => (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('evt-widgets.stores.v1')]?.clear();

/**
 * The keys of the drafts in sessionStorage for one emulator (WebKit's driver runs test files side
 * by side in iframes of one tab, which share sessionStorage). Read with `key(i)`:
 * `Object.keys(sessionStorage)` lists nothing in WebKit.
 */
const registerKeys = (emulatorUrl: string | undefined) =>
  Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)!).filter(
    (k) => k.startsWith('evt-widgets.register') && !!emulatorUrl && k.includes(emulatorUrl),
  );
/** The drafts only; beside them live `…|confirmed` (the confirmation after a success) and `…|sending`. */
export const draftKeys = (emulatorUrl: string | undefined) => registerKeys(emulatorUrl).filter((k) => !/\|(confirmed|sending)$/.test(k));
export const confirmationKeys = (emulatorUrl: string | undefined) => registerKeys(emulatorUrl).filter((k) => k.endsWith('|confirmed'));
/** Drafts, confirmations and sending markers of one emulator. */
export const clearDrafts = (emulatorUrl: string | undefined) => registerKeys(emulatorUrl).forEach((k) => sessionStorage.removeItem(k));

export const root = (el: EvtRegister) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: EvtRegister, sel: string) => root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: EvtRegister, sel: string) => [...root(el).querySelectorAll<T>(sel)];
export const byId = <T extends HTMLElement = HTMLInputElement>(el: EvtRegister, id: string) => root(el).getElementById(id) as T | null;
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const active = (el: EvtRegister) => root(el).activeElement as HTMLElement | null;

export const ready = (el: EvtRegister) =>
  waitUntil(() => $(el, 'form, [part~="message"], [part~="success"]'), 'the registration did not load', { timeout: 8000 });

/** Types into a field by id, as a person would (an input event), and waits for the render. */
export async function type(el: EvtRegister, id: string, value: string) {
  const input = byId(el, id);
  if (!input) throw new Error(`no field #${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
  await el.updateComplete;
}

/** Clicks a node, or the node with that id or selector, and waits for the render. */
export async function click(el: EvtRegister, target: string | HTMLElement) {
  const node = typeof target === 'string' ? (byId<HTMLElement>(el, target) ?? $(el, target)) : target;
  if (!node) throw new Error(`nothing to click: ${String(target)}`);
  node.click();
  await el.updateComplete;
}
