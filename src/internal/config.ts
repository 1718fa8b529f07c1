/**
 * Where an element finds its endpoint and token, first match wins:
 * 1. its own `endpoint` / `token` attributes;
 * 2. the nearest ancestor with `data-evt-endpoint` / `data-evt-token` (a CMS editor wraps snippets);
 * 3. `<meta name="evt-endpoint" content="…">` / `<meta name="evt-token" content="…">` in the page;
 * 4. `configure({ endpoint, token })` called by the page's own script.
 * The page-wide setting is kept on `globalThis`, so every copy of the script on a page sees it.
 */
export interface PageConfig {
  endpoint?: string;
  token?: string;
  /**
   * The tab cache (public reads kept in `sessionStorage` for the next page of the tab, see
   * `src/api/persist.ts`): `false` turns it off, `{ fresh }` sets its freshness in ms (default
   * 60 000). Also `<meta name="evt-tab-cache" content="off">` or `content="30"` (seconds).
   */
  tabCache?: boolean | TabCacheOptions;
}

/** What a store is made with: endpoint, token and the tab cache setting. */
export interface StoreConfig {
  endpoint: string;
  token: string;
  tabCache: boolean | TabCacheOptions;
}

import type { TabCacheOptions } from '../api/persist.js';

const KEY = Symbol.for('evt-widgets.config.v1');
type Holder = { [KEY]?: PageConfig };

/** Sets the endpoint and token for every element on the page that does not set its own. */
export function configure(config: PageConfig): void {
  (globalThis as Holder)[KEY] = { ...(globalThis as Holder)[KEY], ...config };
}

/** The element's ancestors, crossing shadow roots (an element may sit inside another component). */
export function* composedAncestors(el: Element): Generator<Element> {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) yield node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
}

function fromAncestors(el: Element, name: string): string | undefined {
  for (const a of composedAncestors(el)) {
    const v = a.getAttribute(`data-evt-${name}`);
    if (v) return v;
  }
  return undefined;
}

const fromMeta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="evt-${name}"]`)?.content || undefined;

export function resolveConfig(el: Element, own: PageConfig): StoreConfig | null {
  const page = (globalThis as Holder)[KEY] ?? {};
  const endpoint = own.endpoint || fromAncestors(el, 'endpoint') || fromMeta('endpoint') || page.endpoint;
  const token = own.token || fromAncestors(el, 'token') || fromMeta('token') || page.token;
  return endpoint && token ? { endpoint: endpoint.trim(), token: token.trim(), tabCache: tabCacheSetting(page.tabCache) } : null;
}

/** The page's tab cache setting: the meta tag (a CMS without script) wins over `configure`. */
function tabCacheSetting(page: PageConfig['tabCache']): boolean | TabCacheOptions {
  const meta = fromMeta('tab-cache')?.trim().toLowerCase();
  if (meta === 'off' || meta === 'false' || meta === '0') return false;
  const seconds = meta ? Number(meta) : NaN;
  if (Number.isFinite(seconds) && seconds > 0) return { fresh: seconds * 1000 };
  if (meta) console.warn(`[evt-widgets] <meta name="evt-tab-cache" content="${meta}">: use "off" or a freshness in seconds, e.g. "60". The tab cache keeps its default.`);
  return page ?? true;
}

/** The language: own `lang`, the nearest ancestor's (across shadow roots), the document's, the browser's. */
export function resolveLang(el: Element): string {
  for (const a of [el, ...composedAncestors(el)]) {
    const v = validLang(a.getAttribute('lang'));
    if (v) return v;
  }
  return validLang(navigator.language) ?? 'en';
}

/**
 * A tag `Intl` accepts, or null: CMSs write `en_US`, and some engines report the POSIX locale `C`
 * as `navigator.language`; `Intl` throws a RangeError on either, which would break the element.
 */
function validLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** Fills `{readableEventId}` (and `{purchaseId}`, …) in a URL template, encoding each value. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? encodeURIComponent(String(values[k])) : m));
}
