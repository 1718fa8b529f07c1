/**
 * Rich text rendered (event descriptions, speaker bios in <evt-detail>): sanitized with the
 * platform's HTML Sanitizer API where the browser has it, else DOMPurify (a chunk of its own,
 * loaded on first use), then our URL and link rules on either output. The allowlist, the handler
 * disarming and the Trusted Types policy are in ./sanitize.ts (shared with the list's plain text);
 * this module is apart so that a page with only <evt-list> does not download it.
 */
import { ALLOWED_ATTR, ALLOWED_TAGS, disarm, hasSanitizerApi, HTML_NS, KEPT, MARK, parsedText, safeHttpUrl, SANITIZER_CONFIG, trustedTypesPolicy, type SetHTML } from './sanitize.js';

export { hasSanitizerApi };

function rearm(frag: DocumentFragment): DocumentFragment {
  const walker = document.createTreeWalker(frag, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node as Text;
      if (t.data.includes(MARK)) t.data = t.data.replaceAll(MARK, '');
    } else {
      for (const a of (node as Element).attributes) if (a.value.includes(MARK)) a.value = a.value.replaceAll(MARK, '');
    }
  }
  return frag;
}

/** Our rules on top of either sanitizer's output: http(s) URLs only, links open apart, lazy images. */
function finish(frag: DocumentFragment): DocumentFragment {
  for (const el of frag.querySelectorAll('[href], [src]')) {
    for (const attr of ['href', 'src']) {
      if (!el.hasAttribute(attr)) continue;
      const safe = safeHttpUrl(el.getAttribute(attr));
      if (safe) el.setAttribute(attr, safe);
      else el.removeAttribute(attr);
    }
  }
  for (const a of frag.querySelectorAll('a[href]')) {
    // Links in a description leave the widget: a new tab that cannot reach back into the page.
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of frag.querySelectorAll('img')) {
    if (!img.hasAttribute('src')) img.remove();
    else {
      img.setAttribute('loading', 'lazy');
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    }
  }
  return frag;
}

/** Through `setHTML` into a `<template>`: its content is inert (no image loads before `finish`). */
function withSanitizerApi(html: string): DocumentFragment {
  const template = document.createElement('template');
  (template as unknown as { setHTML: SetHTML }).setHTML(disarm(html), { sanitizer: SANITIZER_CONFIG });
  return finish(html.includes(MARK) ? template.content : rearm(template.content));
}

// ── the DOMPurify path (a chunk of its own) ──────────────────────────────────

type Purify = typeof import('dompurify').default;
let purify: Purify | undefined;
let purifyLoading: Promise<Purify | null> | undefined;

/**
 * Loads DOMPurify once. Safe to call early. Resolves to null when its file cannot be loaded (a
 * site that uploaded the self-contained file without `purify.js` beside it, or a network
 * failure): rich text then stays plain text, said once in the console, never a broken element.
 */
export function loadFallbackSanitizer(): Promise<Purify | null> {
  purifyLoading ??= import('dompurify').then(({ default: DOMPurify }) => {
    // Unlisted elements go with their content (as the Sanitizer API does); DOMPurify would keep it.
    // (DOMPurify walks from the `<body>` of its inert document, which the hook sees first.)
    // `beforeSanitizeElements`: the first hook, before DOMPurify unwraps anything itself.
    DOMPurify.addHook('beforeSanitizeElements', (node) => {
      const el = node as Element;
      if (el.nodeType !== 1 || el.localName === 'body') return;
      if (el.namespaceURI !== HTML_NS || !KEPT.has(el.localName)) el.replaceChildren();
    });
    return (purify = DOMPurify);
  }, (err: unknown) => {
    console.warn(
      'evt-widgets: descriptions are shown as plain text: this browser has no HTML Sanitizer API and DOMPurify (purify.js, beside the evt-widgets file) could not be loaded.',
      err,
    );
    return null;
  });
  return purifyLoading;
}

function withDomPurify(DOMPurify: Purify, html: string): DocumentFragment {
  const tt = trustedTypesPolicy();
  const frag = DOMPurify.sanitize(disarm(html), {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    // Parse as the Sanitizer API does (in <body>): a leading <noscript> or <style> must not
    // land in <head> and change what follows it.
    FORCE_BODY: true,
    ...(tt ? { TRUSTED_TYPES_POLICY: tt as never } : {}),
  }) as DocumentFragment;
  return finish(html.includes(MARK) ? frag : rearm(frag));
}

// ── what the elements call ───────────────────────────────────────────────────

const cache = new Map<string, DocumentFragment>();
function remember(html: string, frag: DocumentFragment): DocumentFragment {
  if (cache.size > 200) cache.delete(cache.keys().next().value!);
  cache.set(html, frag);
  return frag.cloneNode(true) as DocumentFragment;
}

/**
 * Sanitized rich text as a fragment to render (never a string that goes to innerHTML). No scripts,
 * handlers, styles, forms or frames; only http(s) URLs. Null only where the Sanitizer API is missing
 * and DOMPurify has not arrived yet (this call starts loading it; use `sanitizeHtmlAsync` to wait).
 * Results are cached, so re-renders are cheap; each call returns a fresh clone.
 */
export function sanitizeHtml(html: string | null | undefined): DocumentFragment | null {
  if (!html) return document.createDocumentFragment();
  const hit = cache.get(html);
  if (hit) return hit.cloneNode(true) as DocumentFragment;
  if (hasSanitizerApi) return remember(html, withSanitizerApi(html));
  if (purify) return remember(html, withDomPurify(purify, html));
  void loadFallbackSanitizer();
  return null;
}

/**
 * `sanitizeHtml`, waiting for DOMPurify where it is needed and not loaded yet; null when it cannot
 * be loaded (keep the plain text then).
 */
export async function sanitizeHtmlAsync(html: string | null | undefined): Promise<DocumentFragment | null> {
  return sanitizeHtml(html) ?? ((await loadFallbackSanitizer()) && sanitizeHtml(html));
}

/** Both paths, for the test that compares them (DOMPurify's also where the Sanitizer API exists). */
export const sanitizerPaths = {
  sanitizerApi: hasSanitizerApi ? (html: string) => withSanitizerApi(html) : null,
  domPurify: async (html: string) => withDomPurify((await loadFallbackSanitizer())!, html),
  /** The text `plainText` reads before DOMPurify has arrived (see `sanitizedText`). */
  parsedText: (html: string) => parsedText(html),
};

