/**
 * What every element test file shares, for any of `<evt-list>`, `<evt-detail>` and
 * `<evt-register>`: mounting in a fixture, a clean page between tests (`resetStores`), queries
 * inside the shadow root, waiting until an element has loaded, and typing and clicking as a
 * person would. Helpers for one element only stay with it (drafts: `register.ts`).
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

import { resetStores as resetPageStores } from '../../src/api/store.js';
import { TAB_PREFIX } from '../../src/api/persist.js';

/** The tab cache's items (`persist.ts`), all stores. Read with `key(i)`: WebKit's `Object.keys(sessionStorage)` lists nothing. */
export const tabCacheKeys = () =>
  Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)!).filter((k) => k?.startsWith(TAB_PREFIX));

/**
 * Each test starts with empty caches: the page's stores outlive the elements (see `getStore`), and
 * the tab cache outlives the stores (a test of the next page in the tab resets only the stores).
 */
export function resetStores(): void {
  resetPageStores();
  for (const k of tabCacheKeys()) sessionStorage.removeItem(k);
}

/** An element under test: any Lit element with an open shadow root. */
type Host = LitElement;

export const root = (el: Host) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Host, sel: string) => root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Host, sel: string) => [...root(el).querySelectorAll<T>(sel)];
export const byId = <T extends HTMLElement = HTMLInputElement>(el: Host, id: string) => root(el).getElementById(id) as T | null;
/** The first node with this part (`part~=name`), or null. */
export const part = <T extends HTMLElement = HTMLElement>(el: Host, name: string) => $<T>(el, `[part~="${name}"]`);
/** Every node with this part. */
export const parts = <T extends HTMLElement = HTMLElement>(el: Host, name: string) => $$<T>(el, `[part~="${name}"]`);
/** A node's text as a reader hears it: whitespace collapsed, trimmed; '' for no node. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The focused node inside the element's shadow root. */
export const active = (el: Host) => root(el).activeElement as HTMLElement | null;

/**
 * Mounts `<tag>` in a fresh fixture and waits for its first render. `attrs` as a record, or as
 * markup (`'no-search page-size="3"'`); `lang` is `en` unless `attrs` sets it.
 */
export async function mount<T extends Host>(tag: string, attrs: Record<string, string> | string = {}): Promise<T> {
  let el: Element;
  if (typeof attrs === 'string') {
    const holder = document.createElement('div');
    holder.innerHTML = `<${tag} ${attrs}></${tag}>`;
    el = holder.firstElementChild!;
  } else {
    el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  }
  if (!el.hasAttribute('lang')) el.setAttribute('lang', 'en');
  return fixture<T>(el);
}

/** Waits (bounded) until a node matching `sel` is rendered, and gives it. */
export async function waitFor<T extends Element = HTMLElement>(el: Host, sel: string, what = `${sel} in <${el.localName}>`, timeout = 8000): Promise<T> {
  await waitUntil(() => $(el, sel), `${what} did not show`, { timeout });
  return $<T>(el, sel)!;
}

/**
 * `<evt-detail>`'s JSON-LD script (light DOM), once written: its writer loads when the browser is
 * idle after the first paint (src/elements/evt-detail/json-ld-controller.ts).
 */
export async function jsonLdScript(el: Element, timeout = 5000): Promise<HTMLScriptElement> {
  const sel = 'script[type="application/ld+json"]';
  await waitUntil(() => el.querySelector(sel), `<${el.localName}> wrote no JSON-LD`, { timeout });
  return el.querySelector<HTMLScriptElement>(sel)!;
}

/** What each element shows once it has loaded (its data, an empty state, or an error). */
const LOADED: Record<string, string> = {
  'evt-list': '[part~="item"], [part~="empty"], [part~="error"]',
  'evt-register': 'form, [part~="message"], [part~="success"]',
};

/**
 * Waits until the element has loaded: its `loadComplete` where it has one, and what it shows once
 * loaded (see `LOADED`).
 */
export async function ready(el: Host, timeout = 8000): Promise<void> {
  const loadComplete = (el as Host & { loadComplete?: Promise<unknown> }).loadComplete;
  if (loadComplete) await loadComplete;
  const sel = LOADED[el.localName];
  if (sel) await waitUntil(() => $(el, sel), `<${el.localName}> did not load`, { timeout });
  await el.updateComplete;
}

/** The node with that id, else the first match of that selector, inside the shadow root. */
function find(el: Host, target: string): HTMLElement | null {
  return byId<HTMLElement>(el, target) ?? $(el, target);
}

/** Types into a field (by id or selector), as a person would (an input event), and waits for the render. */
export async function type(el: Host, target: string | HTMLInputElement, value: string) {
  const input = typeof target === 'string' ? (find(el, target) as HTMLInputElement | null) : target;
  if (!input) throw new Error(`no field ${String(target)} in <${el.localName}>`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value }));
  await el.updateComplete;
}

/** Clicks a node, or the node with that id or selector, and waits for the render. */
export async function click(el: Host, target: string | HTMLElement) {
  const node = typeof target === 'string' ? find(el, target) : target;
  if (!node) throw new Error(`nothing to click: ${String(target)} in <${el.localName}>`);
  node.click();
  await el.updateComplete;
}
