/**
 * The CDN entry, `dist/evt-widgets.js`: a small module that loads an element's code only when its
 * tag is on the page. It looks once at the document and then watches it (a `MutationObserver`,
 * so elements that a framework app or a CMS script adds later load too); `loadElements(root)`
 * covers a shadow root the observer cannot see into. Each element's code is `dist/evt-list.js` &
 * co. (the per-element files), which share their chunks (Lit, the store, the schemas) in
 * `dist/chunks/`: resolved from this module's own URL, so the same script tag works from a CDN and
 * from a self-hosted copy of `dist/`, and a page loading several of these files loads Lit once.
 *
 * A page whose first look finds two or three of the tags (an event page) loads them as one graph
 * instead, `dist/evt-widgets.<set>.js` (`evt-widgets.detail-register.js`, ..., vite.config.ts
 * PAGE_GRAPHS): one file where the per-element files and their chunks are several, and lighter (gzip
 * learns Lit's and our vocabulary once). A tag added later loads from the same graph (its `later`
 * chunks), so nothing loads twice; where that file cannot be had, the per-element files are used.
 *
 * Until an element's code arrives, a document-wide constructable stylesheet (no inline style, so
 * no CSP line) gives the undefined element the space and shimmer of its loading skeleton. The real
 * class is what gets defined, so `customElements.whenDefined()` and properties set before the
 * upgrade (Lit keeps them) work as with the self-contained file.
 */
export { configure, type PageConfig } from '../internal/config.js';
import { TAGS, type Tag } from './tags.js';

const ELEMENTS: Record<Tag, () => Promise<unknown>> = {
  'evt-list': () => import('../evt-list.js'),
  'evt-detail': () => import('../evt-detail.js'),
  'evt-register': () => import('../evt-register.js'),
};
const SELECTOR = TAGS.join(',');
const requested = new Map<Tag, Promise<unknown>>();
const warn = (what: string, err: unknown) => console.error(`[evt-widgets] ${what} could not be loaded (next to ${import.meta.url}): ${err}`);
/** The page graph chosen at the first look (pageGraph()), or none: the per-element files. */
let graph: Promise<{ later: Partial<Record<Tag, () => Promise<unknown>>> }> | undefined;

/** Loads one element's code (once); resolves when it is defined. */
function load(tag: Tag): Promise<unknown> {
  let p = requested.get(tag);
  if (!p) {
    const own = ELEMENTS[tag];
    p = (graph ? graph.then((g) => g.later[tag]!(), own) : own()).catch((err: unknown) => {
      requested.delete(tag); // a later insertion may try again
      warn(`the code of <${tag}>`, err);
    });
    requested.set(tag, p);
  }
  return p;
}

/** A script tag of the page for one of the other CDN files (`evt-list.js` & co., the one file). */
const OTHER_FILES = ['evt-list', 'evt-detail', 'evt-register', 'evt-widgets.bundle'].map((f) => `script[src*="${f}.js"]`).join(',');

/**
 * The elements of the first look as one graph, when it finds two or three, none is defined yet and
 * the page has no script tag for another of our files (a copy loaded by other means would meet a
 * second Lit and store: the per-element files share theirs). True when it chose one.
 */
function pageGraph(): boolean {
  const found = TAGS.filter((t) => document.querySelector(t));
  if (found.length < 2 || TAGS.some((t) => customElements.get(t)) || document.querySelector(OTHER_FILES)) return false;
  const file = `evt-widgets.${found.map((t) => t.slice(4)).join('-')}.js`;
  graph = import(/* @vite-ignore */ `./${file}`);
  const all = graph.catch((err: unknown) => {
    warn(file, `${err}; loading each element's file instead`);
    for (const t of found) requested.delete(t);
    return loadElements(found);
  });
  for (const t of found) requested.set(t, all);
  return true;
}

/**
 * Loads the code of every evt-widgets element in `root` (default: the document), or of the named
 * tags. For elements inside a shadow root, which the page-wide watch does not see.
 */
export function loadElements(root: ParentNode | Tag | Tag[] = document): Promise<unknown> {
  if (typeof root === 'string' || Array.isArray(root)) return Promise.all([root].flat().map(load));
  const found = TAGS.filter((t) => (root as Element).localName === t || root.querySelector(t));
  return Promise.all(found.map(load));
}

/** Space and shimmer of the loading skeleton until the element's code has arrived. */
function reserveSpace() {
  const sheet = new CSSStyleSheet();
  const heights = { 'evt-list': '18em', 'evt-detail': '22em', 'evt-register': '14em' };
  sheet.replaceSync(
    `${TAGS.map((t) => `${t}:not(:defined)`).join(',')}{display:block;border-radius:var(--evt-radius,.5em);` +
      'background:linear-gradient(90deg,#8881 25%,#8883 50%,#8881 75%) 0 0/200% 100%;animation:evt-widgets-loading 1.4s ease-in-out infinite}' +
      TAGS.map((t) => `${t}:not(:defined){min-height:${heights[t]}}`).join('') +
      '@keyframes evt-widgets-loading{from{background-position:200% 0}to{background-position:-200% 0}}' +
      `@media (prefers-reduced-motion:reduce){${SELECTOR}{animation:none}}`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function watch() {
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) if (node.nodeType === 1) void loadElements(node as Element);
    }
    if (requested.size === TAGS.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

// The same URL twice is one module. A copy from another URL (another version, a second CDN) warns
// and leaves the page to the first; its loadElements() still works (element definitions are
// guarded: internal/define.ts keeps the first and warns).
const FIRST = Symbol.for('evt-widgets.loader.v1');
const holder = globalThis as { [FIRST]?: string };
if (holder[FIRST]) {
  console.warn(`[evt-widgets] ${import.meta.url} is a second copy of the loader (the first is ${holder[FIRST]}); it does nothing.`);
} else {
  holder[FIRST] = import.meta.url;
  reserveSpace();
  if (!pageGraph()) void loadElements();
  if (requested.size < TAGS.length) watch();
}
