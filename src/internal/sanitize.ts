/**
 * What is safe of untrusted text from the API, for every element: the allowlist of rich text, URLs
 * (`safeHttpUrl`), plain text of rich text (`plainText`, `truncate`), the Trusted Types policy,
 * the JSON-LD text and the event form's loader URL. Rendering rich text itself (`sanitizeHtml`,
 * DOMPurify's path) is in ./rich-text.ts, which only <evt-detail> loads.
 * Rich text from the API (event descriptions, speaker bios) is untrusted. Two sanitizers, one rule:
 * - the platform's HTML Sanitizer API (`setHTML` with our config; Chromium and Firefox) when the
 *   browser has it: nothing to download, and under a strict CSP it reports nothing (DOMPurify's
 *   `DOMParser` makes Chromium send a `script-src-attr` report for every inline handler it parses);
 * - DOMPurify elsewhere (Safari), loaded on first use as its own chunk (`import('dompurify')`).
 * Both keep the elements of ALLOWED_TAGS with the attributes of ALLOWED_ATTR, unwrap the elements
 * of UNWRAP_TAGS (their text stays) and drop every other element with its content; `finish()`
 * (./rich-text.ts) then
 * applies our URL and link rules to either output, so both give the same DOM
 * (test/elements/sanitize.test.ts compares them on a corpus, in every engine).
 */

type Policy = { createHTML(s: string): unknown; createScript(s: string): unknown; createScriptURL(s: string): unknown };
let policy: Policy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` the parser input must be TrustedHTML. Our one policy,
 * `evt-widgets`, only ever feeds inert parsers (DOMPurify's, and the `DOMParser` document that
 * `plainText` reads where the Sanitizer API is missing); it accepts script text only when it is
 * JSON with no `<` (the JSON-LD data block, which browsers never execute), and accepts a script URL
 * only when it is the FormLoader of an event's own form embed that `<evt-register use-event-form>`
 * registered through `formLoaderScriptUrl` (everything else is refused).
 * `setHTML` is a safe sink and needs no policy.
 */
export function trustedTypesPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): Policy } }).trustedTypes;
  try {
    policy = tt
      ? tt.createPolicy('evt-widgets', {
          createHTML: (s: string) => s,
          createScript: (s: string) => {
            if (s.includes('<')) throw new TypeError('evt-widgets: script text must be escaped JSON');
            JSON.parse(s);
            return s;
          },
          createScriptURL: (s: string) => {
            if (!formLoaderUrls.has(s)) throw new TypeError(`evt-widgets loads no script but an event form's FormLoader (not ${s})`);
            return s;
          },
        })
      : null;
  } catch {
    // The page's CSP does not list our policy name: fall back to DOMPurify's own handling.
    policy = null;
  }
  return policy;
}

// ── the event form's loader (src/elements/evt-register/event-form.ts) ──────────
/** The FormLoader URLs taken from events' `registrationForm` embeds: the only scripts we load. */
const formLoaderUrls = new Set<string>();

/**
 * The `src` of the FormLoader script of an event's form embed: a TrustedScriptURL of our policy
 * (when the browser has Trusted Types and the page's CSP allows `evt-widgets`), else the string,
 * whose assignment throws where Trusted Types are enforced (the element then shows its own form).
 */
export function formLoaderScriptUrl(url: string): string {
  formLoaderUrls.add(url);
  const tt = trustedTypesPolicy();
  // Without our policy under enforcement, assigning the string throws: the caller falls back.
  return (tt ? tt.createScriptURL(url) : url) as string;
}
// ── end of the event form's loader ────────────────────────────────────────────

/**
 * Text for a `<script type="application/ld+json">`: a TrustedScript when the page enforces Trusted
 * Types (and our policy is allowed), else the string. Throws under enforcement without our policy.
 */
export function jsonScriptText(json: string): string {
  const tt = trustedTypesPolicy();
  return (tt ? tt.createScript(json) : json) as string;
}

export const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time',
  'tr', 'u', 'ul',
];
/**
 * Known text-bearing elements that are not allowed themselves but whose text is part of the
 * description (rich-text editors write `<h1>`, `<font>`, `<section>`): the element goes, its
 * content stays. Anything else (script, style, svg, math, media, frames, forms' controls, unknown
 * and custom elements) goes with its content.
 */
export const UNWRAP_TAGS = [
  'acronym', 'address', 'article', 'aside', 'bdi', 'bdo', 'big', 'center', 'data', 'details', 'dfn', 'dir',
  'font', 'footer', 'h1', 'header', 'hgroup', 'label', 'main', 'menu', 'nav', 'nobr', 'q', 'samp', 'search',
  'section', 'strike', 'summary', 'tt', 'var',
];
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'];
export const KEPT = new Set([...ALLOWED_TAGS, ...UNWRAP_TAGS]);
export const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Only absolute http(s) URLs may reach `href` and `src`; anything else is null. */
export function safeHttpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Chromium (156) sends a `script-src-attr` CSP violation report for every inline handler any HTML
 * parser meets, even into an inert document and through `setHTML` (nothing runs; the sanitizer
 * drops it). Sites that collect reports would get one per visitor. So before parsing, a
 * noncharacter goes in front of every `on…` that follows what may end a tag name or attribute
 * (HTML whitespace, `/`, a quote): no attribute can then be named `on…`, the sanitizers drop the
 * renamed ones as unlisted, and `rearm` takes the mark out of text and attribute values again.
 * Parsing is otherwise unchanged. Input that already holds the mark is parsed as it is.
 */
export const MARK = '\uFDD0';
const HANDLER_LIKE = /(?<=[\t\n\f\r /"'])on(?=[a-z])/gi;
export const disarm = (html: string): string => (html.includes(MARK) ? html : html.replace(HANDLER_LIKE, `${MARK}$&`));

// ── the Sanitizer API path ───────────────────────────────────────────────────

export type SetHTML = (html: string, options: { sanitizer: object }) => void;
/** Whether this browser has the HTML Sanitizer API (`Element.setHTML`). */
export const hasSanitizerApi =
  typeof Element !== 'undefined' && typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';

export const SANITIZER_CONFIG = {
  elements: ALLOWED_TAGS,
  replaceWithChildrenElements: UNWRAP_TAGS,
  attributes: ALLOWED_ATTR,
  comments: false,
  dataAttributes: false,
};

/**
 * The text a sanitized description shows, without DOMPurify: through the Sanitizer API where the
 * browser has it, else an inert `DOMParser` document (no scripts run, nothing loads) with the
 * elements that sanitizing drops removed, content and all. Same text either way (the list needs
 * only this, so the sanitizing of rich text itself is in ./rich-text.ts, outside its chunk).
 */
function sanitizedText(html: string): string {
  let text = texts.get(html);
  if (text === undefined) {
    if (texts.size > 500) texts.delete(texts.keys().next().value!);
    texts.set(html, (text = hasSanitizerApi ? sanitizerApiText(html) : parsedText(html)));
  }
  return text;
}
const texts = new Map<string, string>();

/** The text `setHTML` with our config keeps (what the sanitized DOM shows; no URL rule changes text). */
function sanitizerApiText(html: string): string {
  const template = document.createElement('template');
  (template as unknown as { setHTML: SetHTML }).setHTML(disarm(html), { sanitizer: SANITIZER_CONFIG });
  const text = template.content.textContent ?? '';
  return html.includes(MARK) ? text : text.replaceAll(MARK, '');
}

/** The same text from an inert `DOMParser` document, where the Sanitizer API is missing. */
export function parsedText(html: string): string {
  const tt = trustedTypesPolicy();
  // A leading element (removed below) keeps the parser in <body>, as for the sanitizers.
  const input = `<remove></remove>${disarm(html)}`;
  const doc = new DOMParser().parseFromString((tt ? tt.createHTML(input) : input) as string, 'text/html');
  for (const el of [...doc.body.querySelectorAll('*')]) {
    if (el.namespaceURI !== HTML_NS || !KEPT.has(el.localName)) el.remove();
  }
  const text = doc.body.textContent ?? '';
  return html.includes(MARK) ? text : text.replaceAll(MARK, '');
}

/** Plain text of rich text, whitespace collapsed: for summaries, search and JSON-LD. */
export function plainText(html: string | null | undefined): string {
  if (!html) return '';
  // Block ends become spaces so "<p>a</p><p>b</p>" reads "a b", not "ab".
  return sanitizedText(html.replace(/<\/(p|div|li|h\d|tr|br)>|<br\s*\/?>/gi, (m) => `${m} `))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text at a word boundary near `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
