import DOMPurify from 'dompurify';

/**
 * Rich text from the API (event descriptions, speaker bios) is untrusted. DOMPurify rather than the
 * platform Sanitizer API: WebKit (Safari) has no Sanitizer, so DOMPurify ships either way, and one
 * sanitizer gives every engine the same output.
 */

type Policy = { createHTML(s: string): unknown; createScript(s: string): unknown; createScriptURL(s: string): unknown };
let policy: Policy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` the parser input must be TrustedHTML. Our one policy,
 * `evt-widgets`, only ever feeds DOMPurify's inert parser; it accepts script text only when it is
 * JSON with no `<` (the JSON-LD data block, which browsers never execute), and refuses script URLs.
 */
function trustedTypesPolicy(): Policy | null {
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
          createScriptURL: () => {
            throw new TypeError('evt-widgets loads no scripts');
          },
        })
      : null;
  } catch {
    // The page's CSP does not list our policy name: fall back to DOMPurify's own handling.
    policy = null;
  }
  return policy;
}

/**
 * Text for a `<script type="application/ld+json">`: a TrustedScript when the page enforces Trusted
 * Types (and our policy is allowed), else the string. Throws under enforcement without our policy.
 */
export function jsonScriptText(json: string): string {
  const tt = trustedTypesPolicy();
  return (tt ? tt.createScript(json) : json) as string;
}

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time',
  'tr', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'];

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

let hooked = false;
function addHooks() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    for (const attr of ['href', 'src']) {
      if (!el.hasAttribute?.(attr)) continue;
      const safe = safeHttpUrl(el.getAttribute(attr));
      if (safe) el.setAttribute(attr, safe);
      else el.removeAttribute(attr);
    }
    if (el.localName === 'a' && el.hasAttribute('href')) {
      // Links in a description leave the widget: a new tab that cannot reach back into the page.
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (el.localName === 'img') {
      if (!el.hasAttribute('src')) el.remove();
      else {
        el.setAttribute('loading', 'lazy');
        if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
      }
    }
  });
}

const cache = new Map<string, DocumentFragment>();

/**
 * Sanitized rich text as a fragment to render (never a string that goes to innerHTML). No scripts,
 * handlers, styles, forms or frames; only http(s) URLs. Results are cached, so re-renders are cheap;
 * each call returns a fresh clone.
 */
export function sanitizeHtml(html: string | null | undefined): DocumentFragment {
  if (!html) return document.createDocumentFragment();
  let frag = cache.get(html);
  if (!frag) {
    addHooks();
    const tt = trustedTypesPolicy();
    frag = DOMPurify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_DOM_FRAGMENT: true,
      ...(tt ? { TRUSTED_TYPES_POLICY: tt as never } : {}),
    }) as DocumentFragment;
    if (cache.size > 200) cache.delete(cache.keys().next().value!);
    cache.set(html, frag);
  }
  return frag.cloneNode(true) as DocumentFragment;
}

/** Plain text of rich text, whitespace collapsed: for summaries, search and JSON-LD. */
export function plainText(html: string | null | undefined): string {
  if (!html) return '';
  // Block ends become spaces so "<p>a</p><p>b</p>" reads "a b", not "ab".
  const frag = sanitizeHtml(html.replace(/<\/(p|div|li|h\d|tr|br)>|<br\s*\/?>/gi, (m) => `${m} `));
  return (frag.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Cuts text at a word boundary near `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
